package org.dartj.builtins.core;

import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.nodes.expression.DartNumberConversions;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.number.DartDoubleFormat;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** Members of num, int and double. */
public final class NumberBuiltins {
    private NumberBuiltins() {
    }

    @DartBuiltin(owner = "int", name = "isEven", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsEvenNode extends DartBuiltinNode {
        @Specialization
        protected boolean isEven(long self) {
            return (self & 1) == 0;
        }
    }

    @DartBuiltin(owner = "int", name = "isOdd", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsOddNode extends DartBuiltinNode {
        @Specialization
        protected boolean isOdd(long self) {
            return (self & 1) != 0;
        }
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

    @DartBuiltin(owner = "num", name = "round")
    public abstract static class RoundNode extends DartBuiltinNode {
        @Specialization
        protected long round(long self) {
            return self;
        }

        @Specialization
        protected long round(double self) {
            // Dart rounds half away from zero.
            double r = self < 0 ? -Math.floor(-self + 0.5) : Math.floor(self + 0.5);
            return DartNumberConversions.truncateToInt(r, this);
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

    @DartBuiltin(owner = "num", name = "compareTo", required = 1)
    public abstract static class CompareToNode extends DartBuiltinNode {
        @Specialization
        protected long compare(long self, long other) {
            return Long.compare(self, other);
        }

        @Specialization
        protected long compare(Object self, Object other) {
            return Double.compare(((Number) self).doubleValue(), ((Number) other).doubleValue());
        }
    }

    @DartBuiltin(owner = "double", name = "isNaN", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsNaNNode extends DartBuiltinNode {
        @Specialization
        protected boolean isNaN(double self) {
            return Double.isNaN(self);
        }
    }

    @DartBuiltin(owner = "num", name = "toStringAsFixed", required = 1)
    public abstract static class ToStringAsFixedNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString fixed(Object self, long digits) {
            if (digits < 0 || digits > 20) {
                throw DartErrors.error(org.dartj.DartLanguage.get(this).coreClasses().rangeErrorClass, DartNull.INSTANCE,
                                "RangeError (fractionDigits): Invalid value: Not in inclusive range 0..20: " + digits, this);
            }
            double d = ((Number) self).doubleValue();
            return DartToStringNode.toTruffleString(DartDoubleFormat.toStringAsFixed(d, (int) digits));
        }
    }

    @DartBuiltin(owner = "int", name = "parse", kind = DartBuiltin.Kind.STATIC, required = 1, named = {"radix"})
    public abstract static class ParseNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long parse(TruffleString text, Object radixArg) {
            String s = text.toJavaStringUncached();
            int radix = radixArg instanceof Long r ? r.intValue() : 10;
            String t = s.trim();
            try {
                if (radixArg == DartNull.INSTANCE && (t.startsWith("0x") || t.startsWith("0X") || t.startsWith("-0x") || t.startsWith("-0X"))) {
                    boolean neg = t.startsWith("-");
                    long v = Long.parseUnsignedLong(t.substring(neg ? 3 : 2), 16);
                    return neg ? -v : v;
                }
                return Long.parseLong(t.startsWith("+") ? t.substring(1) : t, radix);
            } catch (NumberFormatException e) {
                throw DartErrors.formatException("Invalid radix-" + radix + " number (at character 1)", s + "\n^\n", this);
            }
        }
    }

    @DartBuiltin(owner = "int", name = "tryParse", kind = DartBuiltin.Kind.STATIC, required = 1, named = {"radix"})
    public abstract static class TryParseNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object tryParse(TruffleString text, Object radixArg) {
            int radix = radixArg instanceof Long r ? r.intValue() : 10;
            try {
                String t = text.toJavaStringUncached().trim();
                return Long.parseLong(t.startsWith("+") ? t.substring(1) : t, radix);
            } catch (NumberFormatException e) {
                return DartNull.INSTANCE;
            }
        }
    }

    @DartBuiltin(owner = "double", name = "parse", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class DoubleParseNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected double parse(TruffleString text) {
            String s = text.toJavaStringUncached().trim();
            try {
                if (s.equals("NaN")) {
                    return Double.NaN;
                } else if (s.equals("Infinity") || s.equals("+Infinity")) {
                    return Double.POSITIVE_INFINITY;
                } else if (s.equals("-Infinity")) {
                    return Double.NEGATIVE_INFINITY;
                }
                if (s.isEmpty() || s.endsWith("d") || s.endsWith("D") || s.endsWith("f") || s.endsWith("F") || s.contains("x") || s.contains("X")) {
                    throw new NumberFormatException();
                }
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw DartErrors.formatException("Invalid double", text.toJavaStringUncached(), this);
            }
        }
    }
}
