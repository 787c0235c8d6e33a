package org.dartj.builtins.core;

import java.util.Iterator;
import java.util.Map;

import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartCoreClasses;
import org.dartj.classes.DartInstance;
import org.dartj.nodes.expression.DartTypeTestNode;
import org.dartj.nodes.literal.DartRecordLiteralNode;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartMap;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.DartRecord;
import org.dartj.runtime.DartSet;

/**
 * The kinds of lazy iterable, each the Java counterpart of a class of the Dart SDK
 * ({@code dart:_internal} iterable.dart and cast.dart, the VM's map iterables): same members
 * overridden, same callbacks called in the same order.
 */
public final class DartLazyIterables {
    private DartLazyIterables() {
    }

    /** A list seen as an iterable: the members of Dart's {@code ListBase} for reading. */
    public static final class ListAdapter extends DartListIterable {
        private final DartList list;

        public ListAdapter(DartCoreClasses classes, DartList list) {
            super(classes);
            this.list = list;
        }

        @Override
        public org.dartj.runtime.DartReifiedType elementType() {
            return list.elementType();
        }

        @Override
        public Object self() {
            return list;
        }

        @Override
        public long length() {
            return list.size();
        }

        @Override
        public Object elementAt(long index) {
            if (!list.inRange(index)) {
                throw DartErrors.indexOutOfRange(index, list.size(), null);
            }
            return list.get((int) index);
        }

        @Override
        public DartList toList(boolean growable) {
            return DartList.copyOf(list.toArray(), list.size(), growable, false, list.elementType());
        }
    }

    /** A set seen as an iterable (the members Set does not define itself). */
    public static final class SetAdapter extends DartLazyIterable {
        private final DartSet set;

        public SetAdapter(DartCoreClasses classes, DartSet set) {
            super(classes);
            this.set = set;
        }

        @Override
        public org.dartj.runtime.DartReifiedType elementType() {
            return set.elementType();
        }

        @Override
        public Object self() {
            return set;
        }

        @Override
        public boolean isEfficientLength() {
            return true;
        }

        @Override
        public long length() {
            return set.size();
        }

        @Override
        public boolean isEmpty() {
            return set.size() == 0;
        }

        @Override
        public boolean contains(Object value) {
            return set.contains(value);
        }

        @Override
        public DartIterator iterator() {
            return DartIterables.setIterator(set);
        }
    }

    /** A Dart instance of a class that extends {@code Iterable}: the default members. */
    public static final class InstanceAdapter extends DartLazyIterable {
        private final DartInstance instance;

        public InstanceAdapter(DartCoreClasses classes, DartInstance instance) {
            super(classes);
            this.instance = instance;
        }

        @Override
        public Object self() {
            return instance;
        }

        @Override
        public DartIterator iterator() {
            return DartIterables.iterator(instance);
        }
    }

    /**
     * The element type of {@code map(f)}: the return type of f's function type (what Dart
     * infers for the type argument from a function literal or a typed function), or null (not
     * reified) when that is not known or is void.
     */
    static org.dartj.runtime.DartReifiedType mappedType(DartCoreClasses classes, DartFunction f) {
        org.dartj.types.DartFunctionType t = classes.types.functionTypeOf(f);
        org.dartj.types.DartType r = t == null ? null : t.returnType();
        return r == null || r.hasTypeParameters() || r == org.dartj.types.DartSpecialType.VOID ? null : r;
    }

    /** {@code MappedListIterable}: {@code list.map(f)} and maps of other list iterables. */
    public static final class MappedList extends DartListIterable {
        private final Object source;
        private final DartFunction f;

        MappedList(DartCoreClasses classes, Object source, DartFunction f) {
            super(classes);
            this.source = source;
            this.f = f;
        }

        @Override
        public String vmClass() {
            return "MappedListIterable";
        }

        @Override
        public org.dartj.runtime.DartReifiedType[] vmTypeArguments() {
            return new org.dartj.runtime.DartReifiedType[]{DartIterables.elementTypeOf(source), elementType()};
        }

        @Override
        public org.dartj.runtime.DartReifiedType elementType() {
            return mappedType(classes, f);
        }

        @Override
        public long length() {
            return DartIterables.length(source);
        }

        @Override
        public Object elementAt(long index) {
            return DartIterables.call(f, DartIterables.elementAt(source, index));
        }
    }

    /** {@code SubListIterable}: {@code skip}, {@code take} and {@code getRange} of lists. */
    public static final class SubList extends DartListIterable {
        private final Object source;
        private final long start;
        /** The end index, or null for the source's length. */
        private final Long endOrLength;

        SubList(DartCoreClasses classes, Object source, long start, Long endOrLength) {
            super(classes);
            DartErrors.checkNotNegative(start, "start", null);
            if (endOrLength != null) {
                DartErrors.checkNotNegative(endOrLength, "end", null);
                if (start > endOrLength) {
                    throw DartErrors.rangeError(start, 0L, endOrLength, "start", null);
                }
            }
            this.source = source;
            this.start = start;
            this.endOrLength = endOrLength;
        }

        @Override
        public org.dartj.runtime.DartReifiedType elementType() {
            return DartIterables.elementTypeOf(source);
        }

        @Override
        public String vmClass() {
            return "SubListIterable";
        }

        @Override
        public org.dartj.runtime.DartReifiedType[] vmTypeArguments() {
            return new org.dartj.runtime.DartReifiedType[]{elementType()};
        }

        private long endIndex() {
            long length = DartIterables.length(source);
            return endOrLength == null || endOrLength > length ? length : endOrLength;
        }

        private long startIndex() {
            long length = DartIterables.length(source);
            return Math.min(start, length);
        }

        @Override
        public long length() {
            long length = DartIterables.length(source);
            if (start >= length) {
                return 0;
            }
            if (endOrLength == null || endOrLength >= length) {
                return length - start;
            }
            return endOrLength - start;
        }

        @Override
        public Object elementAt(long index) {
            long real = startIndex() + index;
            if (index < 0 || real >= endIndex()) {
                throw DartErrors.indexOutOfRange(index, length(), null);
            }
            return DartIterables.elementAt(source, real);
        }

        @Override
        public DartLazyIterable skip(long count) {
            DartErrors.checkNotNegative(count, "count", null);
            long newStart = start + count;
            if (endOrLength != null && newStart >= endOrLength) {
                return new Empty(classes);
            }
            return new SubList(classes, source, newStart, endOrLength);
        }

        @Override
        public DartLazyIterable take(long count) {
            DartErrors.checkNotNegative(count, "count", null);
            if (endOrLength == null) {
                return new SubList(classes, source, start, start + count);
            }
            long newEnd = start + count;
            if (endOrLength < newEnd) {
                return this;
            }
            return new SubList(classes, source, start, newEnd);
        }

        @Override
        public DartList toList(boolean growable) {
            long end = DartIterables.length(source);
            if (endOrLength != null && endOrLength < end) {
                end = endOrLength;
            }
            long length = end - start;
            if (length <= 0) {
                return DartIterables.newList(new Object[0], 0, growable, elementType());
            }
            Object[] values = new Object[(int) length];
            values[0] = DartIterables.elementAt(source, start);
            for (int i = 1; i < length; i++) {
                values[i] = DartIterables.elementAt(source, start + i);
                if (DartIterables.length(source) < end) {
                    throw DartErrors.concurrentModification(this, null);
                }
            }
            return DartIterables.newList(values, (int) length, growable, elementType());
        }
    }

    /** {@code ReversedListIterable}: {@code list.reversed}. */
    public static final class ReversedList extends DartListIterable {
        private final Object source;

        ReversedList(DartCoreClasses classes, Object source) {
            super(classes);
            this.source = source;
        }

        @Override
        public org.dartj.runtime.DartReifiedType elementType() {
            return DartIterables.elementTypeOf(source);
        }

        @Override
        public String vmClass() {
            return "ReversedListIterable";
        }

        @Override
        public org.dartj.runtime.DartReifiedType[] vmTypeArguments() {
            return new org.dartj.runtime.DartReifiedType[]{elementType()};
        }

        @Override
        public long length() {
            return DartIterables.length(source);
        }

        @Override
        public Object elementAt(long index) {
            return DartIterables.elementAt(source, DartIterables.length(source) - 1 - index);
        }
    }

    /** {@code _GeneratorIterable}: {@code Iterable.generate(count, generator)}. */
    public static final class Generator extends DartListIterable {
        private final long count;
        /** The generator, or null for the identity. */
        private final DartFunction generator;
        /** E when the call gave it (written or inferred), else null: then the generator's return type. */
        private final org.dartj.runtime.DartReifiedType declared;

        Generator(DartCoreClasses classes, long count, DartFunction generator, org.dartj.runtime.DartReifiedType declared) {
            super(classes);
            this.count = count;
            this.generator = generator;
            this.declared = declared;
        }

        @Override
        public String vmClass() {
            return "_GeneratorIterable";
        }

        @Override
        public org.dartj.runtime.DartReifiedType elementType() {
            if (declared != null) {
                return declared;
            }
            return generator == null ? null : mappedType(classes, generator);
        }

        @Override
        public org.dartj.runtime.DartReifiedType[] vmTypeArguments() {
            return new org.dartj.runtime.DartReifiedType[]{elementType()};
        }

        @Override
        public long length() {
            return count;
        }

        @Override
        public Object elementAt(long index) {
            if (index < 0 || index >= count) {
                throw DartErrors.indexOutOfRange(index, count, null);
            }
            return generator == null ? (Object) index : DartIterables.call(generator, index);
        }
    }

    /** {@code _ListIndicesIterable}: the keys of {@code list.asMap()}. */
    public static final class ListIndices extends DartListIterable {
        private final DartList list;

        ListIndices(DartCoreClasses classes, DartList list) {
            super(classes);
            this.list = list;
        }

        @Override
        public String vmClass() {
            return "_ListIndicesIterable";
        }

        @Override
        public org.dartj.runtime.DartReifiedType[] vmTypeArguments() {
            return new org.dartj.runtime.DartReifiedType[0];
        }

        @Override
        public long length() {
            return list.size();
        }

        @Override
        public Object elementAt(long index) {
            if (index < 0 || index >= list.size()) {
                throw DartErrors.indexOutOfRange(index, list.size(), null);
            }
            return index;
        }
    }

    /** The entries of {@code list.asMap()}: {@code keys.map((i) => MapEntry(i, this[i]))}. */
    public static final class ListEntries extends DartListIterable {
        private final DartList list;

        ListEntries(DartCoreClasses classes, DartList list) {
            super(classes);
            this.list = list;
        }

        @Override
        public String vmClass() {
            return "MappedListIterable";
        }

        @Override
        public org.dartj.runtime.DartReifiedType[] vmTypeArguments() {
            return new org.dartj.runtime.DartReifiedType[]{classes.types.intType, new org.dartj.types.DartInterfaceType(classes.mapEntryClass, new org.dartj.types.DartType[]{classes.types.intType, list.elementType() instanceof org.dartj.types.DartType t ? t : org.dartj.types.DartSpecialType.DYNAMIC}, false)};
        }

        @Override
        public long length() {
            return list.size();
        }

        @Override
        public Object elementAt(long index) {
            if (index < 0 || index >= list.size()) {
                throw DartErrors.indexOutOfRange(index, list.size(), null);
            }
            return new DartMapEntry(classes.mapEntryClass, index, list.get((int) index));
        }
    }

    /** {@code MappedIterable} (and {@code EfficientLengthMappedIterable}). */
    public static final class Mapped extends DartLazyIterable {
        private final Object source;
        private final DartFunction f;
        private final boolean efficient;

        Mapped(DartCoreClasses classes, Object source, DartFunction f, boolean efficient) {
            super(classes);
            this.source = source;
            this.f = f;
            this.efficient = efficient;
        }

        @Override
        public String vmClass() {
            return efficient ? "EfficientLengthMappedIterable" : "MappedIterable";
        }

        @Override
        public org.dartj.runtime.DartReifiedType[] vmTypeArguments() {
            return new org.dartj.runtime.DartReifiedType[]{DartIterables.elementTypeOf(source), elementType()};
        }

        @Override
        public org.dartj.runtime.DartReifiedType elementType() {
            return mappedType(classes, f);
        }

        @Override
        public boolean isEfficientLength() {
            return efficient;
        }

        @Override
        public DartIterator iterator() {
            DartIterator it = DartIterables.iterator(source);
            return new DartIterator() {
                private Object current = DartNull.INSTANCE;

                @Override
                public boolean moveNext() {
                    if (it.moveNext()) {
                        current = DartIterables.call(f, it.current());
                        return true;
                    }
                    current = DartNull.INSTANCE;
                    return false;
                }

                @Override
                public Object current() {
                    return current;
                }
            };
        }

        @Override
        public long length() {
            return DartIterables.length(source);
        }

        @Override
        public boolean isEmpty() {
            return DartIterables.isEmpty(source);
        }

        @Override
        public Object first() {
            return DartIterables.call(f, DartIterables.first(source));
        }

        @Override
        public Object last() {
            return DartIterables.call(f, DartIterables.last(source));
        }

        @Override
        public Object single() {
            return DartIterables.call(f, DartIterables.single(source));
        }

        @Override
        public Object elementAt(long index) {
            return DartIterables.call(f, DartIterables.elementAt(source, index));
        }
    }

    /** {@code WhereIterable}. */
    public static final class Where extends DartLazyIterable {
        private final Object source;
        private final DartFunction test;

        Where(DartCoreClasses classes, Object source, DartFunction test) {
            super(classes);
            this.source = source;
            this.test = test;
        }

        @Override
        public org.dartj.runtime.DartReifiedType elementType() {
            return DartIterables.elementTypeOf(source);
        }

        @Override
        public String vmClass() {
            return "WhereIterable";
        }

        @Override
        public org.dartj.runtime.DartReifiedType[] vmTypeArguments() {
            return new org.dartj.runtime.DartReifiedType[]{elementType()};
        }

        @Override
        public DartIterator iterator() {
            DartIterator it = DartIterables.iterator(source);
            return new DartIterator() {
                @Override
                public boolean moveNext() {
                    while (it.moveNext()) {
                        if (DartIterables.test(test, it.current())) {
                            return true;
                        }
                    }
                    return false;
                }

                @Override
                public Object current() {
                    return it.current();
                }
            };
        }
    }

    /** {@code WhereTypeIterable}: {@code whereType<T>()}. */
    public static final class WhereType extends DartLazyIterable {
        private final Object source;
        private final org.dartj.types.DartTypeTest type;

        WhereType(DartCoreClasses classes, Object source, org.dartj.types.DartTypeTest type) {
            super(classes);
            this.source = source;
            this.type = type;
        }

        @Override
        public org.dartj.runtime.DartReifiedType elementType() {
            return type.type();
        }

        @Override
        public String vmClass() {
            return "WhereTypeIterable";
        }

        @Override
        public org.dartj.runtime.DartReifiedType[] vmTypeArguments() {
            return new org.dartj.runtime.DartReifiedType[]{type.type()};
        }

        @Override
        public DartIterator iterator() {
            DartIterator it = DartIterables.iterator(source);
            return new DartIterator() {
                @Override
                public boolean moveNext() {
                    while (it.moveNext()) {
                        if (type.matches(it.current())) {
                            return true;
                        }
                    }
                    return false;
                }

                @Override
                public Object current() {
                    return it.current();
                }
            };
        }
    }

    /** {@code CastIterable}: {@code cast<T>()}; elements are checked when they are read. */
    public static final class Cast extends DartLazyIterable {
        private final Object source;
        private final org.dartj.types.DartTypeTest type;
        private final boolean efficient;

        Cast(DartCoreClasses classes, Object source, org.dartj.types.DartTypeTest type, boolean efficient) {
            super(classes);
            this.source = source;
            this.type = type;
            this.efficient = efficient;
        }

        @Override
        public org.dartj.runtime.DartReifiedType elementType() {
            return type.type();
        }

        @Override
        public String vmClass() {
            return "CastIterable";
        }

        @Override
        public org.dartj.runtime.DartReifiedType[] vmTypeArguments() {
            return new org.dartj.runtime.DartReifiedType[]{DartIterables.elementTypeOf(source), type.type()};
        }

        @Override
        public boolean isEfficientLength() {
            return efficient;
        }

        private Object check(Object value) {
            if (!type.matches(value)) {
                throw DartErrors.typeCastError(type.describe(value), type.text(), null);
            }
            return value;
        }

        @Override
        public DartIterator iterator() {
            DartIterator it = DartIterables.iterator(source);
            return new DartIterator() {
                @Override
                public boolean moveNext() {
                    return it.moveNext();
                }

                @Override
                public Object current() {
                    return check(it.current());
                }
            };
        }

        @Override
        public long length() {
            return DartIterables.length(source);
        }

        @Override
        public boolean isEmpty() {
            return DartIterables.isEmpty(source);
        }

        @Override
        public boolean isNotEmpty() {
            return !DartIterables.isEmpty(source);
        }

        @Override
        public DartLazyIterable skip(long count) {
            return new Cast(classes, DartIterables.lazy(source, classes).skip(count), type, efficient);
        }

        @Override
        public DartLazyIterable take(long count) {
            return new Cast(classes, DartIterables.lazy(source, classes).take(count), type, efficient);
        }

        @Override
        public Object elementAt(long index) {
            return check(DartIterables.elementAt(source, index));
        }

        @Override
        public Object first() {
            return check(DartIterables.first(source));
        }

        @Override
        public Object last() {
            return check(DartIterables.last(source));
        }

        @Override
        public Object single() {
            return check(DartIterables.single(source));
        }

        @Override
        public boolean contains(Object value) {
            return DartIterables.contains(source, value);
        }

        @Override
        public String toString() {
            return DartToString.toDisplayString(source);
        }
    }

    /** {@code ExpandIterable}. */
    public static final class Expand extends DartLazyIterable {
        private final Object source;
        private final DartFunction f;

        Expand(DartCoreClasses classes, Object source, DartFunction f) {
            super(classes);
            this.source = source;
            this.f = f;
        }

        @Override
        public String vmClass() {
            return "ExpandIterable";
        }

        @Override
        public org.dartj.runtime.DartReifiedType[] vmTypeArguments() {
            return new org.dartj.runtime.DartReifiedType[]{DartIterables.elementTypeOf(source), elementType()};
        }

        @Override
        public org.dartj.runtime.DartReifiedType elementType() {
            org.dartj.runtime.DartReifiedType r = mappedType(classes, f);
            if (r instanceof org.dartj.types.DartInterfaceType it && !it.isNullable()) {
                org.dartj.types.DartType[] args = it.dartClass().argumentsAs(classes.iterableClass, it.arguments());
                return args != null && args.length == 1 ? args[0] : null;
            }
            return null;
        }

        @Override
        public DartIterator iterator() {
            DartIterator it = DartIterables.iterator(source);
            return new DartIterator() {
                /** The elements of the current expansion; null once the iteration has ended. */
                private DartIterator expansion = EMPTY_ITERATOR;
                private Object current = DartNull.INSTANCE;

                @Override
                public boolean moveNext() {
                    if (expansion == null) {
                        return false;
                    }
                    while (!expansion.moveNext()) {
                        current = DartNull.INSTANCE;
                        if (it.moveNext()) {
                            expansion = null;
                            expansion = DartIterables.iterator(DartIterables.call(f, it.current()));
                        } else {
                            return false;
                        }
                    }
                    current = expansion.current();
                    return true;
                }

                @Override
                public Object current() {
                    return current;
                }
            };
        }
    }

    /** {@code TakeIterable} (and {@code EfficientLengthTakeIterable}). */
    public static final class Take extends DartLazyIterable {
        private final Object source;
        private final long count;
        private final boolean efficient;

        Take(DartCoreClasses classes, Object source, long count, boolean efficient) {
            super(classes);
            this.source = source;
            this.count = count;
            this.efficient = efficient;
        }

        @Override
        public org.dartj.runtime.DartReifiedType elementType() {
            return DartIterables.elementTypeOf(source);
        }

        @Override
        public String vmClass() {
            return efficient ? "EfficientLengthTakeIterable" : "TakeIterable";
        }

        @Override
        public org.dartj.runtime.DartReifiedType[] vmTypeArguments() {
            return new org.dartj.runtime.DartReifiedType[]{elementType()};
        }

        @Override
        public boolean isEfficientLength() {
            return efficient;
        }

        @Override
        public long length() {
            if (!efficient) {
                return super.length();
            }
            return Math.min(DartIterables.length(source), count);
        }

        @Override
        public DartIterator iterator() {
            DartIterator it = DartIterables.iterator(source);
            return new DartIterator() {
                private long remaining = count;

                @Override
                public boolean moveNext() {
                    remaining--;
                    if (remaining >= 0) {
                        return it.moveNext();
                    }
                    remaining = -1;
                    return false;
                }

                @Override
                public Object current() {
                    return remaining < 0 ? DartNull.INSTANCE : it.current();
                }
            };
        }
    }

    /** {@code TakeWhileIterable}. */
    public static final class TakeWhile extends DartLazyIterable {
        private final Object source;
        private final DartFunction test;

        TakeWhile(DartCoreClasses classes, Object source, DartFunction test) {
            super(classes);
            this.source = source;
            this.test = test;
        }

        @Override
        public org.dartj.runtime.DartReifiedType elementType() {
            return DartIterables.elementTypeOf(source);
        }

        @Override
        public String vmClass() {
            return "TakeWhileIterable";
        }

        @Override
        public org.dartj.runtime.DartReifiedType[] vmTypeArguments() {
            return new org.dartj.runtime.DartReifiedType[]{elementType()};
        }

        @Override
        public DartIterator iterator() {
            DartIterator it = DartIterables.iterator(source);
            return new DartIterator() {
                private boolean finished;

                @Override
                public boolean moveNext() {
                    if (finished) {
                        return false;
                    }
                    if (!it.moveNext() || !DartIterables.test(test, it.current())) {
                        finished = true;
                        return false;
                    }
                    return true;
                }

                @Override
                public Object current() {
                    return finished ? DartNull.INSTANCE : it.current();
                }
            };
        }
    }

    /** {@code SkipIterable} (and {@code EfficientLengthSkipIterable}). */
    public static final class Skip extends DartLazyIterable {
        private final Object source;
        private final long count;
        private final boolean efficient;

        Skip(DartCoreClasses classes, Object source, long count, boolean efficient) {
            super(classes);
            this.source = source;
            this.count = count;
            this.efficient = efficient;
        }

        @Override
        public org.dartj.runtime.DartReifiedType elementType() {
            return DartIterables.elementTypeOf(source);
        }

        @Override
        public String vmClass() {
            return efficient ? "EfficientLengthSkipIterable" : "SkipIterable";
        }

        @Override
        public org.dartj.runtime.DartReifiedType[] vmTypeArguments() {
            return new org.dartj.runtime.DartReifiedType[]{elementType()};
        }

        @Override
        public boolean isEfficientLength() {
            return efficient;
        }

        @Override
        public long length() {
            if (!efficient) {
                return super.length();
            }
            return Math.max(DartIterables.length(source) - count, 0);
        }

        @Override
        public DartLazyIterable skip(long more) {
            DartErrors.checkNotNegative(more, "count", null);
            return new Skip(classes, source, count + more, efficient);
        }

        @Override
        public DartIterator iterator() {
            DartIterator it = DartIterables.iterator(source);
            return new DartIterator() {
                private long toSkip = count;

                @Override
                public boolean moveNext() {
                    for (long i = 0; i < toSkip; i++) {
                        it.moveNext();
                    }
                    toSkip = 0;
                    return it.moveNext();
                }

                @Override
                public Object current() {
                    return it.current();
                }
            };
        }
    }

    /** {@code SkipWhileIterable}. */
    public static final class SkipWhile extends DartLazyIterable {
        private final Object source;
        private final DartFunction test;

        SkipWhile(DartCoreClasses classes, Object source, DartFunction test) {
            super(classes);
            this.source = source;
            this.test = test;
        }

        @Override
        public org.dartj.runtime.DartReifiedType elementType() {
            return DartIterables.elementTypeOf(source);
        }

        @Override
        public String vmClass() {
            return "SkipWhileIterable";
        }

        @Override
        public org.dartj.runtime.DartReifiedType[] vmTypeArguments() {
            return new org.dartj.runtime.DartReifiedType[]{elementType()};
        }

        @Override
        public DartIterator iterator() {
            DartIterator it = DartIterables.iterator(source);
            return new DartIterator() {
                private boolean skipped;

                @Override
                public boolean moveNext() {
                    if (!skipped) {
                        skipped = true;
                        while (it.moveNext()) {
                            if (!DartIterables.test(test, it.current())) {
                                return true;
                            }
                        }
                    }
                    return it.moveNext();
                }

                @Override
                public Object current() {
                    return it.current();
                }
            };
        }
    }

    /** {@code FollowedByIterable} (and {@code EfficientLengthFollowedByIterable}). */
    public static final class FollowedBy extends DartLazyIterable {
        private final Object first;
        private final Object second;
        private final boolean efficient;

        FollowedBy(DartCoreClasses classes, Object first, Object second, boolean efficient) {
            super(classes);
            this.first = first;
            this.second = second;
            this.efficient = efficient;
        }

        @Override
        public String vmClass() {
            return efficient ? "EfficientLengthFollowedByIterable" : "FollowedByIterable";
        }

        /** The receiver's element type (Dart's {@code E} of {@code followedBy(Iterable<E> other)}). */
        @Override
        public org.dartj.runtime.DartReifiedType elementType() {
            return DartIterables.elementTypeOf(first);
        }

        @Override
        public org.dartj.runtime.DartReifiedType[] vmTypeArguments() {
            return new org.dartj.runtime.DartReifiedType[]{elementType()};
        }

        @Override
        public boolean isEfficientLength() {
            return efficient;
        }

        @Override
        public DartIterator iterator() {
            DartIterator firstIterator = DartIterables.iterator(first);
            return new DartIterator() {
                private DartIterator current = firstIterator;
                private Object next = second;

                @Override
                public boolean moveNext() {
                    if (current.moveNext()) {
                        return true;
                    }
                    if (next != null) {
                        current = DartIterables.iterator(next);
                        next = null;
                        return current.moveNext();
                    }
                    return false;
                }

                @Override
                public Object current() {
                    return current.current();
                }
            };
        }

        @Override
        public long length() {
            return DartIterables.length(first) + DartIterables.length(second);
        }

        @Override
        public boolean isEmpty() {
            return DartIterables.isEmpty(first) && DartIterables.isEmpty(second);
        }

        @Override
        public boolean isNotEmpty() {
            return !DartIterables.isEmpty(first) || !DartIterables.isEmpty(second);
        }

        @Override
        public boolean contains(Object value) {
            return DartIterables.contains(first, value) || DartIterables.contains(second, value);
        }

        @Override
        public Object elementAt(long index) {
            if (!efficient) {
                return super.elementAt(index);
            }
            long firstLength = DartIterables.length(first);
            if (index < firstLength) {
                return DartIterables.elementAt(first, index);
            }
            return DartIterables.elementAt(second, index - firstLength);
        }

        @Override
        public Object first() {
            if (efficient) {
                return !DartIterables.isEmpty(first) ? DartIterables.first(first) : DartIterables.first(second);
            }
            DartIterator it = DartIterables.iterator(first);
            if (it.moveNext()) {
                return it.current();
            }
            return DartIterables.first(second);
        }

        @Override
        public Object last() {
            if (efficient) {
                return !DartIterables.isEmpty(second) ? DartIterables.last(second) : DartIterables.last(first);
            }
            DartIterator it = DartIterables.iterator(second);
            if (it.moveNext()) {
                Object last = it.current();
                while (it.moveNext()) {
                    last = it.current();
                }
                return last;
            }
            return DartIterables.last(first);
        }
    }

    static final DartIterator EMPTY_ITERATOR = new DartIterator() {
        @Override
        public boolean moveNext() {
            return false;
        }

        @Override
        public Object current() {
            throw DartLazyIterable.noElement();
        }
    };

    /** {@code EmptyIterable}: {@code Iterable.empty()}, {@code Iterable.generate(0)}, ... */
    public static final class Empty extends DartLazyIterable {
        Empty(DartCoreClasses classes) {
            super(classes);
        }

        @Override
        public String vmClass() {
            return "EmptyIterable";
        }

        @Override
        public org.dartj.runtime.DartReifiedType[] vmTypeArguments() {
            return new org.dartj.runtime.DartReifiedType[]{elementType()};
        }

        @Override
        public boolean isEfficientLength() {
            return true;
        }

        @Override
        public DartIterator iterator() {
            return EMPTY_ITERATOR;
        }

        @Override
        public void forEach(DartFunction action) {
        }

        @Override
        public boolean isEmpty() {
            return true;
        }

        @Override
        public long length() {
            return 0;
        }

        @Override
        public Object elementAt(long index) {
            throw DartErrors.rangeError(index, 0L, 0L, "index", null);
        }

        @Override
        public boolean contains(Object value) {
            return false;
        }

        @Override
        public boolean every(DartFunction test) {
            return true;
        }

        @Override
        public boolean any(DartFunction test) {
            return false;
        }

        @Override
        public Object firstWhere(DartFunction test, Object orElse) {
            return orElse(orElse);
        }

        @Override
        public Object lastWhere(DartFunction test, Object orElse) {
            return orElse(orElse);
        }

        @Override
        public Object singleWhere(DartFunction test, Object orElse) {
            return orElse(orElse);
        }

        @Override
        public String join(String separator) {
            return "";
        }

        @Override
        public DartLazyIterable where(DartFunction test) {
            return this;
        }

        @Override
        public DartLazyIterable map(DartFunction f) {
            return new Empty(classes);
        }

        @Override
        public Object reduce(DartFunction combine) {
            throw noElement();
        }

        @Override
        public Object fold(Object initial, DartFunction combine) {
            return initial;
        }

        @Override
        public DartLazyIterable skip(long count) {
            DartErrors.checkNotNegative(count, "count", null);
            return this;
        }

        @Override
        public DartLazyIterable skipWhile(DartFunction test) {
            return this;
        }

        @Override
        public DartLazyIterable take(long count) {
            DartErrors.checkNotNegative(count, "count", null);
            return this;
        }

        @Override
        public DartLazyIterable takeWhile(DartFunction test) {
            return this;
        }

        @Override
        public DartList toList(boolean growable) {
            return DartIterables.newList(new Object[0], 0, growable);
        }
    }

    /** What a map view yields. */
    enum MapPart {
        KEYS,
        VALUES,
        ENTRIES
    }

    /**
     * The keys, values or entries of a map (the VM's {@code _CompactIterable}): efficient
     * length; iterating throws ConcurrentModificationError once a key was added or removed.
     */
    public static final class MapView extends DartLazyIterable {
        private final DartMap map;
        private final MapPart part;

        MapView(DartCoreClasses classes, DartMap map, MapPart part) {
            super(classes);
            this.map = map;
            this.part = part;
        }

        @Override
        public org.dartj.runtime.DartReifiedType elementType() {
            return part == MapPart.KEYS ? map.keyType() : part == MapPart.VALUES ? map.valueType() : null;
        }

        @Override
        public String vmClass() {
            return part == MapPart.ENTRIES ? "MappedIterable" : "_CompactIterable";
        }

        @Override
        public org.dartj.runtime.DartReifiedType[] vmTypeArguments() {
            if (part != MapPart.ENTRIES) {
                return new org.dartj.runtime.DartReifiedType[]{elementType()};
            }
            org.dartj.types.DartType k = map.keyType() instanceof org.dartj.types.DartType t ? t : org.dartj.types.DartSpecialType.DYNAMIC;
            org.dartj.types.DartType v = map.valueType() instanceof org.dartj.types.DartType t ? t : org.dartj.types.DartSpecialType.DYNAMIC;
            return new org.dartj.runtime.DartReifiedType[]{k, new org.dartj.types.DartInterfaceType(classes.mapEntryClass, new org.dartj.types.DartType[]{k, v}, false)};
        }

        @Override
        public boolean isEfficientLength() {
            return true;
        }

        @Override
        public long length() {
            return map.size();
        }

        @Override
        public boolean isEmpty() {
            return map.size() == 0;
        }

        @Override
        public boolean contains(Object value) {
            if (part == MapPart.KEYS) {
                return map.containsKey(value);
            }
            return super.contains(value);
        }

        @Override
        public DartIterator iterator() {
            int modifications = map.modificationCount();
            Iterator<Map.Entry<Object, Object>> entries = map.entries().iterator();
            return new DartIterator() {
                private Object current = DartNull.INSTANCE;

                @Override
                public boolean moveNext() {
                    if (map.modificationCount() != modifications) {
                        throw DartErrors.concurrentModification(map, null);
                    }
                    if (!entries.hasNext()) {
                        current = DartNull.INSTANCE;
                        return false;
                    }
                    Map.Entry<Object, Object> e = entries.next();
                    current = switch (part) {
                        case KEYS -> e.getKey();
                        case VALUES -> e.getValue();
                        case ENTRIES -> new DartMapEntry(classes.mapEntryClass, e.getKey(), e.getValue());
                    };
                    return true;
                }

                @Override
                public Object current() {
                    return current;
                }
            };
        }
    }

    /** {@code IndexedIterable}: {@code iterable.indexed}, the records {@code (index, element)}. */
    public static final class Indexed extends DartLazyIterable {
        private final Object source;

        public Indexed(DartCoreClasses classes, Object source) {
            super(classes);
            this.source = source;
        }

        @Override
        public String vmClass() {
            return "IndexedIterable";
        }

        /** {@code IndexedIterable<T>} is an {@code Iterable<(int, T)>}: T is the source's element type. */
        @Override
        public org.dartj.runtime.DartReifiedType[] vmTypeArguments() {
            return new org.dartj.runtime.DartReifiedType[]{DartIterables.elementTypeOf(source)};
        }

        @Override
        public boolean isEfficientLength() {
            return DartIterables.isEfficientLength(source);
        }

        @Override
        public long length() {
            return DartIterables.length(source);
        }

        @Override
        public DartIterator iterator() {
            DartIterator it = DartIterables.iterator(source);
            return new DartIterator() {
                private long index = -1;
                private Object current = DartNull.INSTANCE;

                @Override
                public boolean moveNext() {
                    if (!it.moveNext()) {
                        current = DartNull.INSTANCE;
                        return false;
                    }
                    index++;
                    current = new DartRecord(new Object[]{index, it.current()}, new String[0], new Object[0], DartRecordLiteralNode.EQUALITY);
                    return true;
                }

                @Override
                public Object current() {
                    return current;
                }
            };
        }
    }

    /** {@code NonNullsIterable}: {@code iterable.nonNulls}, the elements that are not null. */
    public static final class NonNulls extends DartLazyIterable {
        private final Object source;

        public NonNulls(DartCoreClasses classes, Object source) {
            super(classes);
            this.source = source;
        }

        @Override
        public String vmClass() {
            return "NonNullsIterable";
        }

        @Override
        public org.dartj.runtime.DartReifiedType[] vmTypeArguments() {
            return new org.dartj.runtime.DartReifiedType[]{elementType()};
        }

        @Override
        public DartIterator iterator() {
            DartIterator it = DartIterables.iterator(source);
            return new DartIterator() {
                @Override
                public boolean moveNext() {
                    while (it.moveNext()) {
                        if (it.current() != DartNull.INSTANCE) {
                            return true;
                        }
                    }
                    return false;
                }

                @Override
                public Object current() {
                    return it.current();
                }
            };
        }
    }

    /** {@code Iterable.withIterator(factory)}: each iteration asks the factory for a new iterator. */
    public static final class WithIterator extends DartLazyIterable {
        private final DartFunction factory;

        public WithIterator(DartCoreClasses classes, DartFunction factory) {
            super(classes);
            this.factory = factory;
        }

        @Override
        public String vmClass() {
            return "_WithIteratorIterable";
        }

        @Override
        public org.dartj.runtime.DartReifiedType[] vmTypeArguments() {
            return new org.dartj.runtime.DartReifiedType[]{elementType()};
        }

        @Override
        public DartIterator iterator() {
            return DartIterables.asJavaIterator(DartIterables.call(factory));
        }
    }
}
