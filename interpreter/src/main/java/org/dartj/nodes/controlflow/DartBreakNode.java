package org.dartj.nodes.controlflow;

import org.dartj.nodes.DartStatementNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code break} or {@code continue}, resolved statically to its target statement. */
public final class DartBreakNode extends DartStatementNode {
    private final boolean isContinue;
    private final int target;

    public DartBreakNode(boolean isContinue, int target) {
        this.isContinue = isContinue;
        this.target = target;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (isContinue) {
            throw new DartContinueException(target);
        }
        throw new DartBreakException(target);
    }
}
