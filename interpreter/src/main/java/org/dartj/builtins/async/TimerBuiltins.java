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

    @DartBuiltin(library = "dart:async", owner = "Timer", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 2)
    public abstract static class NewNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartTimerObject create(DartDuration duration, DartFunction callback) {
            DartTimerObject t = new DartTimerObject(DartLanguage.get(this).coreClasses().timerClass);
            t.timer = DartContext.get(this).getLoop().addTimer(Math.floorDiv(duration.micros, 1000), false, () -> DartCalls.call(callback));
            return t;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Timer", name = "periodic", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 2)
    public abstract static class PeriodicNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartTimerObject create(DartDuration duration, DartFunction callback) {
            DartTimerObject t = new DartTimerObject(DartLanguage.get(this).coreClasses().timerClass);
            t.timer = DartContext.get(this).getLoop().addTimer(Math.max(1, Math.floorDiv(duration.micros, 1000)), true, () -> DartCalls.call(callback, t));
            return t;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Timer", name = "run", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class RunNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object run(DartFunction callback) {
            DartContext.get(this).getLoop().addTimer(0, false, () -> DartCalls.call(callback));
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
