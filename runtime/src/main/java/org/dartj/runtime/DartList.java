package org.dartj.runtime;

import java.util.Arrays;

import org.dartj.runtime.typed.DartTypedList;

/**
 * A Dart {@code List}: growable, fixed-length or unmodifiable (const lists,
 * {@code List.unmodifiable}), backed by an {@code Object[]} (elements are boxed
 * {@code Long}/{@code Double}/... values). The checks that Dart's list kinds make (which
 * operation is allowed, ranges) are the builtins' business; this is plain storage.
 * Typed data lists ({@code Uint8List}, ...) are fixed-length lists over bytes: the subclass
 * {@link org.dartj.runtime.typed.DartTypedList}, so every List member works on them. Element
 * access tests for it instead of being overridden, so that compiled code can still inline
 * the plain-list paths (no method of this class is overridden).
 */
public class DartList {
    private Object[] elements;
    private int size;
    private final boolean growable;
    private final boolean unmodifiable;
    /** The reified element type, e.g. {@code int} for {@code List<int>}; null if not known. */
    private final DartReifiedType elementType;

    public DartList(Object[] elements, int size, boolean growable, DartReifiedType elementType) {
        this(elements, size, growable, false, elementType);
    }

    public DartList(Object[] elements, int size, boolean growable, boolean unmodifiable, DartReifiedType elementType) {
        this.elements = elements.length == 0 ? new Object[1] : elements;
        this.size = size;
        this.growable = growable && !unmodifiable;
        this.unmodifiable = unmodifiable;
        this.elementType = elementType;
    }

    /** A list holding a copy of {@code values}. */
    public static DartList copyOf(Object[] values, int size, boolean growable, boolean unmodifiable, DartReifiedType elementType) {
        return new DartList(Arrays.copyOf(values, Math.max(size, 1)), size, growable, unmodifiable, elementType);
    }

    public static DartList of(Object... values) {
        return new DartList(values, values.length, true, null);
    }

    public final int size() {
        return size;
    }

    public final boolean isGrowable() {
        return growable;
    }

    /** A const list or {@code List.unmodifiable}: no element can be set (implies fixed length). */
    public final boolean isUnmodifiable() {
        return unmodifiable;
    }

    public final DartReifiedType elementType() {
        return elementType;
    }

    public final Object get(int index) {
        if (this instanceof DartTypedList typed) {
            return typed.element(index);
        }
        return elements[index];
    }

    public final void set(int index, Object value) {
        if (this instanceof DartTypedList typed) {
            typed.storeElement(index, value);
            return;
        }
        elements[index] = value;
    }

    public final boolean inRange(long index) {
        return index >= 0 && index < size;
    }

    public final void add(Object value) {
        if (size == elements.length) {
            elements = Arrays.copyOf(elements, Math.max(4, size * 2));
        }
        elements[size++] = value;
    }

    public final Object removeLast() {
        Object value = elements[--size];
        elements[size] = null;
        return value;
    }

    public final Object removeAt(int index) {
        Object value = elements[index];
        System.arraycopy(elements, index + 1, elements, index, size - index - 1);
        elements[--size] = null;
        return value;
    }

    public final void insert(int index, Object value) {
        if (size == elements.length) {
            elements = Arrays.copyOf(elements, Math.max(4, size * 2));
        }
        System.arraycopy(elements, index, elements, index + 1, size - index);
        elements[index] = value;
        size++;
    }

    private void ensureCapacity(int capacity) {
        if (capacity > elements.length) {
            elements = Arrays.copyOf(elements, Math.max(capacity, Math.max(4, elements.length * 2)));
        }
    }

    /** Sets the length: new slots hold {@code fill}, removed ones are released. */
    public final void setSize(int newSize, Object fill) {
        if (newSize > size) {
            ensureCapacity(newSize);
            Arrays.fill(elements, size, newSize, fill);
        } else {
            Arrays.fill(elements, newSize, size, null);
        }
        size = newSize;
    }

    /** Removes the elements {@code [start, end)}. */
    public final void removeRange(int start, int end) {
        System.arraycopy(elements, end, elements, start, size - end);
        Arrays.fill(elements, size - (end - start), size, null);
        size -= end - start;
    }

    /** Inserts {@code values} at {@code index}, moving later elements up. */
    public final void insertAll(int index, Object[] values) {
        ensureCapacity(size + values.length);
        System.arraycopy(elements, index, elements, index + values.length, size - index);
        System.arraycopy(values, 0, elements, index, values.length);
        size += values.length;
    }

    public final void clear() {
        Arrays.fill(elements, 0, size, null);
        size = 0;
    }

    public final Object[] toArray() {
        if (this instanceof DartTypedList typed) {
            return typed.elements();
        }
        return Arrays.copyOf(elements, size);
    }
}
