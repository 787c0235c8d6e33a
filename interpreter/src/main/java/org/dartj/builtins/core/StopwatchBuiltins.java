package org.dartj.builtins.core;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * Stopwatch: elapsed time on the monotonic clock; with the option {@code dart.StopwatchCpuTime}
 * the CPU time of the running thread (one isolate's thread), so benchmarks can be compared on
 * a loaded machine.
 */
public final class StopwatchBuiltins {
    private StopwatchBuiltins() {
    }

    /** The Dart object behind a Stopwatch. */
    public static final class DartStopwatch implements DartObject {
        final DartClass dartClass;
        private final boolean cpuTime;
        long startNanos = -1;
        long accumulatedNanos;

        DartStopwatch(DartClass dartClass, boolean cpuTime) {
            this.dartClass = dartClass;
            this.cpuTime = cpuTime;
        }

        @TruffleBoundary
        long now() {
            return cpuTime ? java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() : System.nanoTime();
        }

        @TruffleBoundary
        long elapsedNanos() {
            return accumulatedNanos + (startNanos >= 0 ? now() - startNanos : 0);
        }

        @Override
        public DartClass dartClass() {
            return dartClass;
        }

        @Override
        public String toString() {
            return "Instance of 'Stopwatch'";
        }
    }

    @DartBuiltin(owner = "Stopwatch", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR)
    public abstract static class NewNode extends DartBuiltinNode {
        @Specialization
        protected DartStopwatch create() {
            return new DartStopwatch(DartLanguage.get(this).coreClasses().byName("Stopwatch"), org.dartj.DartContext.get(this).stopwatchCpuTime());
        }
    }

    @DartBuiltin(owner = "Stopwatch", name = "start")
    public abstract static class StartNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object start(DartStopwatch self) {
            if (self.startNanos < 0) {
                self.startNanos = self.now();
            }
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "Stopwatch", name = "stop")
    public abstract static class StopNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object stop(DartStopwatch self) {
            if (self.startNanos >= 0) {
                self.accumulatedNanos += self.now() - self.startNanos;
                self.startNanos = -1;
            }
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "Stopwatch", name = "reset")
    public abstract static class ResetNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object reset(DartStopwatch self) {
            self.accumulatedNanos = 0;
            if (self.startNanos >= 0) {
                self.startNanos = self.now();
            }
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "Stopwatch", name = "isRunning", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsRunningNode extends DartBuiltinNode {
        @Specialization
        protected boolean isRunning(DartStopwatch self) {
            return self.startNanos >= 0;
        }
    }

    @DartBuiltin(owner = "Stopwatch", name = "elapsedMicroseconds", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ElapsedMicrosecondsNode extends DartBuiltinNode {
        @Specialization
        protected long elapsed(DartStopwatch self) {
            return self.elapsedNanos() / 1000;
        }
    }

    /** {@code elapsedTicks}: nanoseconds, the VM's monotonic clock unit on Linux (see frequency). */
    @DartBuiltin(owner = "Stopwatch", name = "elapsedTicks", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ElapsedTicksNode extends DartBuiltinNode {
        @Specialization
        protected long elapsed(DartStopwatch self) {
            return self.elapsedNanos();
        }
    }

    /** {@code Stopwatch.frequency}: ticks per second. */
    @DartBuiltin(owner = "Stopwatch", name = "frequency", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class FrequencyNode extends DartBuiltinNode {
        @Specialization
        protected long frequency() {
            return 1_000_000_000L;
        }
    }

    @DartBuiltin(owner = "Stopwatch", name = "elapsedMilliseconds", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ElapsedMillisecondsNode extends DartBuiltinNode {
        @Specialization
        protected long elapsed(DartStopwatch self) {
            return self.elapsedNanos() / 1_000_000;
        }
    }

    @DartBuiltin(owner = "Stopwatch", name = "elapsed", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ElapsedNode extends DartBuiltinNode {
        @Specialization
        protected DartDuration elapsed(DartStopwatch self) {
            return new DartDuration(DartLanguage.get(this).coreClasses().durationClass, self.elapsedNanos() / 1000);
        }
    }
}
