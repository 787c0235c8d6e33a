package org.dartj.classes;

import java.util.HashMap;
import java.util.Map;

import org.dartj.runtime.DartFunction;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A Dart class: its members by name. Built-in classes get their members from the builtins
 * registry; everything here is program text or core library, so classes live in the language
 * instance and are shared by every isolate. Lookups walk the superclass chain.
 */
public final class DartClass {
    private final String name;
    private final DartClass superclass;
    private final Map<String, DartFunction> methods = new HashMap<>();
    private final Map<String, DartFunction> getters = new HashMap<>();
    private final Map<String, DartFunction> setters = new HashMap<>();
    private final Map<String, DartFunction> staticMembers = new HashMap<>();
    private final Map<String, DartFunction> staticGetters = new HashMap<>();

    public DartClass(String name, DartClass superclass) {
        this.name = name;
        this.superclass = superclass;
    }

    public String getName() {
        return name;
    }

    public DartClass getSuperclass() {
        return superclass;
    }

    public boolean isSubclassOf(DartClass other) {
        for (DartClass c = this; c != null; c = c.superclass) {
            if (c == other) {
                return true;
            }
        }
        return false;
    }

    public void addMethod(String member, DartFunction f) {
        methods.put(member, f);
    }

    public void addGetter(String member, DartFunction f) {
        getters.put(member, f);
    }

    public void addSetter(String member, DartFunction f) {
        setters.put(member, f);
    }

    /** Static methods, named constructors ({@code ""} is the unnamed one). */
    public void addStatic(String member, DartFunction f) {
        staticMembers.put(member, f);
    }

    public void addStaticGetter(String member, DartFunction f) {
        staticGetters.put(member, f);
    }

    @TruffleBoundary
    public DartFunction lookupMethod(String member) {
        for (DartClass c = this; c != null; c = c.superclass) {
            DartFunction f = c.methods.get(member);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    @TruffleBoundary
    public DartFunction lookupGetter(String member) {
        for (DartClass c = this; c != null; c = c.superclass) {
            DartFunction f = c.getters.get(member);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    @TruffleBoundary
    public DartFunction lookupSetter(String member) {
        for (DartClass c = this; c != null; c = c.superclass) {
            DartFunction f = c.setters.get(member);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    @TruffleBoundary
    public DartFunction lookupStatic(String member) {
        return staticMembers.get(member);
    }

    @TruffleBoundary
    public DartFunction lookupStaticGetter(String member) {
        return staticGetters.get(member);
    }

    @Override
    public String toString() {
        return name;
    }
}
