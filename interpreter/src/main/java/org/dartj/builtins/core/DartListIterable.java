package org.dartj.builtins.core;

import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartCoreClasses;
import org.dartj.nodes.expression.DartEqualNode;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartNull;

/**
 * Dart's {@code ListIterable}: an iterable with an efficient {@link #length()} and
 * {@link #elementAt(long)} (mapped lists, sublist views, reversed lists, generated
 * iterables, lists themselves through {@link DartIterables#lazy}). Its members work by index
 * and throw ConcurrentModificationError when the length changes during a callback.
 */
public abstract class DartListIterable extends DartLazyIterable {
    protected DartListIterable(DartCoreClasses classes) {
        super(classes);
    }

    @Override
    public abstract long length();

    @Override
    public abstract Object elementAt(long index);

    @Override
    public boolean isEfficientLength() {
        return true;
    }

    @Override
    public DartIterator iterator() {
        return new ListIterator(this);
    }

    private void checkLength(long length) {
        if (length != length()) {
            throw DartErrors.concurrentModification(self(), null);
        }
    }

    @Override
    public void forEach(DartFunction action) {
        long length = length();
        for (long i = 0; i < length; i++) {
            DartIterables.call(action, elementAt(i));
            checkLength(length);
        }
    }

    @Override
    public boolean isEmpty() {
        return length() == 0;
    }

    @Override
    public Object first() {
        if (length() == 0) {
            throw noElement();
        }
        return elementAt(0);
    }

    @Override
    public Object last() {
        if (length() == 0) {
            throw noElement();
        }
        return elementAt(length() - 1);
    }

    @Override
    public Object single() {
        if (length() == 0) {
            throw noElement();
        }
        if (length() > 1) {
            throw tooMany();
        }
        return elementAt(0);
    }

    @Override
    public boolean contains(Object value) {
        long length = length();
        for (long i = 0; i < length; i++) {
            if (DartEqualNode.dartEquals(elementAt(i), value)) {
                return true;
            }
            checkLength(length);
        }
        return false;
    }

    @Override
    public boolean every(DartFunction test) {
        long length = length();
        for (long i = 0; i < length; i++) {
            if (!DartIterables.test(test, elementAt(i))) {
                return false;
            }
            checkLength(length);
        }
        return true;
    }

    @Override
    public boolean any(DartFunction test) {
        long length = length();
        for (long i = 0; i < length; i++) {
            if (DartIterables.test(test, elementAt(i))) {
                return true;
            }
            checkLength(length);
        }
        return false;
    }

    @Override
    public Object firstWhere(DartFunction test, Object orElse) {
        long length = length();
        for (long i = 0; i < length; i++) {
            Object e = elementAt(i);
            if (DartIterables.test(test, e)) {
                return e;
            }
            checkLength(length);
        }
        return orElse(orElse);
    }

    @Override
    public Object lastWhere(DartFunction test, Object orElse) {
        long length = length();
        for (long i = length - 1; i >= 0; i--) {
            Object e = elementAt(i);
            if (DartIterables.test(test, e)) {
                return e;
            }
            checkLength(length);
        }
        return orElse(orElse);
    }

    @Override
    public Object singleWhere(DartFunction test, Object orElse) {
        long length = length();
        Object match = null;
        for (long i = 0; i < length; i++) {
            Object e = elementAt(i);
            if (DartIterables.test(test, e)) {
                if (match != null) {
                    throw tooMany();
                }
                match = e;
            }
            checkLength(length);
        }
        return match != null ? match : orElse(orElse);
    }

    @Override
    public String join(String separator) {
        long length = length();
        StringBuilder sb = new StringBuilder();
        if (!separator.isEmpty()) {
            if (length == 0) {
                return "";
            }
            sb.append(DartToString.toDisplayString(elementAt(0)));
            checkLength(length);
            for (long i = 1; i < length; i++) {
                sb.append(separator).append(DartToString.toDisplayString(elementAt(i)));
                checkLength(length);
            }
        } else {
            for (long i = 0; i < length; i++) {
                sb.append(DartToString.toDisplayString(elementAt(i)));
                checkLength(length);
            }
        }
        return sb.toString();
    }

    @Override
    public DartLazyIterable map(DartFunction f) {
        return new DartLazyIterables.MappedList(classes, self(), f);
    }

    @Override
    public Object reduce(DartFunction combine) {
        long length = length();
        if (length == 0) {
            throw noElement();
        }
        Object value = elementAt(0);
        for (long i = 1; i < length; i++) {
            value = DartIterables.call(combine, value, elementAt(i));
            checkLength(length);
        }
        return value;
    }

    @Override
    public Object fold(Object initial, DartFunction combine) {
        Object value = initial;
        long length = length();
        for (long i = 0; i < length; i++) {
            value = DartIterables.call(combine, value, elementAt(i));
            checkLength(length);
        }
        return value;
    }

    @Override
    public DartLazyIterable skip(long count) {
        return new DartLazyIterables.SubList(classes, self(), count, null);
    }

    @Override
    public DartLazyIterable take(long count) {
        return new DartLazyIterables.SubList(classes, self(), 0, count);
    }

    /**
     * Dart's {@code ListIterator}: remembers the length it started with and throws
     * ConcurrentModificationError (naming the iterable) when it has changed.
     */
    static final class ListIterator implements DartIterator {
        private final DartListIterable iterable;
        private final long length;
        private long index;
        private Object current = DartNull.INSTANCE;

        ListIterator(DartListIterable iterable) {
            this.iterable = iterable;
            this.length = iterable.length();
        }

        @Override
        public boolean moveNext() {
            long length = iterable.length();
            if (this.length != length) {
                throw DartErrors.concurrentModification(iterable.self(), null);
            }
            if (index >= length) {
                current = DartNull.INSTANCE;
                return false;
            }
            current = iterable.elementAt(index);
            index++;
            return true;
        }

        @Override
        public Object current() {
            return current;
        }
    }
}
