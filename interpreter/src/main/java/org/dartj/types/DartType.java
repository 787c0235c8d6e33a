package org.dartj.types;

import org.dartj.runtime.DartReifiedType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A reified Dart type: the value of a type literal and of {@code runtimeType}, the type of an
 * {@code is}/{@code as} test, a collection's type arguments. Immutable and shared by every
 * isolate. {@code toString} is the VM's {@code Type.toString}; {@code equals} is Dart type
 * equality. Types written in generic code may contain {@link DartTypeParameterType}s, which
 * {@link #substitute} replaces by an instance's type arguments at run time.
 */
public abstract class DartType implements DartReifiedType {
    final boolean nullable;

    DartType(boolean nullable) {
        this.nullable = nullable;
    }

    /** Written with {@code ?} (or Null, or a top type). */
    public boolean isNullable() {
        return nullable;
    }

    @Override
    public boolean admitsNull() {
        return isNullable();
    }

    /** dynamic, void, Object?: every value is one. */
    public boolean isTop() {
        return false;
    }

    /** The same type with the given nullability ({@code T?} of {@code T}). */
    public abstract DartType withNullable(boolean value);

    /** Whether a class type parameter occurs in this type (then it must be substituted). */
    public boolean hasTypeParameters() {
        return false;
    }

    /** This type with class type parameter {@code i} replaced by {@code arguments[i]}. */
    public DartType substitute(DartType[] arguments) {
        return this;
    }

    /** {@code this <: other} (Dart's subtype relation on run-time types). */
    @TruffleBoundary
    public boolean isSubtypeOf(DartType other) {
        return DartSubtyping.isSubtype(this, other);
    }

    final String suffix() {
        return nullable ? "?" : "";
    }

    static DartType[] substituteAll(DartType[] types, DartType[] arguments) {
        DartType[] result = new DartType[types.length];
        for (int i = 0; i < types.length; i++) {
            result[i] = types[i].substitute(arguments);
        }
        return result;
    }

    static boolean anyHasTypeParameters(DartType[] types) {
        for (DartType t : types) {
            if (t.hasTypeParameters()) {
                return true;
            }
        }
        return false;
    }

    static String join(DartType[] types) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < types.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(types[i]);
        }
        return sb.toString();
    }
}
