package org.dartj.runtime;

/**
 * An immutable value (a core error object, a Duration): isolates may share it, so the message
 * copier passes it as it is, unless it refers to mutable values ({@link #references()}).
 */
public interface DartImmutableValue {
    /**
     * The Dart values this one refers to (an error's message, an ArgumentError's invalid
     * value). When one of them is mutable, isolates may not share the value: the copier sends
     * {@link #withReferences} of their copies instead.
     */
    default Object[] references() {
        return new Object[0];
    }

    /** The same value referring to {@code copies} (one per {@link #references()}) instead. */
    default Object withReferences(Object[] copies) {
        return this;
    }
}
