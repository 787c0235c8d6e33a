package org.dartj.types;

/**
 * Dart's subtype relation on run-time types (no type parameters left): top and bottom
 * types, nullability, FutureOr, class types with covariant type arguments (a class's
 * supertypes and their arguments come from {@code DartClass.argumentsAs}), function types
 * (contravariant parameters) and record types (same shape, covariant fields).
 */
final class DartSubtyping {
    private DartSubtyping() {
    }

    static boolean isSubtype(DartType s, DartType t) {
        if (s == t || t.isTop()) {
            return true;
        }
        if (s instanceof DartSpecialType special) {
            return switch (special.kind()) {
                case NEVER -> true;
                case NULL -> t.isNullable();
                default -> false;
            };
        }
        if (s.isTop()) {
            return false;
        }
        if (s.isNullable()) {
            if (!t.isNullable()) {
                return false;
            }
            if (s instanceof DartFutureOrType sf && !sf.nullable) {
                // FutureOr<X?> is nullable through X.
                return t instanceof DartFutureOrType tf ? isSubtype(sf.argument(), tf.argument()) : isObject(t.withNullable(false));
            }
            s = s.withNullable(false);
        }
        if (t instanceof DartFutureOrType tf) {
            DartType x = tf.argument();
            if (s instanceof DartFutureOrType sf) {
                return isSubtype(sf.argument(), x);
            }
            if (isSubtype(s, x)) {
                return true;
            }
            return s instanceof DartInterfaceType si && isFutureSubtype(si, x);
        }
        if (isObject(t)) {
            return true;
        }
        if (s instanceof DartFutureOrType) {
            // Only Object (and FutureOr) is a supertype of both a T and a Future<T>.
            return false;
        }
        if (t instanceof DartInterfaceType ti) {
            String tName = ti.dartClass().getName();
            if (s instanceof DartInterfaceType si) {
                DartType[] args = si.dartClass().argumentsAs(ti.dartClass(), si.arguments());
                if (args == null) {
                    return false;
                }
                DartType[] targs = ti.arguments();
                for (int i = 0; i < targs.length && i < args.length; i++) {
                    if (!isSubtype(args[i], targs[i])) {
                        return false;
                    }
                }
                return true;
            }
            if (s instanceof DartFunctionType) {
                return tName.equals("Function");
            }
            if (s instanceof DartRecordType) {
                return tName.equals("Record");
            }
            return false;
        }
        if (t instanceof DartFunctionType tf) {
            return s instanceof DartFunctionType sf && isFunctionSubtype(sf, tf);
        }
        if (t instanceof DartRecordType tr) {
            return s instanceof DartRecordType sr && isRecordSubtype(sr, tr);
        }
        return t.equals(s);
    }

    private static boolean isObject(DartType t) {
        return t instanceof DartInterfaceType ti && ti.dartClass().getSuperclass() == null && ti.dartClass().getName().equals("Object");
    }

    /** {@code s <: Future<x>} for a class type s. */
    private static boolean isFutureSubtype(DartInterfaceType s, DartType x) {
        DartType[] args = s.dartClass().argumentsAsNamed("Future", s.arguments());
        return args != null && (args.length == 0 || isSubtype(args[0], x));
    }

    private static boolean isFunctionSubtype(DartFunctionType s, DartFunctionType t) {
        if (!isSubtype(s.returnType, t.returnType)) {
            return false;
        }
        int sPositional = s.required.length + s.optional.length;
        int tPositional = t.required.length + t.optional.length;
        if (s.required.length > t.required.length || sPositional < tPositional) {
            return false;
        }
        for (int i = 0; i < tPositional; i++) {
            DartType tp = i < t.required.length ? t.required[i] : t.optional[i - t.required.length];
            DartType sp = i < s.required.length ? s.required[i] : s.optional[i - s.required.length];
            if (!isSubtype(tp, sp)) {
                return false;
            }
        }
        for (int i = 0; i < t.names.length; i++) {
            int j = indexOf(s.names, t.names[i]);
            if (j < 0 || !isSubtype(t.named[i], s.named[j])) {
                return false;
            }
        }
        for (int j = 0; j < s.names.length; j++) {
            if (s.namedRequired[j]) {
                int i = indexOf(t.names, s.names[j]);
                if (i < 0 || !t.namedRequired[i]) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isRecordSubtype(DartRecordType s, DartRecordType t) {
        if (s.positional.length != t.positional.length || !java.util.Arrays.equals(s.names, t.names)) {
            return false;
        }
        for (int i = 0; i < s.positional.length; i++) {
            if (!isSubtype(s.positional[i], t.positional[i])) {
                return false;
            }
        }
        for (int i = 0; i < s.named.length; i++) {
            if (!isSubtype(s.named[i], t.named[i])) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
