package org.dartj.nodes.object;

import org.dartj.classes.DartFieldProfile;
import org.dartj.classes.DartInstance;
import org.dartj.nodes.DartExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** Reads a field of an instance by index ({@code super.field}, implicit field reads). */
public final class DartReadFieldNode extends DartExpressionNode {
    @Child private DartExpressionNode receiver;
    private final int index;
    private final DartFieldProfile profile = DartFieldProfile.create();

    public DartReadFieldNode(DartExpressionNode receiver, int index) {
        this.receiver = receiver;
        this.index = index;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return profile.read((DartInstance) receiver.executeGeneric(frame), index);
    }
}
