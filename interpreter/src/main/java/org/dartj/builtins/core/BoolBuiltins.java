package org.dartj.builtins.core;

import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** The static members and constructors of bool. */
public final class BoolBuiltins {
    private BoolBuiltins() {
    }

    /** {@code bool.tryParse}'s answer: true, false or Java null. */
    @TruffleBoundary
    static Boolean tryParse(TruffleString source, Object caseSensitive) {
        String s = source.toJavaStringUncached();
        if (caseSensitive == Boolean.FALSE) {
            // Only ASCII letters fold, as in the SDK (no locale-dependent case mapping).
            s = asciiLowerCase(s);
        }
        return switch (s) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String asciiLowerCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return sb.toString();
    }

    @DartBuiltin(owner = "bool", name = "parse", kind = DartBuiltin.Kind.STATIC, required = 1, named = {"caseSensitive"})
    public abstract static class ParseNode extends DartBuiltinNode {
        @Specialization
        protected boolean parse(TruffleString source, Object caseSensitive) {
            Boolean result = tryParse(source, caseSensitive);
            if (result == null) {
                throw DartErrors.formatException("Invalid boolean", source, this);
            }
            return result;
        }
    }

    @DartBuiltin(owner = "bool", name = "tryParse", kind = DartBuiltin.Kind.STATIC, required = 1, named = {"caseSensitive"})
    public abstract static class TryParseNode extends DartBuiltinNode {
        @Specialization
        protected Object tryParse(TruffleString source, Object caseSensitive) {
            Boolean result = BoolBuiltins.tryParse(source, caseSensitive);
            return result == null ? DartNull.INSTANCE : result;
        }
    }

    /** {@code const bool.fromEnvironment(name, {defaultValue})}: no -D defines, so the default. */
    @DartBuiltin(owner = "bool", name = "fromEnvironment", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, named = {"defaultValue"})
    public abstract static class FromEnvironmentNode extends DartBuiltinNode {
        @Specialization
        protected boolean fromEnvironment(@SuppressWarnings("unused") TruffleString name, Object defaultValue) {
            return defaultValue == Boolean.TRUE;
        }
    }

    /** {@code const bool.hasEnvironment(name)}: false, as {@code dart run} without -D defines. */
    @DartBuiltin(owner = "bool", name = "hasEnvironment", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class HasEnvironmentNode extends DartBuiltinNode {
        @Specialization
        protected boolean hasEnvironment(@SuppressWarnings("unused") TruffleString name) {
            return false;
        }
    }
}
