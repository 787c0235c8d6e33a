package org.dartj.builtins.core;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;

/**
 * A Dart {@code Symbol}: a name. Equal by name; literals ({@code #name}) are canonical per
 * program (see {@code DartLanguage.symbol}), so {@code identical(#a, #a)}. Immutable, so
 * isolates share it.
 */
public final class DartSymbol implements DartObject, org.dartj.runtime.DartImmutableValue {
    private final DartClass dartClass;
    public final String name;

    public DartSymbol(DartClass dartClass, String name) {
        this.dartClass = dartClass;
        this.name = name;
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DartSymbol s && s.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** {@code Symbol("name")}, as the Dart VM prints symbols. */
    @Override
    public String toString() {
        return "Symbol(\"" + name + "\")";
    }
}
