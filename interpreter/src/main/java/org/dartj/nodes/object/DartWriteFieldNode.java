package org.dartj.nodes.object;

import org.dartj.classes.DartFieldProfile;
import org.dartj.classes.DartInstance;
import org.dartj.nodes.DartExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** Stores a field of {@code this} by index: initializing formals, initializer lists, field initializers. */
public final class DartWriteFieldNode extends DartExpressionNode {
    @Child private DartExpressionNode receiver;
    @Child private DartExpressionNode value;
    private final int index;
    private final DartFieldProfile profile = DartFieldProfile.create();

    public DartWriteFieldNode(DartExpressionNode receiver, int index, DartExpressionNode value) {
        this.receiver = receiver;
        this.index = index;
        this.value = value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        DartInstance self = (DartInstance) receiver.executeGeneric(frame);
        Object v = value.executeGeneric(frame);
        profile.write(self, index, v);
        return v;
    }
}
