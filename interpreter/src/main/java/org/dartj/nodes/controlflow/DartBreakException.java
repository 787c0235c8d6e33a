package org.dartj.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** {@code break}: unwinds to the statement with the given target id (ids are per function). */
public final class DartBreakException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public final int target;

    public DartBreakException(int target) {
        this.target = target;
    }
}
