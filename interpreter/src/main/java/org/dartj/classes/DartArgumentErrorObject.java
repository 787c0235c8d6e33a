package org.dartj.classes;

/**
 * An {@code ArgumentError}, {@code RangeError} or {@code IndexError}: besides the message and
 * text, the invalid value (null when the error has none), the argument's name and, for range
 * errors, the bounds; the getters of those classes read them.
 */
public final class DartArgumentErrorObject extends DartErrorObject {
    private final Object invalidValue;
    private final Object name;
    private final Object start;
    private final Object end;
    private final Object indexable;

    public DartArgumentErrorObject(DartClass dartClass, Object message, String text, Object invalidValue, Object name, Object start, Object end, Object indexable) {
        super(dartClass, message, text);
        this.invalidValue = invalidValue;
        this.name = name;
        this.start = start;
        this.end = end;
        this.indexable = indexable;
    }

    /** The invalid value, or null (Dart's null is a value: an absent one is Java null). */
    public Object invalidValue() {
        return invalidValue;
    }

    public Object name() {
        return name;
    }

    public Object start() {
        return start;
    }

    public Object end() {
        return end;
    }

    public Object indexable() {
        return indexable;
    }

    @Override
    public Object[] references() {
        return new Object[]{message(), invalidValue, name, start, end, indexable};
    }

    @Override
    public Object withReferences(Object[] c) {
        return new DartArgumentErrorObject(dartClass(), c[0], toString(), c[1], c[2], c[3], c[4], c[5]);
    }
}
