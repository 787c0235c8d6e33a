package org.dartj.nodes.local;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.expression.DartArithmetic;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;

/**
 * A fused {@code local < constant} (and {@code <=}, {@code >}, {@code >=}) on a frame-slot
 * int local: the common loop condition, as one node.
 */
public final class DartCompareLocalNode extends DartExpressionNode {
    public enum Operator { LT, LE, GT, GE }

    private final int slot;
    private final long constant;
    private final Operator operator;
    private final BranchProfile notInt = BranchProfile.create();

    public DartCompareLocalNode(int slot, long constant, Operator operator) {
        this.slot = slot;
        this.constant = constant;
        this.operator = operator;
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        if (frame.isLong(slot)) {
            long v = frame.getLong(slot);
            switch (operator) {
                case LT:
                    return v < constant;
                case LE:
                    return v <= constant;
                case GT:
                    return v > constant;
                default:
                    return v >= constant;
            }
        }
        notInt.enter();
        return DartArithmetic.compare(frame.getValue(slot), constant, operator.ordinal(), this);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return executeBoolean(frame);
    }
}
