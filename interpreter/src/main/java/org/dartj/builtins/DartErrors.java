package org.dartj.builtins;

import org.dartj.DartLanguage;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartCoreClasses;
import org.dartj.classes.DartErrorObject;
import org.dartj.classes.DartObject;
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
        DartCoreClasses classes = classes(location);
        // The VM's own checks throw its private implementation classes.
        DartClass actual = cls == classes.typeErrorClass ? classes.typeErrorImplClass : cls == classes.exceptionClass ? classes.exceptionImplClass : cls;
        return new DartException(new DartErrorObject(actual, dartMessage, text), location);
    }

    /**
     * The VM's LateError: {@code kind} is "Field" (instance, static and top-level fields) or
     * "Local"; {@code problem} e.g. "has not been initialized".
     */
    @TruffleBoundary
    public static DartException lateInitialization(String kind, String name, String problem, Node location) {
        return error(classes(location).lateErrorClass, org.dartj.runtime.DartNull.INSTANCE, "LateInitializationError: " + kind + " '" + name + "' " + problem + ".", location);
    }

    private static Object str(String s) {
        return org.dartj.builtins.core.DartToStringNode.toTruffleString(s);
    }

    @TruffleBoundary
    public static DartException wrongArguments(String function, Node location) {
        return error(classes(location).noSuchMethodErrorClass, DartNull.INSTANCE,
                        "NoSuchMethodError: Closure call with mismatched arguments: function '" + function + "'", location);
    }

    @TruffleBoundary
    public static DartException noSuchMethod(Object receiver, String member, boolean getter, Node location) {
        return noSuchMethod(receiver, member, getter ? org.dartj.builtins.core.DartInvocation.Kind.GETTER : org.dartj.builtins.core.DartInvocation.Kind.METHOD, null, location);
    }

    /**
     * Dart's NoSuchMethodError for {@code member} missing on {@code receiver}, as the VM words
     * it: its "Tried calling:" line shows a method's arguments ({@code args} is the calling
     * convention's array, receiver first; null when they are not known) and a setter's value
     * ({@code member} then ends with {@code =}), each as {@code Error.safeToString} shows it,
     * as is the receiver.
     */
    @TruffleBoundary
    public static DartException noSuchMethod(Object receiver, String member, org.dartj.builtins.core.DartInvocation.Kind kind, Object[] args, Node location) {
        DartCoreClasses c = classes(location);
        String what = switch (kind) {
            case GETTER -> "getter";
            case SETTER -> "setter";
            case METHOD -> "method";
        };
        StringBuilder tried = new StringBuilder(member);
        if (kind == org.dartj.builtins.core.DartInvocation.Kind.SETTER) {
            if (args != null && args.length > 1) {
                tried.append(safeToString(args[1]));
            }
        } else if (kind == org.dartj.builtins.core.DartInvocation.Kind.METHOD) {
            tried.append('(');
            if (args != null) {
                String comma = "";
                int count = org.dartj.nodes.call.DartArguments.positionalCount(args);
                for (int i = 1; i <= count; i++) {
                    tried.append(comma).append(safeToString(args[i]));
                    comma = ", ";
                }
                org.dartj.runtime.DartNamedArguments named = org.dartj.nodes.call.DartArguments.named(args);
                if (named != null) {
                    for (int i = 0; i < named.names.length; i++) {
                        tried.append(comma).append(named.names[i]).append(": ").append(safeToString(named.values[i]));
                        comma = ", ";
                    }
                }
            }
            tried.append(')');
        }
        if (receiver == DartNull.INSTANCE) {
            return error(c.noSuchMethodErrorClass, DartNull.INSTANCE, "NoSuchMethodError: The " + what + " '" + member + "' was called on null.\nReceiver: null\nTried calling: " + tried,
                            location);
        } else {
            // The VM names the receiver's run-time type: Class 'List<int>', '_Map<String, dynamic>'.
            String type = receiver instanceof org.dartj.runtime.DartFunction ? c.classOf(receiver).getName() : c.types.typeOf(receiver).toString();
            String prefix = "NoSuchMethodError: Class '" + type + "' has no instance " + what + " '" + member + "'.\nReceiver: ";
            String suffix = "\nTried calling: " + tried;
            if (receiver instanceof org.dartj.runtime.DartList || receiver instanceof org.dartj.runtime.DartMap || receiver instanceof org.dartj.runtime.DartSet) {
                // A collection receiver is shown with its length when the text is read.
                return new DartException(org.dartj.classes.DartMessageErrorObject.showing(c.noSuchMethodErrorClass, DartNull.INSTANCE, receiver, prefix, suffix, true), location);
            }
            return error(c.noSuchMethodErrorClass, DartNull.INSTANCE, prefix + safeToString(receiver) + suffix, location);
        }
    }

    /**
     * The VM's NoSuchMethodError for {@code receiver.member(args)} when the receiver has that
     * method but its parameters do not fit the arguments ("... with matching arguments.", the
     * "Found:" line when the method's signature is known). {@code mismatch} is the callee's
     * arity error; a callee that is not a method (a closure held by a field or getter) keeps it.
     */
    @TruffleBoundary
    public static DartException methodArgumentsMismatch(Object receiver, String member, Object[] args, DartException mismatch, Node location) {
        Node at = mismatch.getLocation();
        com.oracle.truffle.api.nodes.RootNode root = at == null ? null : at.getRootNode();
        boolean method = root instanceof DartBuiltinRootNode || root instanceof org.dartj.nodes.DartRootNode r && r.tearOffName() != null && !r.isStatic();
        if (!method || receiver == DartNull.INSTANCE || receiver instanceof org.dartj.runtime.DartFunction) {
            return mismatch;
        }
        DartCoreClasses c = classes(location);
        StringBuilder text = new StringBuilder("NoSuchMethodError: Class '").append(c.types.typeOf(receiver)).append("' has no instance method '").append(member)
                        .append("' with matching arguments.\nReceiver: ").append(safeToString(receiver)).append("\nTried calling: ").append(member).append('(');
        String comma = "";
        int count = org.dartj.nodes.call.DartArguments.positionalCount(args);
        for (int i = 1; i <= count; i++) {
            text.append(comma).append(safeToString(args[i]));
            comma = ", ";
        }
        org.dartj.runtime.DartNamedArguments named = org.dartj.nodes.call.DartArguments.named(args);
        if (named != null) {
            for (int i = 0; i < named.names.length; i++) {
                text.append(comma).append(named.names[i]).append(": ").append(safeToString(named.values[i]));
                comma = ", ";
            }
        }
        text.append(')');
        org.dartj.types.DartFunctionType signature = root instanceof org.dartj.nodes.DartRootNode r ? r.functionType() : null;
        if (signature != null) {
            text.append("\nFound: ").append(member).append(signature);
        }
        return error(c.noSuchMethodErrorClass, DartNull.INSTANCE, text.toString(), location);
    }

    /** Dart's IndexError ({@code IndexError.withLength}, name "index"): a bad index into a list. */
    @TruffleBoundary
    public static DartException indexOutOfRange(long index, long length, Node location) {
        return indexOutOfRange(index, length, "index", location);
    }

    /** {@code IndexError.withLength(index, length, name: name)}. */
    @TruffleBoundary
    public static DartException indexOutOfRange(long index, long length, String name, Node location) {
        return new DartException(org.dartj.builtins.core.ArgumentErrorBuiltins.index(location, index, null, str(name), null, length), location);
    }

    /** {@code RangeError.checkNotNegative(value, name)}. */
    public static void checkNotNegative(long value, String name, Node location) {
        if (value < 0) {
            throw rangeError(value, 0L, null, name, location);
        }
    }

    /**
     * {@code RangeError.checkValidRange(start, end, length)} with the names "start" and "end";
     * returns the end ({@code length} when {@code end} is null).
     */
    public static long checkValidRange(long start, Long end, long length, Node location) {
        if (start < 0 || start > length) {
            throw rangeError(start, 0L, length, "start", location);
        }
        if (end != null) {
            if (start > end || end > length) {
                throw rangeError(end, start, length, "end", location);
            }
            return end;
        }
        return length;
    }

    /** {@code ArgumentError.value(value, name, message)}. */
    @TruffleBoundary
    public static DartException argumentValueError(Object value, String name, String message, Node location) {
        return new DartException(org.dartj.builtins.core.ArgumentErrorBuiltins.argumentValue(location, value, name == null ? null : str(name), message == null ? null : str(message)),
                        location);
    }

    /** {@code ConcurrentModificationError(modified)}. */
    @TruffleBoundary
    public static DartException concurrentModification(Object modified, Node location) {
        return new DartException(concurrentModificationError(classes(location).concurrentModificationErrorClass, modified), location);
    }

    /** A ConcurrentModificationError: its text shows the collection's current length. */
    @TruffleBoundary
    public static DartErrorObject concurrentModificationError(DartClass cls, Object modified) {
        if (modified == DartNull.INSTANCE) {
            return new DartErrorObject(cls, modified, "Concurrent modification during iteration.");
        }
        return org.dartj.classes.DartMessageErrorObject.of(cls, modified, "Concurrent modification during iteration: ", ".", true);
    }

    /** {@code value as T} failing: the TypeError of a cast. */
    @TruffleBoundary
    public static DartException typeCastError(String actualType, String expectedType, Node location) {
        return error(classes(location).typeErrorImplClass, DartNull.INSTANCE, "type '" + actualType + "' is not a subtype of type '" + expectedType + "' in type cast", location);
    }

    /**
     * Dart's {@code Error.safeToString}: numbers, booleans and null as themselves, strings as
     * JSON string literals, other objects as the VM describes them without calling Dart code.
     */
    @TruffleBoundary
    public static String safeToString(Object value) {
        if (value instanceof Long || value instanceof Boolean || value == DartNull.INSTANCE) {
            return String.valueOf(value == DartNull.INSTANCE ? "null" : value);
        }
        if (value instanceof Double d) {
            return org.dartj.runtime.number.DartDoubleFormat.toString(d);
        }
        if (value instanceof com.oracle.truffle.api.strings.TruffleString s) {
            return jsonString(s.toJavaStringUncached());
        }
        if (value instanceof org.dartj.runtime.DartList list) {
            if (list.isGrowable()) {
                return "Instance(length:" + list.size() + ") of '_GrowableList'";
            }
            return (list.isUnmodifiable() ? "_ImmutableList" : "_List") + " len:" + list.size();
        }
        if (value instanceof org.dartj.runtime.DartMap map) {
            return "_Map len:" + map.size();
        }
        if (value instanceof org.dartj.runtime.DartSet set) {
            return "_Set len:" + set.size();
        }
        if (value instanceof org.dartj.builtins.core.DartLazyIterable lazy) {
            return "Instance of '" + lazy.vmClassName() + "'";
        }
        if (value instanceof org.dartj.runtime.DartFunction function) {
            return org.dartj.builtins.core.DartToString.toDisplayString(function);
        }
        if (value instanceof org.dartj.classes.DartInstance instance && !instance.dartClass().isEnum()) {
            return instance.defaultToString();
        }
        if (value instanceof DartObject o) {
            return "Instance of '" + o.dartClass().getName() + "'";
        }
        return "Instance of '" + DartLanguage.get(null).coreClasses().classOf(value).getName() + "'";
    }

    /** A string as Dart's {@code jsonEncode} writes it. */
    public static String jsonString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    boolean loneSurrogate = Character.isHighSurrogate(c) ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
                    if (c < 0x20 || loneSurrogate) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    @TruffleBoundary
    public static DartException typeError(String actualType, String expectedType, Node location) {
        return error(classes(location).typeErrorImplClass, DartNull.INSTANCE, "type '" + actualType + "' is not a subtype of type '" + expectedType + "'", location);
    }

    /** The TypeError of a dynamic call whose argument {@code name} has the wrong type. */
    @TruffleBoundary
    public static DartException argumentTypeError(Object value, String expectedType, String name, Node location) {
        String actual = typeName(value, location);
        return error(classes(location).typeErrorImplClass, DartNull.INSTANCE, "type '" + actual + "' is not a subtype of type '" + expectedType + "' of '" + name + "'", location);
    }

    /** The TypeError of a parameter check naming the value's run-time type ({@code of 'name'}). */
    @TruffleBoundary
    public static DartException typeErrorOf(String actualType, String expectedType, String name, Node location) {
        return error(classes(location).typeErrorImplClass, DartNull.INSTANCE, "type '" + actualType + "' is not a subtype of type '" + expectedType + "' of '" + name + "'", location);
    }

    /** A TypeError for {@code value} where {@code expectedType} was required. */
    @TruffleBoundary
    public static DartException typeErrorFor(Object value, String expectedType, Node location) {
        return typeError(typeName(value, location), expectedType, location);
    }

    /**
     * The value's type as a TypeError names it: the class, with the type arguments of a
     * collection or generic instance ({@code List<String>}, {@code _Map<String, int>}).
     */
    private static String typeName(Object value, Node location) {
        org.dartj.classes.DartCoreClasses classes = classes(location);
        if (value instanceof org.dartj.runtime.DartList || value instanceof org.dartj.runtime.DartMap || value instanceof org.dartj.runtime.DartSet ||
                        value instanceof org.dartj.classes.DartInstance i && i.typeArguments() != null) {
            return classes.types.typeOf(value).toString();
        }
        return classes.classOf(value).getName();
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
        return rangeError(value, min, max, name, null, location);
    }

    /** {@code RangeError.range(value, min, max, name, message)}; a null message is "Invalid value". */
    @TruffleBoundary
    public static DartException rangeError(Object value, Long min, Long max, String name, String message, Node location) {
        return new DartException(org.dartj.builtins.core.ArgumentErrorBuiltins.range(location, value, min, max, name == null ? null : str(name), message == null ? null : str(message)),
                        location);
    }

    /** {@code RangeError(message)}. */
    @TruffleBoundary
    public static DartException rangeErrorMessage(String message, Node location) {
        return error(classes(location).rangeErrorClass, org.dartj.builtins.core.DartToStringNode.toTruffleString(message), "RangeError: " + message, location);
    }

    /** {@code ArgumentError(value)}: the message is a value, printed with its toString. */
    @TruffleBoundary
    public static DartException argumentErrorValue(Object value, Node location) {
        return new DartException(new org.dartj.classes.DartArgumentErrorObject(classes(location).argumentErrorClass, value, "Invalid argument(s)", false, "", null, null, null, null, null), location);
    }

    /** {@code Exception(message)} (the core library's plain exception). */
    @TruffleBoundary
    public static DartException exception(String message, Node location) {
        return error(classes(location).exceptionImplClass, org.dartj.builtins.core.DartToStringNode.toTruffleString(message), "Exception: " + message, location);
    }

    @TruffleBoundary
    public static DartException unimplemented(String message, Node location) {
        return error(classes(location).unimplementedErrorClass, org.dartj.builtins.core.DartToStringNode.toTruffleString(message), "UnimplementedError: " + message, location);
    }

    @TruffleBoundary
    public static DartException integerDivisionByZero(Node location) {
        // The VM's IntegerDivisionByZeroException is an UnsupportedError with this message.
        return error(classes(location).integerDivisionByZeroClass, "Division resulted in non-finite value", "IntegerDivisionByZeroException", location);
    }

    @TruffleBoundary
    public static DartException nullCheck(Node location) {
        return error(classes(location).typeErrorImplClass, DartNull.INSTANCE, "Null check operator used on a null value", location);
    }
}
