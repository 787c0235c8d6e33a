package org.dartj.builtins.core;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.runtime.DartImmutableValue;

import com.oracle.truffle.api.strings.TruffleString;

/**
 * A match of a RegExp (the VM's {@code _RegExpMatch}): start and end of every group, -1 when
 * unmatched. Immutable, so isolates share it.
 */
public final class DartRegExpMatch implements DartObject, DartImmutableValue {
    private final DartClass dartClass;
    final DartRegExp regExp;
    final TruffleString input;
    /** Start and end of group i at 2i and 2i+1. */
    final int[] offsets;

    DartRegExpMatch(DartClass dartClass, DartRegExp regExp, TruffleString input, int[] offsets) {
        this.dartClass = dartClass;
        this.regExp = regExp;
        this.input = input;
        this.offsets = offsets;
    }

    int start() {
        return offsets[0];
    }

    int end() {
        return offsets[1];
    }

    /** Group {@code i} (in range), or null when it did not participate. */
    TruffleString group(int i) {
        int s = offsets[2 * i];
        return s < 0 ? null : input.substringByteIndexUncached(s << 1, (offsets[2 * i + 1] - s) << 1, TruffleString.Encoding.UTF_16, true);
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    @Override
    public String toString() {
        return "Instance of '_RegExpMatch'";
    }
}
