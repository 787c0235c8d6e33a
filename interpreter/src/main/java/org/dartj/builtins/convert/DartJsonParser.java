package org.dartj.builtins.convert;

import java.util.ArrayList;

import org.dartj.runtime.DartList;
import org.dartj.runtime.DartMap;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.strings.TruffleString;

/**
 * {@code jsonDecode} over a whole string, with the Dart VM's results and errors: the same
 * state machine as the VM's {@code _ChunkedJsonParser} (no recursion, so any nesting depth
 * works), the same failure positions and messages, and the reviver called when the VM calls it
 * (at the {@code ,} or closing bracket after a value, and once for the top-level result).
 */
public final class DartJsonParser {
    /** A JSON syntax error: the VM's FormatException message and offset into the source. */
    public static final class JsonSyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final int offset;

        JsonSyntaxError(String message, int offset) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    /** The reviver: key (a String, an int index, or null for the result) and value. */
    public interface Reviver {
        Object revive(Object key, Object value);
    }

    private static final int ALLOW_STRING_MASK = 8;
    private static final int ALLOW_VALUE_MASK = 4;
    private static final int NON_EMPTY = 16;
    private static final int NO_VALUES = 12;
    private static final int VALUE_READ_BITS = NON_EMPTY | NO_VALUES;
    private static final int STATE_INITIAL = 0;
    private static final int STATE_END = NON_EMPTY | NO_VALUES;
    private static final int STATE_ARRAY_EMPTY = 1;
    private static final int STATE_ARRAY_VALUE = 1 | NON_EMPTY | NO_VALUES;
    private static final int STATE_ARRAY_COMMA = 1 | NON_EMPTY;
    private static final int STATE_OBJECT_EMPTY = 2 | 4;
    private static final int STATE_OBJECT_KEY = 2 | NON_EMPTY | NO_VALUES;
    private static final int STATE_OBJECT_COLON = 3 | NON_EMPTY;
    private static final int STATE_OBJECT_VALUE = 3 | NON_EMPTY | NO_VALUES;
    private static final int STATE_OBJECT_COMMA = 2 | NON_EMPTY | 4;

    private final String src;
    private final int end;
    private final Reviver reviver;
    // Listener state, as the VM's _BuildJsonListener.
    private final ArrayList<Object> stack = new ArrayList<>();
    private Object container;
    private Object key = "";
    private Object value;

    /** String: objects are {@code Map<String, dynamic>}, arrays {@code List<dynamic>}, as the VM's listener makes them. */
    private final org.dartj.runtime.DartReifiedType keyType;

    private DartJsonParser(String src, Reviver reviver, org.dartj.runtime.DartReifiedType keyType) {
        this.src = src;
        this.end = src.length();
        this.reviver = reviver;
        this.keyType = keyType;
    }

    /** Parses {@code source}; throws {@link JsonSyntaxError}. */
    public static Object parse(String source, Reviver reviver, org.dartj.runtime.DartReifiedType keyType) {
        DartJsonParser p = new DartJsonParser(source, reviver, keyType);
        p.run();
        return reviver == null ? p.value : reviver.revive(DartNull.INSTANCE, p.value);
    }

    private JsonSyntaxError fail(int position, String message) {
        if (message == null) {
            message = position == end ? "Unexpected end of input" : "Unexpected character";
        }
        return new JsonSyntaxError(message, position);
    }

    private static TruffleString str(String s) {
        return TruffleString.fromJavaStringUncached(s, TruffleString.Encoding.UTF_16);
    }

    private void push() {
        if (container instanceof DartMap) {
            stack.add(key);
        }
        stack.add(container);
    }

    private void pop() {
        value = container;
        container = stack.remove(stack.size() - 1);
        if (container instanceof DartMap) {
            key = stack.remove(stack.size() - 1);
        }
    }

    private void arrayElement() {
        DartList list = (DartList) container;
        if (reviver != null) {
            value = reviver.revive((long) list.size(), value);
        }
        list.add(value);
        value = null;
    }

    private void propertyValue() {
        if (reviver != null) {
            value = reviver.revive(key, value);
        }
        ((DartMap) container).put(key, value);
        key = "";
        value = null;
    }

    private void run() {
        ArrayList<Integer> states = new ArrayList<>();
        int state = STATE_INITIAL;
        int position = 0;
        while (position < end) {
            char c = src.charAt(position);
            switch (c) {
                case ' ', '\r', '\n', '\t' -> position++;
                case '"' -> {
                    if ((state & ALLOW_STRING_MASK) != 0) {
                        throw fail(position, null);
                    }
                    state |= VALUE_READ_BITS;
                    position = parseString(position + 1);
                }
                case '[' -> {
                    if ((state & ALLOW_VALUE_MASK) != 0) {
                        throw fail(position, null);
                    }
                    push();
                    container = new DartList(new Object[4], 0, true, org.dartj.types.DartSpecialType.DYNAMIC);
                    states.add(state);
                    state = STATE_ARRAY_EMPTY;
                    position++;
                }
                case '{' -> {
                    if ((state & ALLOW_VALUE_MASK) != 0) {
                        throw fail(position, null);
                    }
                    push();
                    container = new DartMap(keyType, org.dartj.types.DartSpecialType.DYNAMIC);
                    states.add(state);
                    state = STATE_OBJECT_EMPTY;
                    position++;
                }
                case 'n', 't', 'f' -> {
                    if ((state & ALLOW_VALUE_MASK) != 0) {
                        throw fail(position, null);
                    }
                    state |= VALUE_READ_BITS;
                    position = parseKeyword(position, c == 'n' ? "null" : c == 't' ? "true" : "false");
                }
                case ':' -> {
                    if (state != STATE_OBJECT_KEY) {
                        throw fail(position, null);
                    }
                    key = value;
                    value = null;
                    state = STATE_OBJECT_COLON;
                    position++;
                }
                case ',' -> {
                    if (state == STATE_OBJECT_VALUE) {
                        propertyValue();
                        state = STATE_OBJECT_COMMA;
                    } else if (state == STATE_ARRAY_VALUE) {
                        arrayElement();
                        state = STATE_ARRAY_COMMA;
                    } else {
                        throw fail(position, null);
                    }
                    position++;
                }
                case ']' -> {
                    if (state == STATE_ARRAY_EMPTY) {
                        pop();
                    } else if (state == STATE_ARRAY_VALUE) {
                        arrayElement();
                        pop();
                    } else {
                        throw fail(position, null);
                    }
                    state = states.remove(states.size() - 1) | VALUE_READ_BITS;
                    position++;
                }
                case '}' -> {
                    if (state == STATE_OBJECT_EMPTY) {
                        pop();
                    } else if (state == STATE_OBJECT_VALUE) {
                        propertyValue();
                        pop();
                    } else {
                        throw fail(position, null);
                    }
                    state = states.remove(states.size() - 1) | VALUE_READ_BITS;
                    position++;
                }
                default -> {
                    if ((state & ALLOW_VALUE_MASK) != 0) {
                        throw fail(position, null);
                    }
                    state |= VALUE_READ_BITS;
                    position = parseNumber(c, position);
                }
            }
        }
        if (state != STATE_END) {
            throw fail(end, null);
        }
    }

    private int parseKeyword(int start, String word) {
        int n = word.length();
        if (end < start + n) {
            // A prefix at the end of the input: a mismatch fails at the keyword's start,
            // a correct prefix is an incomplete literal (end of input).
            for (int i = 1; start + i < end; i++) {
                if (src.charAt(start + i) != word.charAt(i)) {
                    throw fail(start, null);
                }
            }
            throw fail(end, null);
        }
        for (int i = 1; i < n; i++) {
            if (src.charAt(start + i) != word.charAt(i)) {
                throw fail(start, null);
            }
        }
        value = word.equals("null") ? DartNull.INSTANCE : (Object) word.equals("true");
        return start + n;
    }

    private int parseString(int position) {
        int start = position;
        while (position < end) {
            char c = src.charAt(position++);
            if (c > '\\') {
                continue;
            }
            if (c == '\\') {
                return parseStringToBuffer(new StringBuilder().append(src, start, position - 1), position - 1);
            }
            if (c == '"') {
                value = shortString(start, position - 1);
                return position;
            }
            if (c < ' ') {
                throw fail(position - 1, "Control character in string");
            }
        }
        throw fail(end, "Unterminated string");
    }

    /**
     * The string {@code src[start, end)}. Short strings (object keys, enum-like values) repeat
     * in most documents: they come from a small cache of the strings already made in this parse,
     * which saves the copies and lets map lookups reuse each string's cached hash. Sharing is
     * invisible to Dart code (strings are values).
     */
    private TruffleString shortString(int start, int stop) {
        int length = stop - start;
        if (length > MAX_CACHED_LENGTH) {
            return str(src.substring(start, stop));
        }
        int h = length;
        for (int i = start; i < stop; i++) {
            h = h * 31 + src.charAt(i);
        }
        int slot = (h ^ h >>> 16) & (CACHE_SIZE - 1);
        String cached = cacheKeys[slot];
        if (cached != null && cached.length() == length && src.regionMatches(start, cached, 0, length)) {
            return cacheValues[slot];
        }
        String text = src.substring(start, stop);
        TruffleString result = str(text);
        cacheKeys[slot] = text;
        cacheValues[slot] = result;
        return result;
    }

    private static final int MAX_CACHED_LENGTH = 24;
    private static final int CACHE_SIZE = 256;
    private final String[] cacheKeys = new String[CACHE_SIZE];
    private final TruffleString[] cacheValues = new TruffleString[CACHE_SIZE];

    private int parseStringToBuffer(StringBuilder sb, int position) {
        int start = position;
        while (true) {
            if (position == end) {
                throw fail(end, "Unterminated string");
            }
            char c = src.charAt(position++);
            if (c > '\\') {
                continue;
            }
            if (c < ' ') {
                throw fail(position - 1, null);
            }
            if (c == '"') {
                sb.append(src, start, position - 1);
                value = str(sb.toString());
                return position;
            }
            if (c != '\\') {
                continue;
            }
            sb.append(src, start, position - 1);
            if (position == end) {
                throw fail(end, "Unterminated string");
            }
            position = parseStringEscape(sb, position);
            start = position;
        }
    }

    private int parseStringEscape(StringBuilder sb, int position) {
        char c = src.charAt(position++);
        switch (c) {
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case '/', '\\', '"' -> sb.append(c);
            case 'u' -> {
                int hexStart = position - 1;
                int v = 0;
                for (int i = 0; i < 4; i++) {
                    if (position == end) {
                        throw fail(end, "Unterminated string");
                    }
                    char h = src.charAt(position++);
                    int digit = h ^ 0x30;
                    v *= 16;
                    if (digit <= 9) {
                        v += digit;
                    } else {
                        digit = (h | 0x20) - 'a';
                        if (digit < 0 || digit > 5) {
                            throw fail(hexStart, "Invalid unicode escape");
                        }
                        v += digit + 10;
                    }
                }
                sb.append((char) v);
            }
            default -> {
                if (c < ' ') {
                    throw fail(position, "Control character in string");
                }
                throw fail(position, "Unrecognized string escape");
            }
        }
        return position;
    }

    private static boolean isDigit(int position, String src, int end) {
        return position < end && (src.charAt(position) ^ '0') <= 9;
    }

    private int parseNumber(char first, int position) {
        int start = position;
        char c = first;
        boolean negative = false;
        boolean isDouble = false;
        if (c == '-') {
            negative = true;
            position++;
            if (position == end) {
                throw fail(end, "Unterminated number literal");
            }
            c = src.charAt(position);
        }
        int digit = c ^ '0';
        if (digit > 9) {
            throw fail(position, negative ? "Missing expected digit" : null);
        }
        if (digit == 0) {
            position++;
            if (position < end) {
                c = src.charAt(position);
                if ((c ^ '0') <= 9) {
                    throw fail(position, null);
                }
            }
        } else {
            do {
                position++;
            } while (isDigit(position, src, end));
        }
        if (position < end && src.charAt(position) == '.') {
            isDouble = true;
            position++;
            if (position == end) {
                throw fail(end, "Unterminated number literal");
            }
            if (!isDigit(position, src, end)) {
                throw fail(position, null);
            }
            do {
                position++;
            } while (isDigit(position, src, end));
        }
        if (position < end && (src.charAt(position) | 0x20) == 'e') {
            isDouble = true;
            position++;
            if (position == end) {
                throw fail(end, "Unterminated number literal");
            }
            c = src.charAt(position);
            if (c == '+' || c == '-') {
                position++;
                if (position == end) {
                    throw fail(end, "Unterminated number literal");
                }
            }
            if (!isDigit(position, src, end)) {
                throw fail(position, "Missing expected digit");
            }
            do {
                position++;
            } while (isDigit(position, src, end));
        }
        if (!isDouble && position - start <= 18) {
            // At most 18 digits: fits a long, so no need for the text.
            long v = 0;
            for (int i = negative ? start + 1 : start; i < position; i++) {
                v = v * 10 + (src.charAt(i) - '0');
            }
            value = negative ? -v : v;
            return position;
        }
        String text = src.substring(start, position);
        if (!isDouble) {
            if (text.equals("-0")) {
                value = 0L;
                return position;
            }
            try {
                value = Long.parseLong(text);
                return position;
            } catch (NumberFormatException e) {
                // Beyond 64 bits: the VM reads it as a double.
            }
        }
        value = Double.parseDouble(text);
        return position;
    }
}
