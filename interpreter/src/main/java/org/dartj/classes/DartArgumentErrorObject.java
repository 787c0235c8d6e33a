package org.dartj.classes;

/**
 * An {@code ArgumentError}, {@code RangeError} or {@code IndexError}: besides the message and
 * text, the invalid value (null when the error has none), the argument's name and, for range
 * errors, the bounds; the getters of those classes read them. Its text is ArgumentError's
 * toString over the current message and invalid value (computed once when both are plain
 * values).
 */
public final class DartArgumentErrorObject extends DartErrorObject {
    private final Object invalidValue;
    private final Object name;
    private final Object start;
    private final Object end;
    private final Object indexable;
    private final String errorName;
    private final boolean hasValue;
    private final String explanation;

    /**
     * {@code errorName} e.g. "Invalid argument(s)" or "RangeError"; {@code hasValue} whether the
     * invalid value is shown; {@code explanation} the text before it (a range error's bounds).
     */
    public DartArgumentErrorObject(DartClass dartClass, Object message, String errorName, boolean hasValue, String explanation, Object invalidValue, Object name, Object start, Object end,
                    Object indexable) {
        super(dartClass, message, isFixed(message) && isFixed(name) && (!hasValue || isFixed(invalidValue))
                        ? org.dartj.builtins.core.ArgumentErrorBuiltins.text(errorName, hasValue, invalidValue, name, textMessage(message), explanation)
                        : null);
        this.errorName = errorName;
        this.hasValue = hasValue;
        this.explanation = explanation;
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

    /** A message Dart's null shows as none. */
    private static Object textMessage(Object message) {
        return message == org.dartj.runtime.DartNull.INSTANCE ? null : message;
    }

    @Override
    protected String describe() {
        return org.dartj.builtins.core.ArgumentErrorBuiltins.text(errorName, hasValue, invalidValue, name, textMessage(message()), explanation);
    }

    @Override
    public Object[] references() {
        return new Object[]{message(), invalidValue, name, start, end, indexable};
    }

    @Override
    public Object withReferences(Object[] c) {
        return new DartArgumentErrorObject(dartClass(), c[0], errorName, hasValue, explanation, c[1], c[2], c[3], c[4], c[5]);
    }
}
