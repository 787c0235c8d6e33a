package org.dartj.nodes.async;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * Unwinds an async function's body at an {@code await}: every resumable statement on the
 * way up saves where it was, so that resuming re-enters the body and jumps back there.
 */
public final class DartYieldException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public static final DartYieldException INSTANCE = new DartYieldException();

    private DartYieldException() {
    }
}
