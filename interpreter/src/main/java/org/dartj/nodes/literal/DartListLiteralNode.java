package org.dartj.nodes.literal;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartList;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** {@code [a, b]}: a new growable list; {@code const [a, b]}: an unmodifiable one. */
public final class DartListLiteralNode extends DartExpressionNode {
    @Children private final DartExpressionNode[] elements;
    private final org.dartj.types.DartType elementType;
    private final boolean constant;

    @Child private org.dartj.nodes.expression.DartClassTypeArgumentsNode classArguments;

    /** Completes type arguments that use the enclosing class's type parameters ({@code <T>[]}). */
    public void setClassArguments(org.dartj.nodes.expression.DartClassTypeArgumentsNode node) {
        this.classArguments = node;
    }

    public DartListLiteralNode(DartExpressionNode[] elements, org.dartj.types.DartType elementType, boolean constant) {
        this.elements = elements;
        this.elementType = elementType;
        this.constant = constant;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object[] values = new Object[Math.max(elements.length, 4)];
        for (int i = 0; i < elements.length; i++) {
            values[i] = elements[i].executeGeneric(frame);
        }
        return new DartList(values, elements.length, !constant, constant, org.dartj.nodes.expression.DartClassTypeArgumentsNode.resolve(elementType, classArguments, frame));
    }
}
