package org.dartj.runtime;

/**
 * The captured variables of one scope (a V8-style context). Locals that no closure captures
 * live in frame slots; captured ones live here so that each scope entry, and each loop
 * iteration, gets fresh variables, and so that a closure sent to another isolate can take
 * its variables along (the message copier copies the chain).
 */
public final class DartEnvironment {
    /** Set once; not final only so that the message copier can link copied chains. */
    public DartEnvironment parent;
    public final Object[] slots;
    /** The variables' names by slot (shared by every environment of the scope), or null. */
    public final String[] names;

    public DartEnvironment(DartEnvironment parent, int size) {
        this(parent, new Object[size], null);
    }

    public DartEnvironment(DartEnvironment parent, int size, String[] names) {
        this(parent, new Object[size], names);
    }

    public DartEnvironment(DartEnvironment parent, Object[] slots) {
        this(parent, slots, null);
    }

    public DartEnvironment(DartEnvironment parent, Object[] slots, String[] names) {
        this.parent = parent;
        this.slots = slots;
        this.names = names;
    }

    /** A fresh environment with the same parent and values, for per-iteration loop variables. */
    public DartEnvironment copy() {
        return new DartEnvironment(parent, slots.clone(), names);
    }
}
