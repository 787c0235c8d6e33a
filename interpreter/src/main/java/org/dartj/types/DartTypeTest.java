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

    /** The one Java class of int, double, bool and String values (a plain class check), or null. */
    private final Class<?> fastClass;

    public DartTypeTest(DartType type, DartTypeSystem system) {
        this.type = type;
        this.system = system;
        this.fastClass = type.equals(system.intType) ? Long.class
                        : type.equals(system.doubleType) ? Double.class
                                        : type.equals(system.boolType) ? Boolean.class
                                                        : type.equals(system.stringType) ? com.oracle.truffle.api.strings.TruffleString.class : null;
        this.isNum = type.equals(system.numType);
        this.plainClass = type instanceof DartInterfaceType it && it.arguments().length == 0 && fastClass == null ? it.dartClass() : null;
    }

    /**
     * The class of a class type without type arguments: an object of exactly that class passes
     * without a call into the type system (a typed parameter of a user class on a hot path).
     */
    private final org.dartj.classes.DartClass plainClass;

    /** {@code num}: int and double values pass with a class check. */
    private final boolean isNum;

    public DartType type() {
        return type;
    }

    /**
     * A class type without type arguments ({@code Shape}, {@code Object}, {@code num?}): whether
     * an instance of a Dart-declared class matches depends on its class alone, so nodes may
     * cache the answer per class ({@link org.dartj.nodes.expression.DartTypeMatchNode}).
     */
    public boolean isClassTest() {
        return type instanceof DartInterfaceType it && it.arguments().length == 0;
    }

    public boolean matches(Object value) {
        if (fastClass != null && value != null && value.getClass() == fastClass) {
            return true;
        }
        if (isNum && (value instanceof Long || value instanceof Double)) {
            return true;
        }
        // DartInstance first: an exact class check, where the interface check would leave a
        // virtual call in compiled code.
        if (plainClass != null && (value instanceof org.dartj.classes.DartInstance i ? i.dartClass() == plainClass
                        : value instanceof org.dartj.classes.DartObject o && o.dartClass() == plainClass)) {
            return true;
        }
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

    /**
     * The second chance of a run-time check at a parameter or variable: DartJ has no static
     * types, so a value built where Dart would infer a more precise type ({@code [1]} passed
     * as {@code List<int>}, a closure passed as {@code int Function(int)}, an int literal in
     * a double context) is accepted when it matches {@code resolved} with type arguments and
     * function types relaxed. Only values that cannot be of the type fail, among them values
     * whose reified type arguments contradict the expected ones
     * ({@link DartTypeSystem#reifiedConflict}).
     */
    @TruffleBoundary
    public boolean matchesLoosely(Object value, DartType resolved) {
        DartType loose = loosen(resolved);
        if (system.matches(value, loose)) {
            return !system.reifiedConflict(value, resolved);
        }
        return value instanceof Long l && system.matches((double) l, loose);
    }

    private static DartType loosen(DartType type) {
        if (type instanceof DartInterfaceType i) {
            DartType[] args = new DartType[i.arguments().length];
            java.util.Arrays.fill(args, DartSpecialType.DYNAMIC);
            return new DartInterfaceType(i.dartClass(), args, i.isNullable());
        }
        if (type instanceof DartFutureOrType f) {
            return new DartFutureOrType(loosen(f.argument()), f.isNullable());
        }
        if (type instanceof DartSpecialType) {
            return type;
        }
        return DartSpecialType.DYNAMIC;
    }
}
