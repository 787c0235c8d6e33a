package org.dartj.runtime.isolate;

/**
 * A Dart {@code Capability}: an unforgeable token. Isolates share the object itself (the
 * message copier never copies it), so identity is equality everywhere in the program, and
 * its hash code (identity-based) is the same in every isolate.
 */
public final class DartCapability {
    @Override
    public String toString() {
        return "Instance of '_Capability'";
    }
}
