package org.dartj.builtins.core;

import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.nodes.expression.DartNumberConversions;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.number.DartDoubleFormat;
import org.dartj.runtime.number.DartNumberParser;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * Members of num, shared by int ({@code long}) and double ({@code double}), with the Dart VM's
 * semantics (sdk/lib/_internal/vm/lib/integers.dart and double.dart). int-only members are in
 * {@link IntBuiltins}, double-only ones in {@link DoubleBuiltins}.
 */
public final class NumberBuiltins {
    private NumberBuiltins() {
    }

    @DartBuiltin(owner = "num", name = "abs")
    public abstract static class AbsNode extends DartBuiltinNode {
        @Specialization
        protected long abs(long self) {
            return self < 0 ? -self : self;
        }

        @Specialization
        protected double abs(double self) {
            return Math.abs(self);
        }
    }

    @DartBuiltin(owner = "num", name = "sign", kind = DartBuiltin.Kind.GETTER)
    public abstract static class SignNode extends DartBuiltinNode {
        @Specialization
        protected long sign(long self) {
            return Long.signum(self);
        }

        @Specialization
        protected double sign(double self) {
            // +-0.0 and NaN are their own sign.
            return self > 0 ? 1.0 : self < 0 ? -1.0 : self;
        }
    }

    @DartBuiltin(owner = "num", name = "isNaN", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsNaNNode extends DartBuiltinNode {
        @Specialization
        protected boolean isNaN(long self) {
            return false;
        }

        @Specialization
        protected boolean isNaN(double self) {
            return Double.isNaN(self);
        }
    }

    @DartBuiltin(owner = "num", name = "isInfinite", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsInfiniteNode extends DartBuiltinNode {
        @Specialization
        protected boolean isInfinite(long self) {
            return false;
        }

        @Specialization
        protected boolean isInfinite(double self) {
            return Double.isInfinite(self);
        }
    }

    @DartBuiltin(owner = "num", name = "isFinite", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsFiniteNode extends DartBuiltinNode {
        @Specialization
        protected boolean isFinite(long self) {
            return true;
        }

        @Specialization
        protected boolean isFinite(double self) {
            return Double.isFinite(self);
        }
    }

    @DartBuiltin(owner = "num", name = "isNegative", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsNegativeNode extends DartBuiltinNode {
        @Specialization
        protected boolean isNegative(long self) {
            return self < 0;
        }

        @Specialization
        protected boolean isNegative(double self) {
            return DartNumbers.isNegative(self);
        }
    }

    @DartBuiltin(owner = "num", name = "toDouble")
    public abstract static class ToDoubleNode extends DartBuiltinNode {
        @Specialization
        protected double toDouble(long self) {
            return self;
        }

        @Specialization
        protected double toDouble(double self) {
            return self;
        }
    }

    @DartBuiltin(owner = "num", name = "toInt")
    public abstract static class ToIntNode extends DartBuiltinNode {
        @Specialization
        protected long toInt(long self) {
            return self;
        }

        @Specialization
        protected long toInt(double self) {
            return DartNumberConversions.truncateToInt(self, this);
        }
    }

    @DartBuiltin(owner = "num", name = "truncate")
    public abstract static class TruncateNode extends DartBuiltinNode {
        @Specialization
        protected long truncate(long self) {
            return self;
        }

        @Specialization
        protected long truncate(double self) {
            return DartNumberConversions.truncateToInt(self, this);
        }
    }

    @DartBuiltin(owner = "num", name = "round")
    public abstract static class RoundNode extends DartBuiltinNode {
        @Specialization
        protected long round(long self) {
            return self;
        }

        @Specialization
        protected long round(double self) {
            return DartNumberConversions.truncateToInt(DartNumbers.roundToDouble(self), this);
        }
    }

    @DartBuiltin(owner = "num", name = "floor")
    public abstract static class FloorNode extends DartBuiltinNode {
        @Specialization
        protected long floor(long self) {
            return self;
        }

        @Specialization
        protected long floor(double self) {
            return DartNumberConversions.truncateToInt(Math.floor(self), this);
        }
    }

    @DartBuiltin(owner = "num", name = "ceil")
    public abstract static class CeilNode extends DartBuiltinNode {
        @Specialization
        protected long ceil(long self) {
            return self;
        }

        @Specialization
        protected long ceil(double self) {
            return DartNumberConversions.truncateToInt(Math.ceil(self), this);
        }
    }

    @DartBuiltin(owner = "num", name = "roundToDouble")
    public abstract static class RoundToDoubleNode extends DartBuiltinNode {
        @Specialization
        protected double round(long self) {
            return self;
        }

        @Specialization
        protected double round(double self) {
            return DartNumbers.roundToDouble(self);
        }
    }

    @DartBuiltin(owner = "num", name = "floorToDouble")
    public abstract static class FloorToDoubleNode extends DartBuiltinNode {
        @Specialization
        protected double floor(long self) {
            return self;
        }

        @Specialization
        protected double floor(double self) {
            return Math.floor(self);
        }
    }

    @DartBuiltin(owner = "num", name = "ceilToDouble")
    public abstract static class CeilToDoubleNode extends DartBuiltinNode {
        @Specialization
        protected double ceil(long self) {
            return self;
        }

        @Specialization
        protected double ceil(double self) {
            return Math.ceil(self);
        }
    }

    @DartBuiltin(owner = "num", name = "truncateToDouble")
    public abstract static class TruncateToDoubleNode extends DartBuiltinNode {
        @Specialization
        protected double truncate(long self) {
            return self;
        }

        @Specialization
        protected double truncate(double self) {
            return DartNumbers.truncateToDouble(self);
        }
    }

    @DartBuiltin(owner = "num", name = "remainder", required = 1)
    public abstract static class RemainderNode extends DartBuiltinNode {
        @Specialization
        protected long remainder(long self, long other) {
            if (other == 0) {
                throw DartErrors.integerDivisionByZero(this);
            }
            return self % other;
        }

        @Specialization
        protected double remainder(long self, double other) {
            return self % other;
        }

        @Specialization
        protected double remainder(double self, long other) {
            return self % other;
        }

        @Specialization
        protected double remainder(double self, double other) {
            return self % other;
        }
    }

    @DartBuiltin(owner = "num", name = "compareTo", required = 1)
    public abstract static class CompareToNode extends DartBuiltinNode {
        @Specialization
        protected long compareInts(long self, long other) {
            return Long.compare(self, other);
        }

        @Specialization
        protected long compareDoubles(double self, double other) {
            return Double.compare(self, other);
        }

        @Specialization(guards = {"isNumber(self)", "isNumber(other)"}, replaces = {"compareInts", "compareDoubles"})
        protected long compareNumbers(Object self, Object other) {
            return DartNumbers.compare(self, other);
        }

        /** A dynamic call with a non-number: the VM's check of {@code num other}. */
        @Fallback
        protected long wrongType(@SuppressWarnings("unused") Object self, Object other) {
            throw DartErrors.argumentTypeError(other, "num", "other", this);
        }

        protected static boolean isNumber(Object value) {
            return DartNumbers.isNumber(value);
        }
    }

    @DartBuiltin(owner = "num", name = "clamp", required = 2)
    public abstract static class ClampNode extends DartBuiltinNode {
        @Specialization(guards = "lowerLimit <= upperLimit")
        protected long clampInts(long self, long lowerLimit, long upperLimit) {
            return self < lowerLimit ? lowerLimit : self > upperLimit ? upperLimit : self;
        }

        @Specialization(guards = {"isNumber(self)", "isNumber(lowerLimit)", "isNumber(upperLimit)"}, replaces = "clampInts")
        protected Object clampNumbers(Object self, Object lowerLimit, Object upperLimit) {
            return DartNumbers.clamp(self, lowerLimit, upperLimit, this);
        }

        /** A dynamic call with a non-number: the VM's checks of {@code num lowerLimit, num upperLimit}, in order. */
        @Fallback
        protected Object wrongType(@SuppressWarnings("unused") Object self, Object lowerLimit, Object upperLimit) {
            boolean lowerOk = isNumber(lowerLimit);
            throw DartErrors.argumentTypeError(lowerOk ? upperLimit : lowerLimit, "num", lowerOk ? "upperLimit" : "lowerLimit", this);
        }

        protected static boolean isNumber(Object value) {
            return DartNumbers.isNumber(value);
        }
    }

    @DartBuiltin(owner = "num", name = "hashCode", kind = DartBuiltin.Kind.GETTER)
    public abstract static class HashCodeNode extends DartBuiltinNode {
        @Specialization
        protected long hash(long self) {
            return DartNumbers.hashInt(self);
        }

        @Specialization
        protected long hash(double self) {
            return DartNumbers.hashDouble(self);
        }
    }

    @DartBuiltin(owner = "num", name = "toStringAsFixed", required = 1)
    public abstract static class ToStringAsFixedNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString fixed(Object self, long fractionDigits) {
            if (fractionDigits < 0 || fractionDigits > 20) {
                throw DartErrors.rangeError(fractionDigits, 0L, 20L, "fractionDigits", this);
            }
            double d = ((Number) self).doubleValue();
            return DartToStringNode.toTruffleString(DartDoubleFormat.toStringAsFixed(d, (int) fractionDigits));
        }
    }

    @DartBuiltin(owner = "num", name = "toStringAsExponential", optional = 1)
    public abstract static class ToStringAsExponentialNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString exponential(Object self, Object fractionDigits) {
            int digits = -1;
            if (fractionDigits instanceof Long f) {
                if (f < 0 || f > 20) {
                    throw DartErrors.rangeError(f, 0L, 20L, "fractionDigits", this);
                }
                digits = f.intValue();
            } else if (fractionDigits != DartNull.INSTANCE) {
                throw DartErrors.typeErrorFor(fractionDigits, "int?", this);
            }
            double d = ((Number) self).doubleValue();
            return DartToStringNode.toTruffleString(DartDoubleFormat.toStringAsExponential(d, digits));
        }
    }

    @DartBuiltin(owner = "num", name = "toStringAsPrecision", required = 1)
    public abstract static class ToStringAsPrecisionNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString precision(Object self, long precision) {
            if (precision < 1 || precision > 21) {
                throw DartErrors.rangeError(precision, 1L, 21L, "precision", this);
            }
            double d = ((Number) self).doubleValue();
            return DartToStringNode.toTruffleString(DartDoubleFormat.toStringAsPrecision(d, (int) precision));
        }
    }

    @DartBuiltin(owner = "num", name = "parse", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class ParseNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object parse(TruffleString source) {
            Object result = tryParse(source.toJavaStringUncached());
            if (result == null) {
                // num.parse reports the input as the message, without a source.
                throw DartErrors.formatException(source.toJavaStringUncached(), null, this);
            }
            return result;
        }
    }

    @DartBuiltin(owner = "num", name = "tryParse", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class TryParseNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object tryParse(TruffleString source) {
            Object result = NumberBuiltins.tryParse(source.toJavaStringUncached());
            return result == null ? DartNull.INSTANCE : result;
        }
    }

    /** {@code num.tryParse}: int.tryParse of the trimmed input, else double.tryParse; null if neither. */
    static Object tryParse(String input) {
        int start = org.dartj.runtime.DartStrings.firstNonWhitespace(input);
        int end = Math.max(start, org.dartj.runtime.DartStrings.lastNonWhitespace(input) + 1);
        String source = input.substring(start, end);
        Long asInt = source.isEmpty() ? null : DartNumberParser.tryParseInt(source, 0);
        if (asInt != null) {
            return asInt;
        }
        return DartNumberParser.parseDouble(source);
    }
}
