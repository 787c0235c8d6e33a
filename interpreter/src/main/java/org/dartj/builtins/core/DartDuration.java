package org.dartj.builtins.core;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;

/** A Dart {@code Duration}: microseconds. Immutable, so isolates may share it. */
public final class DartDuration implements DartObject, org.dartj.runtime.DartImmutableValue {
    private final DartClass dartClass;
    public final long micros;

    public DartDuration(DartClass dartClass, long micros) {
        this.dartClass = dartClass;
        this.micros = micros;
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DartDuration d && d.micros == micros;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(micros);
    }

    /** {@code 0:00:01.500000}, as Dart prints durations. */
    @Override
    public String toString() {
        long us = micros;
        String sign = "";
        if (us < 0) {
            sign = "-";
            us = -us;
        }
        long hours = us / 3_600_000_000L;
        long minutes = us / 60_000_000L % 60;
        long seconds = us / 1_000_000L % 60;
        long fraction = us % 1_000_000L;
        return String.format("%s%d:%02d:%02d.%06d", sign, hours, minutes, seconds, fraction);
    }
}
