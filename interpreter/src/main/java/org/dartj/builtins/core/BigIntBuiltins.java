package org.dartj.builtins.core;

import java.math.BigInteger;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/** BigInt on java.math.BigInteger, with the Dart VM's texts. */
public final class BigIntBuiltins {
    private BigIntBuiltins() {
    }

    /** An arbitrary-precision integer. Immutable, so isolates share it. */
    public static final class DartBigInt implements DartObject, org.dartj.runtime.DartImmutableValue {
        final DartClass dartClass;
        final BigInteger value;

        DartBigInt(DartClass dartClass, BigInteger value) {
            this.dartClass = dartClass;
            this.value = value;
        }

        @Override
        public DartClass dartClass() {
            return dartClass;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DartBigInt b && b.value.equals(value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }

        @Override
        @TruffleBoundary
        public String toString() {
            return value.toString();
        }
    }

    @TruffleBoundary
    static DartBigInt make(Node node, BigInteger value) {
        return new DartBigInt(DartLanguage.get(node).coreClasses().byName("BigInt"), value);
    }

    @TruffleBoundary
    /** {@code radix} -1: none given. */
    static BigInteger parse(String text, long radix, Node node) {
        if (radix != -1 && (radix < 2 || radix > 36)) {
            throw DartErrors.rangeError(radix, 2L, 36L, "radix", node);
        }
        // As the VM: optional whitespace, one sign, then ASCII digits; without a radix, decimal
        // or a 0x hex literal.
        String t = text.strip();
        boolean negative = t.startsWith("-");
        String digits = negative || t.startsWith("+") ? t.substring(1) : t;
        int r = (int) radix;
        if (radix == -1) {
            r = 10;
            if (digits.length() > 2 && (digits.startsWith("0x") || digits.startsWith("0X"))) {
                digits = digits.substring(2);
                r = 16;
            }
        }
        if (digits.isEmpty()) {
            throw new NumberFormatException(text);
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c >= 128 || Character.digit(c, r) < 0) {
                throw new NumberFormatException(text);
            }
        }
        BigInteger value = new BigInteger(digits, r);
        return negative ? value.negate() : value;
    }

    @DartBuiltin(owner = "BigInt", name = "parse", kind = DartBuiltin.Kind.STATIC, required = 1, named = {"radix"})
    public abstract static class ParseNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object parse(TruffleString source, Object radix) {
            String text = source.toJavaStringUncached();
            try {
                return make(this, BigIntBuiltins.parse(text, radix instanceof Long r ? r : -1, this));
            } catch (NumberFormatException e) {
                throw DartErrors.formatException("Could not parse BigInt", source, this);
            }
        }
    }

    @DartBuiltin(owner = "BigInt", name = "tryParse", kind = DartBuiltin.Kind.STATIC, required = 1, named = {"radix"})
    public abstract static class TryParseNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object tryParse(TruffleString source, Object radix) {
            try {
                return make(this, BigIntBuiltins.parse(source.toJavaStringUncached(), radix instanceof Long r ? r : -1, this));
            } catch (NumberFormatException e) {
                return org.dartj.runtime.DartNull.INSTANCE;
            }
        }
    }

    @DartBuiltin(owner = "BigInt", name = "from", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class FromNode extends DartBuiltinNode {
        @Specialization
        protected Object from(long value) {
            return make(this, BigInteger.valueOf(value));
        }

        @Specialization
        @TruffleBoundary
        protected Object from(double value) {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw DartErrors.unsupported("Value is infinite or NaN: " + DartToString.toDisplayString(value), this);
            }
            return make(this, new java.math.BigDecimal(value).toBigInteger());
        }
    }

    @DartBuiltin(owner = "BigInt", name = "zero", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class ZeroNode extends DartBuiltinNode {
        @Specialization
        protected Object get() {
            return make(this, BigInteger.ZERO);
        }
    }

    @DartBuiltin(owner = "BigInt", name = "one", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class OneNode extends DartBuiltinNode {
        @Specialization
        protected Object get() {
            return make(this, BigInteger.ONE);
        }
    }

    @DartBuiltin(owner = "BigInt", name = "two", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class TwoNode extends DartBuiltinNode {
        @Specialization
        protected Object get() {
            return make(this, BigInteger.TWO);
        }
    }

    @DartBuiltin(owner = "BigInt", name = "+", required = 1)
    public abstract static class PlusNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object apply(DartBigInt self, DartBigInt other) {
            BigInteger a = self.value;
            BigInteger b = other.value;
            return new DartBigInt(self.dartClass, a.add(b));
        }
    }

    @DartBuiltin(owner = "BigInt", name = "-", required = 1)
    public abstract static class MinusNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object apply(DartBigInt self, DartBigInt other) {
            BigInteger a = self.value;
            BigInteger b = other.value;
            return new DartBigInt(self.dartClass, a.subtract(b));
        }
    }

    @DartBuiltin(owner = "BigInt", name = "*", required = 1)
    public abstract static class TimesNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object apply(DartBigInt self, DartBigInt other) {
            BigInteger a = self.value;
            BigInteger b = other.value;
            return new DartBigInt(self.dartClass, a.multiply(b));
        }
    }

    @DartBuiltin(owner = "BigInt", name = "&", required = 1)
    public abstract static class AndNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object apply(DartBigInt self, DartBigInt other) {
            BigInteger a = self.value;
            BigInteger b = other.value;
            return new DartBigInt(self.dartClass, a.and(b));
        }
    }

    @DartBuiltin(owner = "BigInt", name = "|", required = 1)
    public abstract static class OrNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object apply(DartBigInt self, DartBigInt other) {
            BigInteger a = self.value;
            BigInteger b = other.value;
            return new DartBigInt(self.dartClass, a.or(b));
        }
    }

    @DartBuiltin(owner = "BigInt", name = "^", required = 1)
    public abstract static class XorNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object apply(DartBigInt self, DartBigInt other) {
            BigInteger a = self.value;
            BigInteger b = other.value;
            return new DartBigInt(self.dartClass, a.xor(b));
        }
    }

    @DartBuiltin(owner = "BigInt", name = "gcd", required = 1)
    public abstract static class GcdNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object apply(DartBigInt self, DartBigInt other) {
            BigInteger a = self.value;
            BigInteger b = other.value;
            return new DartBigInt(self.dartClass, a.gcd(b));
        }
    }

    @DartBuiltin(owner = "BigInt", name = "~/", required = 1)
    public abstract static class TruncDivNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object apply(DartBigInt self, DartBigInt other) {
            BigInteger a = self.value;
            BigInteger b = other.value;
            if (b.signum() == 0) {
                throw DartErrors.integerDivisionByZero(this);
            }
            return new DartBigInt(self.dartClass, a.divide(b));
        }
    }

    @DartBuiltin(owner = "BigInt", name = "remainder", required = 1)
    public abstract static class RemainderNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object apply(DartBigInt self, DartBigInt other) {
            BigInteger a = self.value;
            BigInteger b = other.value;
            if (b.signum() == 0) {
                throw DartErrors.integerDivisionByZero(this);
            }
            return new DartBigInt(self.dartClass, a.remainder(b));
        }
    }

    @DartBuiltin(owner = "BigInt", name = "%", required = 1)
    public abstract static class ModuloNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object apply(DartBigInt self, DartBigInt other) {
            BigInteger a = self.value;
            BigInteger b = other.value;
            if (b.signum() == 0) {
                throw DartErrors.integerDivisionByZero(this);
            }
            return new DartBigInt(self.dartClass, a.mod(b.abs()));
        }
    }

    @DartBuiltin(owner = "BigInt", name = "<", required = 1)
    public abstract static class LessNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean apply(DartBigInt self, DartBigInt other) {
            return self.value.compareTo(other.value) < 0;
        }
    }

    @DartBuiltin(owner = "BigInt", name = "<=", required = 1)
    public abstract static class LessEqualNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean apply(DartBigInt self, DartBigInt other) {
            return self.value.compareTo(other.value) <= 0;
        }
    }

    @DartBuiltin(owner = "BigInt", name = ">", required = 1)
    public abstract static class GreaterNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean apply(DartBigInt self, DartBigInt other) {
            return self.value.compareTo(other.value) > 0;
        }
    }

    @DartBuiltin(owner = "BigInt", name = ">=", required = 1)
    public abstract static class GreaterEqualNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean apply(DartBigInt self, DartBigInt other) {
            return self.value.compareTo(other.value) >= 0;
        }
    }

    @DartBuiltin(owner = "BigInt", name = "compareTo", required = 1)
    public abstract static class CompareToNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long compareTo(DartBigInt self, DartBigInt other) {
            return self.value.compareTo(other.value);
        }
    }

    @DartBuiltin(owner = "BigInt", name = "<<", required = 1)
    public abstract static class ShiftLeftNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object shift(DartBigInt self, long count) {
            return new DartBigInt(self.dartClass, self.value.shiftLeft((int) count));
        }
    }

    @DartBuiltin(owner = "BigInt", name = ">>", required = 1)
    public abstract static class ShiftRightNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object shift(DartBigInt self, long count) {
            return new DartBigInt(self.dartClass, self.value.shiftRight((int) count));
        }
    }

    @DartBuiltin(owner = "BigInt", name = "pow", required = 1)
    public abstract static class PowNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object pow(DartBigInt self, long exponent) {
            if (exponent < 0) {
                throw DartErrors.argumentError("Exponent must not be negative: " + exponent, this);
            }
            return new DartBigInt(self.dartClass, self.value.pow((int) exponent));
        }
    }

    @DartBuiltin(owner = "BigInt", name = "modPow", required = 2)
    public abstract static class ModPowNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object modPow(DartBigInt self, DartBigInt exponent, DartBigInt modulus) {
            if (exponent.value.signum() < 0) {
                throw DartErrors.argumentError("exponent must be positive: " + exponent.value, this);
            }
            if (modulus.value.signum() <= 0) {
                throw DartErrors.argumentError("modulus must be strictly positive: " + modulus.value, this);
            }
            return new DartBigInt(self.dartClass, self.value.modPow(exponent.value, modulus.value));
        }
    }

    @DartBuiltin(owner = "BigInt", name = "/", required = 1)
    public abstract static class DivideNode extends DartBuiltinNode {
        /** The VM divides the two values converted to doubles. */
        @Specialization
        @TruffleBoundary
        protected double divide(DartBigInt self, DartBigInt other) {
            return self.value.doubleValue() / other.value.doubleValue();
        }
    }

    @DartBuiltin(owner = "BigInt", name = "~")
    public abstract static class BitNotNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object not(DartBigInt self) {
            return new DartBigInt(self.dartClass, self.value.not());
        }
    }

    @DartBuiltin(owner = "BigInt", name = "modInverse", required = 1)
    public abstract static class ModInverseNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object modInverse(DartBigInt self, DartBigInt modulus) {
            if (modulus.value.signum() <= 0) {
                throw DartErrors.argumentError("Modulus must be strictly positive: " + modulus.value, this);
            }
            try {
                return new DartBigInt(self.dartClass, self.value.modInverse(modulus.value));
            } catch (ArithmeticException e) {
                throw DartErrors.exception("Not coprime", this);
            }
        }
    }

    /** The low {@code width} bits as a non-negative value. */
    @DartBuiltin(owner = "BigInt", name = "toUnsigned", required = 1)
    public abstract static class ToUnsignedNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object toUnsigned(DartBigInt self, long width) {
            BigInteger mask = BigInteger.ONE.shiftLeft((int) width).subtract(BigInteger.ONE);
            return new DartBigInt(self.dartClass, self.value.and(mask));
        }
    }

    /** The low {@code width} bits read as a two's complement value (bit width-1 is the sign). */
    @DartBuiltin(owner = "BigInt", name = "toSigned", required = 1)
    public abstract static class ToSignedNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object toSigned(DartBigInt self, long width) {
            BigInteger signBit = BigInteger.ONE.shiftLeft((int) (width - 1));
            BigInteger low = self.value.and(signBit.subtract(BigInteger.ONE));
            return new DartBigInt(self.dartClass, low.subtract(self.value.and(signBit)));
        }
    }

    @DartBuiltin(owner = "BigInt", name = "unary-")
    public abstract static class NegateNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object negate(DartBigInt self) {
            return new DartBigInt(self.dartClass, self.value.negate());
        }
    }

    @DartBuiltin(owner = "BigInt", name = "abs")
    public abstract static class AbsNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object abs(DartBigInt self) {
            return new DartBigInt(self.dartClass, self.value.abs());
        }
    }

    @DartBuiltin(owner = "BigInt", name = "toInt")
    public abstract static class ToIntNode extends DartBuiltinNode {
        /** Values beyond 64 bits clamp to the int range, as on the VM. */
        @Specialization
        @TruffleBoundary
        protected long toInt(DartBigInt self) {
            if (self.value.bitLength() > 63) {
                return self.value.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
            }
            return self.value.longValue();
        }
    }

    @DartBuiltin(owner = "BigInt", name = "toDouble")
    public abstract static class ToDoubleNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected double toDouble(DartBigInt self) {
            return self.value.doubleValue();
        }
    }

    @DartBuiltin(owner = "BigInt", name = "toRadixString", required = 1)
    public abstract static class ToRadixStringNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString toRadixString(DartBigInt self, long radix) {
            if (radix < 2 || radix > 36) {
                // The VM's BigInt names no argument here (int.toRadixString does).
                throw DartErrors.rangeError(radix, 2L, 36L, null, this);
            }
            return DartToStringNode.toTruffleString(self.value.toString((int) radix));
        }
    }

    @DartBuiltin(owner = "BigInt", name = "toString")
    public abstract static class ToStringNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString toDartString(DartBigInt self) {
            return DartToStringNode.toTruffleString(self.value.toString());
        }
    }

    @DartBuiltin(owner = "BigInt", name = "isNegative", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsNegativeNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean get(DartBigInt self) {
            return self.value.signum() < 0;
        }
    }

    @DartBuiltin(owner = "BigInt", name = "isEven", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsEvenNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean get(DartBigInt self) {
            return !self.value.testBit(0);
        }
    }

    @DartBuiltin(owner = "BigInt", name = "isOdd", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsOddNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean get(DartBigInt self) {
            return self.value.testBit(0);
        }
    }

    @DartBuiltin(owner = "BigInt", name = "sign", kind = DartBuiltin.Kind.GETTER)
    public abstract static class SignNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long get(DartBigInt self) {
            return self.value.signum();
        }
    }

    @DartBuiltin(owner = "BigInt", name = "bitLength", kind = DartBuiltin.Kind.GETTER)
    public abstract static class BitLengthNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long get(DartBigInt self) {
            return self.value.bitLength();
        }
    }

    @DartBuiltin(owner = "BigInt", name = "isValidInt", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsValidIntNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean get(DartBigInt self) {
            return self.value.bitLength() <= 63;
        }
    }

    @DartBuiltin(owner = "BigInt", name = "hashCode", kind = DartBuiltin.Kind.GETTER)
    public abstract static class HashCodeNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long get(DartBigInt self) {
            return self.value.hashCode() & 0x3FFFFFFFL;
        }
    }
}
