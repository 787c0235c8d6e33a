package org.dartj.builtins.core;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.nodes.call.DartCalls;
import org.dartj.nodes.controlflow.DartForInNode;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.DartStrings;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * Members of String: UTF-16 code units as in Dart (a surrogate pair is two), with the Dart VM's
 * errors (sdk/lib/_internal/vm/lib/string_patch.dart). Patterns are Strings or RegExps (on
 * {@link DartRegExps}); another Pattern implementation is an UnimplementedError for now.
 */
public final class StringBuiltins {
    private StringBuiltins() {
    }

    static final TruffleString.Encoding UTF_16 = TruffleString.Encoding.UTF_16;
    static final TruffleString EMPTY = ts("");

    static TruffleString ts(String s) {
        return DartToStringNode.toTruffleString(s);
    }

    static String js(TruffleString s) {
        return s.toJavaStringUncached();
    }

    static int length(TruffleString s) {
        return s.byteLength(UTF_16) >> 1;
    }

    /**
     * A Pattern parameter's check in a dynamic call: a value that is no Pattern is the VM's
     * TypeError naming the parameter ({@code type 'int' is not a subtype of type 'Pattern' of 'pattern'}).
     */
    @TruffleBoundary
    static void checkPattern(Object pattern, String name, Node location) {
        if (!(pattern instanceof TruffleString) && !(pattern instanceof DartRegExp) &&
                        !DartLanguage.get(location).coreClasses().classOf(pattern).isSubtypeOf(DartLanguage.get(location).coreClasses().patternClass)) {
            throw DartErrors.argumentTypeError(pattern, "Pattern", name, location);
        }
    }

    /** An optional int parameter: its argument, {@code absent} when not given, or the VM's TypeError naming it. */
    static long optionalInt(Object arg, long absent, String name, Node location) {
        if (arg instanceof Long l) {
            return l;
        } else if (arg == DartNull.INSTANCE) {
            return absent;
        }
        throw DartErrors.argumentTypeError(arg, "int", name, location);
    }

    /** A String parameter checked after an earlier one (the VM checks parameters in order): its argument, or the VM's TypeError naming it. */
    static TruffleString requiredString(Object arg, String name, Node location) {
        if (arg instanceof TruffleString t) {
            return t;
        }
        throw DartErrors.argumentTypeError(arg, "String", name, location);
    }

    /** An optional String parameter: its argument, {@code absent} when not given, or the VM's TypeError naming it. */
    static String optionalString(Object arg, String absent, String name, Node location) {
        if (arg instanceof TruffleString t) {
            return js(t);
        } else if (arg == DartNull.INSTANCE) {
            return absent;
        }
        throw DartErrors.argumentTypeError(arg, "String", name, location);
    }

    /** A Pattern argument that is not a RegExp: a String, or Dart's UnimplementedError. */
    @TruffleBoundary
    static String pattern(Object pattern, String member, Node location) {
        if (pattern instanceof TruffleString s) {
            return s.toJavaStringUncached();
        }
        throw DartErrors.unimplemented("String." + member + " with a non-String Pattern (only String and RegExp patterns are supported)", location);
    }

    /** The error of {@code s[index]} and {@code s.codeUnitAt(index)} (the VM's String_charAt). */
    @TruffleBoundary
    public static RuntimeException indexError(long index, int length, Node location) {
        return DartErrors.rangeError(index, 0L, (long) length - 1, "index", location);
    }

    /** {@code RangeError.checkValidRange(start, end, length)}: the end, or the error. */
    static int checkValidRange(long start, Object endArg, int length, Node location) {
        if (start < 0 || start > length) {
            throw DartErrors.rangeError(start, 0L, (long) length, "start", location);
        }
        if (endArg == DartNull.INSTANCE) {
            return length;
        }
        if (!(endArg instanceof Long end)) {
            throw DartErrors.typeErrorFor(endArg, "int?", location);
        }
        if (end < start || end > length) {
            throw DartErrors.rangeError(end, start, (long) length, "end", location);
        }
        return end.intValue();
    }

    static void checkInRange(long value, int length, String name, Node location) {
        if (value < 0 || value > length) {
            throw DartErrors.rangeError(value, 0L, (long) length, name, location);
        }
    }

    @DartBuiltin(owner = "String", name = "length", kind = DartBuiltin.Kind.GETTER)
    public abstract static class LengthNode extends DartBuiltinNode {
        @Specialization
        protected long length(TruffleString self) {
            return StringBuiltins.length(self);
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

    @DartBuiltin(owner = "String", name = "hashCode", kind = DartBuiltin.Kind.GETTER)
    public abstract static class HashCodeNode extends DartBuiltinNode {
        @Specialization
        protected long hash(TruffleString self, @Cached TruffleString.ToJavaStringNode toJava) {
            return hashOf(toJava.execute(self));
        }

        @TruffleBoundary
        private static long hashOf(String value) {
            return org.dartj.runtime.DartHashCodes.ofString(value);
        }
    }

    @DartBuiltin(owner = "String", name = "codeUnitAt", required = 1)
    public abstract static class CodeUnitAtNode extends DartBuiltinNode {
        @Specialization
        protected long codeUnitAt(TruffleString self, long index, @Cached TruffleString.ReadCharUTF16Node readChar) {
            int length = StringBuiltins.length(self);
            if (index < 0 || index >= length) {
                throw indexError(index, length, this);
            }
            return readChar.execute(self, (int) index);
        }
    }

    @DartBuiltin(owner = "String", name = "[]", required = 1)
    public abstract static class IndexNode extends DartBuiltinNode {
        @Specialization
        protected TruffleString charAt(TruffleString self, long index,
                        @Cached TruffleString.ReadCharUTF16Node readChar,
                        @Cached TruffleString.FromCodePointNode fromCodePoint) {
            int length = StringBuiltins.length(self);
            if (index < 0 || index >= length) {
                throw indexError(index, length, this);
            }
            return fromCodePoint.execute(readChar.execute(self, (int) index), UTF_16, true);
        }
    }

    @DartBuiltin(owner = "String", name = "codeUnits", kind = DartBuiltin.Kind.GETTER)
    public abstract static class CodeUnitsNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartList codeUnits(TruffleString self) {
            String s = js(self);
            Object[] units = new Object[s.length()];
            for (int i = 0; i < units.length; i++) {
                units[i] = (long) s.charAt(i);
            }
            return new DartList(units, units.length, false, null);
        }
    }

    @DartBuiltin(owner = "String", name = "runes", kind = DartBuiltin.Kind.GETTER)
    public abstract static class RunesNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartArrayIterable runes(TruffleString self) {
            // Code points: a surrogate pair is one rune, a lone surrogate is itself.
            Object[] runes = js(self).codePoints().mapToObj(c -> (Object) (long) c).toArray();
            var classes = DartLanguage.get(this).coreClasses();
            return new DartArrayIterable(classes, classes.byName("Runes"), runes);
        }
    }

    @DartBuiltin(owner = "String", name = "substring", required = 1, optional = 1)
    public abstract static class SubstringNode extends DartBuiltinNode {
        @Specialization
        protected TruffleString substring(TruffleString self, long startIndex, Object endIndex,
                        @Cached TruffleString.SubstringByteIndexNode substring) {
            if (endIndex != DartNull.INSTANCE && !(endIndex instanceof Long)) {
                throw DartErrors.argumentTypeError(endIndex, "int?", "endIndex", this);
            }
            int end = checkValidRange(startIndex, endIndex, StringBuiltins.length(self), this);
            return substring.execute(self, (int) startIndex << 1, (end - (int) startIndex) << 1, UTF_16, true);
        }
    }

    @DartBuiltin(owner = "String", name = "indexOf", required = 1, optional = 1)
    public abstract static class IndexOfNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long indexOf(TruffleString self, Object pattern, Object startArg) {
            String s = js(self);
            checkPattern(pattern, "pattern", this);
            long start = optionalInt(startArg, 0, "start", this);
            checkInRange(start, s.length(), "start", this);
            if (pattern instanceof DartRegExp re) {
                DartRegExpMatch m = DartRegExps.firstMatch(re, self, (int) start, this);
                return m == null ? -1 : m.start();
            }
            return s.indexOf(pattern(pattern, "indexOf", this), (int) start);
        }
    }

    @DartBuiltin(owner = "String", name = "lastIndexOf", required = 1, optional = 1)
    public abstract static class LastIndexOfNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long lastIndexOf(TruffleString self, Object pattern, Object startArg) {
            String s = js(self);
            checkPattern(pattern, "pattern", this);
            optionalInt(startArg, 0, "start", this);
            long start = s.length();
            if (startArg instanceof Long l) {
                checkInRange(l, s.length(), null, this);
                start = l;
            }
            if (pattern instanceof DartRegExp re) {
                for (long i = start; i >= 0; i--) {
                    if (DartRegExps.matchAsPrefix(re, self, (int) i, this) != null) {
                        return i;
                    }
                }
                return -1;
            }
            return s.lastIndexOf(pattern(pattern, "lastIndexOf", this), (int) start);
        }
    }

    @DartBuiltin(owner = "String", name = "contains", required = 1, optional = 1)
    public abstract static class ContainsNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean contains(TruffleString self, Object pattern, Object startArg) {
            String s = js(self);
            checkPattern(pattern, "pattern", this);
            long start = optionalInt(startArg, 0, "startIndex", this);
            // The VM: pattern.allMatches(this.substring(startIndex)).isNotEmpty for a RegExp.
            checkInRange(start, s.length(), pattern instanceof DartRegExp ? "start" : null, this);
            if (pattern instanceof DartRegExp re) {
                return DartRegExps.test(re, ts(s.substring((int) start)), 0, this);
            }
            String p = pattern(pattern, "contains", this);
            return s.indexOf(p, (int) start) >= 0;
        }
    }

    @DartBuiltin(owner = "String", name = "startsWith", required = 1, optional = 1)
    public abstract static class StartsWithNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean startsWith(TruffleString self, Object pattern, Object indexArg) {
            String s = js(self);
            checkPattern(pattern, "pattern", this);
            long index = optionalInt(indexArg, 0, "index", this);
            checkInRange(index, s.length(), null, this);
            if (pattern instanceof DartRegExp re) {
                return DartRegExps.matchAsPrefix(re, self, (int) index, this) != null;
            }
            return s.startsWith(pattern(pattern, "startsWith", this), (int) index);
        }
    }

    @DartBuiltin(owner = "String", name = "endsWith", required = 1)
    public abstract static class EndsWithNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean endsWith(TruffleString self, TruffleString other) {
            return js(self).endsWith(js(other));
        }
    }

    /** Start indexes of the matches of a String pattern from {@code from} (an empty one matches everywhere). */
    static int[] matches(String s, String p, int from) {
        int[] found = new int[4];
        int count = 0;
        int index = from;
        while (index <= s.length()) {
            int at = s.indexOf(p, index);
            if (at < 0) {
                break;
            }
            if (count == found.length) {
                found = java.util.Arrays.copyOf(found, count * 2);
            }
            found[count++] = at;
            index = p.isEmpty() ? at + 1 : at + p.length();
        }
        return java.util.Arrays.copyOf(found, count);
    }

    @DartBuiltin(owner = "String", name = "split", required = 1)
    public abstract static class SplitNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartList split(TruffleString self, Object pattern) {
            String s = js(self);
            checkPattern(pattern, "pattern", this);
            DartList result = new DartList(new Object[4], 0, true, DartLanguage.get(this).coreClasses().types.stringType);
            if (pattern instanceof DartRegExp re) {
                return splitByMatches(s, DartRegExps.allMatches(re, self, 0, this), result);
            }
            String sep = pattern(pattern, "split", this);
            if (sep.isEmpty()) {
                // Code units, not code points: a surrogate pair splits in two.
                for (int i = 0; i < s.length(); i++) {
                    result.add(ts(String.valueOf(s.charAt(i))));
                }
                return result;
            }
            int from = 0;
            for (int at : matches(s, sep, 0)) {
                result.add(ts(s.substring(from, at)));
                from = at + sep.length();
            }
            result.add(ts(s.substring(from)));
            return result;
        }
    }

    /** The VM's String.split over the matches of a non-String pattern (an empty match splits nothing off). */
    static DartList splitByMatches(String s, java.util.List<DartRegExpMatch> matches, DartList result) {
        int length = s.length();
        if (length == 0 && !matches.isEmpty()) {
            return result;
        }
        int startIndex = 0;
        int previousIndex = 0;
        java.util.Iterator<DartRegExpMatch> it = matches.iterator();
        while (true) {
            if (startIndex == length || !it.hasNext()) {
                result.add(ts(s.substring(previousIndex, length)));
                return result;
            }
            DartRegExpMatch match = it.next();
            if (match.start() == length) {
                result.add(ts(s.substring(previousIndex, length)));
                return result;
            }
            int endIndex = match.end();
            if (startIndex == endIndex && endIndex == previousIndex) {
                ++startIndex;
                continue;
            }
            result.add(ts(s.substring(previousIndex, match.start())));
            startIndex = previousIndex = endIndex;
        }
    }

    /** Replaces each match with the text {@code replacement} gives for it. */
    static TruffleString replaceMatches(String s, java.util.List<DartRegExpMatch> matches, java.util.function.Function<DartRegExpMatch, String> replacement) {
        StringBuilder sb = new StringBuilder(s.length());
        int last = 0;
        for (DartRegExpMatch m : matches) {
            sb.append(s, last, m.start()).append(replacement.apply(m));
            last = m.end();
        }
        return ts(sb.append(s, last, s.length()).toString());
    }

    @DartBuiltin(owner = "String", name = "replaceAll", required = 2)
    public abstract static class ReplaceAllNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString replaceAll(TruffleString self, Object pattern, Object replacement) {
            String s = js(self);
            checkPattern(pattern, "pattern", this);
            Object from = pattern;
            TruffleString replace = requiredString(replacement, "replacement", this);
            if (from instanceof DartRegExp re) {
                String r = js(replace);
                return replaceMatches(s, DartRegExps.allMatches(re, self, 0, this), m -> r);
            }
            String p = pattern(from, "replaceAll", this);
            int[] found = matches(s, p, 0);
            if (found.length == 0) {
                return self;
            }
            String r = js(replace);
            StringBuilder sb = new StringBuilder(s.length());
            int last = 0;
            for (int at : found) {
                sb.append(s, last, at).append(r);
                last = at + p.length();
            }
            return ts(sb.append(s, last, s.length()).toString());
        }
    }

    @DartBuiltin(owner = "String", name = "replaceFirst", required = 2, optional = 1)
    public abstract static class ReplaceFirstNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString replaceFirst(TruffleString self, Object pattern, Object replacement, Object startIndex) {
            String s = js(self);
            checkPattern(pattern, "pattern", this);
            Object from = pattern;
            TruffleString to = requiredString(replacement, "replacement", this);
            long start = optionalInt(startIndex, 0, "startIndex", this);
            checkInRange(start, s.length(), "startIndex", this);
            if (from instanceof DartRegExp re) {
                DartRegExpMatch m = DartRegExps.firstMatch(re, self, (int) start, this);
                return m == null ? self : ts(s.substring(0, m.start()) + js(to) + s.substring(m.end()));
            }
            String p = pattern(from, "replaceFirst", this);
            int at = s.indexOf(p, (int) start);
            if (at < 0) {
                return self;
            }
            return ts(s.substring(0, at) + js(to) + s.substring(at + p.length()));
        }
    }

    /**
     * The matches of a String or RegExp pattern in {@code self} from {@code start}, as Match
     * objects with their [start, end) offsets.
     */
    static java.util.List<Object[]> matchObjects(TruffleString self, Object pattern, int start, String member, DartBuiltinNode node) {
        java.util.List<Object[]> result = new java.util.ArrayList<>();
        if (pattern instanceof DartRegExp re) {
            for (DartRegExpMatch m : DartRegExps.allMatches(re, self, start, node)) {
                result.add(new Object[]{m, m.start(), m.end()});
            }
            return result;
        }
        String p = pattern(pattern, member, node);
        TruffleString tp = (TruffleString) pattern;
        var cls = DartLanguage.get(node).coreClasses().stringMatchClass;
        for (int at : matches(js(self), p, start)) {
            result.add(new Object[]{new DartStringMatch(cls, self, at, tp), at, at + p.length()});
        }
        return result;
    }

    @DartBuiltin(owner = "String", name = "replaceAllMapped", required = 2)
    public abstract static class ReplaceAllMappedNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString replaceAllMapped(TruffleString self, Object from, DartFunction replace) {
            String s = js(self);
            StringBuilder sb = new StringBuilder(s.length());
            int last = 0;
            for (Object[] m : matchObjects(self, from, 0, "replaceAllMapped", this)) {
                sb.append(s, last, (Integer) m[1]).append(DartToString.toDisplayString(DartCalls.call(replace, m[0])));
                last = (Integer) m[2];
            }
            return ts(sb.append(s, last, s.length()).toString());
        }
    }

    @DartBuiltin(owner = "String", name = "replaceFirstMapped", required = 2, optional = 1)
    public abstract static class ReplaceFirstMappedNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString replaceFirstMapped(TruffleString self, Object from, DartFunction replace, Object startArg) {
            String s = js(self);
            long start = startArg instanceof Long l ? l : 0;
            checkInRange(start, s.length(), "startIndex", this);
            java.util.List<Object[]> found = matchObjects(self, from, (int) start, "replaceFirstMapped", this);
            if (found.isEmpty()) {
                return self;
            }
            Object[] m = found.get(0);
            String r = DartToString.toDisplayString(DartCalls.call(replace, m[0]));
            return ts(s.substring(0, (Integer) m[1]) + r + s.substring((Integer) m[2]));
        }
    }

    @DartBuiltin(owner = "String", name = "replaceRange", required = 3)
    public abstract static class ReplaceRangeNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString replaceRange(TruffleString self, long start, Object endArg, TruffleString replacement) {
            String s = js(self);
            int end = checkValidRange(start, endArg, s.length(), this);
            return ts(s.substring(0, (int) start) + js(replacement) + s.substring(end));
        }
    }

    @DartBuiltin(owner = "String", name = "splitMapJoin", required = 1, named = {"onMatch", "onNonMatch"})
    public abstract static class SplitMapJoinNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString splitMapJoin(TruffleString self, Object pattern, Object onMatch, Object onNonMatch) {
            String s = js(self);
            StringBuilder sb = new StringBuilder();
            if (pattern instanceof DartRegExp re) {
                int from = 0;
                for (DartRegExpMatch m : DartRegExps.allMatches(re, self, 0, this)) {
                    nonMatch(sb, onNonMatch, s.substring(from, m.start()));
                    sb.append(onMatch instanceof DartFunction f ? DartToString.toDisplayString(DartCalls.call(f, m)) : js(m.group(0)));
                    from = m.end();
                }
                nonMatch(sb, onNonMatch, s.substring(from));
                return ts(sb.toString());
            }
            String p = pattern(pattern, "splitMapJoin", this);
            if (p.isEmpty()) {
                // An empty pattern matches between code points (surrogate pairs stay whole).
                nonMatch(sb, onNonMatch, "");
                int i = 0;
                while (i < s.length()) {
                    match(sb, onMatch, self, i, p);
                    int step = Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? 2 : 1;
                    nonMatch(sb, onNonMatch, s.substring(i, i + step));
                    i += step;
                }
                match(sb, onMatch, self, i, p);
                nonMatch(sb, onNonMatch, "");
                return ts(sb.toString());
            }
            int from = 0;
            for (int at : matches(s, p, 0)) {
                nonMatch(sb, onNonMatch, s.substring(from, at));
                match(sb, onMatch, self, at, p);
                from = at + p.length();
            }
            nonMatch(sb, onNonMatch, s.substring(from));
            return ts(sb.toString());
        }

        private void match(StringBuilder sb, Object onMatch, TruffleString input, int start, String p) {
            if (onMatch instanceof DartFunction f) {
                sb.append(DartToString.toDisplayString(DartCalls.call(f, new DartStringMatch(DartLanguage.get(this).coreClasses().byName("_StringMatch"), input, start, ts(p)))));
            } else {
                sb.append(p);
            }
        }

        private static void nonMatch(StringBuilder sb, Object onNonMatch, String part) {
            sb.append(onNonMatch instanceof DartFunction f ? DartToString.toDisplayString(DartCalls.call(f, ts(part))) : part);
        }
    }

    @DartBuiltin(owner = "String", name = "allMatches", required = 1, optional = 1)
    public abstract static class AllMatchesNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartArrayIterable allMatches(TruffleString self, TruffleString input, Object startArg) {
            String s = js(input);
            long start = startArg instanceof Long l ? l : 0;
            checkInRange(start, s.length(), "start", this);
            var classes = DartLanguage.get(this).coreClasses();
            int[] found = matches(s, js(self), (int) start);
            Object[] result = new Object[found.length];
            for (int i = 0; i < found.length; i++) {
                result[i] = new DartStringMatch(classes.byName("_StringMatch"), input, found[i], self);
            }
            return new DartArrayIterable(classes, classes.iterableClass, result);
        }
    }

    @DartBuiltin(owner = "String", name = "padLeft", required = 1, optional = 1)
    public abstract static class PadLeftNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString padLeft(TruffleString self, long width, Object padding) {
            String s = js(self);
            String pad = optionalString(padding, " ", "padding", this);
            long delta = width - s.length();
            if (delta <= 0) {
                return self;
            }
            return ts(pad.repeat((int) delta) + s);
        }
    }

    @DartBuiltin(owner = "String", name = "padRight", required = 1, optional = 1)
    public abstract static class PadRightNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString padRight(TruffleString self, long width, Object padding) {
            String s = js(self);
            String pad = optionalString(padding, " ", "padding", this);
            long delta = width - s.length();
            if (delta <= 0) {
                return self;
            }
            return ts(s + pad.repeat((int) delta));
        }
    }

    @DartBuiltin(owner = "String", name = "trim")
    public abstract static class TrimNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString trim(TruffleString self) {
            String s = js(self);
            int first = DartStrings.firstNonWhitespace(s);
            if (first == s.length()) {
                return EMPTY;
            }
            int last = DartStrings.lastNonWhitespace(s) + 1;
            return first == 0 && last == s.length() ? self : ts(s.substring(first, last));
        }
    }

    @DartBuiltin(owner = "String", name = "trimLeft")
    public abstract static class TrimLeftNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString trimLeft(TruffleString self) {
            String s = js(self);
            int first = DartStrings.firstNonWhitespace(s);
            return first == 0 ? self : ts(s.substring(first));
        }
    }

    @DartBuiltin(owner = "String", name = "trimRight")
    public abstract static class TrimRightNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString trimRight(TruffleString self) {
            String s = js(self);
            int last = DartStrings.lastNonWhitespace(s) + 1;
            return last == s.length() ? self : ts(s.substring(0, last));
        }
    }

    /** Simple (one-to-one) case mapping per code point, as the VM's String::Transform does. */
    @TruffleBoundary
    static TruffleString mapCase(TruffleString self, boolean upper) {
        String s = js(self);
        StringBuilder sb = null;
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            int mapped = upper ? Character.toUpperCase(c) : Character.toLowerCase(c);
            if (mapped != c && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                sb.appendCodePoint(mapped);
            }
            i += Character.charCount(c);
        }
        return sb == null ? self : ts(sb.toString());
    }

    @DartBuiltin(owner = "String", name = "toUpperCase")
    public abstract static class ToUpperCaseNode extends DartBuiltinNode {
        @Specialization
        protected TruffleString upper(TruffleString self) {
            return mapCase(self, true);
        }
    }

    @DartBuiltin(owner = "String", name = "toLowerCase")
    public abstract static class ToLowerCaseNode extends DartBuiltinNode {
        @Specialization
        protected TruffleString lower(TruffleString self) {
            return mapCase(self, false);
        }
    }

    @DartBuiltin(owner = "String", name = "*", required = 1)
    public abstract static class TimesNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString times(TruffleString self, long count) {
            if (count <= 0) {
                return EMPTY;
            }
            return count == 1 ? self : ts(js(self).repeat((int) count));
        }
    }

    @DartBuiltin(owner = "String", name = "compareTo", required = 1)
    public abstract static class CompareToNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long compareTo(TruffleString self, TruffleString other) {
            // Lexicographic on UTF-16 code units, as Java's String.compareTo.
            return Integer.signum(js(self).compareTo(js(other)));
        }
    }

    /** The elements of an Iterable argument (a List or a snapshotted iterable). */
    @TruffleBoundary
    static Object[] elements(Object iterable, String expected, Node location) {
        if (iterable instanceof DartList list) {
            return list.toArray();
        }
        if (DartIterables.isIterable(iterable, DartLanguage.get(location).coreClasses()) || iterable instanceof org.dartj.runtime.DartSet) {
            return DartIterables.toArray(iterable);
        }
        throw DartErrors.typeErrorFor(iterable, expected, location);
    }

    /** Appends one char code (a code point up to 0x10FFFF, or a lone surrogate) to {@code sb}. */
    static boolean appendCharCode(StringBuilder sb, long code) {
        if (code < 0 || code > 0x10FFFF) {
            return false;
        }
        sb.appendCodePoint((int) code);
        return true;
    }

    @DartBuiltin(owner = "String", name = "fromCharCode", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class FromCharCodeNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString fromCharCode(long code) {
            StringBuilder sb = new StringBuilder(2);
            if (!appendCharCode(sb, code)) {
                throw DartErrors.rangeError(code, 0L, 0x10FFFFL, null, this);
            }
            return ts(sb.toString());
        }
    }

    @DartBuiltin(owner = "String", name = "fromCharCodes", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, optional = 2)
    public abstract static class FromCharCodesNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString fromCharCodes(Object charCodes, Object startArg, Object endArg) {
            Object[] codes = elements(charCodes, "Iterable<int>", this);
            long start = startArg instanceof Long l ? l : 0;
            int end = checkValidRange(start, endArg, codes.length, this);
            StringBuilder sb = new StringBuilder(end - (int) start);
            for (int i = (int) start; i < end; i++) {
                if (!(codes[i] instanceof Long code)) {
                    throw DartErrors.typeErrorFor(codes[i], "int", this);
                }
                if (code < 0) {
                    throw DartErrors.argumentErrorValue(charCodes, this);
                }
                if (!appendCharCode(sb, code)) {
                    throw DartErrors.argumentErrorValue(code, this);
                }
            }
            return ts(sb.toString());
        }
    }

    /** {@code matchAsPrefix(string, [start])}: this string as a pattern, matched at start. */
    @DartBuiltin(owner = "String", name = "matchAsPrefix", required = 1, optional = 1)
    public abstract static class MatchAsPrefixNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object matchAsPrefix(TruffleString self, TruffleString input, Object startArg) {
            String s = js(input);
            String pattern = js(self);
            long start = startArg instanceof Long l ? l : 0;
            if (start < 0 || start > s.length()) {
                throw DartErrors.rangeError(start, 0L, (long) s.length(), null, this);
            }
            if (!s.startsWith(pattern, (int) start)) {
                return DartNull.INSTANCE;
            }
            var classes = DartLanguage.get(this).coreClasses();
            return new DartStringMatch(classes.byName("_StringMatch"), input, (int) start, self);
        }
    }

    /** {@code const String.fromEnvironment(name, {defaultValue})}: no -D defines, so the default. */
    @DartBuiltin(owner = "String", name = "fromEnvironment", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, named = {"defaultValue"})
    public abstract static class FromEnvironmentNode extends DartBuiltinNode {
        @Specialization
        protected Object fromEnvironment(@SuppressWarnings("unused") TruffleString name, Object defaultValue) {
            return defaultValue == DartNull.INSTANCE ? EMPTY : defaultValue;
        }
    }
}
