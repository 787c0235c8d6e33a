package org.dartj.nodes.literal;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartSet;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** {@code {a, b}}: a new insertion-ordered set. */
public final class DartSetLiteralNode extends DartExpressionNode {
    @Children private final DartExpressionNode[] elements;
    private final org.dartj.types.DartType elementType;

    @Child private org.dartj.nodes.expression.DartClassTypeArgumentsNode classArguments;

    /** Completes type arguments that use the enclosing class's type parameters ({@code <T>[]}). */
    public void setClassArguments(org.dartj.nodes.expression.DartClassTypeArgumentsNode node) {
        this.classArguments = node;
    }

    public DartSetLiteralNode(DartExpressionNode[] elements, org.dartj.types.DartType elementType) {
        this.elements = elements;
        this.elementType = elementType;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        DartSet set = new DartSet(org.dartj.nodes.expression.DartClassTypeArgumentsNode.resolve(elementType, classArguments, frame));
        for (DartExpressionNode e : elements) {
            add(set, e.executeGeneric(frame));
        }
        return set;
    }

    @TruffleBoundary
    private static void add(DartSet set, Object value) {
        set.add(value);
    }
}
