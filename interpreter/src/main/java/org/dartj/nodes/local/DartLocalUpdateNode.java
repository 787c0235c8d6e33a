package org.dartj.nodes.local;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.expression.DartArithmetic;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * A fused {@code local += value} / {@code local -= value} / {@code local++} on a frame-slot
 * local: one node instead of read, operator and write. Hot loop counters and accumulators
 * are this shape, and interpreter speed decides short runs (see docs/architecture.md).
 */
@NodeChild("value")
@NodeInfo(shortName = "+=")
public abstract class DartLocalUpdateNode extends DartExpressionNode {
    protected final int slot;
    protected final boolean subtract;

    protected DartLocalUpdateNode(int slot, boolean subtract) {
        this.slot = slot;
        this.subtract = subtract;
    }

    @Specialization(guards = "frame.isLong(slot)")
    protected long doLong(VirtualFrame frame, long value) {
        long result = subtract ? frame.getLong(slot) - value : frame.getLong(slot) + value;
        frame.setLong(slot, result);
        return result;
    }

    @Specialization(guards = "frame.isDouble(slot)")
    protected double doDouble(VirtualFrame frame, double value) {
        double result = subtract ? frame.getDouble(slot) - value : frame.getDouble(slot) + value;
        frame.setDouble(slot, result);
        return result;
    }

    @Specialization(replaces = {"doLong", "doDouble"})
    protected Object doGeneric(VirtualFrame frame, Object value) {
        Object old = frame.getValue(slot);
        Object result = subtract ? DartArithmetic.subtract(old, value, this) : DartArithmetic.add(old, value, this);
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Object);
        frame.setObject(slot, result);
        return result;
    }
}
