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

    public DartGlobalVariable(String name, int libraryId, int librarySize, int slot, boolean isFinal) {
        this.name = name;
        this.libraryId = libraryId;
        this.librarySize = librarySize;
        this.slot = slot;
        this.isFinal = isFinal;
    }
}
