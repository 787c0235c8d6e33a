package org.dartj.builtins;

import org.dartj.DartLanguage;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartCoreClasses;
import org.dartj.classes.DartErrorObject;
import org.dartj.runtime.DartException;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** Creates the Dart errors that the runtime throws, with the Dart VM's texts. */
public final class DartErrors {
    private DartErrors() {
    }

    private static DartCoreClasses classes(Node location) {
        return DartLanguage.get(location).coreClasses();
    }

    @TruffleBoundary
    public static DartException error(DartClass cls, Object message, String text, Node location) {
        // A Java string message becomes a Dart String, so that `e.message` is usable in Dart.
        Object dartMessage = message instanceof String s ? org.dartj.builtins.core.DartToStringNode.toTruffleString(s) : message;
        return new DartException(new DartErrorObject(cls, dartMessage, text), location);
    }

    @TruffleBoundary
    public static DartException wrongArguments(String function, Node location) {
        return error(classes(location).noSuchMethodErrorClass, DartNull.INSTANCE,
                        "NoSuchMethodError: Closure call with mismatched arguments: function '" + function + "'", location);
    }

    @TruffleBoundary
    public static DartException noSuchMethod(Object receiver, String receiverText, String member, boolean getter, Node location) {
        DartCoreClasses c = classes(location);
        String text;
        if (receiver == DartNull.INSTANCE) {
            text = "NoSuchMethodError: The " + (getter ? "getter" : "method") + " '" + member + "' was called on null.\nReceiver: null\nTried calling: " +
                            member + (getter ? "" : "()");
        } else {
            text = "NoSuchMethodError: Class '" + c.classOf(receiver).getName() + "' has no instance " + (getter ? "getter" : "method") + " '" + member +
                            "'.\nReceiver: " + receiverText + "\nTried calling: " + member + (getter ? "" : "()");
        }
        return error(c.noSuchMethodErrorClass, DartNull.INSTANCE, text, location);
    }

    @TruffleBoundary
    public static DartException indexOutOfRange(long index, long length, Node location) {
        String detail = index < 0 ? "index must not be negative: " + index
                        : length == 0 ? "no indices are valid: " + index : "index should be less than " + length + ": " + index;
        return error(classes(location).rangeErrorClass, "Index out of range", "RangeError (index): Index out of range: " + detail, location);
    }

    @TruffleBoundary
    public static DartException typeError(String actualType, String expectedType, Node location) {
        return error(classes(location).typeErrorClass, DartNull.INSTANCE, "type '" + actualType + "' is not a subtype of type '" + expectedType + "'", location);
    }

    /** A TypeError for {@code value} where {@code expectedType} was required. */
    @TruffleBoundary
    public static DartException typeErrorFor(Object value, String expectedType, Node location) {
        return typeError(classes(location).classOf(value).getName(), expectedType, location);
    }

    @TruffleBoundary
    public static DartException stateError(String message, Node location) {
        return error(classes(location).stateErrorClass, message, "Bad state: " + message, location);
    }

    @TruffleBoundary
    public static DartException argumentError(String message, Node location) {
        return error(classes(location).argumentErrorClass, message, "Invalid argument(s): " + message, location);
    }

    @TruffleBoundary
    public static DartException unsupported(String message, Node location) {
        return error(classes(location).unsupportedErrorClass, message, "Unsupported operation: " + message, location);
    }

    @TruffleBoundary
    public static DartException formatException(String message, Object source, Node location) {
        return formatException(message, source, -1, location);
    }

    /** {@code FormatException(message, source, offset)}; offset -1 means none. */
    @TruffleBoundary
    public static DartException formatException(String message, Object source, long offset, Node location) {
        DartClass cls = classes(location).formatExceptionClass;
        Object dartSource = source instanceof String s ? org.dartj.builtins.core.DartToStringNode.toTruffleString(s) : source == null ? DartNull.INSTANCE : source;
        Object dartMessage = org.dartj.builtins.core.DartToStringNode.toTruffleString(message);
        return new DartException(new org.dartj.builtins.core.DartFormatException(cls, dartMessage, dartSource, offset < 0 ? DartNull.INSTANCE : (Object) offset), location);
    }

    /**
     * {@code RangeError.range(value, min, max, name)} (min or max null when unbounded) with the
     * text of {@code RangeError.toString}.
     */
    @TruffleBoundary
    public static DartException rangeError(Object value, Long min, Long max, String name, Node location) {
        String explanation;
        if (min == null) {
            explanation = max == null ? "" : ": Not less than or equal to " + max;
        } else if (max == null) {
            explanation = ": Not greater than or equal to " + min;
        } else if (max > min) {
            explanation = ": Not in inclusive range " + min + ".." + max;
        } else if (max < min) {
            explanation = ": Valid value range is empty";
        } else {
            explanation = ": Only valid value is " + min;
        }
        String text = "RangeError" + (name == null ? "" : " (" + name + ")") + ": Invalid value" + explanation + ": " +
                        org.dartj.builtins.core.DartToString.toDisplayString(value);
        return error(classes(location).rangeErrorClass, org.dartj.builtins.core.DartToStringNode.toTruffleString("Invalid value"), text, location);
    }

    /** {@code RangeError(message)}. */
    @TruffleBoundary
    public static DartException rangeErrorMessage(String message, Node location) {
        return error(classes(location).rangeErrorClass, org.dartj.builtins.core.DartToStringNode.toTruffleString(message), "RangeError: " + message, location);
    }

    /** {@code ArgumentError(value)}: the message is a value, printed with its toString. */
    @TruffleBoundary
    public static DartException argumentErrorValue(Object value, Node location) {
        return error(classes(location).argumentErrorClass, value, "Invalid argument(s): " + org.dartj.builtins.core.DartToString.toDisplayString(value), location);
    }

    /** {@code Exception(message)} (the core library's plain exception). */
    @TruffleBoundary
    public static DartException exception(String message, Node location) {
        return error(classes(location).exceptionClass, org.dartj.builtins.core.DartToStringNode.toTruffleString(message), "Exception: " + message, location);
    }

    @TruffleBoundary
    public static DartException unimplemented(String message, Node location) {
        return error(classes(location).unimplementedErrorClass, org.dartj.builtins.core.DartToStringNode.toTruffleString(message), "UnimplementedError: " + message, location);
    }

    @TruffleBoundary
    public static DartException integerDivisionByZero(Node location) {
        return error(classes(location).integerDivisionByZeroClass, DartNull.INSTANCE, "IntegerDivisionByZeroException", location);
    }

    @TruffleBoundary
    public static DartException nullCheck(Node location) {
        return error(classes(location).typeErrorClass, DartNull.INSTANCE, "Null check operator used on a null value", location);
    }
}
