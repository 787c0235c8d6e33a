package org.dartj.runtime;

import java.util.Arrays;

/**
 * A Dart {@code List}: growable or fixed-length, backed by an {@code Object[]} (elements are
 * boxed {@code Long}/{@code Double}/... values).
 */
public final class DartList {
    private Object[] elements;
    private int size;
    private final boolean growable;
    /** The reified element type's name, e.g. {@code int} for {@code List<int>}; "dynamic" if none. */
    private final String elementType;

    public DartList(Object[] elements, int size, boolean growable, String elementType) {
        this.elements = elements;
        this.size = size;
        this.growable = growable;
        this.elementType = elementType;
    }

    public static DartList of(Object... values) {
        return new DartList(values, values.length, true, "dynamic");
    }

    public int size() {
        return size;
    }

    public boolean isGrowable() {
        return growable;
    }

    public String elementType() {
        return elementType;
    }

    public Object get(int index) {
        return elements[index];
    }

    public void set(int index, Object value) {
        elements[index] = value;
    }

    public boolean inRange(long index) {
        return index >= 0 && index < size;
    }

    public void add(Object value) {
        if (size == elements.length) {
            elements = Arrays.copyOf(elements, Math.max(4, size * 2));
        }
        elements[size++] = value;
    }

    public Object removeLast() {
        Object value = elements[--size];
        elements[size] = null;
        return value;
    }

    public Object removeAt(int index) {
        Object value = elements[index];
        System.arraycopy(elements, index + 1, elements, index, size - index - 1);
        elements[--size] = null;
        return value;
    }

    public void insert(int index, Object value) {
        if (size == elements.length) {
            elements = Arrays.copyOf(elements, Math.max(4, size * 2));
        }
        System.arraycopy(elements, index, elements, index + 1, size - index);
        elements[index] = value;
        size++;
    }

    public void clear() {
        Arrays.fill(elements, 0, size, null);
        size = 0;
    }

    public Object[] toArray() {
        return Arrays.copyOf(elements, size);
    }
}
