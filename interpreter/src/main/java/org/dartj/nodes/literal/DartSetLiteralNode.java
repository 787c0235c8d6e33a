package org.dartj.nodes.literal;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartSet;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** {@code {a, b}}: a new insertion-ordered set; {@code const {a, b}}: an unmodifiable one. */
public final class DartSetLiteralNode extends DartExpressionNode {
    @Children private final DartExpressionNode[] elements;
    private final org.dartj.types.DartType elementType;
    private final boolean constant;

    @Child private org.dartj.nodes.expression.DartClassTypeArgumentsNode classArguments;

    /** Completes type arguments that use the enclosing class's type parameters ({@code <T>[]}). */
    public void setClassArguments(org.dartj.nodes.expression.DartClassTypeArgumentsNode node) {
        this.classArguments = node;
    }

    public DartSetLiteralNode(DartExpressionNode[] elements, org.dartj.types.DartType elementType, boolean constant) {
        this.elements = elements;
        this.elementType = elementType;
        this.constant = constant;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        DartSet set = new DartSet(org.dartj.nodes.expression.DartClassTypeArgumentsNode.resolve(elementType, classArguments, frame));
        for (DartExpressionNode e : elements) {
            add(set, e.executeGeneric(frame));
        }
        return constant ? set.makeConstant() : set;
    }

    @TruffleBoundary
    private static void add(DartSet set, Object value) {
        set.add(value);
    }
}
