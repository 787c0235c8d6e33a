package org.dartj.builtins.core;

import org.dartj.DartContext;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.nodes.expression.DartEqualNode;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** Top-level functions of dart:core. */
public final class CoreFunctionBuiltins {
    private CoreFunctionBuiltins() {
    }

    /** {@code print(object)}: the object's toString and a newline, on this isolate's stdout. */
    @DartBuiltin(name = "print", kind = DartBuiltin.Kind.FUNCTION, required = 1, parameterTypes = "Object?", returnType = "void")
    public abstract static class PrintNode extends DartBuiltinNode {
        @Specialization
        protected Object print(Object value, @Cached DartToStringNode toString) {
            DartContext context = DartContext.get(this);
            TruffleString text = toString.execute(value);
            if (context.getLoop().currentZone() != null) {
                printInZone(context, text);
            } else {
                writeLine(context, text.toJavaStringUncached());
            }
            return DartNull.INSTANCE;
        }

        /** In a zone other than the root, print goes through the zones' print handlers. */
        @TruffleBoundary
        private static void printInZone(DartContext context, TruffleString text) {
            org.dartj.builtins.async.DartZone.current(context).dispatch(org.dartj.builtins.async.DartZone.Handler.PRINT, text);
        }

        /** Writes one line to this isolate's stdout (the root zone's print). */
        @TruffleBoundary
        public static void writeLine(DartContext context, String line) {
            var out = context.getOut();
            synchronized (out) {
                out.println(org.dartj.builtins.io.StdioBuiltins.wellFormed(line));
            }
        }
    }

    /** {@code identical(a, b)}: same object; numbers by value (they are not boxed in Dart). */
    @DartBuiltin(name = "identical", kind = DartBuiltin.Kind.FUNCTION, required = 2, parameterTypes = {"Object?", "Object?"}, returnType = "bool")
    public abstract static class IdenticalNode extends DartBuiltinNode {
        @Specialization
        protected boolean identical(Object a, Object b) {
            if (a instanceof Long || a instanceof Double || a instanceof Boolean || a instanceof TruffleString) {
                if (a instanceof Double x && b instanceof Double y) {
                    return Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y);
                }
                return a.getClass() == b.getClass() && DartEqualNode.dartEquals(a, b);
            }
            return a == b;
        }
    }

    /** {@code identityHashCode(o)}: Object's own hashCode, whatever the class overrides. */
    @DartBuiltin(name = "identityHashCode", kind = DartBuiltin.Kind.FUNCTION, required = 1, parameterTypes = "Object?", returnType = "int")
    public abstract static class IdentityHashCodeNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long identityHashCode(Object o) {
            return identityHash(o);
        }
    }

    /** {@code identityHashCode(o)}: numbers hash as their value does; objects by identity. */
    @TruffleBoundary
    public static long identityHash(Object o) {
        if (o instanceof Long l) {
            return DartNumbers.hashInt(l);
        } else if (o instanceof Double d) {
            return DartNumbers.hashDouble(d);
        }
        boolean byIdentity = o instanceof org.dartj.classes.DartObject || o instanceof org.dartj.runtime.DartFunction;
        return (byIdentity ? System.identityHashCode(o) : o.hashCode()) & 0x3FFFFFFFL;
    }
}
