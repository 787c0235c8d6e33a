package org.dartj.runtime;

import com.oracle.truffle.api.RootCallTarget;

/**
 * A Dart function value: code shared by every isolate of the program plus what it closes
 * over ({@link #captured}: the {@link DartEnvironment} of a closure, the receiver of a method
 * tear-off, or {@code null} for a top-level or static function). The captured value is
 * passed as {@code arguments[0]} of every call.
 */
public final class DartFunction {
    public final String name;
    public final RootCallTarget callTarget;
    /** Set once; not final only so that the message copier can link copied graphs. */
    public Object captured;
    /**
     * The function's type when it depends on the run time (a closure that mentions the type
     * parameters of the generic code it was created in), else null: the code knows it.
     */
    public final DartReifiedType reifiedType;

    public DartFunction(String name, RootCallTarget callTarget, Object captured) {
        this(name, callTarget, captured, null);
    }

    public DartFunction(String name, RootCallTarget callTarget, Object captured, DartReifiedType reifiedType) {
        this.name = name;
        this.callTarget = callTarget;
        this.captured = captured;
        this.reifiedType = reifiedType;
    }

    /** Dart's {@code ==} of functions: identity, or tear-offs of the same thing (see {@link DartTearOffEquality}). */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof DartFunction f && callTarget.getRootNode() instanceof DartTearOffEquality code && code.tearOffEquals(this, f);
    }

    @Override
    public int hashCode() {
        return callTarget.getRootNode() instanceof DartTearOffEquality code ? code.tearOffHash(this) : System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "Closure: " + name;
    }
}
