package org.dartj.builtins.core;

import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** Members of String (UTF-16 code units, as in Dart). */
public final class StringBuiltins {
    private StringBuiltins() {
    }

    static TruffleString ts(String s) {
        return DartToStringNode.toTruffleString(s);
    }

    @DartBuiltin(owner = "String", name = "length", kind = DartBuiltin.Kind.GETTER)
    public abstract static class LengthNode extends DartBuiltinNode {
        @Specialization
        protected long length(TruffleString self, @Cached TruffleString.CodePointLengthNode unused) {
            return self.byteLength(TruffleString.Encoding.UTF_16) / 2;
        }
    }

    @DartBuiltin(owner = "String", name = "isEmpty", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsEmptyNode extends DartBuiltinNode {
        @Specialization
        protected boolean isEmpty(TruffleString self) {
            return self.isEmpty();
        }
    }

    @DartBuiltin(owner = "String", name = "isNotEmpty", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsNotEmptyNode extends DartBuiltinNode {
        @Specialization
        protected boolean isNotEmpty(TruffleString self) {
            return !self.isEmpty();
        }
    }

    @DartBuiltin(owner = "String", name = "substring", required = 1, optional = 1)
    public abstract static class SubstringNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString substring(TruffleString self, long start, Object endArg) {
            String s = self.toJavaStringUncached();
            long end = endArg instanceof Long e ? e : s.length();
            if (start < 0 || start > s.length() || end < start || end > s.length()) {
                long bad = start < 0 || start > s.length() ? start : end;
                throw DartErrors.error(org.dartj.DartLanguage.get(this).coreClasses().rangeErrorClass, DartNull.INSTANCE,
                                "RangeError: Invalid value: Not in inclusive range " + (bad == start ? 0 : start) + ".." + s.length() + ": " + bad, this);
            }
            return ts(s.substring((int) start, (int) end));
        }
    }

    @DartBuiltin(owner = "String", name = "toUpperCase")
    public abstract static class ToUpperCaseNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString upper(TruffleString self) {
            return ts(self.toJavaStringUncached().toUpperCase(java.util.Locale.ROOT));
        }
    }

    @DartBuiltin(owner = "String", name = "toLowerCase")
    public abstract static class ToLowerCaseNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString lower(TruffleString self) {
            return ts(self.toJavaStringUncached().toLowerCase(java.util.Locale.ROOT));
        }
    }

    @DartBuiltin(owner = "String", name = "trim")
    public abstract static class TrimNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString trim(TruffleString self) {
            return ts(self.toJavaStringUncached().strip());
        }
    }

    @DartBuiltin(owner = "String", name = "contains", required = 1)
    public abstract static class ContainsNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean contains(TruffleString self, TruffleString other) {
            return self.toJavaStringUncached().contains(other.toJavaStringUncached());
        }
    }

    @DartBuiltin(owner = "String", name = "startsWith", required = 1)
    public abstract static class StartsWithNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean startsWith(TruffleString self, TruffleString other) {
            return self.toJavaStringUncached().startsWith(other.toJavaStringUncached());
        }
    }

    @DartBuiltin(owner = "String", name = "endsWith", required = 1)
    public abstract static class EndsWithNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean endsWith(TruffleString self, TruffleString other) {
            return self.toJavaStringUncached().endsWith(other.toJavaStringUncached());
        }
    }

    @DartBuiltin(owner = "String", name = "indexOf", required = 1)
    public abstract static class IndexOfNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long indexOf(TruffleString self, TruffleString other) {
            return self.toJavaStringUncached().indexOf(other.toJavaStringUncached());
        }
    }

    @DartBuiltin(owner = "String", name = "codeUnitAt", required = 1)
    public abstract static class CodeUnitAtNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long codeUnitAt(TruffleString self, long index) {
            String s = self.toJavaStringUncached();
            if (index < 0 || index >= s.length()) {
                throw DartErrors.indexOutOfRange(index, s.length(), this);
            }
            return s.charAt((int) index);
        }
    }

    @DartBuiltin(owner = "String", name = "split", required = 1)
    public abstract static class SplitNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartList split(TruffleString self, TruffleString separator) {
            String s = self.toJavaStringUncached();
            String sep = separator.toJavaStringUncached();
            DartList result = new DartList(new Object[4], 0, true, "String");
            if (sep.isEmpty()) {
                for (int i = 0; i < s.length(); i++) {
                    result.add(ts(String.valueOf(s.charAt(i))));
                }
                return result;
            }
            int from = 0;
            while (true) {
                int at = s.indexOf(sep, from);
                if (at < 0) {
                    result.add(ts(s.substring(from)));
                    return result;
                }
                result.add(ts(s.substring(from, at)));
                from = at + sep.length();
            }
        }
    }

    @DartBuiltin(owner = "String", name = "padLeft", required = 1, optional = 1)
    public abstract static class PadLeftNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString padLeft(TruffleString self, long width, Object padding) {
            String s = self.toJavaStringUncached();
            String pad = padding instanceof TruffleString p ? p.toJavaStringUncached() : " ";
            return ts(pad.repeat((int) Math.max(0, width - s.length())) + s);
        }
    }

    @DartBuiltin(owner = "String", name = "padRight", required = 1, optional = 1)
    public abstract static class PadRightNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString padRight(TruffleString self, long width, Object padding) {
            String s = self.toJavaStringUncached();
            String pad = padding instanceof TruffleString p ? p.toJavaStringUncached() : " ";
            return ts(s + pad.repeat((int) Math.max(0, width - s.length())));
        }
    }

    @DartBuiltin(owner = "String", name = "*", required = 1)
    public abstract static class TimesNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString times(TruffleString self, long count) {
            return ts(self.toJavaStringUncached().repeat((int) Math.max(0, count)));
        }
    }

    @DartBuiltin(owner = "String", name = "compareTo", required = 1)
    public abstract static class CompareToNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long compareTo(TruffleString self, TruffleString other) {
            return Integer.signum(self.toJavaStringUncached().compareTo(other.toJavaStringUncached()));
        }
    }
}
