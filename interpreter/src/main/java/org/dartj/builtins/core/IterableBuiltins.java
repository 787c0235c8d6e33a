package org.dartj.builtins.core;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartCoreClasses;
import org.dartj.classes.DartInstance;
import org.dartj.nodes.expression.DartTypeTestNode;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.DartSet;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * Members of Iterable. The receiver is any iterable value: a lazy iterable, a list (for the
 * members List does not define itself) or an instance of a Dart class extending Iterable;
 * see {@link DartLazyIterable} for the semantics.
 */
public final class IterableBuiltins {
    private IterableBuiltins() {
    }

    static DartLazyIterable lazy(Object self, Node node) {
        return DartIterables.lazy(self, DartLanguage.get(node).coreClasses());
    }

    /** The type argument the translator passes for {@code whereType<T>()} and {@code cast<T>()}. */
    static org.dartj.types.DartTypeTest typeArgument(Object type, Node node) {
        if (type instanceof org.dartj.types.DartTypeTest t) {
            return t;
        }
        DartCoreClasses classes = DartLanguage.get(node).coreClasses();
        return new org.dartj.types.DartTypeTest(org.dartj.types.DartSpecialType.DYNAMIC, classes.types);
    }

    /**
     * The check of {@code castFrom<S, T>(source)}: every element of {@code source} must be a T
     * (the VM's view checks each element when it is read; here all are checked at once, as
     * {@code cast}). Returns {@code source}.
     */
    @TruffleBoundary
    public static Object checkElements(Object source, Object type, Node node) {
        org.dartj.types.DartTypeTest t = typeArgument(type, node);
        for (Object e : DartIterables.toArray(source)) {
            if (!t.matches(e)) {
                throw DartErrors.typeCastError(t.describe(e), t.text(), node);
            }
        }
        return source;
    }

    static boolean growable(Object growable) {
        return growable != Boolean.FALSE;
    }

    @DartBuiltin(owner = "Iterable", name = "iterator", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IteratorNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object iterator(Object self) {
            DartCoreClasses classes = DartLanguage.get(this).coreClasses();
            if (self instanceof DartInstance) {
                // A class extending Iterable that does not define the abstract getter.
                throw org.dartj.builtins.DartErrors.noSuchMethod(self, "iterator", true, this);
            }
            return new DartIteratorObject(classes.iteratorClass, DartIterables.iterator(self), iteratorType(classes, self));
        }
    }

    /**
     * The VM's iterator class for an iterable, where DartJ knows it: {@code ListIterator<E>} for
     * a growable list and the list iterables ({@code map}, {@code skip}, ... of a list),
     * {@code _FixedSizeArrayIterator<E>} for a fixed-length list, {@code _CompactIterator<E>}
     * for a set and a map's keys or values, {@code _SyncStarIterator<E>} for a sync* function's
     * iterable; else null.
     */
    static org.dartj.types.DartType iteratorType(DartCoreClasses classes, Object iterable) {
        String name;
        if (iterable instanceof org.dartj.runtime.typed.DartTypedList) {
            return null;
        } else if (iterable instanceof org.dartj.runtime.DartList list) {
            name = list.isGrowable() ? "ListIterator" : "_FixedSizeArrayIterator";
        } else if (iterable instanceof DartListIterable) {
            name = "ListIterator";
        } else if (iterable instanceof DartGeneratorIterable) {
            name = "_SyncStarIterator";
        } else if (iterable instanceof org.dartj.runtime.DartSet || iterable instanceof DartLazyIterables.MapView view && view.vmClass().equals("_CompactIterable")) {
            name = "_CompactIterator";
        } else {
            return null;
        }
        Object element = DartIterables.elementTypeOf(iterable);
        org.dartj.types.DartType e = element instanceof org.dartj.types.DartType t ? t : org.dartj.types.DartSpecialType.DYNAMIC;
        return new org.dartj.types.DartInterfaceType(classes.iteratorClass, new org.dartj.types.DartType[]{e}, false, name);
    }

    @DartBuiltin(owner = "Iterable", name = "length", kind = DartBuiltin.Kind.GETTER)
    public abstract static class LengthNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long length(Object self) {
            return lazy(self, this).length();
        }
    }

    @DartBuiltin(owner = "Iterable", name = "isEmpty", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsEmptyNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean isEmpty(Object self) {
            return lazy(self, this).isEmpty();
        }
    }

    @DartBuiltin(owner = "Iterable", name = "isNotEmpty", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsNotEmptyNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean isNotEmpty(Object self) {
            return lazy(self, this).isNotEmpty();
        }
    }

    @DartBuiltin(owner = "Iterable", name = "first", kind = DartBuiltin.Kind.GETTER)
    public abstract static class FirstNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object first(Object self) {
            return lazy(self, this).first();
        }
    }

    @DartBuiltin(owner = "Iterable", name = "last", kind = DartBuiltin.Kind.GETTER)
    public abstract static class LastNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object last(Object self) {
            return lazy(self, this).last();
        }
    }

    @DartBuiltin(owner = "Iterable", name = "single", kind = DartBuiltin.Kind.GETTER)
    public abstract static class SingleNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object single(Object self) {
            return lazy(self, this).single();
        }
    }

    @DartBuiltin(owner = "Iterable", name = "elementAt", required = 1)
    public abstract static class ElementAtNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object elementAt(Object self, long index) {
            return lazy(self, this).elementAt(index);
        }
    }

    @DartBuiltin(owner = "Iterable", name = "contains", required = 1)
    public abstract static class ContainsNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean contains(Object self, Object value) {
            return lazy(self, this).contains(value);
        }
    }

    @DartBuiltin(owner = "Iterable", name = "forEach", required = 1)
    public abstract static class ForEachNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object forEach(Object self, DartFunction action) {
            lazy(self, this).forEach(action);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "Iterable", name = "reduce", required = 1)
    public abstract static class ReduceNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object reduce(Object self, DartFunction combine) {
            return lazy(self, this).reduce(combine);
        }
    }

    @DartBuiltin(owner = "Iterable", name = "fold", required = 2)
    public abstract static class FoldNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object fold(Object self, Object initial, DartFunction combine) {
            return lazy(self, this).fold(initial, combine);
        }
    }

    @DartBuiltin(owner = "Iterable", name = "every", required = 1)
    public abstract static class EveryNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean every(Object self, DartFunction test) {
            return lazy(self, this).every(test);
        }
    }

    @DartBuiltin(owner = "Iterable", name = "any", required = 1)
    public abstract static class AnyNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean any(Object self, DartFunction test) {
            return lazy(self, this).any(test);
        }
    }

    @DartBuiltin(owner = "Iterable", name = "join", optional = 1)
    public abstract static class JoinNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString join(Object self, Object separator) {
            String sep = separator instanceof TruffleString s ? s.toJavaStringUncached() : "";
            return DartToStringNode.toTruffleString(lazy(self, this).join(sep));
        }
    }

    @DartBuiltin(owner = "Iterable", name = "firstWhere", required = 1, named = {"orElse"})
    public abstract static class FirstWhereNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object firstWhere(Object self, DartFunction test, Object orElse) {
            return lazy(self, this).firstWhere(test, orElse);
        }
    }

    @DartBuiltin(owner = "Iterable", name = "lastWhere", required = 1, named = {"orElse"})
    public abstract static class LastWhereNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object lastWhere(Object self, DartFunction test, Object orElse) {
            return lazy(self, this).lastWhere(test, orElse);
        }
    }

    @DartBuiltin(owner = "Iterable", name = "singleWhere", required = 1, named = {"orElse"})
    public abstract static class SingleWhereNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object singleWhere(Object self, DartFunction test, Object orElse) {
            return lazy(self, this).singleWhere(test, orElse);
        }
    }

    @DartBuiltin(owner = "Iterable", name = "toList", named = {"growable"})
    public abstract static class ToListNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartList toList(Object self, Object growable) {
            return lazy(self, this).toList(growable(growable));
        }
    }

    @DartBuiltin(owner = "Iterable", name = "map", required = 1)
    public abstract static class MapNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object map(Object self, DartFunction f) {
            return lazy(self, this).map(f);
        }
    }

    @DartBuiltin(owner = "Iterable", name = "where", required = 1)
    public abstract static class WhereNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object where(Object self, DartFunction test) {
            return lazy(self, this).where(test);
        }
    }

    /** {@code whereType<T>()}: the translator passes T as the (hidden) argument. */
    @DartBuiltin(owner = "Iterable", name = "whereType", optional = 1)
    public abstract static class WhereTypeNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object whereType(Object self, Object type) {
            return lazy(self, this).whereType(typeArgument(type, this));
        }
    }

    /** {@code cast<T>()}: the translator passes T as the (hidden) argument. */
    @DartBuiltin(owner = "Iterable", name = "cast", optional = 1)
    public abstract static class CastNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object cast(Object self, Object type) {
            return lazy(self, this).cast(typeArgument(type, this));
        }
    }

    @DartBuiltin(owner = "Iterable", name = "expand", required = 1)
    public abstract static class ExpandNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object expand(Object self, DartFunction f) {
            return lazy(self, this).expand(f);
        }
    }

    @DartBuiltin(owner = "Iterable", name = "take", required = 1)
    public abstract static class TakeNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object take(Object self, long count) {
            return lazy(self, this).take(count);
        }
    }

    @DartBuiltin(owner = "Iterable", name = "skip", required = 1)
    public abstract static class SkipNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object skip(Object self, long count) {
            return lazy(self, this).skip(count);
        }
    }

    @DartBuiltin(owner = "Iterable", name = "takeWhile", required = 1)
    public abstract static class TakeWhileNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object takeWhile(Object self, DartFunction test) {
            return lazy(self, this).takeWhile(test);
        }
    }

    @DartBuiltin(owner = "Iterable", name = "skipWhile", required = 1)
    public abstract static class SkipWhileNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object skipWhile(Object self, DartFunction test) {
            return lazy(self, this).skipWhile(test);
        }
    }

    @DartBuiltin(owner = "Iterable", name = "followedBy", required = 1)
    public abstract static class FollowedByNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object followedBy(Object self, Object other) {
            DartCoreClasses classes = DartLanguage.get(this).coreClasses();
            if (!DartIterables.isIterable(other, classes)) {
                throw DartIterables.notIterable(other, classes);
            }
            return lazy(self, this).followedBy(other);
        }
    }

    /** Iterable's toString (lists and maps print their own way). */
    @DartBuiltin(owner = "Iterable", name = "toString")
    public abstract static class ToStringNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString toDartString(Object self) {
            if (self instanceof DartInstance) {
                return DartToStringNode.toTruffleString(DartIterables.toShortString(self));
            }
            return DartToStringNode.toTruffleString(DartToString.toDisplayString(self));
        }
    }

    @DartBuiltin(owner = "Iterable", name = "generate", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, optional = 1)
    public abstract static class GenerateNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object generate(long count, Object generator) {
            // E written (Iterable<int>.generate) or inferred from the generator by the translator.
            org.dartj.types.DartType[] types = org.dartj.DartContext.get(this).takeTypeArguments();
            DartCoreClasses classes = DartLanguage.get(this).coreClasses();
            if (count <= 0) {
                return new DartLazyIterables.Empty(classes);
            }
            return new DartLazyIterables.Generator(classes, count, generator instanceof DartFunction f ? f : null, types == null ? null : types[0]);
        }
    }

    @DartBuiltin(owner = "Iterable", name = "empty", kind = DartBuiltin.Kind.CONSTRUCTOR)
    public abstract static class EmptyNode extends DartBuiltinNode {
        @Specialization
        protected Object empty() {
            return new DartLazyIterables.Empty(DartLanguage.get(this).coreClasses());
        }
    }

    @DartBuiltin(owner = "Iterable", name = "toSet")
    public abstract static class ToSetNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartSet toSet(Object self) {
            DartSet set = new DartSet(DartIterables.elementTypeOf(self));
            DartIterator it = DartIterables.iterator(self);
            while (it.moveNext()) {
                set.add(it.current());
            }
            return set;
        }
    }

    // The extension members of dart:core (IterableExtensions, NullableIterableExtensions).

    @DartBuiltin(owner = "Iterable", name = "indexed", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IndexedNode extends DartBuiltinNode {
        @Specialization
        protected Object indexed(Object self) {
            return new DartLazyIterables.Indexed(DartLanguage.get(this).coreClasses(), self);
        }
    }

    @DartBuiltin(owner = "Iterable", name = "nonNulls", kind = DartBuiltin.Kind.GETTER)
    public abstract static class NonNullsNode extends DartBuiltinNode {
        @Specialization
        protected Object nonNulls(Object self) {
            return new DartLazyIterables.NonNulls(DartLanguage.get(this).coreClasses(), self);
        }
    }

    @DartBuiltin(owner = "Iterable", name = "firstOrNull", kind = DartBuiltin.Kind.GETTER)
    public abstract static class FirstOrNullNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object firstOrNull(Object self) {
            DartIterator it = DartIterables.iterator(self);
            return it.moveNext() ? it.current() : DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "Iterable", name = "lastOrNull", kind = DartBuiltin.Kind.GETTER)
    public abstract static class LastOrNullNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object lastOrNull(Object self) {
            if (DartIterables.isEfficientLength(self)) {
                return DartIterables.isEmpty(self) ? DartNull.INSTANCE : DartIterables.last(self);
            }
            DartIterator it = DartIterables.iterator(self);
            if (!it.moveNext()) {
                return DartNull.INSTANCE;
            }
            Object result;
            do {
                result = it.current();
            } while (it.moveNext());
            return result;
        }
    }

    @DartBuiltin(owner = "Iterable", name = "singleOrNull", kind = DartBuiltin.Kind.GETTER)
    public abstract static class SingleOrNullNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object singleOrNull(Object self) {
            DartIterator it = DartIterables.iterator(self);
            if (!it.moveNext()) {
                return DartNull.INSTANCE;
            }
            Object result = it.current();
            return it.moveNext() ? DartNull.INSTANCE : result;
        }
    }

    @DartBuiltin(owner = "Iterable", name = "elementAtOrNull", required = 1)
    public abstract static class ElementAtOrNullNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object elementAtOrNull(Object self, long index) {
            DartErrors.checkNotNegative(index, "index", this);
            if (DartIterables.isEfficientLength(self)) {
                return index >= DartIterables.length(self) ? DartNull.INSTANCE : DartIterables.elementAt(self, index);
            }
            DartIterator it = DartIterables.iterator(self);
            long skip = index;
            while (it.moveNext()) {
                if (skip-- == 0) {
                    return it.current();
                }
            }
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "Iterable", name = "withIterator", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class WithIteratorNode extends DartBuiltinNode {
        @Specialization
        protected Object withIterator(DartFunction iteratorFactory) {
            return new DartLazyIterables.WithIterator(DartLanguage.get(this).coreClasses(), iteratorFactory);
        }
    }

    /** {@code Iterable.castFrom<S, T>(source)}: a CastIterable view over source, checking each element as it is read. */
    @DartBuiltin(owner = "Iterable", name = "castFrom", kind = DartBuiltin.Kind.STATIC, required = 1, optional = 2)
    public abstract static class CastFromNode extends DartBuiltinNode {
        @Specialization
        protected Object castFrom(Object source, @SuppressWarnings("unused") Object sourceType, Object targetType) {
            return lazy(source, this).cast(typeArgument(targetType, this));
        }
    }

    /** {@code Iterable.iterableToShortString(iterable, [left, right])}: the elided form of toString. */
    @DartBuiltin(owner = "Iterable", name = "iterableToShortString", kind = DartBuiltin.Kind.STATIC, required = 1, optional = 2)
    public abstract static class IterableToShortStringNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString toShortString(Object iterable, Object left, Object right) {
            String l = left instanceof TruffleString s ? s.toJavaStringUncached() : "(";
            String r = right instanceof TruffleString s ? s.toJavaStringUncached() : ")";
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

    /** {@code Iterable.iterableToFullString(iterable, [left, right])}: every element, comma separated. */
    @DartBuiltin(owner = "Iterable", name = "iterableToFullString", kind = DartBuiltin.Kind.STATIC, required = 1, optional = 2)
    public abstract static class IterableToFullStringNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString toFullString(Object iterable, Object left, Object right) {
            String l = left instanceof TruffleString s ? s.toJavaStringUncached() : "(";
            String r = right instanceof TruffleString s ? s.toJavaStringUncached() : ")";
            if (DartToString.isVisiting(iterable)) {
                return DartToStringNode.toTruffleString(l + "..." + r);
            }
            DartToString.enter(iterable);
            try {
                StringBuilder sb = new StringBuilder(l);
                DartIterator it = DartIterables.iterator(iterable);
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
}
