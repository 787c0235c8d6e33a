package org.dartj.nodes.local;

import org.dartj.nodes.DartExpressionNode;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;

/** Reads a local variable that no closure captures, from its frame slot. */
public abstract class DartReadLocalNode extends DartExpressionNode {
    protected final int slot;

    protected DartReadLocalNode(int slot) {
        this.slot = slot;
    }

    public int getSlot() {
        return slot;
    }

    @Specialization(guards = "frame.isLong(slot)")
    protected long readLong(VirtualFrame frame) {
        return frame.getLong(slot);
    }

    @Specialization(guards = "frame.isDouble(slot)")
    protected double readDouble(VirtualFrame frame) {
        return frame.getDouble(slot);
    }

    @Specialization(guards = "frame.isBoolean(slot)")
    protected boolean readBoolean(VirtualFrame frame) {
        return frame.getBoolean(slot);
    }

    @Specialization(replaces = {"readLong", "readDouble", "readBoolean"})
    protected Object readObject(VirtualFrame frame) {
        if (!frame.isObject(slot)) {
            Object value = frame.getValue(slot);
            frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Object);
            frame.setObject(slot, value);
            return value;
        }
        return frame.getObject(slot);
    }
}
