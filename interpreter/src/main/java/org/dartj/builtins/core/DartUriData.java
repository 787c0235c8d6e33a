package org.dartj.builtins.core;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;

/**
 * A Dart {@code UriData}: the text of a {@code data:} URI after the scheme, and the positions
 * of its separators, as the SDK keeps them: {@code [-1, end of MIME type, (";" "=")*, ","]},
 * with one more entry (the ";" before "base64") when the content is Base64. Immutable.
 */
public final class DartUriData implements DartObject, org.dartj.runtime.DartImmutableValue {
    private final DartClass dartClass;
    final String text;
    final int[] separators;

    DartUriData(DartClass dartClass, String text, int[] separators) {
        this.dartClass = dartClass;
        this.text = text;
        this.separators = separators;
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    boolean isBase64() {
        return separators.length % 2 == 1;
    }

    int contentStart() {
        return separators[separators.length - 1] + 1;
    }

    @Override
    public String toString() {
        return "data:" + text;
    }
}
