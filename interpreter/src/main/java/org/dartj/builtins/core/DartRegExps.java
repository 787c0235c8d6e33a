package org.dartj.builtins.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.dartj.DartContext;
import org.dartj.DartLanguage;
import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartCoreClasses;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * RegExp on TRegex, the Truffle regular expression language, with its ECMAScript flavor (the
 * syntax and semantics of the Dart VM's irregexp). A pattern is parsed as the regex source
 * {@code Flavor=ECMAScript/pattern/flags}; the result is an interop object with
 * {@code exec(input, fromIndex)}, {@code groupCount} (group 0 included) and {@code groups}
 * (the named groups); {@code exec} answers an object with {@code isMatch},
 * {@code getStart(i)} and {@code getEnd(i)}, {@code execBoolean(input, fromIndex)} only whether
 * there is a match. Compiled regexes are cached per isolate ({@link DartContext#regExpCache}):
 * a RegExp is a shared immutable value, and an isolate compiles what it runs.
 */
public final class DartRegExps {
    private DartRegExps() {
    }

    /** The TRegex source text of a pattern with ECMAScript flags. */
    static String regexSource(String pattern, String flags) {
        return "Flavor=ECMAScript,Encoding=UTF-16/" + pattern + "/" + flags;
    }

    /** {@code RegExp(source, ...)}: compiles the pattern, or throws the VM's FormatException. */
    @TruffleBoundary
    public static DartRegExp create(TruffleString source, boolean multiLine, boolean caseSensitive, boolean unicode, boolean dotAll, Node location) {
        DartCoreClasses classes = DartLanguage.get(location).coreClasses();
        String pattern = source.toJavaStringUncached();
        String flags = (caseSensitive ? "" : "i") + (multiLine ? "m" : "") + (dotAll ? "s" : "") + (unicode ? "u" : "");
        Object compiled = compile(regexSource(pattern, flags), pattern, location);
        InteropLibrary interop = InteropLibrary.getUncached();
        try {
            int groupCount = interop.asInt(interop.readMember(compiled, "groupCount")) - 1;
            Object groups = interop.readMember(compiled, "groups");
            List<String> names = new ArrayList<>();
            List<Integer> indexes = new ArrayList<>();
            if (!interop.isNull(groups)) {
                Object members = interop.getMembers(groups);
                long n = interop.getArraySize(members);
                for (long i = 0; i < n; i++) {
                    String name = interop.asString(interop.readArrayElement(members, i));
                    Object index = interop.readMember(groups, name);
                    if (interop.hasArrayElements(index)) {
                        index = interop.readArrayElement(index, 0);
                    }
                    names.add(name);
                    indexes.add(interop.asInt(index));
                }
            }
            Integer[] order = new Integer[names.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(indexes.get(a), indexes.get(b)));
            String[] groupNames = new String[order.length];
            int[] groupIndexes = new int[order.length];
            for (int i = 0; i < order.length; i++) {
                groupNames[i] = names.get(order[i]);
                groupIndexes[i] = indexes.get(order[i]);
            }
            return new DartRegExp(classes.byName("_RegExp"), source, multiLine, caseSensitive, unicode, dotAll, groupCount, groupNames, groupIndexes);
        } catch (InteropException e) {
            throw new IllegalStateException("unexpected TRegex object protocol", e);
        }
    }

    /**
     * The compiled TRegex object for a regex source, from the current isolate's cache. A syntax
     * error is the VM's FormatException: the parser's message followed by the pattern (given,
     * or taken from the source when null).
     */
    @TruffleBoundary
    static Object compile(String key, String pattern, Node location) {
        DartContext context = DartContext.get(location);
        Object cached = context.regExpCache().get(key);
        if (cached != null) {
            return cached;
        }
        Object compiled;
        try {
            Source source = Source.newBuilder("regex", key, "regexp").internal(true).build();
            compiled = context.getEnv().parseInternal(source).call();
        } catch (AbstractTruffleException e) {
            String text = pattern != null ? pattern : key.substring(key.indexOf('/') + 1, key.lastIndexOf('/'));
            throw DartErrors.formatException(syntaxMessage(e.getMessage()) + text, null, location);
        }
        if (InteropLibrary.getUncached().isNull(compiled)) {
            throw DartErrors.unsupported("RegExp feature not supported by the regex engine: " + pattern, location);
        }
        context.regExpCache().put(key, compiled);
        return compiled;
    }

    /**
     * TRegex's message without its {@code Invalid regular expression: /.../flags: } prefix, in
     * the VM's words where they differ (irregexp's texts).
     */
    static String syntaxMessage(String message) {
        if (message == null) {
            return "Invalid regular expression";
        }
        String text = message;
        String prefix = "Invalid regular expression: /";
        if (text.startsWith(prefix)) {
            int colon = text.lastIndexOf(": ");
            if (colon >= prefix.length()) {
                text = text.substring(colon + 2);
            }
        }
        return switch (text) {
            case "Quantifier without target", "Quantifier on quantifier" -> "Nothing to repeat";
            case "Ends with an unfinished escape sequence" -> "\\ at end of pattern";
            default -> text;
        };
    }

    /** Runs the regex from {@code from}: the group offsets of the first match, or null. */
    @TruffleBoundary
    static int[] exec(DartRegExp re, TruffleString input, int from, boolean sticky, Node location) {
        return exec(re, sticky ? compile(re.stickySource, null, location) : compile(re.source, null, location), input, from);
    }

    /** Runs a compiled regex of {@code re} from {@code from}. */
    private static int[] exec(DartRegExp re, Object compiled, TruffleString input, int from) {
        InteropLibrary interop = InteropLibrary.getUncached();
        try {
            Object result = interop.invokeMember(compiled, "exec", input, from);
            InteropLibrary results = InteropLibrary.getUncached(result);
            if (!interop.asBoolean(results.readMember(result, "isMatch"))) {
                return null;
            }
            int[] offsets = new int[2 * (re.groupCount + 1)];
            for (int i = 0; i <= re.groupCount; i++) {
                offsets[2 * i] = interop.asInt(results.invokeMember(result, "getStart", i));
                offsets[2 * i + 1] = interop.asInt(results.invokeMember(result, "getEnd", i));
            }
            return offsets;
        } catch (InteropException e) {
            throw new IllegalStateException("unexpected TRegex result protocol", e);
        }
    }

    /** Whether the regex matches anywhere from {@code from} (no group offsets read). */
    @TruffleBoundary
    static boolean test(DartRegExp re, TruffleString input, int from, Node location) {
        InteropLibrary interop = InteropLibrary.getUncached();
        try {
            return interop.asBoolean(interop.invokeMember(compile(re.source, null, location), "execBoolean", input, from));
        } catch (InteropException e) {
            throw new IllegalStateException("unexpected TRegex object protocol", e);
        }
    }

    static DartRegExpMatch firstMatch(DartRegExp re, TruffleString input, int from, Node location) {
        int[] offsets = exec(re, input, from, false, location);
        return offsets == null ? null : new DartRegExpMatch(DartLanguage.get(location).coreClasses().regExpMatchImplClass, re, input, offsets);
    }

    static DartRegExpMatch matchAsPrefix(DartRegExp re, TruffleString input, int at, Node location) {
        int[] offsets = exec(re, input, at, true, location);
        return offsets == null ? null : new DartRegExpMatch(DartLanguage.get(location).coreClasses().regExpMatchImplClass, re, input, offsets);
    }

    /**
     * Every match from {@code start}, as the VM's _AllMatchesIterator: after an empty match
     * the search moves one code unit on (a whole surrogate pair in unicode mode).
     */
    @TruffleBoundary
    static List<DartRegExpMatch> allMatches(DartRegExp re, TruffleString input, int start, Node location) {
        List<DartRegExpMatch> result = new ArrayList<>();
        String s = input.toJavaStringUncached();
        Object compiled = compile(re.source, null, location);
        var matchClass = DartLanguage.get(location).coreClasses().regExpMatchImplClass;
        int next = start;
        while (next <= s.length()) {
            int[] offsets = exec(re, compiled, input, next);
            if (offsets == null) {
                break;
            }
            DartRegExpMatch m = new DartRegExpMatch(matchClass, re, input, offsets);
            result.add(m);
            next = m.end();
            if (next == m.start()) {
                if (re.unicode && next + 1 < s.length() && Character.isHighSurrogate(s.charAt(next)) && Character.isLowSurrogate(s.charAt(next + 1))) {
                    next++;
                }
                next++;
            }
        }
        return result;
    }
}
