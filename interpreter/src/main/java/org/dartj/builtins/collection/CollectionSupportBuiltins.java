package org.dartj.builtins.collection;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.builtins.core.DartIterables;
import org.dartj.builtins.core.DartToString;
import org.dartj.builtins.core.DartToStringNode;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * {@code dart:_internal}: the few Java operations the Dart-written parts of the core libraries
 * ({@code resources/org/dartj/lib/*.dart}) build on. Not meant for user programs.
 */
public final class CollectionSupportBuiltins {
    private CollectionSupportBuiltins() {
    }

    static String javaString(Object s) {
        return s instanceof TruffleString t ? t.toJavaStringUncached() : String.valueOf(s);
    }

    /** {@code iterableAdapter(it)}: any Dart iterable as one with the builtin Iterable members (they reach {@code it} through its {@code iterator}). */
    @DartBuiltin(library = "dart:_internal", name = "iterableAdapter", kind = DartBuiltin.Kind.FUNCTION, required = 1)
    public abstract static class IterableAdapterNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object adapt(Object iterable) {
            return DartIterables.lazy(iterable, DartLanguage.get(this).coreClasses());
        }
    }

    /** {@code Iterable.iterableToShortString}'s elision, with the VM's cycle guard. */
    @DartBuiltin(library = "dart:_internal", name = "iterableToShortString", kind = DartBuiltin.Kind.FUNCTION, required = 3)
    public abstract static class ShortStringNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString shortString(Object iterable, Object left, Object right) {
            String l = javaString(left);
            String r = javaString(right);
            if (DartToString.isVisiting(iterable)) {
                return DartToStringNode.toTruffleString(l + "..." + r);
            }
            DartToString.enter(iterable);
            try {
                return DartToStringNode.toTruffleString(DartIterables.shortString(DartIterables.iterator(iterable), DartToString::toDisplayString, l, r));
            } finally {
                DartToString.exit(iterable);
            }
        }
    }

    /** {@code Iterable.iterableToFullString}: every element, with the VM's cycle guard. */
    @DartBuiltin(library = "dart:_internal", name = "iterableToFullString", kind = DartBuiltin.Kind.FUNCTION, required = 3)
    public abstract static class FullStringNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString fullString(Object iterable, Object left, Object right) {
            String l = javaString(left);
            String r = javaString(right);
            if (DartToString.isVisiting(iterable)) {
                return DartToStringNode.toTruffleString(l + "..." + r);
            }
            DartToString.enter(iterable);
            try {
                StringBuilder sb = new StringBuilder(l);
                var it = DartIterables.iterator(iterable);
                boolean first = true;
                while (it.moveNext()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(DartToString.toDisplayString(it.current()));
                }
                return DartToStringNode.toTruffleString(sb.append(r).toString());
            } finally {
                DartToString.exit(iterable);
            }
        }
    }

    /** Whether {@code o} is being converted to a string further up (the VM's {@code toStringVisiting}). */
    @DartBuiltin(library = "dart:_internal", name = "isToStringVisiting", kind = DartBuiltin.Kind.FUNCTION, required = 1)
    public abstract static class IsVisitingNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean visiting(Object o) {
            return DartToString.isVisiting(o);
        }
    }

    @DartBuiltin(library = "dart:_internal", name = "toStringVisitingEnter", kind = DartBuiltin.Kind.FUNCTION, required = 1)
    public abstract static class EnterNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object enter(Object o) {
            DartToString.enter(o);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:_internal", name = "toStringVisitingExit", kind = DartBuiltin.Kind.FUNCTION, required = 1)
    public abstract static class ExitNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object exit(Object o) {
            DartToString.exit(o);
            return DartNull.INSTANCE;
        }
    }

    /** {@code RangeError.checkValidRange(start, end, length)}: the end, or {@code length} when {@code end} is null. */
    @DartBuiltin(library = "dart:_internal", name = "checkValidRange", kind = DartBuiltin.Kind.FUNCTION, required = 3)
    public abstract static class CheckValidRangeNode extends DartBuiltinNode {
        @Specialization
        protected long check(long start, Object end, long length) {
            return DartErrors.checkValidRange(start, end instanceof Long e ? e : null, length, this);
        }
    }

    /** {@code RangeError.checkValueInInterval(value, min, max, name)}. */
    @DartBuiltin(library = "dart:_internal", name = "checkValueInInterval", kind = DartBuiltin.Kind.FUNCTION, required = 4)
    public abstract static class CheckIntervalNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object check(long value, long min, long max, Object name) {
            if (value < min || value > max) {
                throw DartErrors.rangeError(value, min, max, javaString(name), this);
            }
            return DartNull.INSTANCE;
        }
    }

    /** {@code RangeError.checkNotNegative(value, name)}. */
    @DartBuiltin(library = "dart:_internal", name = "checkNotNegative", kind = DartBuiltin.Kind.FUNCTION, required = 2)
    public abstract static class CheckNotNegativeNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object check(long value, Object name) {
            DartErrors.checkNotNegative(value, javaString(name), this);
            return DartNull.INSTANCE;
        }
    }

    /** Throws {@code RangeError.index(index, indexable, "index", null, length)}. */
    @DartBuiltin(library = "dart:_internal", name = "throwIndexError", kind = DartBuiltin.Kind.FUNCTION, required = 2)
    public abstract static class IndexErrorNode extends DartBuiltinNode {
        @Specialization
        protected Object fail(long index, long length) {
            throw DartErrors.indexOutOfRange(index, length, this);
        }
    }

    /** Throws {@code ArgumentError.value(value, name, message)}. */
    @DartBuiltin(library = "dart:_internal", name = "throwArgumentValue", kind = DartBuiltin.Kind.FUNCTION, required = 3)
    public abstract static class ArgumentValueNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object fail(Object value, Object name, Object message) {
            throw DartErrors.argumentValueError(value, name == DartNull.INSTANCE ? null : javaString(name), message == DartNull.INSTANCE ? null : javaString(message), this);
        }
    }

    /** Throws {@code ConcurrentModificationError(modified)}. */
    @DartBuiltin(library = "dart:_internal", name = "throwConcurrentModification", kind = DartBuiltin.Kind.FUNCTION, required = 1)
    public abstract static class ConcurrentModificationNode extends DartBuiltinNode {
        @Specialization
        protected Object fail(Object modified) {
            throw DartErrors.concurrentModification(modified, this);
        }
    }

    /** A HashMap's and HashSet's bucket order: by the Dart hash of the key. */
    private static final java.util.function.ToIntFunction<Object> DART_HASH = key -> (int) org.dartj.builtins.core.ObjectBuiltins.hashOf(key);
    private static final java.util.function.ToIntFunction<Object> IDENTITY_HASH = key -> (int) org.dartj.builtins.core.CoreFunctionBuiltins.identityHash(key);

    /**
     * {@code hashTableMap(<K, V>{}, equals, hashCode, isValidKey, identity)}: makes the new empty
     * map the table behind a HashMap, iterating in the VM's bucket order and comparing keys by
     * {@code ==}, by {@code identical}, or through the given functions.
     */
    @DartBuiltin(library = "dart:_internal", name = "hashTableMap", kind = DartBuiltin.Kind.FUNCTION, required = 5)
    public abstract static class HashTableMapNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected org.dartj.runtime.DartMap create(org.dartj.runtime.DartMap map, Object equals, Object hashCode, Object isValidKey, boolean identity) {
            if (identity) {
                return map.makeIdentity().makeHashOrdered(IDENTITY_HASH);
            }
            DartCustomKeyEquality equality = DartCustomKeyEquality.of(equals, hashCode, isValidKey);
            return equality == null ? map.makeHashOrdered(DART_HASH) : map.makeCustom(equality).makeHashOrdered(equality::hash);
        }
    }

    /** {@code hashTableSet(<E>{}, equals, hashCode, isValidKey, identity)}: the same for a HashSet. */
    @DartBuiltin(library = "dart:_internal", name = "hashTableSet", kind = DartBuiltin.Kind.FUNCTION, required = 5)
    public abstract static class HashTableSetNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected org.dartj.runtime.DartSet create(org.dartj.runtime.DartSet set, Object equals, Object hashCode, Object isValidKey, boolean identity) {
            if (identity) {
                return set.makeIdentity().makeHashOrdered(IDENTITY_HASH);
            }
            DartCustomKeyEquality equality = DartCustomKeyEquality.of(equals, hashCode, isValidKey);
            return equality == null ? set.makeHashOrdered(DART_HASH) : set.makeCustom(equality).makeHashOrdered(equality::hash);
        }
    }
}
