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
        return new DartException(new DartErrorObject(cls, message, text), location);
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
        String detail = index < 0 ? "index must not be negative: " + index : "index should be less than " + length + ": " + index;
        return error(classes(location).rangeErrorClass, "Index out of range", "RangeError (index): Index out of range: " + detail, location);
    }

    @TruffleBoundary
    public static DartException typeError(String actualType, String expectedType, Node location) {
        return error(classes(location).typeErrorClass, DartNull.INSTANCE, "type '" + actualType + "' is not a subtype of type '" + expectedType + "'", location);
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
        return error(classes(location).formatExceptionClass, message, "FormatException: " + message + (source == null ? "" : "\n" + source), location);
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
