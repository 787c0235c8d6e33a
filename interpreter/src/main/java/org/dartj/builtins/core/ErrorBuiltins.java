package org.dartj.builtins.core;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartErrorObject;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

/** Constructors and members of the core exception and error classes, with Dart's texts. */
public final class ErrorBuiltins {
    private ErrorBuiltins() {
    }

    @TruffleBoundary
    static DartErrorObject create(DartBuiltinNode node, String className, Object message, String prefix) {
        DartClass cls = DartLanguage.get(node).coreClasses().byName(className);
        if (message == DartNull.INSTANCE) {
            return new DartErrorObject(cls, message, prefix);
        }
        return org.dartj.classes.DartMessageErrorObject.of(cls, message, prefix + ": ", "", false);
    }

    @DartBuiltin(owner = "Exception", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, optional = 1)
    public abstract static class ExceptionNode extends DartBuiltinNode {
        @Specialization
        protected Object create(Object message) {
            return ErrorBuiltins.create(this, "_Exception", message, "Exception");
        }
    }

    @DartBuiltin(owner = "FormatException", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, optional = 3)
    public abstract static class FormatExceptionNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object create(Object message, Object source, Object offset) {
            Object m = message == DartNull.INSTANCE ? DartToStringNode.toTruffleString("") : message;
            return new DartFormatException(DartLanguage.get(this).coreClasses().formatExceptionClass, m, source, offset);
        }
    }

    @DartBuiltin(owner = "FormatException", name = "source", kind = DartBuiltin.Kind.GETTER)
    public abstract static class FormatExceptionSourceNode extends DartBuiltinNode {
        @Specialization
        protected Object source(DartFormatException self) {
            return self.source();
        }
    }

    @DartBuiltin(owner = "FormatException", name = "offset", kind = DartBuiltin.Kind.GETTER)
    public abstract static class FormatExceptionOffsetNode extends DartBuiltinNode {
        @Specialization
        protected Object offset(DartFormatException self) {
            return self.offset();
        }
    }

    @DartBuiltin(owner = "StateError", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class StateErrorNode extends DartBuiltinNode {
        @Specialization
        protected Object create(Object message) {
            return ErrorBuiltins.create(this, "StateError", message, "Bad state");
        }
    }

    /** {@code ArgumentError([message, name])}. */
    @DartBuiltin(owner = "ArgumentError", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, optional = 2)
    public abstract static class ArgumentErrorNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object create(Object message, Object name) {
            Object m = message == DartNull.INSTANCE ? null : message;
            Object n = name == DartNull.INSTANCE ? null : name;
            return new org.dartj.classes.DartArgumentErrorObject(DartLanguage.get(this).coreClasses().argumentErrorClass, message, "Invalid argument(s)", false, "", null, n, null, null, null);
        }
    }

    @DartBuiltin(owner = "RangeError", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class RangeErrorNode extends DartBuiltinNode {
        @Specialization
        protected Object create(Object message) {
            return ErrorBuiltins.create(this, "RangeError", message, "RangeError");
        }
    }

    @DartBuiltin(owner = "UnsupportedError", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class UnsupportedErrorNode extends DartBuiltinNode {
        @Specialization
        protected Object create(Object message) {
            return ErrorBuiltins.create(this, "UnsupportedError", message, "Unsupported operation");
        }
    }

    @DartBuiltin(owner = "UnimplementedError", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, optional = 1)
    public abstract static class UnimplementedErrorNode extends DartBuiltinNode {
        @Specialization
        protected Object create(Object message) {
            return ErrorBuiltins.create(this, "UnimplementedError", message, "UnimplementedError");
        }
    }

    /** {@code const StackOverflowError()}: what deep recursion throws, also constructible. */
    @DartBuiltin(owner = "StackOverflowError", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR)
    public abstract static class StackOverflowErrorNode extends DartBuiltinNode {
        @Specialization
        protected Object create() {
            return new DartErrorObject(DartLanguage.get(this).coreClasses().stackOverflowErrorClass, DartNull.INSTANCE, "Stack Overflow");
        }
    }

    /** {@code AssertionError([message])}: "Assertion failed", then the message as Error.safeToString gives it. */
    @DartBuiltin(owner = "AssertionError", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, optional = 1)
    public abstract static class AssertionErrorNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object create(Object message) {
            DartClass cls = DartLanguage.get(this).coreClasses().byName("AssertionError");
            if (message == DartNull.INSTANCE) {
                return new DartErrorObject(cls, message, "Assertion failed");
            }
            return org.dartj.classes.DartMessageErrorObject.of(cls, message, "Assertion failed: ", "", true);
        }
    }

    @DartBuiltin(owner = "Error", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR)
    public abstract static class ErrorNode extends DartBuiltinNode {
        @Specialization
        protected Object create() {
            return new DartErrorObject(DartLanguage.get(this).coreClasses().errorClass, DartNull.INSTANCE, "Instance of 'Error'");
        }
    }

    /** {@code Error.safeToString(object)}: a description that runs no Dart code (a function prints as its closure). */
    @DartBuiltin(owner = "Error", name = "safeToString", kind = DartBuiltin.Kind.STATIC, required = 1, parameterTypes = "Object?", returnType = "String")
    public abstract static class SafeToStringNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object safeToString(Object object) {
            return com.oracle.truffle.api.strings.TruffleString.fromJavaStringUncached(DartErrors.safeToString(object), com.oracle.truffle.api.strings.TruffleString.Encoding.UTF_16);
        }
    }

    @DartBuiltin(owner = "Exception", name = "message", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ExceptionMessageNode extends DartBuiltinNode {
        @Specialization
        protected Object message(DartErrorObject self) {
            return self.message();
        }
    }

    @DartBuiltin(owner = "Error", name = "message", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ErrorMessageNode extends DartBuiltinNode {
        @Specialization
        protected Object message(DartErrorObject self) {
            return self.message();
        }
    }

    /** {@code StackTrace.current}: the Dart frames of the caller, printed as an uncaught error's trace. */
    @DartBuiltin(owner = "StackTrace", name = "current", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class CurrentStackTraceNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object current() {
            org.dartj.runtime.DartException here = new org.dartj.runtime.DartException(DartNull.INSTANCE, this);
            com.oracle.truffle.api.TruffleStackTrace.fillIn(here);
            return new org.dartj.classes.DartStackTraceObject(DartLanguage.get(this).coreClasses().stackTraceImplClass, here);
        }
    }

    /** {@code StackTrace.empty}: a stack trace that prints as nothing. */
    @DartBuiltin(owner = "StackTrace", name = "empty", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class EmptyStackTraceNode extends DartBuiltinNode {
        @Specialization
        protected Object empty() {
            return new org.dartj.classes.DartStackTraceObject(DartLanguage.get(this).coreClasses().stringStackTraceClass, "");
        }
    }

    /** {@code StackTrace.fromString(text)}: prints as the text. */
    @DartBuiltin(owner = "StackTrace", name = "fromString", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class StackTraceFromStringNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object fromString(Object text) {
            return new org.dartj.classes.DartStackTraceObject(DartLanguage.get(this).coreClasses().stringStackTraceClass, DartToString.toDisplayString(text));
        }
    }

    /**
     * {@code NoSuchMethodError.withInvocation(receiver, invocation)}: the VM's plain text, which
     * shows the arguments only as {@code _}.
     */
    @DartBuiltin(owner = "NoSuchMethodError", name = "withInvocation", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 2)
    public abstract static class WithInvocationNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object create(Object receiver, DartInvocation invocation) {
            String type = DartLanguage.get(this).coreClasses().classOf(receiver).getName();
            String name = invocation.memberName.name;
            String text;
            if (invocation.kind != DartInvocation.Kind.METHOD) {
                text = "NoSuchMethodError: " + type + " has no " + name + " " + (invocation.kind == DartInvocation.Kind.GETTER ? "getter" : "setter");
            } else {
                StringBuilder sb = new StringBuilder("NoSuchMethodError: ").append(type).append(" has no ").append(name).append(" method accepting arguments (");
                String separator = "";
                for (int i = 0; i < invocation.positionalArguments.size(); i++) {
                    sb.append(separator).append('_');
                    separator = ", ";
                }
                if (invocation.namedArguments.size() > 0) {
                    sb.append(separator).append('{');
                    separator = "";
                    for (java.util.Map.Entry<Object, Object> e : invocation.namedArguments.entries()) {
                        sb.append(separator).append(((DartSymbol) e.getKey()).name).append(": _");
                        separator = ",";
                    }
                    sb.append('}');
                }
                text = sb.append(')').toString();
            }
            return new DartErrorObject(DartLanguage.get(this).coreClasses().noSuchMethodErrorClass, DartNull.INSTANCE, text);
        }
    }

    /**
     * Records where an Error was thrown, the first time it is caught (by a {@code catch}
     * clause or an error handler), for {@code Error.stackTrace}: the VM sets it when the
     * error is first thrown, and a caught error is where a program can read it.
     */
    @TruffleBoundary
    public static void recordThrown(org.dartj.runtime.DartException e, com.oracle.truffle.api.nodes.Node location) {
        Object value = e.getValue();
        if (!DartWeakKeys.canBeWeak(value)) {
            return;
        }
        var classes = DartLanguage.get(location).coreClasses();
        if (!classes.classOf(value).isSubtypeOf(classes.errorClass)) {
            return;
        }
        var traces = org.dartj.DartContext.get(location).errorTraces();
        if (traces.get(value) == null) {
            com.oracle.truffle.api.TruffleStackTrace.fillIn(e);
            traces.put(value, e);
        }
    }

    /**
     * {@code Error.throwWithStackTrace(error, stackTrace)}: throws {@code error} with that trace
     * (what catch clauses receive); an Error without a recorded trace records this one, as the
     * VM sets its {@code stackTrace}.
     */
    @DartBuiltin(owner = "Error", name = "throwWithStackTrace", kind = DartBuiltin.Kind.STATIC, required = 2)
    public abstract static class ThrowWithStackTraceNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object throwWithStackTrace(Object error, Object stackTrace) {
            org.dartj.runtime.DartException e = org.dartj.runtime.DartException.withStackTrace(error, stackTrace, this);
            recordThrown(e, this);
            throw e;
        }
    }

    /** {@code Error.stackTrace}: where the error was first thrown, or null if it never was. */
    @DartBuiltin(owner = "Error", name = "stackTrace", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ErrorStackTraceNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object stackTrace(Object self) {
            Object thrown = org.dartj.DartContext.get(this).errorTraces().get(self);
            if (thrown instanceof org.dartj.runtime.DartException e) {
                return org.dartj.classes.DartStackTraceObject.of(DartLanguage.get(this).coreClasses().stackTraceImplClass, e);
            }
            return DartNull.INSTANCE;
        }
    }
}
