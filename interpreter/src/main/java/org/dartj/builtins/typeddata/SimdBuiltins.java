package org.dartj.builtins.typeddata;

import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartCoreLibraries;
import org.dartj.builtins.DartErrors;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.typed.DartSimd.Float32x4;
import org.dartj.runtime.typed.DartSimd.Float64x2;
import org.dartj.runtime.typed.DartSimd.Int32x4;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * dart:typed_data's SIMD types {@code Float32x4}, {@code Int32x4} and {@code Float64x2}: their
 * constructors, lanes, lane-wise arithmetic (in float for Float32x4, 32-bit wrapping for
 * Int32x4), comparisons giving Int32x4 masks, shuffles and the shuffle-mask constants
 * ({@code Float32x4.wzyx}, ...). One node class with the member as a field, installed per
 * member through {@link DartCoreLibraries#addFamilyMember}, like {@link TypedDataFamilyBuiltins}.
 */
public final class SimdBuiltins {
    private SimdBuiltins() {
    }

    private static final String F4 = "Float32x4";
    private static final String I4 = "Int32x4";
    private static final String F2 = "Float64x2";

    enum Op {
        F4_NEW(F4, "", DartBuiltin.Kind.CONSTRUCTOR, 4),
        F4_SPLAT(F4, "splat", DartBuiltin.Kind.CONSTRUCTOR, 1),
        F4_ZERO(F4, "zero", DartBuiltin.Kind.CONSTRUCTOR, 0),
        F4_FROM_INT32X4_BITS(F4, "fromInt32x4Bits", DartBuiltin.Kind.CONSTRUCTOR, 1),
        F4_FROM_FLOAT64X2(F4, "fromFloat64x2", DartBuiltin.Kind.CONSTRUCTOR, 1),
        F4_ADD(F4, "+", DartBuiltin.Kind.METHOD, 1),
        F4_SUB(F4, "-", DartBuiltin.Kind.METHOD, 1),
        F4_NEG(F4, "unary-", DartBuiltin.Kind.METHOD, 0),
        F4_MUL(F4, "*", DartBuiltin.Kind.METHOD, 1),
        F4_DIV(F4, "/", DartBuiltin.Kind.METHOD, 1),
        F4_LT(F4, "lessThan", DartBuiltin.Kind.METHOD, 1),
        F4_LE(F4, "lessThanOrEqual", DartBuiltin.Kind.METHOD, 1),
        F4_GT(F4, "greaterThan", DartBuiltin.Kind.METHOD, 1),
        F4_GE(F4, "greaterThanOrEqual", DartBuiltin.Kind.METHOD, 1),
        F4_EQ(F4, "equal", DartBuiltin.Kind.METHOD, 1),
        F4_NE(F4, "notEqual", DartBuiltin.Kind.METHOD, 1),
        F4_SCALE(F4, "scale", DartBuiltin.Kind.METHOD, 1),
        F4_ABS(F4, "abs", DartBuiltin.Kind.METHOD, 0),
        F4_CLAMP(F4, "clamp", DartBuiltin.Kind.METHOD, 2),
        F4_X(F4, "x", DartBuiltin.Kind.GETTER, 0),
        F4_Y(F4, "y", DartBuiltin.Kind.GETTER, 0),
        F4_Z(F4, "z", DartBuiltin.Kind.GETTER, 0),
        F4_W(F4, "w", DartBuiltin.Kind.GETTER, 0),
        F4_SIGN_MASK(F4, "signMask", DartBuiltin.Kind.GETTER, 0),
        F4_SHUFFLE(F4, "shuffle", DartBuiltin.Kind.METHOD, 1),
        F4_SHUFFLE_MIX(F4, "shuffleMix", DartBuiltin.Kind.METHOD, 2),
        F4_WITH_X(F4, "withX", DartBuiltin.Kind.METHOD, 1),
        F4_WITH_Y(F4, "withY", DartBuiltin.Kind.METHOD, 1),
        F4_WITH_Z(F4, "withZ", DartBuiltin.Kind.METHOD, 1),
        F4_WITH_W(F4, "withW", DartBuiltin.Kind.METHOD, 1),
        F4_MIN(F4, "min", DartBuiltin.Kind.METHOD, 1),
        F4_MAX(F4, "max", DartBuiltin.Kind.METHOD, 1),
        F4_SQRT(F4, "sqrt", DartBuiltin.Kind.METHOD, 0),
        F4_RECIPROCAL(F4, "reciprocal", DartBuiltin.Kind.METHOD, 0),
        F4_RECIPROCAL_SQRT(F4, "reciprocalSqrt", DartBuiltin.Kind.METHOD, 0),

        I4_NEW(I4, "", DartBuiltin.Kind.CONSTRUCTOR, 4),
        I4_BOOL(I4, "bool", DartBuiltin.Kind.CONSTRUCTOR, 4),
        I4_FROM_FLOAT32X4_BITS(I4, "fromFloat32x4Bits", DartBuiltin.Kind.CONSTRUCTOR, 1),
        I4_OR(I4, "|", DartBuiltin.Kind.METHOD, 1),
        I4_AND(I4, "&", DartBuiltin.Kind.METHOD, 1),
        I4_XOR(I4, "^", DartBuiltin.Kind.METHOD, 1),
        I4_ADD(I4, "+", DartBuiltin.Kind.METHOD, 1),
        I4_SUB(I4, "-", DartBuiltin.Kind.METHOD, 1),
        I4_X(I4, "x", DartBuiltin.Kind.GETTER, 0),
        I4_Y(I4, "y", DartBuiltin.Kind.GETTER, 0),
        I4_Z(I4, "z", DartBuiltin.Kind.GETTER, 0),
        I4_W(I4, "w", DartBuiltin.Kind.GETTER, 0),
        I4_SIGN_MASK(I4, "signMask", DartBuiltin.Kind.GETTER, 0),
        I4_FLAG_X(I4, "flagX", DartBuiltin.Kind.GETTER, 0),
        I4_FLAG_Y(I4, "flagY", DartBuiltin.Kind.GETTER, 0),
        I4_FLAG_Z(I4, "flagZ", DartBuiltin.Kind.GETTER, 0),
        I4_FLAG_W(I4, "flagW", DartBuiltin.Kind.GETTER, 0),
        I4_SHUFFLE(I4, "shuffle", DartBuiltin.Kind.METHOD, 1),
        I4_SHUFFLE_MIX(I4, "shuffleMix", DartBuiltin.Kind.METHOD, 2),
        I4_WITH_X(I4, "withX", DartBuiltin.Kind.METHOD, 1),
        I4_WITH_Y(I4, "withY", DartBuiltin.Kind.METHOD, 1),
        I4_WITH_Z(I4, "withZ", DartBuiltin.Kind.METHOD, 1),
        I4_WITH_W(I4, "withW", DartBuiltin.Kind.METHOD, 1),
        I4_WITH_FLAG_X(I4, "withFlagX", DartBuiltin.Kind.METHOD, 1),
        I4_WITH_FLAG_Y(I4, "withFlagY", DartBuiltin.Kind.METHOD, 1),
        I4_WITH_FLAG_Z(I4, "withFlagZ", DartBuiltin.Kind.METHOD, 1),
        I4_WITH_FLAG_W(I4, "withFlagW", DartBuiltin.Kind.METHOD, 1),
        I4_SELECT(I4, "select", DartBuiltin.Kind.METHOD, 2),

        F2_NEW(F2, "", DartBuiltin.Kind.CONSTRUCTOR, 2),
        F2_SPLAT(F2, "splat", DartBuiltin.Kind.CONSTRUCTOR, 1),
        F2_ZERO(F2, "zero", DartBuiltin.Kind.CONSTRUCTOR, 0),
        F2_FROM_FLOAT32X4(F2, "fromFloat32x4", DartBuiltin.Kind.CONSTRUCTOR, 1),
        F2_ADD(F2, "+", DartBuiltin.Kind.METHOD, 1),
        F2_SUB(F2, "-", DartBuiltin.Kind.METHOD, 1),
        F2_NEG(F2, "unary-", DartBuiltin.Kind.METHOD, 0),
        F2_MUL(F2, "*", DartBuiltin.Kind.METHOD, 1),
        F2_DIV(F2, "/", DartBuiltin.Kind.METHOD, 1),
        F2_SCALE(F2, "scale", DartBuiltin.Kind.METHOD, 1),
        F2_ABS(F2, "abs", DartBuiltin.Kind.METHOD, 0),
        F2_CLAMP(F2, "clamp", DartBuiltin.Kind.METHOD, 2),
        F2_X(F2, "x", DartBuiltin.Kind.GETTER, 0),
        F2_Y(F2, "y", DartBuiltin.Kind.GETTER, 0),
        F2_SIGN_MASK(F2, "signMask", DartBuiltin.Kind.GETTER, 0),
        F2_WITH_X(F2, "withX", DartBuiltin.Kind.METHOD, 1),
        F2_WITH_Y(F2, "withY", DartBuiltin.Kind.METHOD, 1),
        F2_MIN(F2, "min", DartBuiltin.Kind.METHOD, 1),
        F2_MAX(F2, "max", DartBuiltin.Kind.METHOD, 1),
        F2_SQRT(F2, "sqrt", DartBuiltin.Kind.METHOD, 0);

        final String owner;
        final String name;
        final DartBuiltin.Kind kind;
        final int required;

        Op(String owner, String name, DartBuiltin.Kind kind, int required) {
            this.owner = owner;
            this.name = name;
            this.kind = kind;
            this.required = required;
        }
    }

    private static final String LANES = "xyzw";

    public static void install(DartCoreLibraries libraries) {
        for (Op op : Op.values()) {
            libraries.addFamilyMember(op.owner, op.name, op.kind, op.required, 0, args -> new SimdNode(op, args));
        }
        // The 256 shuffle masks, named by the lane each result lane takes: xyzw is 0xE4.
        for (int mask = 0; mask < 256; mask++) {
            StringBuilder name = new StringBuilder();
            for (int lane = 0; lane < 4; lane++) {
                name.append(LANES.charAt((mask >> (2 * lane)) & 3));
            }
            long value = mask;
            for (String owner : new String[]{F4, I4}) {
                libraries.addFamilyMember(owner, name.toString(), DartBuiltin.Kind.STATIC_GETTER, 0, 0, args -> new MaskNode(value));
            }
        }
    }

    static final class MaskNode extends DartExpressionNode {
        private final long mask;

        MaskNode(long mask) {
            this.mask = mask;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return mask;
        }
    }

    static final class SimdNode extends TypedDataFamilyBuiltins.ArgumentsNode {
        private final Op op;

        SimdNode(Op op, DartExpressionNode[] args) {
            super(args);
            this.op = op;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return apply(arguments(frame));
        }

        @TruffleBoundary
        private Object apply(Object[] a) {
            return switch (op.owner) {
                case F4 -> float32x4(a);
                case I4 -> int32x4(a);
                default -> float64x2(a);
            };
        }

        private Object float32x4(Object[] a) {
            switch (op) {
                case F4_NEW:
                    return new Float32x4(f(a[0]), f(a[1]), f(a[2]), f(a[3]));
                case F4_SPLAT: {
                    float v = f(a[0]);
                    return new Float32x4(v, v, v, v);
                }
                case F4_ZERO:
                    return new Float32x4(0f, 0f, 0f, 0f);
                case F4_FROM_INT32X4_BITS: {
                    Int32x4 i = i4(a[0]);
                    return new Float32x4(Float.intBitsToFloat(i.x()), Float.intBitsToFloat(i.y()), Float.intBitsToFloat(i.z()), Float.intBitsToFloat(i.w()));
                }
                case F4_FROM_FLOAT64X2: {
                    Float64x2 v = f2(a[0]);
                    return new Float32x4((float) v.x(), (float) v.y(), 0f, 0f);
                }
                default:
                    break;
            }
            Float32x4 s = f4(a[0]);
            switch (op) {
                case F4_X:
                    return (double) s.x();
                case F4_Y:
                    return (double) s.y();
                case F4_Z:
                    return (double) s.z();
                case F4_W:
                    return (double) s.w();
                case F4_SIGN_MASK:
                    return (long) (sign(s.x()) | sign(s.y()) << 1 | sign(s.z()) << 2 | sign(s.w()) << 3);
                case F4_NEG:
                    return new Float32x4(-s.x(), -s.y(), -s.z(), -s.w());
                case F4_ABS:
                    return new Float32x4(Math.abs(s.x()), Math.abs(s.y()), Math.abs(s.z()), Math.abs(s.w()));
                case F4_SQRT:
                    return new Float32x4(sqrt(s.x()), sqrt(s.y()), sqrt(s.z()), sqrt(s.w()));
                case F4_RECIPROCAL:
                    return new Float32x4(1f / s.x(), 1f / s.y(), 1f / s.z(), 1f / s.w());
                case F4_RECIPROCAL_SQRT:
                    return new Float32x4(1f / sqrt(s.x()), 1f / sqrt(s.y()), 1f / sqrt(s.z()), 1f / sqrt(s.w()));
                case F4_SCALE: {
                    float k = f(a[1]);
                    return new Float32x4(s.x() * k, s.y() * k, s.z() * k, s.w() * k);
                }
                case F4_WITH_X:
                    return new Float32x4(f(a[1]), s.y(), s.z(), s.w());
                case F4_WITH_Y:
                    return new Float32x4(s.x(), f(a[1]), s.z(), s.w());
                case F4_WITH_Z:
                    return new Float32x4(s.x(), s.y(), f(a[1]), s.w());
                case F4_WITH_W:
                    return new Float32x4(s.x(), s.y(), s.z(), f(a[1]));
                case F4_SHUFFLE: {
                    int m = mask(a[1]);
                    return new Float32x4(s.lane(m), s.lane(m >> 2), s.lane(m >> 4), s.lane(m >> 6));
                }
                case F4_SHUFFLE_MIX: {
                    Float32x4 o = f4(a[1]);
                    int m = mask(a[2]);
                    return new Float32x4(s.lane(m), s.lane(m >> 2), o.lane(m >> 4), o.lane(m >> 6));
                }
                case F4_CLAMP: {
                    Float32x4 lower = f4(a[1]);
                    Float32x4 upper = f4(a[2]);
                    // The VM's min(upper).max(lower).
                    return new Float32x4(Math.max(Math.min(s.x(), upper.x()), lower.x()), Math.max(Math.min(s.y(), upper.y()), lower.y()),
                                    Math.max(Math.min(s.z(), upper.z()), lower.z()), Math.max(Math.min(s.w(), upper.w()), lower.w()));
                }
                default:
                    break;
            }
            Float32x4 o = f4(a[1]);
            return switch (op) {
                case F4_ADD -> new Float32x4(s.x() + o.x(), s.y() + o.y(), s.z() + o.z(), s.w() + o.w());
                case F4_SUB -> new Float32x4(s.x() - o.x(), s.y() - o.y(), s.z() - o.z(), s.w() - o.w());
                case F4_MUL -> new Float32x4(s.x() * o.x(), s.y() * o.y(), s.z() * o.z(), s.w() * o.w());
                case F4_DIV -> new Float32x4(s.x() / o.x(), s.y() / o.y(), s.z() / o.z(), s.w() / o.w());
                case F4_MIN -> new Float32x4(Math.min(s.x(), o.x()), Math.min(s.y(), o.y()), Math.min(s.z(), o.z()), Math.min(s.w(), o.w()));
                case F4_MAX -> new Float32x4(Math.max(s.x(), o.x()), Math.max(s.y(), o.y()), Math.max(s.z(), o.z()), Math.max(s.w(), o.w()));
                case F4_LT -> new Int32x4(m(s.x() < o.x()), m(s.y() < o.y()), m(s.z() < o.z()), m(s.w() < o.w()));
                case F4_LE -> new Int32x4(m(s.x() <= o.x()), m(s.y() <= o.y()), m(s.z() <= o.z()), m(s.w() <= o.w()));
                case F4_GT -> new Int32x4(m(s.x() > o.x()), m(s.y() > o.y()), m(s.z() > o.z()), m(s.w() > o.w()));
                case F4_GE -> new Int32x4(m(s.x() >= o.x()), m(s.y() >= o.y()), m(s.z() >= o.z()), m(s.w() >= o.w()));
                case F4_EQ -> new Int32x4(m(s.x() == o.x()), m(s.y() == o.y()), m(s.z() == o.z()), m(s.w() == o.w()));
                case F4_NE -> new Int32x4(m(s.x() != o.x()), m(s.y() != o.y()), m(s.z() != o.z()), m(s.w() != o.w()));
                default -> throw new AssertionError(op);
            };
        }

        private Object int32x4(Object[] a) {
            switch (op) {
                case I4_NEW:
                    return new Int32x4(i(a[0]), i(a[1]), i(a[2]), i(a[3]));
                case I4_BOOL:
                    return new Int32x4(m(b(a[0])), m(b(a[1])), m(b(a[2])), m(b(a[3])));
                case I4_FROM_FLOAT32X4_BITS: {
                    Float32x4 v = f4(a[0]);
                    return new Int32x4(Float.floatToRawIntBits(v.x()), Float.floatToRawIntBits(v.y()), Float.floatToRawIntBits(v.z()), Float.floatToRawIntBits(v.w()));
                }
                default:
                    break;
            }
            Int32x4 s = i4(a[0]);
            return switch (op) {
                case I4_X -> (long) s.x();
                case I4_Y -> (long) s.y();
                case I4_Z -> (long) s.z();
                case I4_W -> (long) s.w();
                case I4_FLAG_X -> s.x() != 0;
                case I4_FLAG_Y -> s.y() != 0;
                case I4_FLAG_Z -> s.z() != 0;
                case I4_FLAG_W -> s.w() != 0;
                case I4_SIGN_MASK -> (long) ((s.x() >>> 31) | (s.y() >>> 31) << 1 | (s.z() >>> 31) << 2 | (s.w() >>> 31) << 3);
                case I4_WITH_X -> new Int32x4(i(a[1]), s.y(), s.z(), s.w());
                case I4_WITH_Y -> new Int32x4(s.x(), i(a[1]), s.z(), s.w());
                case I4_WITH_Z -> new Int32x4(s.x(), s.y(), i(a[1]), s.w());
                case I4_WITH_W -> new Int32x4(s.x(), s.y(), s.z(), i(a[1]));
                case I4_WITH_FLAG_X -> new Int32x4(m(b(a[1])), s.y(), s.z(), s.w());
                case I4_WITH_FLAG_Y -> new Int32x4(s.x(), m(b(a[1])), s.z(), s.w());
                case I4_WITH_FLAG_Z -> new Int32x4(s.x(), s.y(), m(b(a[1])), s.w());
                case I4_WITH_FLAG_W -> new Int32x4(s.x(), s.y(), s.z(), m(b(a[1])));
                case I4_SHUFFLE -> {
                    int k = mask(a[1]);
                    yield new Int32x4(s.lane(k), s.lane(k >> 2), s.lane(k >> 4), s.lane(k >> 6));
                }
                case I4_SHUFFLE_MIX -> {
                    Int32x4 o = i4(a[1]);
                    int k = mask(a[2]);
                    yield new Int32x4(s.lane(k), s.lane(k >> 2), o.lane(k >> 4), o.lane(k >> 6));
                }
                case I4_SELECT -> {
                    Float32x4 t = f4(a[1]);
                    Float32x4 f = f4(a[2]);
                    yield new Float32x4(select(s.x(), t.x(), f.x()), select(s.y(), t.y(), f.y()), select(s.z(), t.z(), f.z()), select(s.w(), t.w(), f.w()));
                }
                case I4_OR, I4_AND, I4_XOR, I4_ADD, I4_SUB -> binary(s, i4(a[1]));
                default -> throw new AssertionError(op);
            };
        }

        private Int32x4 binary(Int32x4 s, Int32x4 o) {
            return new Int32x4(lane(s.x(), o.x()), lane(s.y(), o.y()), lane(s.z(), o.z()), lane(s.w(), o.w()));
        }

        private int lane(int l, int r) {
            return switch (op) {
                case I4_OR -> l | r;
                case I4_AND -> l & r;
                case I4_XOR -> l ^ r;
                case I4_ADD -> l + r;
                case I4_SUB -> l - r;
                default -> throw new AssertionError(op);
            };
        }

        private Object float64x2(Object[] a) {
            switch (op) {
                case F2_NEW:
                    return new Float64x2(d(a[0]), d(a[1]));
                case F2_SPLAT: {
                    double v = d(a[0]);
                    return new Float64x2(v, v);
                }
                case F2_ZERO:
                    return new Float64x2(0.0, 0.0);
                case F2_FROM_FLOAT32X4: {
                    Float32x4 v = f4(a[0]);
                    return new Float64x2(v.x(), v.y());
                }
                default:
                    break;
            }
            Float64x2 s = f2(a[0]);
            return switch (op) {
                case F2_X -> s.x();
                case F2_Y -> s.y();
                case F2_SIGN_MASK -> (long) ((Double.doubleToRawLongBits(s.x()) >>> 63) | (Double.doubleToRawLongBits(s.y()) >>> 63) << 1);
                case F2_NEG -> new Float64x2(-s.x(), -s.y());
                case F2_ABS -> new Float64x2(Math.abs(s.x()), Math.abs(s.y()));
                case F2_SQRT -> new Float64x2(Math.sqrt(s.x()), Math.sqrt(s.y()));
                case F2_SCALE -> {
                    double k = d(a[1]);
                    yield new Float64x2(s.x() * k, s.y() * k);
                }
                case F2_WITH_X -> new Float64x2(d(a[1]), s.y());
                case F2_WITH_Y -> new Float64x2(s.x(), d(a[1]));
                case F2_CLAMP -> {
                    Float64x2 lower = f2(a[1]);
                    Float64x2 upper = f2(a[2]);
                    yield new Float64x2(Math.max(Math.min(s.x(), upper.x()), lower.x()), Math.max(Math.min(s.y(), upper.y()), lower.y()));
                }
                case F2_ADD -> {
                    Float64x2 o = f2(a[1]);
                    yield new Float64x2(s.x() + o.x(), s.y() + o.y());
                }
                case F2_SUB -> {
                    Float64x2 o = f2(a[1]);
                    yield new Float64x2(s.x() - o.x(), s.y() - o.y());
                }
                case F2_MUL -> {
                    Float64x2 o = f2(a[1]);
                    yield new Float64x2(s.x() * o.x(), s.y() * o.y());
                }
                case F2_DIV -> {
                    Float64x2 o = f2(a[1]);
                    yield new Float64x2(s.x() / o.x(), s.y() / o.y());
                }
                case F2_MIN -> {
                    Float64x2 o = f2(a[1]);
                    yield new Float64x2(Math.min(s.x(), o.x()), Math.min(s.y(), o.y()));
                }
                case F2_MAX -> {
                    Float64x2 o = f2(a[1]);
                    yield new Float64x2(Math.max(s.x(), o.x()), Math.max(s.y(), o.y()));
                }
                default -> throw new AssertionError(op);
            };
        }

        private static int sign(float v) {
            return Float.floatToRawIntBits(v) >>> 31;
        }

        private static float sqrt(float v) {
            return (float) Math.sqrt(v);
        }

        /** A lane of a comparison mask: all ones for true. */
        private static int m(boolean b) {
            return b ? -1 : 0;
        }

        private static float select(int mask, float t, float f) {
            return Float.intBitsToFloat((mask & Float.floatToRawIntBits(t)) | (~mask & Float.floatToRawIntBits(f)));
        }

        private int mask(Object value) {
            long k = DartTypedData.intArgument(value, "mask", this);
            if (k < 0 || k > 255) {
                throw DartErrors.rangeError(k, 0L, 255L, "mask", this);
            }
            return (int) k;
        }

        private double d(Object value) {
            if (value instanceof Double v) {
                return v;
            } else if (value instanceof Long l) {
                return l;
            }
            throw wrongType(value, "double");
        }

        private float f(Object value) {
            return (float) d(value);
        }

        private int i(Object value) {
            return (int) DartTypedData.intArgument(value, "value", this);
        }

        private boolean b(Object value) {
            if (value instanceof Boolean v) {
                return v;
            }
            throw wrongType(value, "bool");
        }

        private Float32x4 f4(Object value) {
            if (value instanceof Float32x4 v) {
                return v;
            }
            throw wrongType(value, F4);
        }

        private Int32x4 i4(Object value) {
            if (value instanceof Int32x4 v) {
                return v;
            }
            throw wrongType(value, I4);
        }

        private Float64x2 f2(Object value) {
            if (value instanceof Float64x2 v) {
                return v;
            }
            throw wrongType(value, F2);
        }

        private RuntimeException wrongType(Object value, String expected) {
            return DartErrors.typeError(DartTypedData.classes(this).classOf(value).getName(), expected, this);
        }
    }
}
