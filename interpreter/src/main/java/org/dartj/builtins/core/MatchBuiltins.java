package org.dartj.builtins.core;

import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * Members of Match: matches of String patterns (group 0 only, as the VM's _StringMatch) and of
 * RegExps (the VM's _RegExpMatch, with RegExpMatch's named groups).
 */
public final class MatchBuiltins {
    private MatchBuiltins() {
    }

    @TruffleBoundary
    static TruffleString group(DartStringMatch self, long group, DartBuiltinNode node) {
        if (group != 0) {
            throw DartErrors.error(org.dartj.DartLanguage.get(node).coreClasses().rangeErrorClass, StringBuiltins.ts("Value not in range"),
                            "RangeError: Value not in range: " + group, node);
        }
        return self.pattern;
    }

    @TruffleBoundary
    static Object group(DartRegExpMatch self, long group, DartBuiltinNode node) {
        if (group < 0 || group > self.regExp.groupCount) {
            throw DartErrors.error(org.dartj.DartLanguage.get(node).coreClasses().rangeErrorClass, StringBuiltins.ts("Value not in range"),
                            "RangeError: Value not in range: " + group, node);
        }
        TruffleString g = self.group((int) group);
        return g == null ? DartNull.INSTANCE : g;
    }

    @DartBuiltin(owner = "Match", name = "start", kind = DartBuiltin.Kind.GETTER)
    public abstract static class StartNode extends DartBuiltinNode {
        @Specialization
        protected long start(DartStringMatch self) {
            return self.start;
        }

        @Specialization
        protected long start(DartRegExpMatch self) {
            return self.start();
        }
    }

    @DartBuiltin(owner = "Match", name = "end", kind = DartBuiltin.Kind.GETTER)
    public abstract static class EndNode extends DartBuiltinNode {
        @Specialization
        protected long end(DartStringMatch self) {
            return self.end();
        }

        @Specialization
        protected long end(DartRegExpMatch self) {
            return self.end();
        }
    }

    @DartBuiltin(owner = "Match", name = "input", kind = DartBuiltin.Kind.GETTER)
    public abstract static class InputNode extends DartBuiltinNode {
        @Specialization
        protected TruffleString input(DartStringMatch self) {
            return self.input;
        }

        @Specialization
        protected TruffleString input(DartRegExpMatch self) {
            return self.input;
        }
    }

    @DartBuiltin(owner = "Match", name = "pattern", kind = DartBuiltin.Kind.GETTER)
    public abstract static class PatternNode extends DartBuiltinNode {
        @Specialization
        protected TruffleString pattern(DartStringMatch self) {
            return self.pattern;
        }

        @Specialization
        protected DartRegExp pattern(DartRegExpMatch self) {
            return self.regExp;
        }
    }

    @DartBuiltin(owner = "Match", name = "groupCount", kind = DartBuiltin.Kind.GETTER)
    public abstract static class GroupCountNode extends DartBuiltinNode {
        @Specialization
        protected long groupCount(DartStringMatch self) {
            return 0;
        }

        @Specialization
        protected long groupCount(DartRegExpMatch self) {
            return self.regExp.groupCount;
        }
    }

    @DartBuiltin(owner = "Match", name = "group", required = 1)
    public abstract static class GroupNode extends DartBuiltinNode {
        @Specialization
        protected TruffleString group(DartStringMatch self, long group) {
            return MatchBuiltins.group(self, group, this);
        }

        @Specialization
        protected Object group(DartRegExpMatch self, long group) {
            return MatchBuiltins.group(self, group, this);
        }
    }

    @DartBuiltin(owner = "Match", name = "[]", required = 1)
    public abstract static class IndexNode extends DartBuiltinNode {
        @Specialization
        protected TruffleString group(DartStringMatch self, long group) {
            return MatchBuiltins.group(self, group, this);
        }

        @Specialization
        protected Object group(DartRegExpMatch self, long group) {
            return MatchBuiltins.group(self, group, this);
        }
    }

    @DartBuiltin(owner = "Match", name = "groups", required = 1)
    public abstract static class GroupsNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartList groups(DartStringMatch self, DartList indexes) {
            Object[] result = new Object[indexes.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = MatchBuiltins.group(self, (Long) indexes.get(i), this);
            }
            return new DartList(result, result.length, true, null);
        }

        @Specialization
        @TruffleBoundary
        protected DartList groups(DartRegExpMatch self, DartList indexes) {
            Object[] result = new Object[indexes.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = MatchBuiltins.group(self, (Long) indexes.get(i), this);
            }
            return new DartList(result, result.length, true, null);
        }
    }

    @DartBuiltin(owner = "RegExpMatch", name = "namedGroup", required = 1)
    public abstract static class NamedGroupNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object namedGroup(DartRegExpMatch self, TruffleString name) {
            int index = self.regExp.groupIndex(name.toJavaStringUncached());
            if (index < 0) {
                throw DartErrors.argumentError("Not a capture group name: " + name.toJavaStringUncached(), this);
            }
            return MatchBuiltins.group(self, index, this);
        }
    }

    @DartBuiltin(owner = "RegExpMatch", name = "groupNames", kind = DartBuiltin.Kind.GETTER)
    public abstract static class GroupNamesNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartArrayIterable groupNames(DartRegExpMatch self) {
            String[] names = self.regExp.groupNames;
            Object[] result = new Object[names.length];
            for (int i = 0; i < names.length; i++) {
                result[i] = StringBuiltins.ts(names[i]);
            }
            var classes = org.dartj.DartLanguage.get(this).coreClasses();
            return new DartArrayIterable(classes, classes.iterableClass, result);
        }
    }
}
