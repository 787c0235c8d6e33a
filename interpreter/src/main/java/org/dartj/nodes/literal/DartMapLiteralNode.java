package org.dartj.nodes.literal;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** {@code {k: v}}: a new insertion-ordered map; {@code const {k: v}}: an unmodifiable one. */
public final class DartMapLiteralNode extends DartExpressionNode {
    @Children private final DartExpressionNode[] keys;
    @Children private final DartExpressionNode[] values;
    private final org.dartj.types.DartType keyType;
    private final org.dartj.types.DartType valueType;
    private final boolean constant;

    @Child private org.dartj.nodes.expression.DartClassTypeArgumentsNode classArguments;

    /** Completes type arguments that use the enclosing class's type parameters ({@code <T>[]}). */
    public void setClassArguments(org.dartj.nodes.expression.DartClassTypeArgumentsNode node) {
        this.classArguments = node;
    }

    public DartMapLiteralNode(DartExpressionNode[] keys, DartExpressionNode[] values, org.dartj.types.DartType keyType, org.dartj.types.DartType valueType, boolean constant) {
        this.constant = constant;
        this.keys = keys;
        this.values = values;
        this.keyType = keyType;
        this.valueType = valueType;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        DartMap map = new DartMap(org.dartj.nodes.expression.DartClassTypeArgumentsNode.resolve(keyType, classArguments, frame), org.dartj.nodes.expression.DartClassTypeArgumentsNode.resolve(valueType, classArguments, frame));
        for (int i = 0; i < keys.length; i++) {
            put(map, keys[i].executeGeneric(frame), values[i].executeGeneric(frame));
        }
        return constant ? map.makeConstant() : map;
    }

    @TruffleBoundary
    private static void put(DartMap map, Object key, Object value) {
        map.put(key, value);
    }
}
