package org.dartj.builtins.async;

import org.dartj.DartContext;
import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.core.DartDuration;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.nodes.call.DartCalls;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.isolate.DartTimer;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

/** Timer: one-shot and periodic timers on the isolate's event loop. */
public final class TimerBuiltins {
    private TimerBuiltins() {
    }

    /** The Dart object behind a Timer. */
    public static final class DartTimerObject implements DartObject {
        final DartClass dartClass;
        DartTimer timer;

        DartTimerObject(DartClass dartClass) {
            this.dartClass = dartClass;
        }

        @Override
        public DartClass dartClass() {
            return dartClass;
        }

        @Override
        public String toString() {
            return "Instance of '_Timer'";
        }
    }

    /** The root zone's createTimer: a one-shot timer on the event loop. */
    @TruffleBoundary
    static DartTimerObject rootTimer(DartContext context, DartDuration duration, Runnable callback) {
        DartTimerObject t = new DartTimerObject(context.getLanguage().coreClasses().timerClass);
        t.timer = context.getLoop().addTimer(Math.floorDiv(duration.micros, 1000), false, callback);
        return t;
    }

    /** The root zone's createPeriodicTimer: {@code callback(timer)} every period. */
    @TruffleBoundary
    static DartTimerObject rootPeriodicTimer(DartContext context, DartDuration duration, Object callback) {
        DartTimerObject t = new DartTimerObject(context.getLanguage().coreClasses().timerClass);
        t.timer = context.getLoop().addTimer(Math.max(1, Math.floorDiv(duration.micros, 1000)), true, () -> DartZone.invoke(callback, t));
        return t;
    }

    /** {@code Timer(duration, callback)}: in a zone other than the root, its createTimer with the callback bound guarded. */
    @TruffleBoundary
    static Object createTimer(DartContext context, DartDuration duration, DartFunction callback) {
        if (context.getLoop().currentZone() == null) {
            return rootTimer(context, duration, () -> DartCalls.call(callback));
        }
        DartZone zone = DartZone.current(context);
        return zone.dispatch(DartZone.Handler.CREATE_TIMER, duration, zone.bindFunction(callback, 0, true));
    }

    /**
     * A timer the runtime makes for a Future constructor or timeout ({@code Timer(duration, task)}
     * in the SDK): in a zone other than the root it goes through the zone's createTimer with the
     * task bound guarded. Returns the loop's timer, or null if a createTimer handler made a timer
     * of its own.
     */
    @TruffleBoundary
    static DartTimer internalTimer(DartContext context, long micros, Runnable task) {
        if (context.getLoop().currentZone() == null) {
            return context.getLoop().addTimer(Math.floorDiv(micros, 1000), false, task);
        }
        DartZone zone = DartZone.current(context);
        DartDuration duration = new DartDuration(context.getLanguage().coreClasses().durationClass, micros);
        Object timer = zone.dispatch(DartZone.Handler.CREATE_TIMER, duration, zone.bindFunction(task, 0, true));
        return timer instanceof DartTimerObject t ? t.timer : null;
    }

    @DartBuiltin(library = "dart:async", owner = "Timer", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 2)
    public abstract static class NewNode extends DartBuiltinNode {
        @Specialization
        protected Object create(DartDuration duration, DartFunction callback) {
            return createTimer(DartContext.get(this), duration, callback);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Timer", name = "periodic", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 2)
    public abstract static class PeriodicNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object create(DartDuration duration, DartFunction callback) {
            DartContext context = DartContext.get(this);
            if (context.getLoop().currentZone() == null) {
                return rootPeriodicTimer(context, duration, callback);
            }
            DartZone zone = DartZone.current(context);
            return zone.dispatch(DartZone.Handler.CREATE_PERIODIC_TIMER, duration, zone.bindFunction(callback, 1, true));
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Timer", name = "run", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class RunNode extends DartBuiltinNode {
        @Specialization
        protected Object run(DartFunction callback) {
            createTimer(DartContext.get(this), new DartDuration(DartLanguage.get(this).coreClasses().durationClass, 0), callback);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Timer", name = "cancel")
    public abstract static class CancelNode extends DartBuiltinNode {
        @Specialization
        protected Object cancel(DartTimerObject self) {
            self.timer.cancel();
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Timer", name = "isActive", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsActiveNode extends DartBuiltinNode {
        @Specialization
        protected boolean isActive(DartTimerObject self) {
            return self.timer.isActive();
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Timer", name = "tick", kind = DartBuiltin.Kind.GETTER)
    public abstract static class TickNode extends DartBuiltinNode {
        @Specialization
        protected long tick(DartTimerObject self) {
            return self.timer.tick();
        }
    }
}
