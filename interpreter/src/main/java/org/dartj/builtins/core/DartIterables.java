package org.dartj.builtins.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartCoreClasses;
import org.dartj.classes.DartInstance;
import org.dartj.nodes.call.DartCalls;
import org.dartj.nodes.expression.DartEqualNode;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartReifiedType;
import org.dartj.runtime.DartMap;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.DartSet;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Operations on any Dart iterable value: a {@link DartList}, a {@link DartLazyIterable}, or an
 * instance of a Dart class that extends {@code Iterable} (reached through its Dart members,
 * so its overrides of {@code iterator}, {@code length}, ... are used). Slow paths: every
 * entry point is a Truffle boundary.
 */
public final class DartIterables {
    private DartIterables() {
    }

    static DartCoreClasses classes() {
        return DartLanguage.get(null).coreClasses();
    }

    @TruffleBoundary
    public static Object call(DartFunction f, Object... args) {
        return DartCalls.call(f, args);
    }

    /** Calls a predicate; its result must be a bool (as the Dart VM's type check demands). */
    @TruffleBoundary
    public static boolean test(DartFunction f, Object element) {
        Object result = DartCalls.call(f, element);
        if (result instanceof Boolean b) {
            return b;
        }
        throw DartErrors.typeError(classes().classOf(result).getName(), "bool", null);
    }

    /** {@code value} as a {@link DartLazyIterable} (lists and instances through adapters). */
    @TruffleBoundary
    public static DartLazyIterable lazy(Object value, DartCoreClasses classes) {
        if (value instanceof DartLazyIterable lazy) {
            return lazy;
        }
        if (value instanceof DartList list) {
            return new DartLazyIterables.ListAdapter(classes, list);
        }
        if (value instanceof DartSet set) {
            return new DartLazyIterables.SetAdapter(classes, set);
        }
        if (value instanceof DartInstance instance && instance.dartClass().isSubtypeOf(classes.iterableClass)) {
            return new DartLazyIterables.InstanceAdapter(classes, instance);
        }
        throw notIterable(value, classes);
    }

    public static RuntimeException notIterable(Object value, DartCoreClasses classes) {
        String type = value instanceof DartMap ? "_Map" : classes.classOf(value).getName();
        return DartErrors.typeError(type, "Iterable<dynamic>", null);
    }

    public static boolean isIterable(Object value, DartCoreClasses classes) {
        return value instanceof DartList || value instanceof DartLazyIterable || value instanceof DartSet ||
                        (value instanceof DartInstance instance && instance.dartClass().isSubtypeOf(classes.iterableClass));
    }

    /** {@code value.iterator} (for-in, lazy iterables over any source). */
    @TruffleBoundary
    public static DartIterator iterator(Object value) {
        if (value instanceof DartList list) {
            return listIterator(list);
        }
        if (value instanceof DartLazyIterable lazy) {
            return lazy.iterator();
        }
        if (value instanceof DartSet set) {
            return setIterator(set);
        }
        DartCoreClasses classes = classes();
        if (value instanceof DartInstance instance && instance.dartClass().isSubtypeOf(classes.iterableClass)) {
            return asJavaIterator(getProperty(instance, "iterator"));
        }
        throw notIterable(value, classes);
    }

    /** A Dart {@code Iterator} object (one of ours or a user-defined one) as a {@link DartIterator}. */
    @TruffleBoundary
    public static DartIterator asJavaIterator(Object iterator) {
        if (iterator instanceof DartIteratorObject object) {
            return object.iterator();
        }
        if (iterator instanceof DartRuneIterator runes) {
            return runes;
        }
        if (iterator instanceof DartInstance instance) {
            return new DartIterator() {
                @Override
                public boolean moveNext() {
                    Object result = invokeMethod(instance, "moveNext");
                    if (result instanceof Boolean b) {
                        return b;
                    }
                    throw DartErrors.typeError(classes().classOf(result).getName(), "bool", null);
                }

                @Override
                public Object current() {
                    return getProperty(instance, "current");
                }
            };
        }
        throw DartErrors.typeError(classes().classOf(iterator).getName(), "Iterator<dynamic>", null);
    }

    /** A set's iterator: ConcurrentModificationError once an element was added or removed. */
    public static DartIterator setIterator(DartSet set) {
        int modifications = set.modificationCount();
        java.util.Iterator<Object> elements = set.iterator();
        return new DartIterator() {
            private Object current = DartNull.INSTANCE;

            @Override
            public boolean moveNext() {
                if (set.modificationCount() != modifications) {
                    throw DartErrors.concurrentModification(set, null);
                }
                if (!elements.hasNext()) {
                    current = DartNull.INSTANCE;
                    return false;
                }
                current = elements.next();
                return true;
            }

            @Override
            public Object current() {
                return current;
            }
        };
    }

    /** A list's iterator: ConcurrentModificationError once its length has changed. */
    public static DartIterator listIterator(DartList list) {
        return new DartIterator() {
            private final int length = list.size();
            private int index;
            private Object current = DartNull.INSTANCE;

            @Override
            public boolean moveNext() {
                if (list.size() != length) {
                    throw DartErrors.concurrentModification(list, null);
                }
                if (index >= length) {
                    current = DartNull.INSTANCE;
                    return false;
                }
                current = list.get(index++);
                return true;
            }

            @Override
            public Object current() {
                return current;
            }
        };
    }

    @TruffleBoundary
    public static boolean isEfficientLength(Object value) {
        if (value instanceof DartList || value instanceof DartSet) {
            return true;
        }
        return value instanceof DartLazyIterable lazy && lazy.isEfficientLength();
    }

    @TruffleBoundary
    public static long length(Object value) {
        if (value instanceof DartList list) {
            return list.size();
        }
        if (value instanceof DartSet set) {
            return set.size();
        }
        if (value instanceof DartLazyIterable lazy) {
            return lazy.length();
        }
        return asInt(getProperty(asIterableInstance(value), "length"));
    }

    @TruffleBoundary
    public static boolean isEmpty(Object value) {
        if (value instanceof DartList list) {
            return list.size() == 0;
        }
        if (value instanceof DartLazyIterable lazy) {
            return lazy.isEmpty();
        }
        return getProperty(asIterableInstance(value), "isEmpty") == Boolean.TRUE;
    }

    @TruffleBoundary
    public static Object first(Object value) {
        if (value instanceof DartLazyIterable lazy) {
            return lazy.first();
        }
        if (value instanceof DartList list) {
            return lazy(list, classes()).first();
        }
        return getProperty(asIterableInstance(value), "first");
    }

    @TruffleBoundary
    public static Object last(Object value) {
        if (value instanceof DartLazyIterable lazy) {
            return lazy.last();
        }
        if (value instanceof DartList list) {
            return lazy(list, classes()).last();
        }
        return getProperty(asIterableInstance(value), "last");
    }

    @TruffleBoundary
    public static Object single(Object value) {
        if (value instanceof DartLazyIterable lazy) {
            return lazy.single();
        }
        if (value instanceof DartList list) {
            return lazy(list, classes()).single();
        }
        return getProperty(asIterableInstance(value), "single");
    }

    @TruffleBoundary
    public static Object elementAt(Object value, long index) {
        if (value instanceof DartList list) {
            if (!list.inRange(index)) {
                throw DartErrors.indexOutOfRange(index, list.size(), null);
            }
            return list.get((int) index);
        }
        if (value instanceof DartLazyIterable lazy) {
            return lazy.elementAt(index);
        }
        return invokeMethod(asIterableInstance(value), "elementAt", index);
    }

    @TruffleBoundary
    public static boolean contains(Object value, Object element) {
        if (value instanceof DartList list) {
            for (int i = 0; i < list.size(); i++) {
                if (DartEqualNode.dartEquals(list.get(i), element)) {
                    return true;
                }
            }
            return false;
        }
        if (value instanceof DartLazyIterable lazy) {
            return lazy.contains(element);
        }
        return invokeMethod(asIterableInstance(value), "contains", element) == Boolean.TRUE;
    }

    private static DartInstance asIterableInstance(Object value) {
        if (value instanceof DartInstance instance) {
            return instance;
        }
        throw notIterable(value, classes());
    }

    private static long asInt(Object value) {
        if (value instanceof Long l) {
            return l;
        }
        throw DartErrors.typeError(classes().classOf(value).getName(), "int", null);
    }

    /** {@code instance.name}: a field, a getter (user-defined or builtin) or a tear-off. */
    @TruffleBoundary
    public static Object getProperty(DartInstance instance, String name) {
        Object member = instance.dartClass().lookupGetterOrField(name);
        if (member instanceof Integer index) {
            return instance.getField(index);
        }
        if (member instanceof DartFunction getter) {
            return getter.callTarget.call(instance);
        }
        DartFunction method = instance.dartClass().lookupMethod(name);
        if (method != null) {
            return new DartFunction(name, method.callTarget, instance);
        }
        throw DartErrors.noSuchMethod(instance, name, true, null);
    }

    /** {@code instance.name(args)} through the instance's class. */
    @TruffleBoundary
    public static Object invokeMethod(DartInstance instance, String name, Object... args) {
        DartFunction method = instance.dartClass().lookupMethod(name);
        if (method == null) {
            throw DartErrors.noSuchMethod(instance, name, false, null);
        }
        Object[] arguments = new Object[args.length + 1];
        arguments[0] = instance;
        System.arraycopy(args, 0, arguments, 1, args.length);
        return method.callTarget.call(arguments);
    }

    public static DartList newList(Object[] values, int size, boolean growable) {
        return newList(values, size, growable, null);
    }

    /** A new list with the element type {@code type} (null: not reified). */
    public static DartList newList(Object[] values, int size, boolean growable, DartReifiedType type) {
        return new DartList(values.length == 0 ? new Object[4] : values, size, growable, type);
    }

    /**
     * The reified element type of an iterable value: a list's or set's type argument, a lazy
     * iterable's ({@link DartLazyIterable#elementType}); null when not known.
     */
    public static DartReifiedType elementTypeOf(Object iterable) {
        if (iterable instanceof DartList list) {
            return list.elementType();
        } else if (iterable instanceof DartSet set) {
            return set.elementType();
        } else if (iterable instanceof DartLazyIterable lazy) {
            return lazy.elementType();
        }
        return null;
    }

    /**
     * {@code List.of(elements, growable: growable)} as the Dart VM builds it: a list is copied;
     * an iterable with an efficient length is asked its length first and must then yield as
     * many elements (else ConcurrentModificationError); anything else is iterated.
     */
    @TruffleBoundary
    public static DartList listOf(Object elements, boolean growable) {
        return listOf(elements, growable, null);
    }

    /** {@code List<E>.of(elements, growable: growable)} with {@code type} as E (null: not reified). */
    @TruffleBoundary
    public static DartList listOf(Object elements, boolean growable, DartReifiedType type) {
        if (elements instanceof DartList list) {
            return DartList.copyOf(list.toArray(), list.size(), growable, false, type);
        }
        if (isEfficientLength(elements)) {
            long length = length(elements);
            if (length <= 0) {
                return newList(new Object[0], 0, growable, type);
            }
            Object[] values = new Object[(int) length];
            int i = 0;
            DartIterator it = iterator(elements);
            while (it.moveNext()) {
                if (i == values.length) {
                    values = Arrays.copyOf(values, values.length * 2);
                }
                values[i++] = it.current();
            }
            if (i != length) {
                throw DartErrors.concurrentModification(elements, null);
            }
            return newList(values, i, growable, type);
        }
        List<Object> values = new ArrayList<>();
        DartIterator it = iterator(elements);
        while (it.moveNext()) {
            values.add(it.current());
        }
        return newList(values.toArray(), values.size(), growable, type);
    }

    /** All elements of an iterable, in order (for {@code addAll}, {@code insertAll}, ...). */
    @TruffleBoundary
    public static Object[] toArray(Object elements) {
        if (elements instanceof DartList list) {
            return list.toArray();
        }
        List<Object> values = new ArrayList<>();
        DartIterator it = iterator(elements);
        while (it.moveNext()) {
            values.add(it.current());
        }
        return values.toArray();
    }

    /** Dart's {@code Iterable.toString}: {@code (a, b, c)}, elided as {@link #shortString} does. */
    @TruffleBoundary
    public static String toShortString(Object iterable) {
        if (DartToString.isVisiting(iterable)) {
            return "(...)";
        }
        DartToString.enter(iterable);
        try {
            return shortString(iterator(iterable), DartToString::toDisplayString, "(", ")");
        } finally {
            DartToString.exit(iterable);
        }
    }

    private static final int LENGTH_LIMIT = 80;
    private static final int HEAD_COUNT = 3;
    private static final int TAIL_COUNT = 2;
    private static final int MAX_COUNT = 100;
    private static final int OVERHEAD = 2;
    private static final int ELLIPSIS_SIZE = 3;

    /**
     * The elision rules of Dart's {@code Iterable.iterableToShortString}: at least the first
     * three elements, then more while the text stays under 80 characters; the last two
     * elements unless there are more than 100; {@code ...} for what is left out. Elements are
     * converted to strings only when they are shown, in the order the SDK converts them.
     */
    public static String shortString(DartIterator it, Function<Object, String> toStr, String left, String right) {
        List<String> parts = new ArrayList<>();
        collectParts(it, toStr, parts);
        return left + String.join(", ", parts) + right;
    }

    private static void collectParts(DartIterator it, Function<Object, String> toStr, List<String> parts) {
        int length = 0;
        int count = 0;
        while (length < LENGTH_LIMIT || count < HEAD_COUNT) {
            if (!it.moveNext()) {
                return;
            }
            String next = toStr.apply(it.current());
            parts.add(next);
            length += next.length() + OVERHEAD;
            count++;
        }
        String penultimateString;
        String ultimateString;
        if (!it.moveNext()) {
            if (count <= HEAD_COUNT + TAIL_COUNT) {
                return;
            }
            ultimateString = parts.remove(parts.size() - 1);
            penultimateString = parts.remove(parts.size() - 1);
        } else {
            Object penultimate = it.current();
            count++;
            if (!it.moveNext()) {
                if (count <= HEAD_COUNT + 1) {
                    parts.add(toStr.apply(penultimate));
                    return;
                }
                ultimateString = toStr.apply(penultimate);
                penultimateString = parts.remove(parts.size() - 1);
                length += ultimateString.length() + OVERHEAD;
            } else {
                Object ultimate = it.current();
                count++;
                while (it.moveNext()) {
                    penultimate = ultimate;
                    ultimate = it.current();
                    count++;
                    if (count > MAX_COUNT) {
                        while (length > LENGTH_LIMIT - ELLIPSIS_SIZE - OVERHEAD && count > HEAD_COUNT) {
                            length -= parts.remove(parts.size() - 1).length() + OVERHEAD;
                            count--;
                        }
                        parts.add("...");
                        return;
                    }
                }
                penultimateString = toStr.apply(penultimate);
                ultimateString = toStr.apply(ultimate);
                length += ultimateString.length() + penultimateString.length() + 2 * OVERHEAD;
            }
        }
        String elision = null;
        if (count > parts.size() + TAIL_COUNT) {
            elision = "...";
            length += ELLIPSIS_SIZE + OVERHEAD;
        }
        while (length > LENGTH_LIMIT && parts.size() > HEAD_COUNT) {
            length -= parts.remove(parts.size() - 1).length() + OVERHEAD;
            if (elision == null) {
                elision = "...";
                length += ELLIPSIS_SIZE + OVERHEAD;
            }
        }
        if (elision != null) {
            parts.add(elision);
        }
        parts.add(penultimateString);
        parts.add(ultimateString);
    }
}
