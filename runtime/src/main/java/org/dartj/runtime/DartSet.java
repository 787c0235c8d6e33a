package org.dartj.runtime;

import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * A Dart {@code Set} (LinkedHashSet: insertion order). Elements compare with Dart equality
 * for the built-in types, as {@link DartMap} keys do: an integral double equals the int of
 * the same value; the element added first is the one kept.
 */
public final class DartSet implements Iterable<Object> {
    private final LinkedHashMap<Object, Object> elements;
    private final DartReifiedType elementType;

    public DartSet(DartReifiedType elementType) {
        this.elements = new LinkedHashMap<>();
        this.elementType = elementType;
    }

    public DartReifiedType elementType() {
        return elementType;
    }

    public int size() {
        return elements.size();
    }

    /** Adds {@code value}; false if an equal element was already there. */
    public boolean add(Object value) {
        Object key = DartMap.lookupKey(value);
        if (elements.containsKey(key)) {
            return false;
        }
        elements.put(key, value);
        return true;
    }

    public boolean contains(Object value) {
        return elements.containsKey(DartMap.lookupKey(value));
    }

    public boolean remove(Object value) {
        return elements.remove(DartMap.lookupKey(value)) != null;
    }

    public void clear() {
        elements.clear();
    }

    public Object[] toArray() {
        return elements.values().toArray();
    }

    @Override
    public Iterator<Object> iterator() {
        return elements.values().iterator();
    }
}
