package org.dartj.runtime;

/**
 * Implemented by the root node of code whose function values Dart compares by what they tear
 * off rather than by identity: a method torn off from one receiver, a static or top-level
 * function, a generic function instantiated with the same type arguments (the VM's implicit
 * closures). Closures made from function literals and local functions are equal only to
 * themselves.
 */
public interface DartTearOffEquality {
    /** Whether {@code self} (whose code is this root's) equals {@code other}, which is not identical to it. */
    boolean tearOffEquals(DartFunction self, DartFunction other);

    /** A hash code consistent with {@link #tearOffEquals}. */
    int tearOffHash(DartFunction self);
}
