package org.dartj.isolate;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.runtime.DartImmutableValue;

/**
 * A Dart {@code RemoteError}: an error from another isolate, kept as the texts of the
 * original error and stack trace (its {@code toString} and {@code stackTrace.toString()}).
 */
public final class DartRemoteError implements DartObject, DartImmutableValue {
    private final DartClass dartClass;
    private final String description;
    private final String stackDescription;

    public DartRemoteError(DartClass dartClass, String description, String stackDescription) {
        this.dartClass = dartClass;
        this.description = description;
        this.stackDescription = stackDescription;
    }

    public String stackDescription() {
        return stackDescription;
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    @Override
    public String toString() {
        return description;
    }
}
