package org.dartj.builtins.async;

import java.util.Map;

import org.dartj.DartContext;
import org.dartj.builtins.core.DartDuration;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.classes.DartStackTraceObject;
import org.dartj.nodes.call.DartCalls;
import org.dartj.nodes.call.DartJavaClosureRootNode;
import org.dartj.runtime.DartException;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartMap;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.async.DartAsyncZone;
import org.dartj.runtime.isolate.DartEventLoop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleStackTrace;
import com.oracle.truffle.api.nodes.Node;

/**
 * A Dart {@code Zone} of one isolate. Each isolate has one root zone ({@link DartContext#rootZone});
 * {@code fork} makes children with their own values and specification handlers. As in the SDK,
 * every operation goes to the nearest zone (this one or an ancestor) whose specification
 * defines its handler, found in one array read ({@link #implementations}); without one, the root
 * zone's behaviour runs. A handler gets {@code (self, parent delegate, zone, ...)}; the delegate
 * goes on to the next handler above {@code self}.
 *
 * <p>Callbacks in Java: an operation's callback is a Dart function or a runtime {@link Runnable}
 * (future propagation, stream delivery); a runnable becomes a Dart function only when a Dart
 * handler has to see it.
 */
public final class DartZone implements DartObject, DartAsyncZone {
    /** The handlers of a ZoneSpecification, in the order of its named parameters. */
    public enum Handler {
        HANDLE_UNCAUGHT_ERROR("handleUncaughtError"),
        RUN("run"),
        RUN_UNARY("runUnary"),
        RUN_BINARY("runBinary"),
        REGISTER_CALLBACK("registerCallback"),
        REGISTER_UNARY_CALLBACK("registerUnaryCallback"),
        REGISTER_BINARY_CALLBACK("registerBinaryCallback"),
        ERROR_CALLBACK("errorCallback"),
        SCHEDULE_MICROTASK("scheduleMicrotask"),
        CREATE_TIMER("createTimer"),
        CREATE_PERIODIC_TIMER("createPeriodicTimer"),
        PRINT("print"),
        FORK("fork");

        static final int COUNT = 13;

        final String dartName;

        Handler(String dartName) {
            this.dartName = dartName;
        }
    }

    /** A {@code ZoneSpecification}: a handler (or null) per {@link Handler}. */
    public static final class Specification implements DartObject {
        private final DartClass dartClass;
        final DartFunction[] handlers;

        Specification(DartClass dartClass, DartFunction[] handlers) {
            this.dartClass = dartClass;
            this.handlers = handlers;
        }

        @Override
        public DartClass dartClass() {
            return dartClass;
        }

        @Override
        public String toString() {
            return "Instance of '_ZoneSpecification'";
        }
    }

    /** A {@code ZoneDelegate}: the operations of the zones from {@code target} up. */
    public static final class Delegate implements DartObject {
        private final DartClass dartClass;
        final DartZone target;

        Delegate(DartClass dartClass, DartZone target) {
            this.dartClass = dartClass;
            this.target = target;
        }

        @Override
        public DartClass dartClass() {
            return dartClass;
        }

        @Override
        public String toString() {
            return "Instance of '_ZoneDelegate'";
        }
    }

    private final DartClass dartClass;
    private final DartContext context;
    private final DartZone parent;
    /** This zone's own values ({@code zoneValues} of its fork); lookups go on to the parent. */
    private final DartMap values;
    private final DartFunction[] handlers;
    /** Per handler: the nearest zone from this one up that defines it; null means the root's behaviour. */
    private final DartZone[] implementations;
    private Delegate parentDelegate;

    private DartZone(DartClass dartClass, DartContext context, DartZone parent, DartFunction[] handlers, DartMap values) {
        this.dartClass = dartClass;
        this.context = context;
        this.parent = parent;
        this.handlers = handlers;
        this.values = values;
        this.implementations = new DartZone[Handler.COUNT];
        for (int i = 0; i < Handler.COUNT; i++) {
            implementations[i] = handlers != null && handlers[i] != null ? this : parent == null ? null : parent.implementations[i];
        }
    }

    /** The root zone of {@code context}'s isolate. */
    public static DartZone createRoot(DartClass zoneClass, DartContext context) {
        return new DartZone(zoneClass, context, null, null, null);
    }

    /** {@code Zone.current}. */
    public static DartZone current(DartContext context) {
        DartAsyncZone zone = context.getLoop().currentZone();
        return zone == null ? context.rootZone() : (DartZone) zone;
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    @Override
    public String toString() {
        return parent == null ? "Instance of '_RootZone'" : "Instance of '_CustomZone'";
    }

    public DartZone parent() {
        return parent;
    }

    /** This zone as the runtime's current-zone value (null for the root zone). */
    private DartAsyncZone asCurrent() {
        return parent == null ? null : this;
    }

    DartContext context() {
        return context;
    }

    /** {@code zone[key]}: this zone's value for key, else an ancestor's, else null. */
    @TruffleBoundary
    public Object get(Object key) {
        for (DartZone z = this; z != null; z = z.parent) {
            if (z.values != null && z.values.containsKey(key)) {
                return z.values.get(key);
            }
        }
        return DartNull.INSTANCE;
    }

    @Override
    public DartAsyncZone errorZone() {
        return implementations[Handler.HANDLE_UNCAUGHT_ERROR.ordinal()];
    }

    /** {@code zone.errorZone}: the zone whose handleUncaughtError handles this zone's errors. */
    public DartZone errorZoneObject() {
        DartZone zone = implementations[Handler.HANDLE_UNCAUGHT_ERROR.ordinal()];
        return zone == null ? context.rootZone() : zone;
    }

    public boolean inSameErrorZone(DartZone other) {
        return this == other || errorZoneObject() == other.errorZoneObject();
    }

    /** Whether a Dart handler for {@code kind} applies in this zone (the fast paths skip dispatch otherwise). */
    public boolean intercepts(Handler kind) {
        return implementations[kind.ordinal()] != null;
    }

    Delegate parentDelegate() {
        if (parentDelegate == null) {
            parentDelegate = new Delegate(context.getLanguage().coreClasses().byName("ZoneDelegate"), parent);
        }
        return parentDelegate;
    }

    // Dispatch.

    /** Runs {@code kind} as seen from {@code target}'s handlers, on behalf of {@code zone}. */
    @TruffleBoundary
    static Object delegate(DartZone target, Handler kind, DartZone zone, Object... args) {
        DartZone implementation = target.implementations[kind.ordinal()];
        if (implementation == null) {
            return zone.rootBehaviour(kind, args);
        }
        Object[] full = new Object[args.length + 3];
        full[0] = implementation;
        full[1] = implementation.parentDelegate();
        full[2] = zone;
        for (int i = 0; i < args.length; i++) {
            full[i + 3] = zone.toDart(args[i]);
        }
        return DartCalls.call(implementation.handlers[kind.ordinal()], full);
    }

    /** This zone's own operation {@code kind}: its nearest handler, else the root's behaviour. */
    public Object dispatch(Handler kind, Object... args) {
        return delegate(this, kind, this, args);
    }

    private Object rootBehaviour(Handler kind, Object[] args) {
        return switch (kind) {
            case RUN -> enterAndCall(args[0]);
            case RUN_UNARY -> enterAndCall(args[0], args[1]);
            case RUN_BINARY -> enterAndCall(args[0], args[1], args[2]);
            case REGISTER_CALLBACK, REGISTER_UNARY_CALLBACK, REGISTER_BINARY_CALLBACK -> args[0];
            case ERROR_CALLBACK -> DartNull.INSTANCE;
            case SCHEDULE_MICROTASK -> {
                Runnable task = parent == null ? task(args[0]) : errorZone() != null ? bindGuarded(args[0]) : bind(args[0]);
                context.getLoop().enqueueMicrotask(task);
                yield DartNull.INSTANCE;
            }
            case CREATE_TIMER -> TimerBuiltins.rootTimer(context, (DartDuration) args[0], parent == null ? task(args[1]) : bind(args[1]));
            case CREATE_PERIODIC_TIMER -> TimerBuiltins.rootPeriodicTimer(context, (DartDuration) args[0], parent == null ? args[1] : bindUnaryFunction(args[1], false));
            case PRINT -> {
                org.dartj.builtins.core.CoreFunctionBuiltins.PrintNode.writeLine(context, org.dartj.builtins.core.DartToString.toDisplayString(args[0]));
                yield DartNull.INSTANCE;
            }
            case HANDLE_UNCAUGHT_ERROR -> {
                DartException error = exception(args[0], args[1]);
                context.reportUncaught(error);
                yield DartNull.INSTANCE;
            }
            case FORK -> fork(args[0], args[1]);
        };
    }

    /** The root's fork: a child of this zone with the specification's handlers and the values. */
    private DartZone fork(Object specification, Object zoneValues) {
        DartFunction[] own = specification instanceof Specification s ? s.handlers.clone() : null;
        DartMap map = null;
        if (zoneValues instanceof DartMap m) {
            map = new DartMap(null, null);
            for (Map.Entry<Object, Object> e : m.entries()) {
                map.put(e.getKey(), e.getValue());
            }
        }
        return new DartZone(dartClass, context, this, own, map);
    }

    /** Enters this zone (if not current), calls {@code f} and leaves again. */
    private Object enterAndCall(Object f, Object... args) {
        DartEventLoop loop = context.getLoop();
        DartAsyncZone mine = asCurrent();
        if (loop.currentZone() == mine) {
            return invoke(f, args);
        }
        DartAsyncZone previous = loop.enterZone(mine);
        try {
            return invoke(f, args);
        } finally {
            loop.enterZone(previous);
        }
    }

    static Object invoke(Object f, Object... args) {
        if (f instanceof DartFunction function) {
            return DartCalls.call(function, args);
        }
        if (f instanceof Runnable task) {
            task.run();
            return DartNull.INSTANCE;
        }
        // A handler returned something else where a callback was expected.
        throw org.dartj.builtins.DartErrors.typeErrorFor(f, "Function", null);
    }

    /** The zone a {@code fork} handler returned; anything else is Dart's TypeError. */
    static DartZone asZone(Object forked) {
        if (forked instanceof DartZone zone) {
            return zone;
        }
        throw org.dartj.builtins.DartErrors.typeErrorFor(forked, "Zone", null);
    }

    private static Runnable task(Object f) {
        return f instanceof Runnable r ? r : () -> invoke(f);
    }

    /** A runtime task as the Dart function a handler sees. */
    private Object toDart(Object value) {
        if (value instanceof Runnable r) {
            return closure("callback", a -> {
                r.run();
                return DartNull.INSTANCE;
            });
        }
        return value;
    }

    DartFunction closure(String name, java.util.function.Function<Object[], Object> body) {
        return DartJavaClosureRootNode.create(context.getLanguage(), name, body);
    }

    // The Zone operations, for the runtime and the builtins.

    @Override
    public void run(Runnable task) {
        dispatch(Handler.RUN, task);
    }

    @Override
    public void runGuarded(Runnable task) {
        try {
            dispatch(Handler.RUN, task);
        } catch (DartException e) {
            handleUncaughtError(e);
        }
    }

    /** {@code run}, {@code runUnary} or {@code runBinary} by the number of arguments. */
    public Object runFunction(Object f, Object... args) {
        return switch (args.length) {
            case 0 -> dispatch(Handler.RUN, f);
            case 1 -> dispatch(Handler.RUN_UNARY, f, args[0]);
            default -> dispatch(Handler.RUN_BINARY, f, args[0], args[1]);
        };
    }

    /** The guarded form of {@link #runFunction}: errors go to this zone's uncaught-error handler. */
    public Object runFunctionGuarded(Object f, Object... args) {
        try {
            return runFunction(f, args);
        } catch (DartException e) {
            handleUncaughtError(e);
            return DartNull.INSTANCE;
        }
    }

    @Override
    public void handleUncaughtError(DartException error) {
        dispatch(Handler.HANDLE_UNCAUGHT_ERROR, error.getValue(), stackTrace(error));
    }

    @Override
    public void scheduleMicrotask(Runnable task) {
        dispatch(Handler.SCHEDULE_MICROTASK, task);
    }

    /** {@code registerCallback} and friends by arity (0, 1 or 2 parameters of the callback). */
    public Object register(Object f, int arity) {
        Handler kind = arity == 0 ? Handler.REGISTER_CALLBACK : arity == 1 ? Handler.REGISTER_UNARY_CALLBACK : Handler.REGISTER_BINARY_CALLBACK;
        if (implementations[kind.ordinal()] == null) {
            return f;
        }
        return dispatch(kind, f);
    }

    /** {@code bindCallback(f)} as a runtime task. */
    Runnable bind(Object f) {
        Object registered = register(f, 0);
        return () -> dispatch(Handler.RUN, registered);
    }

    /** {@code bindCallbackGuarded(f)} as a runtime task. */
    Runnable bindGuarded(Object f) {
        Object registered = register(f, 0);
        return () -> runFunctionGuarded(registered);
    }

    /** {@code bindCallback}, {@code bindUnaryCallback}, {@code bindBinaryCallback} (guarded or not) as Dart functions. */
    DartFunction bindFunction(Object f, int arity, boolean guarded) {
        Object registered = register(f, arity);
        return closure("bound", a -> {
            Object[] args = java.util.Arrays.copyOf(a, Math.min(a.length, arity));
            return guarded ? runFunctionGuarded(registered, args) : runFunction(registered, args);
        });
    }

    private DartFunction bindUnaryFunction(Object f, boolean guarded) {
        return bindFunction(f, 1, guarded);
    }

    /** A StackTrace object for an error. */
    Object stackTrace(DartException error) {
        return DartStackTraceObject.of(context.getLanguage().coreClasses().stackTraceImplClass, error);
    }

    /** The exception for an {@code (error, stackTrace)} pair, keeping the trace's frames. */
    static DartException exception(Object error, Object stackTrace) {
        if (stackTrace instanceof DartStackTraceObject trace) {
            DartException original = trace.exception();
            if (original == null) {
                // StackTrace.fromString / empty: a text, no frames.
                return DartException.withStackTrace(error, trace, null);
            }
            return original.getValue() == error ? original : new DartException(error, original);
        }
        return new DartException(error, (Node) null);
    }

    /** Whether {@code f} takes two positional parameters (an error handler wanting the stack trace). */
    static boolean takesTwo(DartFunction f) {
        return org.dartj.nodes.call.DartCalls.takesTwo(f);
    }

    /**
     * {@code runZonedGuarded(body, onError, zoneValues:, zoneSpecification:)}: forks the current
     * zone with a handleUncaughtError handler that runs {@code onError} in the current zone; an
     * error thrown by {@code body} itself goes to {@code onError} and the result is null.
     */
    @TruffleBoundary
    static Object runGuardedZone(DartContext context, DartFunction body, DartFunction onError, Object zoneValues, Object specification) {
        DartZone parentZone = current(context);
        boolean binary = takesTwo(onError);
        DartFunction handler = parentZone.closure("handleUncaughtError", a -> {
            Delegate parent = (Delegate) a[1];
            try {
                if (binary) {
                    parentZone.dispatch(Handler.RUN_BINARY, onError, a[3], a[4]);
                } else {
                    parentZone.dispatch(Handler.RUN_UNARY, onError, a[3]);
                }
            } catch (DartException e) {
                if (e.getValue() == a[3]) {
                    delegate(parent.target, Handler.HANDLE_UNCAUGHT_ERROR, (DartZone) a[2], a[3], a[4]);
                } else {
                    delegate(parent.target, Handler.HANDLE_UNCAUGHT_ERROR, (DartZone) a[2], e.getValue(), parentZone.stackTrace(e));
                }
            }
            return DartNull.INSTANCE;
        });
        DartFunction[] own = specification instanceof Specification s ? s.handlers.clone() : new DartFunction[Handler.COUNT];
        own[Handler.HANDLE_UNCAUGHT_ERROR.ordinal()] = handler;
        Specification guarded = new Specification(context.getLanguage().coreClasses().byName("ZoneSpecification"), own);
        try {
            DartZone zone = asZone(parentZone.dispatch(Handler.FORK, guarded, zoneValues));
            return zone.dispatch(Handler.RUN, body);
        } catch (DartException e) {
            if (binary) {
                DartCalls.call(onError, e.getValue(), parentZone.stackTrace(e));
            } else {
                DartCalls.call(onError, e.getValue());
            }
            return DartNull.INSTANCE;
        }
    }

    /**
     * The listener of an {@code await} in this zone: the continuations for a value and for an
     * error are registered callbacks, resumed through {@code runUnary} and {@code runBinary}.
     * Without such handlers it resumes directly (the future runs it in this zone).
     */
    @TruffleBoundary
    public static org.dartj.runtime.async.DartFuture.Listener awaitContinuation(DartZone zone, java.util.function.Consumer<Object> onValue,
                    java.util.function.Consumer<DartException> onError) {
        if (!zone.intercepts(Handler.REGISTER_UNARY_CALLBACK) && !zone.intercepts(Handler.REGISTER_BINARY_CALLBACK) && !zone.intercepts(Handler.RUN_UNARY) &&
                        !zone.intercepts(Handler.RUN_BINARY)) {
            return done -> {
                if (done.isError()) {
                    onError.accept(done.error());
                } else {
                    onValue.accept(done.value());
                }
            };
        }
        Object thenCallback = zone.register(zone.closure("thenCallback", a -> {
            onValue.accept(a.length > 0 ? a[0] : DartNull.INSTANCE);
            return DartNull.INSTANCE;
        }), 1);
        Object errorCallback = zone.register(zone.closure("errorCallback", a -> {
            onError.accept(exception(a[0], a.length > 1 ? a[1] : DartNull.INSTANCE));
            return DartNull.INSTANCE;
        }), 2);
        return done -> {
            if (done.isError()) {
                zone.runFunction(errorCallback, done.error().getValue(), zone.stackTrace(done.error()));
            } else {
                zone.runFunction(thenCallback, done.value());
            }
        };
    }
}
