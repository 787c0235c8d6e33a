package org.dartj.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Dart {@code Map} with insertion order ({@code LinkedHashMap} semantics, as Dart's default
 * map). Keys are compared with Dart equality for the built-in key types: an integral double
 * equals the int of the same value ({@code 1.0 == 1}), so such doubles are looked up by their
 * int value while the key that was stored first is kept for iteration.
 * <p>
 * {@link #modificationCount()} changes when a key is added or removed (not when an existing
 * key gets a new value): what the Dart VM's map iterators check to throw
 * ConcurrentModificationError. Const maps and {@code Map.unmodifiable} are unmodifiable; the
 * builtins check that.
 */
public final class DartMap {
    private final LinkedHashMap<Object, Map.Entry<Object, Object>> entries;
    private final DartReifiedType keyType;
    private final DartReifiedType valueType;
    private int modificationCount;
    private boolean unmodifiable;
    private boolean constant;
    private boolean view;
    private boolean identity;
    /** Set for a map made with equals/hashCode/isValidKey functions. */
    private DartKeyEquality equality;
    /** Set for a HashMap: its entries iterate in the VM's bucket order, not insertion order. */
    private DartBucketOrder order;

    public DartMap(DartReifiedType keyType, DartReifiedType valueType) {
        this(new LinkedHashMap<>(), keyType, valueType);
    }

    private DartMap(LinkedHashMap<Object, Map.Entry<Object, Object>> entries, DartReifiedType keyType, DartReifiedType valueType) {
        this.entries = entries;
        this.keyType = keyType;
        this.valueType = valueType;
    }

    public int modificationCount() {
        return modificationCount;
    }

    /** Makes this (new, empty) map compare keys with {@code identical} ({@code Map.identity}); returns it. */
    public DartMap makeIdentity() {
        identity = true;
        return this;
    }

    /** Makes this (new, empty) map compare keys with {@code equality}; returns it. */
    public DartMap makeCustom(DartKeyEquality keyEquality) {
        this.equality = keyEquality;
        return this;
    }

    /** Makes this (new, empty) map iterate as the VM's HashMap, with {@code hashOf} as Dart's hash of a key; returns it. */
    public DartMap makeHashOrdered(java.util.function.ToIntFunction<Object> hashOf) {
        this.order = new DartBucketOrder(hashOf);
        return this;
    }

    /** The Dart hash a HashMap orders by, or null for an insertion-ordered map. */
    public java.util.function.ToIntFunction<Object> bucketHash() {
        return order == null ? null : order.hashFunction();
    }

    /** After a copy filled this map in {@code original}'s order: takes the original's bucket layout too. */
    public void copyBucketLayout(DartMap original) {
        if (order != null && original.order != null && size() == original.size()) {
            // Filled in the original's iteration order, which the lookup table's insertion order keeps.
            order = original.order.withItems(new java.util.ArrayList<>(entries.values()));
        }
    }

    /** The key equality of a map made with equals/hashCode/isValidKey, or null. */
    public DartKeyEquality keyEquality() {
        return equality;
    }

    public boolean isIdentity() {
        return identity;
    }

    public boolean isUnmodifiable() {
        return unmodifiable;
    }

    /** Whether this is the value of a const map literal (the VM's {@code _ConstMap}). */
    public boolean isConstant() {
        return constant;
    }

    /** Whether this is {@code Map.unmodifiable}'s copy (the VM's {@code UnmodifiableMapView} of one). */
    public boolean isUnmodifiableView() {
        return view;
    }

    /** Makes this map {@code Map.unmodifiable}'s result (unmodifiable); returns it. */
    public DartMap makeUnmodifiableView() {
        view = true;
        unmodifiable = true;
        return this;
    }

    /** Makes this map the value of a const literal (unmodifiable); returns it. */
    public DartMap makeConstant() {
        constant = true;
        unmodifiable = true;
        return this;
    }

    /** Makes this map unmodifiable (const map literals, {@code Map.unmodifiable}); returns it. */
    public DartMap makeUnmodifiable() {
        unmodifiable = true;
        return this;
    }

    public DartReifiedType keyType() {
        return keyType;
    }

    public DartReifiedType valueType() {
        return valueType;
    }

    /** The key a value is hashed under: Dart equality for the built-in types. */
    static Object lookupKey(Object key) {
        if (key instanceof Double d) {
            double v = d;
            if (v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 0x1p63) {
                return (long) v;
            }
        }
        return key;
    }

    private Object key(Object key) {
        if (equality != null) {
            return DartKeyEquality.Key.of(key, equality);
        }
        return identity ? IdentityKey.of(key) : lookupKey(key);
    }

    /** False for a key that {@code isValidKey} rejects: it is never looked up. */
    private boolean accepts(Object key) {
        return equality == null || equality.accepts(key);
    }

    /**
     * A key of an identity map or set: numbers, booleans and strings by value (as
     * {@code identical} sees them: no int/double equality), anything else by reference.
     */
    record IdentityKey(Object value) {
        static Object of(Object value) {
            if (value instanceof Long || value instanceof Boolean || value instanceof Double ||
                            value instanceof com.oracle.truffle.api.strings.TruffleString) {
                return value;
            }
            return new IdentityKey(value);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof IdentityKey k && k.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    public int size() {
        return entries.size();
    }

    /** The value for {@code key}, or Java {@code null} if absent. */
    public Object get(Object key) {
        if (!accepts(key)) {
            return null;
        }
        Map.Entry<Object, Object> e = entries.get(key(key));
        return e == null ? null : e.getValue();
    }

    public boolean containsKey(Object key) {
        return accepts(key) && entries.containsKey(key(key));
    }

    public void put(Object key, Object value) {
        // One hash lookup whether the key is new or not.
        Map.Entry<Object, Object> added = new java.util.AbstractMap.SimpleEntry<>(key, value);
        Map.Entry<Object, Object> e = entries.putIfAbsent(key(key), added);
        if (e == null) {
            modificationCount++;
            if (order != null) {
                order.add(added, key);
            }
        } else {
            e.setValue(value);
        }
    }

    /** Removes {@code key}; returns its value or Java {@code null}. */
    public Object remove(Object key) {
        if (!accepts(key)) {
            return null;
        }
        Map.Entry<Object, Object> e = entries.remove(key(key));
        if (e == null) {
            return null;
        }
        modificationCount++;
        if (order != null) {
            order.remove(e, e.getKey());
        }
        return e.getValue();
    }

    public void clear() {
        if (!entries.isEmpty()) {
            modificationCount++;
        }
        entries.clear();
        if (order != null) {
            order.clear();
        }
    }

    /** The entries in iteration order: insertion order, or a HashMap's bucket order. */
    @SuppressWarnings("unchecked")
    public Iterable<Map.Entry<Object, Object>> entries() {
        if (order != null) {
            return (Iterable<Map.Entry<Object, Object>>) (Iterable<?>) order.items();
        }
        return entries.values();
    }

    /** The entries in iteration order, as an array (safe to iterate while the map changes). */
    @SuppressWarnings("unchecked")
    public Map.Entry<Object, Object>[] entryArray() {
        if (order != null) {
            return order.items().toArray(new Map.Entry[0]);
        }
        return entries.values().toArray(new Map.Entry[0]);
    }
}
