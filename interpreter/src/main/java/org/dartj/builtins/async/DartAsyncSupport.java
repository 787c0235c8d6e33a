package org.dartj.builtins.async;

import org.dartj.DartContext;
import org.dartj.nodes.call.DartCalls;
import org.dartj.runtime.DartException;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.async.DartAsyncZone;
import org.dartj.runtime.async.DartFuture;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Futures of the current isolate, and running Dart callbacks into them. */
public final class DartAsyncSupport {
    private DartAsyncSupport() {
    }

    public static DartFuture newFuture(DartContext context) {
        return new DartFuture(context.getLoop(), context::reportUncaught);
    }

    /** The first type argument written or inferred for the builtin being called, or null. */
    public static Object typeArgument(DartContext context) {
        org.dartj.types.DartType[] types = context.takeTypeArguments();
        return types != null && types.length > 0 ? types[0] : null;
    }

    /** Calls {@code f(args)} in {@code zone} (null: the root zone) through its run handlers, as the SDK runs future callbacks. */
    public static Object callInZone(DartAsyncZone zone, DartFunction f, Object... args) {
        return zone == null ? DartCalls.call(f, args) : ((DartZone) zone).runFunction(f, args);
    }

    /** Calls an error handler with {@code (error, stackTrace)} or {@code (error)} (by its parameters) in {@code zone}. */
    public static Object callErrorHandlerInZone(DartAsyncZone zone, DartFunction handler, DartException error) {
        if (zone == null) {
            return DartCalls.callErrorHandler(handler, error);
        }
        DartZone z = (DartZone) zone;
        return DartZone.takesTwo(handler) ? z.runFunction(handler, error.getValue(), z.stackTrace(error)) : z.runFunction(handler, error.getValue());
    }

    /** The current zone's registered form of a callback (registerCallback and friends by arity); itself in the root zone. */
    public static DartFunction register(DartContext context, DartFunction f, int arity) {
        DartAsyncZone zone = context.getLoop().currentZone();
        if (zone == null) {
            return f;
        }
        return ((DartZone) zone).register(f, arity) instanceof DartFunction registered ? registered : f;
    }

    /** An error handler's registration arity: 2 when it takes the stack trace. */
    public static int errorArity(DartFunction handler) {
        return DartZone.takesTwo(handler) ? 2 : 1;
    }

    /** The current zone's registered form of an error handler (registerBinaryCallback when it takes the stack trace). */
    public static DartFunction registerErrorHandler(DartContext context, DartFunction handler) {
        return context.getLoop().currentZone() == null ? handler : register(context, handler, errorArity(handler));
    }

    /** Runs {@code callback(args)} and completes {@code result} with its value or error. */
    @TruffleBoundary
    public static void runInto(DartFuture result, DartFunction callback, Object... args) {
        Object value;
        try {
            value = callback == null ? DartNull.INSTANCE : callInZone(result.loop().currentZone(), callback, args);
        } catch (DartException e) {
            result.completeError(e);
            return;
        }
        result.complete(value);
    }

    /** Runs the error handler {@code handler(error[, stackTrace])} and completes {@code result} with its outcome. */
    @TruffleBoundary
    public static void runErrorHandlerInto(DartFuture result, DartFunction handler, DartException error) {
        Object value;
        try {
            value = callErrorHandlerInZone(result.loop().currentZone(), handler, error);
        } catch (DartException e) {
            result.completeError(e);
            return;
        }
        result.complete(value);
    }
}
