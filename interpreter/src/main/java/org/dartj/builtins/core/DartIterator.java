package org.dartj.builtins.core;

/**
 * Dart's {@code Iterator} protocol on the Java side: {@link #moveNext()}, then
 * {@link #current()}. Implementations may call Dart code (callbacks of lazy iterables, the
 * members of a user-defined iterator), so callers are slow paths.
 */
public interface DartIterator {
    boolean moveNext();

    /** The current element; Dart {@code null} before the first and after the last move. */
    Object current();
}
