import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain-Java baseline for bench/json_decode.dart: a small hand-written recursive-descent JSON
 * parser (objects to LinkedHashMap, arrays to ArrayList, integers to Long, other numbers to
 * Double), run over the document that json_decode.dart wrote, with the same report.
 *
 * Usage: java JsonBaseline DOCUMENT.json [ROUNDS]
 */
public final class JsonBaseline {
    private final String src;
    private int pos;

    private JsonBaseline(String src) {
        this.src = src;
    }

    static Object parse(String src) {
        JsonBaseline p = new JsonBaseline(src);
        p.skipWhitespace();
        Object value = p.value();
        p.skipWhitespace();
        if (p.pos != src.length()) {
            throw p.error("Unexpected character");
        }
        return value;
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException(message + " at " + pos);
    }

    private void skipWhitespace() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            pos++;
        }
    }

    private Object value() {
        if (pos >= src.length()) {
            throw error("Unexpected end of input");
        }
        char c = src.charAt(pos);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                return number();
        }
    }

    private Object literal(String word, Object value) {
        if (!src.startsWith(word, pos)) {
            throw error("Unexpected character");
        }
        pos += word.length();
        return value;
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        skipWhitespace();
        if (pos < src.length() && src.charAt(pos) == '}') {
            pos++;
            return map;
        }
        while (true) {
            skipWhitespace();
            if (pos >= src.length() || src.charAt(pos) != '"') {
                throw error("Unexpected character");
            }
            String key = string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            map.put(key, value());
            skipWhitespace();
            if (pos < src.length() && src.charAt(pos) == ',') {
                pos++;
                continue;
            }
            expect('}');
            return map;
        }
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        pos++;
        skipWhitespace();
        if (pos < src.length() && src.charAt(pos) == ']') {
            pos++;
            return list;
        }
        while (true) {
            skipWhitespace();
            list.add(value());
            skipWhitespace();
            if (pos < src.length() && src.charAt(pos) == ',') {
                pos++;
                continue;
            }
            expect(']');
            return list;
        }
    }

    private void expect(char c) {
        if (pos >= src.length() || src.charAt(pos) != c) {
            throw error("Unexpected character");
        }
        pos++;
    }

    private String string() {
        int start = ++pos;
        StringBuilder sb = null;
        while (true) {
            if (pos >= src.length()) {
                throw error("Unterminated string");
            }
            char c = src.charAt(pos);
            if (c == '"') {
                String s = sb == null ? src.substring(start, pos) : sb.append(src, start, pos).toString();
                pos++;
                return s;
            }
            if (c == '\\') {
                if (sb == null) {
                    sb = new StringBuilder();
                }
                sb.append(src, start, pos);
                pos++;
                char e = src.charAt(pos++);
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(src.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> throw error("Unrecognized string escape");
                }
                start = pos;
                continue;
            }
            if (c < 0x20) {
                throw error("Control character in string");
            }
            pos++;
        }
    }

    private Object number() {
        int start = pos;
        boolean integral = true;
        if (src.charAt(pos) == '-') {
            pos++;
        }
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c >= '0' && c <= '9') {
                pos++;
            } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
                integral = false;
                pos++;
            } else {
                break;
            }
        }
        if (start == pos) {
            throw error("Unexpected character");
        }
        String text = src.substring(start, pos);
        return integral ? (Object) Long.parseLong(text) : (Object) Double.parseDouble(text);
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws IOException {
        String doc = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int bytes = doc.getBytes(StandardCharsets.UTF_8).length;
        System.out.println("document: " + bytes + " bytes (UTF-8), " + doc.length() + " UTF-16 code units");
        long checksum = 0;
        long[] times = new long[rounds];
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            Map<String, Object> result = (Map<String, Object>) parse(doc);
            times[round] = (System.nanoTime() - t0) / 1000;
            List<Object> items = (List<Object>) result.get("items");
            long sum = 0;
            for (Object item : items) {
                Map<String, Object> m = (Map<String, Object>) item;
                sum += (Long) m.get("id") + ((List<Object>) m.get("tags")).size();
            }
            checksum = sum + items.size();
        }
        System.out.println("checksum: " + checksum);
        int lastCount = Math.min(10, rounds);
        long lastTotal = 0;
        long best = Long.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            if (i >= rounds - lastCount) {
                lastTotal += times[i];
            }
            best = Math.min(best, times[i]);
        }
        System.out.printf("first round: %.1f MB/s%n", (double) bytes / times[0]);
        System.out.printf("last %d rounds: %.1f MB/s%n", lastCount, (double) bytes * lastCount / lastTotal);
        System.out.printf("best round: %.1f MB/s%n", (double) bytes / best);
    }
}
