package org.dartj.classes;

/**
 * An instance of a core error or exception class (Exception, StateError, ArgumentError,
 * RangeError, TypeError, ...): its class, the {@code message} it was built with and the
 * text its {@code toString} gives, exactly as the Dart VM prints it.
 *
 * <p>The VM computes that text from the fields in each {@code toString} call. When a field
 * is a string, number, boolean or null the text cannot change, so it is computed once; when
 * it is a collection or a user object (whose contents or {@code toString} may change) a
 * subclass leaves {@code text} null and overrides {@link #describe()}.
 */
public class DartErrorObject implements DartObject, org.dartj.runtime.DartImmutableValue {
    private final DartClass dartClass;
    private final Object message;
    private final String text;

    /** An error that always prints as {@code text} (null only for subclasses that override describe). */
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

    /**
     * True for values whose printed form never changes (strings, numbers, booleans, null): an
     * error holding only such values may compute its text once.
     */
    public static boolean isFixed(Object value) {
        return value == null || value instanceof com.oracle.truffle.api.strings.TruffleString || value instanceof String || value instanceof Long || value instanceof Double ||
                        value instanceof Boolean || value == org.dartj.runtime.DartNull.INSTANCE;
    }

    /** The text computed from the current fields; called by toString when no fixed text was given. */
    protected String describe() {
        return "Instance of '" + dartClass.getName() + "'";
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
        return text != null ? text : describe();
    }
}
