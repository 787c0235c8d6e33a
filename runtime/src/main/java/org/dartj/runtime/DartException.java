package org.dartj.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;

/**
 * A thrown Dart value on its way up the Java stack. The Truffle stack trace captured with it
 * is the Dart stack trace ({@code StackTrace} in {@code catch (e, s)}).
 */
public final class DartException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final transient Object value;
    /**
     * For an error that ended an async function resumed by the event loop: the functions
     * awaiting it, innermost first (interpreter objects), printed after the stack as the VM's
     * {@code <asynchronous suspension>} chain; null otherwise.
     */
    private transient java.util.List<Object> awaiters;
    /**
     * The {@code StackTrace} thrown with the value ({@code Error.throwWithStackTrace}, an async
     * error completed with a trace of its own): what a catch clause receives instead of the
     * captured frames; null when the frames are the trace.
     */
    private transient Object stackTrace;

    /**
     * For the NoSuchMethodError of a callee whose parameters do not fit the call: the call's
     * arguments array, so that the member call that passed it can word the error as a method
     * called with the wrong arguments; null otherwise.
     */
    private transient Object[] mismatchedArguments;

    public DartException(Object value, Node location) {
        super(location);
        this.value = value;
    }

    /** Rethrow with the original stack (Dart {@code rethrow}, errors crossing futures). */
    public DartException(Object value, DartException original) {
        super(original);
        this.value = value;
        this.awaiters = original.awaiters;
        this.stackTrace = original.stackTrace;
    }

    /** The exception for a value thrown with a given {@code StackTrace} object. */
    public static DartException withStackTrace(Object value, Object stackTrace, Node location) {
        DartException e = new DartException(value, location);
        e.stackTrace = stackTrace;
        return e;
    }

    /** Marks this error as the arity check's answer to the call that passed {@code arguments}. */
    public DartException markMismatch(Object[] arguments) {
        this.mismatchedArguments = arguments;
        return this;
    }

    /** Whether this is the arity check's error for the call that passed exactly {@code arguments}. */
    public boolean isMismatchOf(Object[] arguments) {
        return mismatchedArguments == arguments;
    }

    public Object stackTrace() {
        return stackTrace;
    }

    public java.util.List<Object> awaiters() {
        return awaiters;
    }

    public void setAwaiters(java.util.List<Object> awaiters) {
        this.awaiters = awaiters;
    }

    public Object getValue() {
        return value;
    }

    @Override
    @TruffleBoundary
    public String getMessage() {
        return String.valueOf(value);
    }
}
