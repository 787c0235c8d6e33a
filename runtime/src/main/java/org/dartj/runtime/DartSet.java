package org.dartj.runtime;

import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * A Dart {@code Set} (LinkedHashSet: insertion order). Elements compare with Dart equality
 * for the built-in types, as {@link DartMap} keys do: an integral double equals the int of
 * the same value; the element added first is the one kept.
 * <p>
 * {@link #modificationCount()} changes when an element is added or removed: what the VM's set
 * iterator checks to throw ConcurrentModificationError. {@code Set.unmodifiable} and const sets
 * are unmodifiable; the builtins check that.
 */
public final class DartSet implements Iterable<Object> {
    private final LinkedHashMap<Object, Object> elements;
    private final DartReifiedType elementType;
    private int modificationCount;
    private boolean unmodifiable;
    private boolean constant;
    private boolean identity;
    /** Set for a set made with equals/hashCode/isValidKey functions. */
    private DartKeyEquality equality;
    /** Set for a HashSet: its elements iterate in the VM's bucket order, not insertion order. */
    private DartBucketOrder order;

    public DartSet(DartReifiedType elementType) {
        this.elements = new LinkedHashMap<>();
        this.elementType = elementType;
    }

    public int modificationCount() {
        return modificationCount;
    }

    public boolean isUnmodifiable() {
        return unmodifiable;
    }

    /** Whether this is the value of a const set literal (the VM's {@code _ConstSet}). */
    public boolean isConstant() {
        return constant;
    }

    /** Makes this set the value of a const literal (unmodifiable); returns it. */
    public DartSet makeConstant() {
        constant = true;
        unmodifiable = true;
        return this;
    }

    /** Makes this set unmodifiable ({@code Set.unmodifiable}); returns it. */
    public DartSet makeUnmodifiable() {
        unmodifiable = true;
        return this;
    }

    /** Makes this (new, empty) set compare elements with {@code identical} ({@code Set.identity}); returns it. */
    public DartSet makeIdentity() {
        identity = true;
        return this;
    }

    /** Makes this (new, empty) set compare elements with {@code equality}; returns it. */
    public DartSet makeCustom(DartKeyEquality elementEquality) {
        this.equality = elementEquality;
        return this;
    }

    /** Makes this (new, empty) set iterate as the VM's HashSet, with {@code hashOf} as Dart's hash of an element; returns it. */
    public DartSet makeHashOrdered(java.util.function.ToIntFunction<Object> hashOf) {
        this.order = new DartBucketOrder(hashOf);
        return this;
    }

    /** The Dart hash a HashSet orders by, or null for an insertion-ordered set. */
    public java.util.function.ToIntFunction<Object> bucketHash() {
        return order == null ? null : order.hashFunction();
    }

    /** After a copy filled this set in {@code original}'s order: takes the original's bucket layout too. */
    public void copyBucketLayout(DartSet original) {
        if (order != null && original.order != null && size() == original.size()) {
            // Filled in the original's iteration order, which the lookup table's insertion order keeps.
            order = original.order.withItems(new java.util.ArrayList<>(elements.values()));
        }
    }

    /** The element equality of a set made with equals/hashCode/isValidKey, or null. */
    public DartKeyEquality keyEquality() {
        return equality;
    }

    public boolean isIdentity() {
        return identity;
    }

    private Object key(Object value) {
        if (equality != null) {
            return DartKeyEquality.Key.of(value, equality);
        }
        return identity ? DartMap.IdentityKey.of(value) : DartMap.lookupKey(value);
    }

    private boolean accepts(Object value) {
        return equality == null || equality.accepts(value);
    }

    public DartReifiedType elementType() {
        return elementType;
    }

    public int size() {
        return elements.size();
    }

    /** Adds {@code value}; false if an equal element was already there. */
    public boolean add(Object value) {
        if (elements.putIfAbsent(key(value), value) != null) {
            return false;
        }
        modificationCount++;
        if (order != null) {
            order.add(value, value);
        }
        return true;
    }

    public boolean contains(Object value) {
        return accepts(value) && elements.containsKey(key(value));
    }

    public boolean remove(Object value) {
        Object removed = accepts(value) ? elements.remove(key(value)) : null;
        if (removed == null) {
            return false;
        }
        modificationCount++;
        if (order != null) {
            order.remove(removed, removed);
        }
        return true;
    }

    /** The element equal to {@code value}, or Java {@code null}. */
    public Object lookup(Object value) {
        return accepts(value) ? elements.get(key(value)) : null;
    }

    public void clear() {
        if (!elements.isEmpty()) {
            modificationCount++;
        }
        elements.clear();
        if (order != null) {
            order.clear();
        }
    }

    /** The elements in iteration order: insertion order, or a HashSet's bucket order. */
    public Object[] toArray() {
        return order != null ? order.items().toArray() : elements.values().toArray();
    }

    @Override
    public Iterator<Object> iterator() {
        return order != null ? order.items().iterator() : elements.values().iterator();
    }
}
