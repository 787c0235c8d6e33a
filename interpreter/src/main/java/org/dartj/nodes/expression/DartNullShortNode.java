package org.dartj.nodes.expression;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.local.DartWriteLocalNode;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

/**
 * Null-shorting ({@code r?.a.b(c)[d] = e}): the receiver of a {@code ?.}, {@code ?[} or
 * null-aware assignment is stored in a temporary; when it is null the rest of the selector
 * chain (every later selector, and the assignment with its right-hand side) is skipped and the
 * whole expression is null, else the rest runs on the temporary.
 */
@com.oracle.truffle.api.nodes.NodeInfo(shortName = "?.")
public final class DartNullShortNode extends DartExpressionNode {
    @Child private DartWriteLocalNode receiver;
    @Child private DartExpressionNode rest;
    private final CountingConditionProfile isNull = CountingConditionProfile.create();

    /** {@code receiver} writes the receiver's value to the temporary that {@code rest} reads. */
    public DartNullShortNode(DartWriteLocalNode receiver, DartExpressionNode rest) {
        this.receiver = receiver;
        this.rest = rest;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        if (isNull.profile(receiver.executeGeneric(frame) == DartNull.INSTANCE)) {
            return DartNull.INSTANCE;
        }
        return rest.executeGeneric(frame);
    }
}
