package org.dartj.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** {@code return}: unwinds to the function body with the result. */
public final class DartReturnException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public final transient Object result;

    public DartReturnException(Object result) {
        this.result = result;
    }
}
