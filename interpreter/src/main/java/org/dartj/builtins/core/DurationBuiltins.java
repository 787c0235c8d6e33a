package org.dartj.builtins.core;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;

import com.oracle.truffle.api.dsl.Specialization;

/** Duration: constructor, units, arithmetic and comparison, as sdk/lib/core/duration.dart. */
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

    @DartBuiltin(owner = "Duration", name = "inDays", kind = DartBuiltin.Kind.GETTER)
    public abstract static class InDaysNode extends DartBuiltinNode {
        @Specialization
        protected long get(DartDuration self) {
            return self.micros / 86_400_000_000L;
        }
    }

    @DartBuiltin(owner = "Duration", name = "inHours", kind = DartBuiltin.Kind.GETTER)
    public abstract static class InHoursNode extends DartBuiltinNode {
        @Specialization
        protected long get(DartDuration self) {
            return self.micros / 3_600_000_000L;
        }
    }

    @DartBuiltin(owner = "Duration", name = "inMinutes", kind = DartBuiltin.Kind.GETTER)
    public abstract static class InMinutesNode extends DartBuiltinNode {
        @Specialization
        protected long get(DartDuration self) {
            return self.micros / 60_000_000L;
        }
    }

    @DartBuiltin(owner = "Duration", name = "inSeconds", kind = DartBuiltin.Kind.GETTER)
    public abstract static class InSecondsNode extends DartBuiltinNode {
        @Specialization
        protected long get(DartDuration self) {
            return self.micros / 1_000_000L;
        }
    }

    @DartBuiltin(owner = "Duration", name = "isNegative", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsNegativeNode extends DartBuiltinNode {
        @Specialization
        protected boolean get(DartDuration self) {
            return self.micros < 0;
        }
    }

    @DartBuiltin(owner = "Duration", name = "hashCode", kind = DartBuiltin.Kind.GETTER)
    public abstract static class HashCodeNode extends DartBuiltinNode {
        @Specialization
        protected long get(DartDuration self) {
            return DartNumbers.hashInt(self.micros);
        }
    }

    @DartBuiltin(owner = "Duration", name = "+", required = 1)
    public abstract static class PlusNode extends DartBuiltinNode {
        @Specialization
        protected DartDuration apply(DartDuration self, DartDuration other) {
            return new DartDuration(self.dartClass(), self.micros + other.micros);
        }
    }

    @DartBuiltin(owner = "Duration", name = "-", required = 1)
    public abstract static class MinusNode extends DartBuiltinNode {
        @Specialization
        protected DartDuration apply(DartDuration self, DartDuration other) {
            return new DartDuration(self.dartClass(), self.micros - other.micros);
        }
    }

    @DartBuiltin(owner = "Duration", name = "*", required = 1)
    public abstract static class TimesNode extends DartBuiltinNode {
        @Specialization
        protected DartDuration apply(DartDuration self, Object other) {
            if (other instanceof Long l) {
                return new DartDuration(self.dartClass(), self.micros * l);
            }
            return new DartDuration(self.dartClass(), Math.round(self.micros * ((Number) other).doubleValue()));
        }
    }

    @DartBuiltin(owner = "Duration", name = "~/", required = 1)
    public abstract static class TruncDivNode extends DartBuiltinNode {
        @Specialization
        protected DartDuration apply(DartDuration self, long quotient) {
            if (quotient == 0) {
                throw org.dartj.builtins.DartErrors.integerDivisionByZero(this);
            }
            return new DartDuration(self.dartClass(), self.micros / quotient);
        }
    }

    @DartBuiltin(owner = "Duration", name = "<", required = 1)
    public abstract static class LessNode extends DartBuiltinNode {
        @Specialization
        protected boolean apply(DartDuration self, DartDuration other) {
            return self.micros < other.micros;
        }
    }

    @DartBuiltin(owner = "Duration", name = "<=", required = 1)
    public abstract static class LessEqualNode extends DartBuiltinNode {
        @Specialization
        protected boolean apply(DartDuration self, DartDuration other) {
            return self.micros <= other.micros;
        }
    }

    @DartBuiltin(owner = "Duration", name = ">", required = 1)
    public abstract static class GreaterNode extends DartBuiltinNode {
        @Specialization
        protected boolean apply(DartDuration self, DartDuration other) {
            return self.micros > other.micros;
        }
    }

    @DartBuiltin(owner = "Duration", name = ">=", required = 1)
    public abstract static class GreaterEqualNode extends DartBuiltinNode {
        @Specialization
        protected boolean apply(DartDuration self, DartDuration other) {
            return self.micros >= other.micros;
        }
    }

    @DartBuiltin(owner = "Duration", name = "compareTo", required = 1)
    public abstract static class CompareToNode extends DartBuiltinNode {
        @Specialization
        protected long apply(DartDuration self, DartDuration other) {
            return Long.compare(self.micros, other.micros);
        }
    }

    @DartBuiltin(owner = "Duration", name = "abs")
    public abstract static class AbsNode extends DartBuiltinNode {
        @Specialization
        protected DartDuration abs(DartDuration self) {
            return new DartDuration(self.dartClass(), Math.abs(self.micros));
        }
    }

    @DartBuiltin(owner = "Duration", name = "unary-")
    public abstract static class NegateNode extends DartBuiltinNode {
        @Specialization
        protected DartDuration negate(DartDuration self) {
            return new DartDuration(self.dartClass(), -self.micros);
        }
    }
}
