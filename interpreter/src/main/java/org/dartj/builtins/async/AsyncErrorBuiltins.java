package org.dartj.builtins.async;

import org.dartj.DartContext;
import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.classes.DartStackTraceObject;
import org.dartj.runtime.DartException;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/** AsyncError: an error with its stack trace, as a zone's errorCallback returns it. */
public final class AsyncErrorBuiltins {
    private AsyncErrorBuiltins() {
    }

    /** The Dart object behind an AsyncError. */
    public static final class DartAsyncError implements DartObject {
        private final DartClass dartClass;
        final Object error;
        final Object stackTrace;

        DartAsyncError(DartClass dartClass, Object error, Object stackTrace) {
            this.dartClass = dartClass;
            this.error = error;
            this.stackTrace = stackTrace;
        }

        @Override
        public DartClass dartClass() {
            return dartClass;
        }

        @Override
        public String toString() {
            return org.dartj.builtins.core.DartToString.toDisplayString(error);
        }
    }

    /**
     * The exception for an error given to {@code Future.error} or {@code Completer.completeError}
     * with an optional stack trace: in a zone with an errorCallback handler, its replacement
     * (when it returns an AsyncError) is used instead, as in the SDK; without a stack trace the
     * error gets {@link #defaultStackTrace}, not the trace of the call.
     */
    @TruffleBoundary
    static DartException userError(DartContext context, Object error, Object stackTrace, Node location) {
        Object value = error;
        Object trace = stackTrace;
        if (context.getLoop().currentZone() != null) {
            DartZone zone = DartZone.current(context);
            if (zone.intercepts(DartZone.Handler.ERROR_CALLBACK) && zone.dispatch(DartZone.Handler.ERROR_CALLBACK, value, trace) instanceof DartAsyncError replacement) {
                value = replacement.error;
                trace = replacement.stackTrace;
            }
        }
        if (!(trace instanceof DartStackTraceObject)) {
            trace = defaultStackTrace(value, location);
        }
        return DartZone.exception(value, trace);
    }

    /**
     * {@code AsyncError.defaultStackTrace(error)}: the stack trace an Error recorded when it was
     * thrown, else {@code StackTrace.empty} (also for anything that is not an Error, and for
     * an Error never caught yet: DartJ records the trace when an error is first caught).
     */
    @TruffleBoundary
    static Object defaultStackTrace(Object error, Node location) {
        var classes = DartLanguage.get(location).coreClasses();
        if (classes.classOf(error).isSubtypeOf(classes.errorClass)) {
            Object trace = org.dartj.nodes.call.DartPropertyReader.read(error, "stackTrace", location);
            if (trace != DartNull.INSTANCE) {
                return trace;
            }
        }
        return new DartStackTraceObject(classes.stringStackTraceClass, "");
    }

    @DartBuiltin(library = "dart:async", owner = "AsyncError", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, optional = 1)
    public abstract static class NewNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartAsyncError create(Object error, Object stackTrace) {
            Object trace = stackTrace == DartNull.INSTANCE ? defaultStackTrace(error, this) : stackTrace;
            return new DartAsyncError(DartLanguage.get(this).coreClasses().byName("AsyncError"), error, trace);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "AsyncError", name = "error", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ErrorNode extends DartBuiltinNode {
        @Specialization
        protected Object error(DartAsyncError self) {
            return self.error;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "AsyncError", name = "stackTrace", kind = DartBuiltin.Kind.GETTER)
    public abstract static class StackTraceNode extends DartBuiltinNode {
        @Specialization
        protected Object stackTrace(DartAsyncError self) {
            return self.stackTrace;
        }
    }

    /** {@code AsyncError.defaultStackTrace(error)}. */
    @DartBuiltin(library = "dart:async", owner = "AsyncError", name = "defaultStackTrace", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class DefaultStackTraceNode extends DartBuiltinNode {
        @Specialization
        protected Object defaultStackTrace(Object error) {
            return AsyncErrorBuiltins.defaultStackTrace(error, this);
        }
    }
}
