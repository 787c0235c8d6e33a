package org.dartj.classes;

/**
 * An instance of a core error or exception class (Exception, StateError, ArgumentError,
 * RangeError, TypeError, ...): its class, the {@code message} it was built with and the
 * text its {@code toString} gives, exactly as the Dart VM prints it.
 */
public class DartErrorObject implements DartObject, org.dartj.runtime.DartImmutableValue {
    private final DartClass dartClass;
    private final Object message;
    private final String text;

    public DartErrorObject(DartClass dartClass, Object message, String text) {
        this.dartClass = dartClass;
        this.message = message;
        this.text = text;
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    public Object message() {
        return message;
    }

    /** The message, for the message copier; subclasses with more fields list them too. */
    @Override
    public Object[] references() {
        return getClass() == DartErrorObject.class ? new Object[]{message} : new Object[0];
    }

    @Override
    public Object withReferences(Object[] copies) {
        return new DartErrorObject(dartClass, copies[0], text);
    }

    @Override
    public String toString() {
        return text;
    }
}
