package org.dartj.builtins.math;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * dart:math: the top-level functions (as the VM's math_patch.dart defines them) and
 * {@code Random}, whose seeded generator reproduces the VM's {@code _Random} sequence.
 */
public final class MathBuiltins {
    private MathBuiltins() {
    }

    /** A num argument as a double ({@code x.toDouble()}); a TypeError for anything else. */
    static double toDouble(Object x, DartBuiltinNode node) {
        if (x instanceof Double d) {
            return d;
        }
        if (x instanceof Long l) {
            return l;
        }
        throw DartErrors.typeErrorFor(x, "num", node);
    }

    /** The VM's {@code min}: NaN wins, -0.0 is below 0.0. */
    @TruffleBoundary
    public static Object min(Object a, Object b, DartBuiltinNode node) {
        double x = toDouble(a, node);
        double y = toDouble(b, node);
        if (x > y) {
            return b;
        }
        if (x < y) {
            return a;
        }
        if (b instanceof Double bd) {
            if (a instanceof Double ad && ad == 0.0) {
                return (ad + bd) * ad * bd;
            }
            if ((x == 0 && (bd < 0 || (bd == 0 && 1 / bd < 0))) || Double.isNaN(bd)) {
                return b;
            }
            return a;
        }
        return a;
    }

    /** The VM's {@code max}. */
    @TruffleBoundary
    public static Object max(Object a, Object b, DartBuiltinNode node) {
        double x = toDouble(a, node);
        double y = toDouble(b, node);
        if (x > y) {
            return a;
        }
        if (x < y) {
            return b;
        }
        if (b instanceof Double bd) {
            if (a instanceof Double ad && ad == 0.0) {
                return ad + bd;
            }
            if (Double.isNaN(bd)) {
                return b;
            }
            return a;
        }
        // max(-0.0, 0) is 0 (a is then -0.0 or NaN: NaN compares false everywhere).
        boolean aNegative = a instanceof Double ad ? (ad < 0 || (ad == 0 && 1 / ad < 0)) : (Long) a < 0;
        if ((Long) b == 0 && aNegative) {
            return b;
        }
        return a;
    }

    @DartBuiltin(library = "dart:math", name = "min", kind = DartBuiltin.Kind.FUNCTION, required = 2)
    public abstract static class MinNode extends DartBuiltinNode {
        @Specialization
        protected long minLong(long a, long b) {
            return Math.min(a, b);
        }

        @Fallback
        protected Object min(Object a, Object b) {
            return MathBuiltins.min(a, b, this);
        }
    }

    @DartBuiltin(library = "dart:math", name = "max", kind = DartBuiltin.Kind.FUNCTION, required = 2)
    public abstract static class MaxNode extends DartBuiltinNode {
        @Specialization
        protected long maxLong(long a, long b) {
            return Math.max(a, b);
        }

        @Fallback
        protected Object max(Object a, Object b) {
            return MathBuiltins.max(a, b, this);
        }
    }

    /** The VM's {@code _intPow}: exponentiation by squaring with wrapping multiplication. */
    public static long intPow(long base, long exponent) {
        long result = 1;
        while (exponent != 0) {
            if ((exponent & 1) == 1) {
                result *= base;
            }
            exponent >>= 1;
            if (exponent != 0) {
                base *= base;
            }
        }
        return result;
    }

    /** The VM's {@code _doublePow} (its special cases, then C's pow, which Java's follows). */
    public static double doublePow(double base, double exponent) {
        if (exponent == 0.0) {
            return 1.0;
        }
        if (exponent == 1.0) {
            return base;
        }
        if (exponent == 2.0) {
            return base * base;
        }
        if (exponent == 3.0) {
            return base * base * base;
        }
        if (base == 1.0) {
            return 1.0;
        }
        if (Double.isNaN(base) || Double.isNaN(exponent)) {
            return Double.NaN;
        }
        if (base != Double.NEGATIVE_INFINITY && exponent == 0.5) {
            if (base == 0.0) {
                return 0.0;
            }
            return Math.sqrt(base);
        }
        if (base == -1.0 && Double.isInfinite(exponent)) {
            return 1.0; // C99 pow; Java gives NaN
        }
        return Math.pow(base, exponent);
    }

    @DartBuiltin(library = "dart:math", name = "pow", kind = DartBuiltin.Kind.FUNCTION, required = 2, parameterTypes = {"num", "num"}, returnType = "num")
    public abstract static class PowNode extends DartBuiltinNode {
        @Specialization(guards = "exponent >= 0")
        protected long powLong(long base, long exponent) {
            return intPow(base, exponent);
        }

        @Fallback
        protected double pow(Object base, Object exponent) {
            return doublePow(toDouble(base, this), toDouble(exponent, this));
        }
    }

    @DartBuiltin(library = "dart:math", name = "sqrt", kind = DartBuiltin.Kind.FUNCTION, required = 1, parameterTypes = "num", returnType = "double")
    public abstract static class SqrtNode extends DartBuiltinNode {
        @Specialization
        protected double sqrt(Object x) {
            return Math.sqrt(toDouble(x, this));
        }
    }

    @DartBuiltin(library = "dart:math", name = "sin", kind = DartBuiltin.Kind.FUNCTION, required = 1, parameterTypes = "num", returnType = "double")
    public abstract static class SinNode extends DartBuiltinNode {
        @Specialization
        protected double sin(Object x) {
            return Math.sin(toDouble(x, this));
        }
    }

    @DartBuiltin(library = "dart:math", name = "cos", kind = DartBuiltin.Kind.FUNCTION, required = 1, parameterTypes = "num", returnType = "double")
    public abstract static class CosNode extends DartBuiltinNode {
        @Specialization
        protected double cos(Object x) {
            return Math.cos(toDouble(x, this));
        }
    }

    @DartBuiltin(library = "dart:math", name = "tan", kind = DartBuiltin.Kind.FUNCTION, required = 1, parameterTypes = "num", returnType = "double")
    public abstract static class TanNode extends DartBuiltinNode {
        @Specialization
        protected double tan(Object x) {
            return Math.tan(toDouble(x, this));
        }
    }

    @DartBuiltin(library = "dart:math", name = "asin", kind = DartBuiltin.Kind.FUNCTION, required = 1, parameterTypes = "num", returnType = "double")
    public abstract static class AsinNode extends DartBuiltinNode {
        @Specialization
        protected double asin(Object x) {
            return Math.asin(toDouble(x, this));
        }
    }

    @DartBuiltin(library = "dart:math", name = "acos", kind = DartBuiltin.Kind.FUNCTION, required = 1, parameterTypes = "num", returnType = "double")
    public abstract static class AcosNode extends DartBuiltinNode {
        @Specialization
        protected double acos(Object x) {
            return Math.acos(toDouble(x, this));
        }
    }

    @DartBuiltin(library = "dart:math", name = "atan", kind = DartBuiltin.Kind.FUNCTION, required = 1, parameterTypes = "num", returnType = "double")
    public abstract static class AtanNode extends DartBuiltinNode {
        @Specialization
        protected double atan(Object x) {
            return Math.atan(toDouble(x, this));
        }
    }

    @DartBuiltin(library = "dart:math", name = "atan2", kind = DartBuiltin.Kind.FUNCTION, required = 2, parameterTypes = {"num", "num"}, returnType = "double")
    public abstract static class Atan2Node extends DartBuiltinNode {
        @Specialization
        protected double atan2(Object a, Object b) {
            return Math.atan2(toDouble(a, this), toDouble(b, this));
        }
    }

    @DartBuiltin(library = "dart:math", name = "exp", kind = DartBuiltin.Kind.FUNCTION, required = 1, parameterTypes = "num", returnType = "double")
    public abstract static class ExpNode extends DartBuiltinNode {
        @Specialization
        protected double exp(Object x) {
            return Math.exp(toDouble(x, this));
        }
    }

    @DartBuiltin(library = "dart:math", name = "log", kind = DartBuiltin.Kind.FUNCTION, required = 1, parameterTypes = "num", returnType = "double")
    public abstract static class LogNode extends DartBuiltinNode {
        @Specialization
        protected double log(Object x) {
            return Math.log(toDouble(x, this));
        }
    }

    // ------------------------------------------------------------------ Random

    /**
     * The VM's {@code _Random}: a multiply-with-carry generator (base 2^32, multiplier
     * 0xffffda61) on a 64-bit state, seeded with Thomas Wang's 64-bit mix of the seed.
     */
    public static final class DartRandom implements DartObject {
        final DartClass dartClass;
        /** Low 32 bits: the last output; high 32 bits: the carry. */
        long state;
        final java.security.SecureRandom secure;

        DartRandom(DartClass dartClass, long seed) {
            this.dartClass = dartClass;
            this.secure = null;
            this.state = setupSeed(seed);
            nextState();
            nextState();
            nextState();
            nextState();
        }

        DartRandom(DartClass dartClass, java.security.SecureRandom secure) {
            this.dartClass = dartClass;
            this.secure = secure;
        }

        /** A seeded generator (no Dart class: for tests). */
        public static DartRandom seeded(long seed) {
            return new DartRandom(null, seed);
        }

        static long mix64(long n) {
            n = ~n + (n << 21);
            n = n ^ (n >>> 24);
            n = n * 265;
            n = n ^ (n >>> 14);
            n = n * 21;
            n = n ^ (n >>> 28);
            n = n + (n << 31);
            return n;
        }

        static long setupSeed(long seed) {
            long s = mix64(seed);
            return s == 0 ? 0x5a17 : s;
        }

        void nextState() {
            long lo = state & 0xffffffffL;
            long hi = state >>> 32;
            state = 0xffffda61L * lo + hi;
        }

        /** nextInt for a max already checked to be in 1..2^32. */
        public long nextInt(long max) {
            if ((max & -max) == max) {
                nextState();
                return state & 0xffffffffL & (max - 1);
            }
            long rnd32;
            long result;
            do {
                nextState();
                rnd32 = state & 0xffffffffL;
                result = rnd32 % max;
            } while (rnd32 - result + max > (1L << 32));
            return result;
        }

        public double nextDouble() {
            return (nextInt(1 << 26) * (double) (1L << 27) + nextInt(1 << 27)) / (double) (1L << 53);
        }

        public boolean nextBool() {
            return nextInt(2) == 0;
        }

        @Override
        public DartClass dartClass() {
            return dartClass;
        }

        @Override
        public String toString() {
            return "Instance of '" + (secure != null ? "_SecureRandom" : "_Random") + "'";
        }
    }

    private static long seedCounter = System.nanoTime();

    @TruffleBoundary
    private static synchronized long nextUnseeded() {
        seedCounter = seedCounter * 6364136223846793005L + 1442695040888963407L;
        return seedCounter ^ System.nanoTime();
    }

    @DartBuiltin(library = "dart:math", owner = "Random", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, optional = 1)
    public abstract static class NewRandomNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartRandom create(Object seed) {
            long s;
            if (seed == DartNull.INSTANCE) {
                s = nextUnseeded() & 0xffffffffL;
            } else if (seed instanceof Long l) {
                s = l;
            } else {
                throw DartErrors.typeErrorFor(seed, "int?", this);
            }
            return new DartRandom(DartLanguage.get(this).coreClasses().byName("Random"), s);
        }
    }

    @DartBuiltin(library = "dart:math", owner = "Random", name = "secure", kind = DartBuiltin.Kind.CONSTRUCTOR)
    public abstract static class SecureRandomNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartRandom create() {
            return new DartRandom(DartLanguage.get(this).coreClasses().byName("Random"), new java.security.SecureRandom());
        }
    }

    @DartBuiltin(library = "dart:math", owner = "Random", name = "nextInt", required = 1)
    public abstract static class NextIntNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long nextInt(DartRandom self, long max) {
            if (max <= 0 || max > (1L << 32)) {
                throw DartErrors.rangeError(max, 1L, 1L << 32, "max", "Must be positive and <= 2^32", this);
            }
            if (self.secure != null) {
                return self.secure.nextLong(max);
            }
            return self.nextInt(max);
        }

        @Fallback
        protected long wrong(Object self, Object max) {
            throw DartErrors.typeErrorFor(max, "int", this);
        }
    }

    @DartBuiltin(library = "dart:math", owner = "Random", name = "nextDouble")
    public abstract static class NextDoubleNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected double nextDouble(DartRandom self) {
            if (self.secure != null) {
                return (self.secure.nextLong() >>> 11) / (double) (1L << 53);
            }
            return self.nextDouble();
        }
    }

    @DartBuiltin(library = "dart:math", owner = "Random", name = "nextBool")
    public abstract static class NextBoolNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean nextBool(DartRandom self) {
            if (self.secure != null) {
                return self.secure.nextBoolean();
            }
            return self.nextBool();
        }
    }
}
