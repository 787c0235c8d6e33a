package org.dartj.builtins.core;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;

import com.oracle.truffle.api.strings.TruffleString;

/** A match of a String pattern (the VM's {@code _StringMatch}): no groups beyond group 0. */
public final class DartStringMatch implements DartObject {
    private final DartClass dartClass;
    final TruffleString input;
    final int start;
    final TruffleString pattern;

    public DartStringMatch(DartClass dartClass, TruffleString input, int start, TruffleString pattern) {
        this.dartClass = dartClass;
        this.input = input;
        this.start = start;
        this.pattern = pattern;
    }

    int end() {
        return start + (pattern.byteLength(TruffleString.Encoding.UTF_16) >> 1);
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    @Override
    public String toString() {
        return "Instance of '_StringMatch'";
    }
}
