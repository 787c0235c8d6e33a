package org.dartj.nodes.global;

import com.oracle.truffle.api.RootCallTarget;

/**
 * A top-level variable of a library: where its value lives in each isolate's globals
 * ({@code libraryId}, {@code slot}) and its lazy initializer (null: starts as null).
 */
public final class DartGlobalVariable {
    public final String name;
    public final int libraryId;
    public final int librarySize;
    public final int slot;
    public final boolean isFinal;
    public RootCallTarget initializer;
    /** Declared {@code late}: reading it before a value or an initializer is an error. */
    public boolean isLate;
    /** {@code late final} without an initializer: it may be assigned, once. */
    public boolean assignableOnce;
    /**
     * Deeply immutable and canonical values (enum values and their list) are computed once
     * and shared by every isolate, as the Dart VM shares constants in an isolate group, so
     * that an enum value sent to another isolate is identical to that isolate's.
     */
    public boolean shared;
    public volatile Object sharedValue;

    public DartGlobalVariable(String name, int libraryId, int librarySize, int slot, boolean isFinal) {
        this.name = name;
        this.libraryId = libraryId;
        this.librarySize = librarySize;
        this.slot = slot;
        this.isFinal = isFinal;
    }

    /** Records a {@code late} declaration (at translation time, before any isolate runs). */
    public void markLate(boolean late, boolean hasInitializer) {
        this.isLate = late;
        this.assignableOnce = late && isFinal && !hasInitializer;
    }

    /** The name the VM's errors use: without the class of a static field. */
    public String simpleName() {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
