package org.dartj.nodes.expression;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.types.DartType;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A type parameter used as a value ({@code '$T'}, {@code T == int}): its run-time type argument. */
public final class DartTypeLiteralNode extends DartExpressionNode {
    private final DartType type;
    @Child private DartClassTypeArgumentsNode classArguments;

    public DartTypeLiteralNode(DartType type, DartClassTypeArgumentsNode classArguments) {
        this.type = type;
        this.classArguments = classArguments;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return DartClassTypeArgumentsNode.resolve(type, classArguments, frame);
    }
}
