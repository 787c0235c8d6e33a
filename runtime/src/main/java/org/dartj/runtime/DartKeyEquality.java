package org.dartj.runtime;

/**
 * The key equality of a map or set made with {@code equals}, {@code hashCode} and
 * {@code isValidKey} functions ({@code LinkedHashMap(equals: ...)}): the interpreter implements
 * it with calls into Dart.
 */
public interface DartKeyEquality {
    /** Whether {@code probe} equals the key already stored. */
    boolean same(Object stored, Object probe);

    int hash(Object key);

    /** {@code isValidKey}: lookups and removals of other keys find nothing without calling the functions. */
    boolean accepts(Object key);

    /** A key wrapped for a Java hash map: hashed and compared through the equality. */
    record Key(Object value, int hash, DartKeyEquality equality) {
        public static Key of(Object value, DartKeyEquality equality) {
            return new Key(value, equality.hash(value), equality);
        }

        @Override
        public boolean equals(Object other) {
            // Java's hash maps call probe.equals(stored).
            return other instanceof Key stored && equality.same(stored.value, value);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
