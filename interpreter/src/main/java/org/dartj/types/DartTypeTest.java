package org.dartj.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A type as a test of values ({@code is}, {@code as}, {@code on T}, patterns,
 * {@code whereType<T>}): the type and the type system that knows values' classes. A class
 * type without type arguments is a plain class check (the fast path of {@code is int}).
 */
public final class DartTypeTest {
    private final DartType type;
    private final DartTypeSystem system;

    public DartTypeTest(DartType type, DartTypeSystem system) {
        this.type = type;
        this.system = system;
    }

    public DartType type() {
        return type;
    }

    public boolean matches(Object value) {
        return system.matches(value, type);
    }

    /** {@code value is type}, with the class type parameters of generic code given. */
    public boolean matches(Object value, DartType[] classArguments) {
        return system.matches(value, substitute(classArguments));
    }

    @TruffleBoundary
    public DartType substitute(DartType[] classArguments) {
        return type.substitute(classArguments);
    }

    @TruffleBoundary
    public String text() {
        return type.toString();
    }

    /** The run-time type of a value, as a type error names it. */
    @TruffleBoundary
    public String describe(Object value) {
        return system.typeOf(value).toString();
    }

    public boolean isTop() {
        return type.isTop();
    }
}
