package org.dartj.nodes.controlflow;

import org.dartj.nodes.DartStatementNode;
import org.dartj.runtime.DartException;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code rethrow}: the exception being handled, with its original stack trace. */
public final class DartRethrowNode extends DartStatementNode {
    private final int caughtSlot;

    public DartRethrowNode(int caughtSlot) {
        this.caughtSlot = caughtSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        throw (DartException) frame.getObject(caughtSlot);
    }
}
