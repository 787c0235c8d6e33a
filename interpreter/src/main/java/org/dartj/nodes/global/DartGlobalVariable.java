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
}
