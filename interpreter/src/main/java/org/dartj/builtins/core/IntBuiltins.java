package org.dartj.builtins.core;

import java.math.BigInteger;

import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.number.DartNumberParser;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** Members of int (a wrapping 64-bit {@code long}) that num does not have, and int.parse. */
public final class IntBuiltins {
    private IntBuiltins() {
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

    @DartBuiltin(owner = "int", name = "bitLength", kind = DartBuiltin.Kind.GETTER)
    public abstract static class BitLengthNode extends DartBuiltinNode {
        @Specialization
        protected long bitLength(long self) {
            return 64 - Long.numberOfLeadingZeros(self < 0 ? ~self : self);
        }
    }

    /** {@code 1 << count} with Dart's shift rules (a negative count is an ArgumentError). */
    static long shiftOne(long count, DartBuiltinNode node) {
        if (count < 0) {
            throw DartErrors.argumentError(Long.toString(count), node);
        }
        return count >= 64 ? 0 : 1L << count;
    }

    @DartBuiltin(owner = "int", name = "toUnsigned", required = 1)
    public abstract static class ToUnsignedNode extends DartBuiltinNode {
        @Specialization
        protected long toUnsigned(long self, long width) {
            return self & (shiftOne(width, this) - 1);
        }
    }

    @DartBuiltin(owner = "int", name = "toSigned", required = 1)
    public abstract static class ToSignedNode extends DartBuiltinNode {
        @Specialization
        protected long toSigned(long self, long width) {
            long signMask = shiftOne(width - 1, this);
            return (self & (signMask - 1)) - (self & signMask);
        }
    }

    @DartBuiltin(owner = "int", name = "toRadixString", required = 1)
    public abstract static class ToRadixStringNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString toRadixString(long self, long radix) {
            if (radix < 2 || radix > 36) {
                throw DartErrors.rangeError(radix, 2L, 36L, "radix", this);
            }
            return DartToStringNode.toTruffleString(Long.toString(self, (int) radix));
        }
    }

    @DartBuiltin(owner = "int", name = "gcd", required = 1)
    public abstract static class GcdNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long gcd(long self, long other) {
            return BigInteger.valueOf(self).gcd(BigInteger.valueOf(other)).longValue();
        }
    }

    @DartBuiltin(owner = "int", name = "modPow", required = 2)
    public abstract static class ModPowNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long modPow(long self, long exponent, long modulus) {
            if (exponent < 0) {
                throw DartErrors.rangeError(exponent, 0L, null, "exponent", this);
            }
            if (modulus <= 0) {
                throw DartErrors.rangeError(modulus, 1L, null, "modulus", this);
            }
            if (exponent == 0) {
                return 1;
            }
            return BigInteger.valueOf(self).modPow(BigInteger.valueOf(exponent), BigInteger.valueOf(modulus)).longValue();
        }
    }

    @DartBuiltin(owner = "int", name = "modInverse", required = 1)
    public abstract static class ModInverseNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long modInverse(long self, long modulus) {
            if (modulus <= 0) {
                throw DartErrors.rangeError(modulus, 1L, null, "modulus", this);
            }
            if (modulus == 1) {
                return 0;
            }
            try {
                return BigInteger.valueOf(self).modInverse(BigInteger.valueOf(modulus)).longValue();
            } catch (ArithmeticException e) {
                throw DartErrors.exception("Not coprime", this);
            }
        }
    }

    /** The radix argument of int.parse/tryParse: 0 for none; a RangeError outside 2..36. */
    static int radix(Object radixArg, String source, DartBuiltinNode node) {
        if (radixArg == DartNull.INSTANCE) {
            return 0;
        }
        if (!(radixArg instanceof Long r)) {
            throw DartErrors.typeErrorFor(radixArg, "int?", node);
        }
        if (!source.isEmpty() && r != 10 && (r < 2 || r > 36)) {
            throw DartErrors.rangeErrorMessage("Radix " + r + " not in range 2..36", node);
        }
        return r.intValue();
    }

    @DartBuiltin(owner = "int", name = "parse", kind = DartBuiltin.Kind.STATIC, required = 1, named = {"radix"})
    public abstract static class ParseNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long parse(TruffleString source, Object radixArg) {
            String s = source.toJavaStringUncached();
            try {
                return DartNumberParser.parseInt(s, radix(radixArg, s, this));
            } catch (DartNumberParser.ParseError e) {
                throw DartErrors.formatException(e.getMessage(), source, e.offset(), this);
            }
        }
    }

    @DartBuiltin(owner = "int", name = "tryParse", kind = DartBuiltin.Kind.STATIC, required = 1, named = {"radix"})
    public abstract static class TryParseNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object tryParse(TruffleString source, Object radixArg) {
            String s = source.toJavaStringUncached();
            if (s.isEmpty()) {
                return DartNull.INSTANCE;
            }
            Long result = DartNumberParser.tryParseInt(s, radix(radixArg, s, this));
            return result == null ? DartNull.INSTANCE : (Object) result;
        }
    }

    /** {@code const int.fromEnvironment(name, {defaultValue})}: no -D defines, so the default. */
    @DartBuiltin(owner = "int", name = "fromEnvironment", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, named = {"defaultValue"})
    public abstract static class FromEnvironmentNode extends DartBuiltinNode {
        @Specialization
        protected Object fromEnvironment(@SuppressWarnings("unused") TruffleString name, Object defaultValue) {
            return defaultValue == DartNull.INSTANCE ? (Object) 0L : defaultValue;
        }
    }
}
