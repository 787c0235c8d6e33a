package org.dartj.builtins.core;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;

import com.oracle.truffle.api.dsl.Specialization;

/** Duration: constructor, {@code zero}, {@code inMilliseconds}, {@code inMicroseconds}. */
public final class DurationBuiltins {
    private DurationBuiltins() {
    }

    static long part(Object value, long unit) {
        return value instanceof Long l ? l * unit : value instanceof Double d ? (long) (d * unit) : 0;
    }

    @DartBuiltin(owner = "Duration", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, named = {"days", "hours", "minutes", "seconds", "milliseconds", "microseconds"})
    public abstract static class NewNode extends DartBuiltinNode {
        @Specialization
        protected DartDuration create(Object days, Object hours, Object minutes, Object seconds, Object millis, Object micros) {
            long total = part(days, 86_400_000_000L) + part(hours, 3_600_000_000L) + part(minutes, 60_000_000L) + part(seconds, 1_000_000L) + part(millis, 1_000L) +
                            part(micros, 1L);
            return new DartDuration(DartLanguage.get(this).coreClasses().durationClass, total);
        }
    }

    @DartBuiltin(owner = "Duration", name = "zero", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class ZeroNode extends DartBuiltinNode {
        @Specialization
        protected DartDuration zero() {
            return new DartDuration(DartLanguage.get(this).coreClasses().durationClass, 0);
        }
    }

    @DartBuiltin(owner = "Duration", name = "inMilliseconds", kind = DartBuiltin.Kind.GETTER)
    public abstract static class InMillisecondsNode extends DartBuiltinNode {
        @Specialization
        protected long inMilliseconds(DartDuration self) {
            return self.micros / 1000;
        }
    }

    @DartBuiltin(owner = "Duration", name = "inMicroseconds", kind = DartBuiltin.Kind.GETTER)
    public abstract static class InMicrosecondsNode extends DartBuiltinNode {
        @Specialization
        protected long inMicroseconds(DartDuration self) {
            return self.micros;
        }
    }
}
