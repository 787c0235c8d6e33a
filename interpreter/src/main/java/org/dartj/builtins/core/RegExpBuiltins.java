package org.dartj.builtins.core;

import java.util.List;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * Members of RegExp (the Dart VM's regexp_patch.dart) on TRegex ({@link DartRegExps}). The
 * members of its matches are in {@link MatchBuiltins}.
 */
public final class RegExpBuiltins {
    private RegExpBuiltins() {
    }

    static boolean flag(Object value, boolean absent, DartBuiltinNode node) {
        if (value == DartNull.INSTANCE) {
            return absent;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw DartErrors.typeErrorFor(value, "bool", node);
    }

    static int start(Object startArg, TruffleString input, DartBuiltinNode node) {
        long start = startArg instanceof Long l ? l : 0;
        int length = StringBuiltins.length(input);
        if (start < 0 || start > length) {
            throw DartErrors.rangeError(start, 0L, (long) length, null, node);
        }
        return (int) start;
    }

    @DartBuiltin(owner = "RegExp", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, named = {"multiLine", "caseSensitive", "unicode", "dotAll"})
    public abstract static class NewRegExpNode extends DartBuiltinNode {
        @Specialization
        protected DartRegExp create(TruffleString source, Object multiLine, Object caseSensitive, Object unicode, Object dotAll) {
            return DartRegExps.create(source, flag(multiLine, false, this), flag(caseSensitive, true, this), flag(unicode, false, this),
                            flag(dotAll, false, this), this);
        }
    }

    @DartBuiltin(owner = "RegExp", name = "escape", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class EscapeNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString escape(TruffleString text) {
            String s = text.toJavaStringUncached();
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if ("$()*+.?[\\]^{|}".indexOf(c) >= 0) {
                    sb.append('\\');
                }
                sb.append(c);
            }
            return StringBuiltins.ts(sb.toString());
        }
    }

    @DartBuiltin(owner = "RegExp", name = "pattern", kind = DartBuiltin.Kind.GETTER)
    public abstract static class PatternNode extends DartBuiltinNode {
        @Specialization
        protected TruffleString pattern(DartRegExp self) {
            return self.pattern;
        }
    }

    @DartBuiltin(owner = "RegExp", name = "isMultiLine", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsMultiLineNode extends DartBuiltinNode {
        @Specialization
        protected boolean get(DartRegExp self) {
            return self.multiLine;
        }
    }

    @DartBuiltin(owner = "RegExp", name = "isCaseSensitive", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsCaseSensitiveNode extends DartBuiltinNode {
        @Specialization
        protected boolean get(DartRegExp self) {
            return self.caseSensitive;
        }
    }

    @DartBuiltin(owner = "RegExp", name = "isUnicode", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsUnicodeNode extends DartBuiltinNode {
        @Specialization
        protected boolean get(DartRegExp self) {
            return self.unicode;
        }
    }

    @DartBuiltin(owner = "RegExp", name = "isDotAll", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsDotAllNode extends DartBuiltinNode {
        @Specialization
        protected boolean get(DartRegExp self) {
            return self.dotAll;
        }
    }

    @DartBuiltin(owner = "RegExp", name = "hasMatch", required = 1)
    public abstract static class HasMatchNode extends DartBuiltinNode {
        @Specialization
        protected boolean hasMatch(DartRegExp self, TruffleString input) {
            return DartRegExps.test(self, input, 0, this);
        }
    }

    @DartBuiltin(owner = "RegExp", name = "firstMatch", required = 1)
    public abstract static class FirstMatchNode extends DartBuiltinNode {
        @Specialization
        protected Object firstMatch(DartRegExp self, TruffleString input) {
            DartRegExpMatch m = DartRegExps.firstMatch(self, input, 0, this);
            return m == null ? DartNull.INSTANCE : m;
        }
    }

    @DartBuiltin(owner = "RegExp", name = "stringMatch", required = 1)
    public abstract static class StringMatchNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object stringMatch(DartRegExp self, TruffleString input) {
            DartRegExpMatch m = DartRegExps.firstMatch(self, input, 0, this);
            return m == null ? DartNull.INSTANCE : m.group(0);
        }
    }

    @DartBuiltin(owner = "RegExp", name = "matchAsPrefix", required = 1, optional = 1)
    public abstract static class MatchAsPrefixNode extends DartBuiltinNode {
        @Specialization
        protected Object matchAsPrefix(DartRegExp self, TruffleString input, Object startArg) {
            DartRegExpMatch m = DartRegExps.matchAsPrefix(self, input, start(startArg, input, this), this);
            return m == null ? DartNull.INSTANCE : m;
        }
    }

    @DartBuiltin(owner = "RegExp", name = "allMatches", required = 1, optional = 1)
    public abstract static class AllMatchesNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartArrayIterable allMatches(DartRegExp self, TruffleString input, Object startArg) {
            List<DartRegExpMatch> found = DartRegExps.allMatches(self, input, start(startArg, input, this), this);
            var classes = DartLanguage.get(this).coreClasses();
            return new DartArrayIterable(classes, classes.iterableClass, found.toArray());
        }
    }
}
