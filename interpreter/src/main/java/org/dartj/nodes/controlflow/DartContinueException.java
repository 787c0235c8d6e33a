package org.dartj.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** {@code continue}: goes to the next iteration of the loop with the given target id (ids are per function). */
public final class DartContinueException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public final int target;

    public DartContinueException(int target) {
        this.target = target;
    }
}
