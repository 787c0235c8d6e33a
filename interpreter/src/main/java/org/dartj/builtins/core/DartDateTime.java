package org.dartj.builtins.core;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.runtime.DartImmutableValue;

/**
 * A Dart {@code DateTime}: an instant in microseconds since the epoch and whether it reads in
 * UTC or in the local time zone. Immutable, so isolates may share it. The calendar arithmetic
 * lives in {@link DartDateTimes}.
 */
public final class DartDateTime implements DartObject, DartImmutableValue {
    private final DartClass dartClass;
    public final long micros;
    public final boolean isUtc;

    public DartDateTime(DartClass dartClass, long micros, boolean isUtc) {
        this.dartClass = dartClass;
        this.micros = micros;
        this.isUtc = isUtc;
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    /** Dart's {@code ==}: the same instant read in the same kind of zone. */
    @Override
    public boolean equals(Object o) {
        return o instanceof DartDateTime d && d.micros == micros && d.isUtc == isUtc;
    }

    @Override
    public int hashCode() {
        return (int) ((micros ^ (micros >> 30)) & 0x3FFFFFFF);
    }

    /** {@code 2024-01-02 03:04:05.000}, with a trailing {@code Z} in UTC. */
    @Override
    public String toString() {
        return DartDateTimes.format(micros, isUtc, DartDateTimes.localZone(), false);
    }
}
