package org.dartj.builtins.core;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;

/**
 * A Dart {@code RuneIterator}: a bidirectional cursor over the code points of a string. A
 * surrogate pair is one rune; a lone surrogate is a rune of its own. The position is the
 * code-unit range {@code [position, nextPosition)} of the current rune (empty: no current
 * rune, {@code current} is -1).
 */
public final class DartRuneIterator implements DartObject, DartIterator {
    private final DartClass dartClass;
    private final String string;
    private int position;
    private int nextPosition;
    private long current = -1;

    public DartRuneIterator(DartClass dartClass, String string, int index) {
        this.dartClass = dartClass;
        this.string = string;
        this.position = index;
        this.nextPosition = index;
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    public String string() {
        return string;
    }

    /** Whether {@code index} falls between the two halves of a surrogate pair. */
    public boolean splitsSurrogatePair(int index) {
        return index > 0 && index < string.length() && Character.isHighSurrogate(string.charAt(index - 1)) && Character.isLowSurrogate(string.charAt(index));
    }

    public long rawIndex() {
        return position != nextPosition ? position : -1;
    }

    public long currentCodePoint() {
        return current;
    }

    public long currentSize() {
        return nextPosition - position;
    }

    public String currentAsString() {
        return string.substring(position, nextPosition);
    }

    /** Moves before the rune at {@code index} (already checked): no current rune. */
    public void reset(int index) {
        position = index;
        nextPosition = index;
        current = -1;
    }

    @Override
    public boolean moveNext() {
        position = nextPosition;
        if (position == string.length()) {
            current = -1;
            return false;
        }
        char unit = string.charAt(position);
        int next = position + 1;
        if (Character.isHighSurrogate(unit) && next < string.length() && Character.isLowSurrogate(string.charAt(next))) {
            nextPosition = next + 1;
            current = Character.toCodePoint(unit, string.charAt(next));
            return true;
        }
        nextPosition = next;
        current = unit;
        return true;
    }

    public boolean movePrevious() {
        nextPosition = position;
        if (position == 0) {
            current = -1;
            return false;
        }
        int previous = position - 1;
        char unit = string.charAt(previous);
        if (Character.isLowSurrogate(unit) && previous > 0 && Character.isHighSurrogate(string.charAt(previous - 1))) {
            position = previous - 1;
            current = Character.toCodePoint(string.charAt(previous - 1), unit);
            return true;
        }
        position = previous;
        current = unit;
        return true;
    }

    @Override
    public Object current() {
        return current;
    }

    @Override
    public String toString() {
        return "Instance of 'RuneIterator'";
    }
}
