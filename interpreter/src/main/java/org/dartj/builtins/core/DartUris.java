package org.dartj.builtins.core;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dartj.classes.DartClass;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The rules of dart:core's {@code Uri} (sdk/lib/core/uri.dart, RFC 3986): parsing with the SDK's
 * scanner, component validation and normalization (lower-case scheme and host, percent-escape
 * normalization, dot-segment removal), reference resolution, and the percent-encoding helpers.
 * Plain Java on Java strings; bad input throws {@link UriError}, which the builtins turn into the
 * Dart exception it names.
 */
public final class DartUris {
    private DartUris() {
    }

    /** A failure, with the Dart exception type it becomes. */
    public static final class UriError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public enum Kind {
            FORMAT, ARGUMENT, ARGUMENT_VALUE, UNSUPPORTED, STATE
        }

        public final Kind kind;
        /** For FORMAT: the source text (or null) and the offset in it (-1: none); for ARGUMENT_VALUE: the value. */
        public final String source;
        public final int offset;
        /** For ARGUMENT_VALUE: the argument's name. */
        public final String name;

        UriError(Kind kind, String message, String source, int offset) {
            this(kind, message, source, offset, null);
        }

        UriError(Kind kind, String message, String source, int offset, String name) {
            super(message, null, false, false);
            this.kind = kind;
            this.source = source;
            this.offset = offset;
            this.name = name;
        }
    }

    static UriError fail(String source, int offset, String message) {
        return new UriError(UriError.Kind.FORMAT, message, source, offset);
    }

    static UriError argument(String message) {
        return new UriError(UriError.Kind.ARGUMENT, message, null, -1);
    }

    static UriError unsupported(String message) {
        return new UriError(UriError.Kind.UNSUPPORTED, message, null, -1);
    }

    // Character classes, as sets of ASCII characters.
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String SUB_DELIMS = "!$&'()*+,;=";
    static final boolean[] UNRESERVED = table(ALNUM + "-._~");
    static final boolean[] UNRESERVED_2396 = table(ALNUM + "-_.!~*'()");
    static final boolean[] ENCODE_FULL = table(ALNUM + "!#$&'()*+,-./:;=?@_~");
    static final boolean[] SCHEME = table(ALNUM + "+-.");
    static final boolean[] GEN_DELIMS = table(":/?#[]@");
    static final boolean[] USER_INFO = table(ALNUM + "-._~" + SUB_DELIMS + ":");
    static final boolean[] REG_NAME = table(ALNUM + "-._~" + SUB_DELIMS + "%");
    static final boolean[] PATH_CHAR = table(ALNUM + "-._~" + SUB_DELIMS + ":@");
    static final boolean[] PATH_CHAR_OR_SLASH = table(ALNUM + "-._~" + SUB_DELIMS + ":@/");
    static final boolean[] QUERY_CHAR = table(ALNUM + "-._~" + SUB_DELIMS + ":@/?");
    static final boolean[] ZONE_ID = table(ALNUM + "-._~");

    private static boolean[] table(String chars) {
        boolean[] t = new boolean[128];
        for (int i = 0; i < chars.length(); i++) {
            t[chars.charAt(i)] = true;
        }
        return t;
    }

    private static boolean in(boolean[] table, int c) {
        return c < 128 && table[c];
    }

    static int defaultPort(String scheme) {
        return switch (scheme) {
            case "http" -> 80;
            case "https" -> 443;
            default -> 0;
        };
    }

    // ---------------------------------------------------------------- scanner

    // The SDK's scanner: a state machine over the characters that records where each component
    // starts, and whether the text is already in normal form. Position slots:
    private static final int SCHEME_END = 1;
    private static final int HOST_START = 2;
    private static final int PORT_START = 3;
    private static final int PATH_START = 4;
    private static final int QUERY_START = 5;
    private static final int FRAGMENT_START = 6;
    private static final int NOT_SIMPLE = 7;

    private static final int URI_START = 0;
    private static final int SCHEME_OR_PATH = 1;
    private static final int AUTH_OR_PATH = 2;
    private static final int AUTH_OR_PATH_SLASH = 3;
    private static final int UINFO_OR_HOST0 = 4;
    private static final int UINFO_OR_HOST = 5;
    private static final int UINFO_OR_PORT0 = 6;
    private static final int UINFO_OR_PORT = 7;
    private static final int IPV6_HOST = 8;
    private static final int REL_PATH_SEG = 9;
    private static final int PATH_SEG = 10;
    private static final int PATH = 11;
    private static final int QUERY = 12;
    private static final int FRAGMENT = 13;
    private static final int SCHEME_OR_PATH_DOT = 14;
    private static final int SCHEME_OR_PATH_DOT2 = 15;
    private static final int REL_PATH_SEG_DOT = 16;
    private static final int REL_PATH_SEG_DOT2 = 17;
    private static final int PATH_SEG_DOT = 18;
    private static final int PATH_SEG_DOT2 = 19;
    private static final int SCHEME_START = 20;
    private static final int SCHEME_STATE = 21;
    /** States at or above this one, when the text ends, leave the URI non-simple. */
    private static final int NON_SIMPLE_END_STATES = 14;

    /** Transition tables: per state, for each character 0x20..0x7E (and one slot for all others), next state | slot << 5. */
    private static final byte[][] TABLES = createTables();

    private static final String PCHAR = ALNUM + "-._~" + SUB_DELIMS;

    private static byte[][] createTables() {
        byte[][] t = new byte[22][];
        int ns = NOT_SIMPLE << 5;
        int se = SCHEME_END << 5;
        int hs = HOST_START << 5;
        int ps = PORT_START << 5;
        int pa = PATH_START << 5;
        int qs = QUERY_START << 5;
        int fs = FRAGMENT_START << 5;
        byte[] b;

        b = state(t, URI_START, SCHEME_OR_PATH | ns);
        set(b, PCHAR, SCHEME_OR_PATH);
        set(b, ".", SCHEME_OR_PATH_DOT);
        set(b, ":", AUTH_OR_PATH | se);
        set(b, "/", AUTH_OR_PATH_SLASH);
        set(b, "\\", AUTH_OR_PATH_SLASH | ns);
        set(b, "?", QUERY | qs);
        set(b, "#", FRAGMENT | fs);

        b = state(t, SCHEME_OR_PATH_DOT, SCHEME_OR_PATH | ns);
        set(b, PCHAR, SCHEME_OR_PATH);
        set(b, ".", SCHEME_OR_PATH_DOT2);
        set(b, ":", AUTH_OR_PATH | se);
        set(b, "/\\", PATH_SEG | ns);
        set(b, "?", QUERY | qs);
        set(b, "#", FRAGMENT | fs);

        b = state(t, SCHEME_OR_PATH_DOT2, SCHEME_OR_PATH | ns);
        set(b, PCHAR, SCHEME_OR_PATH);
        set(b, "%", SCHEME_OR_PATH | ns);
        set(b, ":", AUTH_OR_PATH | se);
        set(b, "/", REL_PATH_SEG);
        set(b, "\\", REL_PATH_SEG | ns);
        set(b, "?", QUERY | qs);
        set(b, "#", FRAGMENT | fs);

        b = state(t, SCHEME_OR_PATH, SCHEME_OR_PATH | ns);
        set(b, PCHAR, SCHEME_OR_PATH);
        set(b, ":", AUTH_OR_PATH | se);
        set(b, "/", PATH_SEG);
        set(b, "\\", PATH_SEG | ns);
        set(b, "?", QUERY | qs);
        set(b, "#", FRAGMENT | fs);

        b = state(t, AUTH_OR_PATH, PATH | ns);
        set(b, PCHAR, PATH | pa);
        set(b, "/\\", AUTH_OR_PATH_SLASH | pa);
        set(b, ".", PATH_SEG_DOT | pa);
        set(b, "?", QUERY | qs);
        set(b, "#", FRAGMENT | fs);

        b = state(t, AUTH_OR_PATH_SLASH, PATH | ns);
        set(b, PCHAR, PATH);
        set(b, "/\\", UINFO_OR_HOST0 | hs);
        set(b, ".", PATH_SEG_DOT);
        set(b, "?", QUERY | qs);
        set(b, "#", FRAGMENT | fs);

        for (int s : new int[]{UINFO_OR_HOST0, UINFO_OR_HOST}) {
            b = state(t, s, UINFO_OR_HOST | ns);
            set(b, PCHAR, UINFO_OR_HOST);
            range(b, 'A', 'Z', UINFO_OR_HOST | ns);
            set(b, ":", UINFO_OR_PORT0 | ps);
            set(b, "@", UINFO_OR_HOST0 | hs);
            if (s == UINFO_OR_HOST0) {
                set(b, "[", IPV6_HOST | ns);
            }
            set(b, "/\\", PATH_SEG | pa);
            set(b, "?", QUERY | qs);
            set(b, "#", FRAGMENT | fs);
        }

        for (int s : new int[]{UINFO_OR_PORT0, UINFO_OR_PORT}) {
            b = state(t, s, UINFO_OR_PORT | ns);
            range(b, s == UINFO_OR_PORT0 ? '1' : '0', '9', UINFO_OR_PORT);
            set(b, "@", UINFO_OR_HOST0 | hs);
            set(b, "/\\", PATH_SEG | pa);
            set(b, "?", QUERY | qs);
            set(b, "#", FRAGMENT | fs);
        }

        b = state(t, IPV6_HOST, IPV6_HOST);
        set(b, "]", UINFO_OR_HOST);

        b = state(t, REL_PATH_SEG, PATH | ns);
        set(b, PCHAR, PATH);
        set(b, ".", REL_PATH_SEG_DOT);
        set(b, "/\\", PATH_SEG | ns);
        set(b, "?", QUERY | qs);
        set(b, "#", FRAGMENT | fs);

        b = state(t, REL_PATH_SEG_DOT, PATH | ns);
        set(b, PCHAR, PATH);
        set(b, ".", REL_PATH_SEG_DOT2);
        set(b, "/\\", PATH_SEG | ns);
        set(b, "?", QUERY | qs);
        set(b, "#", FRAGMENT | fs);

        b = state(t, REL_PATH_SEG_DOT2, PATH | ns);
        set(b, PCHAR, PATH);
        set(b, "/", REL_PATH_SEG);
        set(b, "\\", REL_PATH_SEG | ns);
        set(b, "?", QUERY | qs);
        set(b, "#", FRAGMENT | fs);

        b = state(t, PATH_SEG, PATH | ns);
        set(b, PCHAR, PATH);
        set(b, ".", PATH_SEG_DOT);
        set(b, "/", PATH_SEG);
        set(b, "\\", PATH_SEG | ns);
        set(b, "?", QUERY | qs);
        set(b, "#", FRAGMENT | fs);

        b = state(t, PATH_SEG_DOT, PATH | ns);
        set(b, PCHAR, PATH);
        set(b, ".", PATH_SEG_DOT2);
        set(b, "/\\", PATH_SEG | ns);
        set(b, "?", QUERY | qs);
        set(b, "#", FRAGMENT | fs);

        b = state(t, PATH_SEG_DOT2, PATH | ns);
        set(b, PCHAR, PATH);
        set(b, "/\\", PATH_SEG | ns);
        set(b, "?", QUERY | qs);
        set(b, "#", FRAGMENT | fs);

        b = state(t, PATH, PATH | ns);
        set(b, PCHAR, PATH);
        set(b, "/", PATH_SEG);
        set(b, "\\", PATH_SEG | ns);
        set(b, "?", QUERY | qs);
        set(b, "#", FRAGMENT | fs);

        b = state(t, QUERY, QUERY | ns);
        set(b, PCHAR, QUERY);
        set(b, "?", QUERY);
        set(b, "#", FRAGMENT | fs);

        b = state(t, FRAGMENT, FRAGMENT | ns);
        set(b, PCHAR, FRAGMENT);
        set(b, "?", FRAGMENT);

        b = state(t, SCHEME_START, SCHEME_STATE | ns);
        range(b, 'a', 'z', SCHEME_STATE);

        b = state(t, SCHEME_STATE, SCHEME_STATE | ns);
        range(b, 'a', 'z', SCHEME_STATE);
        range(b, '0', '9', SCHEME_STATE);
        set(b, "+-.", SCHEME_STATE);
        return t;
    }

    private static byte[] state(byte[][] tables, int state, int defaultTransition) {
        byte[] b = new byte[96];
        java.util.Arrays.fill(b, (byte) defaultTransition);
        tables[state] = b;
        return b;
    }

    private static void set(byte[] b, String chars, int transition) {
        for (int i = 0; i < chars.length(); i++) {
            b[chars.charAt(i) ^ 0x60] = (byte) transition;
        }
    }

    private static void range(byte[] b, char from, char to, int transition) {
        for (int c = from; c <= to; c++) {
            b[c ^ 0x60] = (byte) transition;
        }
    }

    private static int scan(String uri, int start, int end, int state, int[] indices) {
        for (int i = start; i < end; i++) {
            int c = uri.charAt(i) ^ 0x60;
            if (c > 0x5f) {
                c = 0x1f;
            }
            int transition = TABLES[state][c] & 0xff;
            state = transition & 0x1f;
            indices[transition >> 5] = i;
        }
        return state;
    }

    // ---------------------------------------------------------------- parse

    /** {@code Uri.parse(uri, start, end)}. */
    @TruffleBoundary
    public static DartUri parse(DartClass cls, String uri, int start, int end) {
        return parse(cls, null, uri, start, end);
    }

    /** {@code Uri.parse}; a "data:" URI is checked and normalized as {@code UriData.parse} does. */
    @TruffleBoundary
    public static DartUri parse(DartClass cls, DartClass dataClass, String uri, int start, int end) {
        if (startsWithData(uri, start, end)) {
            boolean exact = uri.startsWith("data:", start);
            String source = exact ? uri.substring(start, end) : uri.substring(start + 5, end);
            DartUriData data = parseData(dataClass, uri.substring(start + 5, end), source, exact ? 5 : 0);
            return dataUri(cls, data);
        }
        int[] indices = new int[8];
        indices[SCHEME_END] = start - 1;
        indices[HOST_START] = start - 1;
        indices[NOT_SIMPLE] = start - 1;
        indices[PORT_START] = start;
        indices[PATH_START] = start;
        indices[QUERY_START] = end;
        indices[FRAGMENT_START] = end;
        int state = scan(uri, start, end, URI_START, indices);
        if (state >= NON_SIMPLE_END_STATES) {
            indices[NOT_SIMPLE] = end;
        }
        int schemeEnd = indices[SCHEME_END];
        if (schemeEnd >= start) {
            state = scan(uri, start, schemeEnd, SCHEME_START, indices);
            if (state == SCHEME_START) {
                indices[NOT_SIMPLE] = schemeEnd;
            }
        }
        int hostStart = indices[HOST_START] + 1;
        int portStart = indices[PORT_START];
        int pathStart = indices[PATH_START];
        int queryStart = indices[QUERY_START];
        int fragmentStart = indices[FRAGMENT_START];
        if (fragmentStart < queryStart) {
            queryStart = fragmentStart;
        }
        if (pathStart < hostStart) {
            pathStart = queryStart;
        } else if (pathStart <= schemeEnd) {
            pathStart = schemeEnd + 1;
        }
        if (portStart < hostStart) {
            portStart = pathStart;
        }
        boolean isSimple = indices[NOT_SIMPLE] < start;
        if (isSimple) {
            if (hostStart > schemeEnd + 3 || portStart > start && portStart + 1 == pathStart) {
                isSimple = false;
            } else if (uri.startsWith("\\", pathStart) || hostStart > start && (uri.startsWith("\\", hostStart - 1) || uri.startsWith("\\", hostStart - 2))) {
                isSimple = false;
            } else if (queryStart < end && (queryStart == pathStart + 2 && uri.startsWith("..", pathStart)) ||
                            (queryStart > pathStart + 2 && uri.startsWith("/..", queryStart - 3))) {
                isSimple = false;
            }
        }
        // A simple file URI always gets an authority (the SDK rewrites "file:x" to "file:///x").
        boolean fileAuthority = isSimple && schemeEnd == start + 4 && uri.startsWith("file", start) && hostStart <= start;
        return notSimple(cls, uri, start, end, schemeEnd, hostStart, portStart, pathStart, queryStart, fragmentStart, fileAuthority);
    }

    private static DartUri notSimple(DartClass cls, String uri, int start, int end, int schemeEnd, int hostStart, int portStart, int pathStart, int queryStart,
                    int fragmentStart, boolean fileAuthority) {
        String scheme = "";
        if (schemeEnd > start) {
            scheme = makeScheme(uri, start, schemeEnd);
        } else if (schemeEnd == start) {
            throw fail(uri, start, "Invalid empty scheme");
        }
        String userInfo = "";
        String host = null;
        Integer port = null;
        if (hostStart > start) {
            int userInfoStart = schemeEnd + 3;
            if (userInfoStart < hostStart) {
                userInfo = makeUserInfo(uri, userInfoStart, hostStart - 1);
            }
            host = makeHost(uri, hostStart, portStart, false);
            if (portStart + 1 < pathStart) {
                String digits = uri.substring(portStart + 1, pathStart);
                Integer number = parsePort(digits);
                if (number == null) {
                    throw fail(uri, portStart + 1, "Invalid port");
                }
                port = makePort(number, scheme);
            }
        } else if (fileAuthority) {
            host = "";
        }
        String path = makePath(uri, pathStart, queryStart, null, scheme, host != null);
        String query = null;
        if (queryStart < fragmentStart) {
            query = makeQuery(uri, queryStart + 1, fragmentStart, null);
        }
        String fragment = null;
        if (fragmentStart < end) {
            fragment = makeFragment(uri, fragmentStart + 1, end);
        }
        return new DartUri(cls, scheme, userInfo, host, port, path, query, fragment);
    }

    /** {@code int.tryParse} of a port (null if it is not an int). */
    private static Integer parsePort(String text) {
        Long value = org.dartj.runtime.number.DartNumberParser.tryParseInt(text, 0);
        return value == null ? null : (int) value.longValue();
    }

    // ---------------------------------------------------------------- components

    /** A {@code query} or {@code queryParameters} argument: the parameter values are strings or lists of strings (null: none). */
    public record QueryParameters(List<String> keys, List<List<String>> values) {
    }

    /** {@code Uri(...)} from its named components (null: not given). */
    @TruffleBoundary
    public static DartUri create(DartClass cls, String scheme, String userInfo, String host, Integer port, String path, List<String> pathSegments, String query,
                    QueryParameters queryParameters, String fragment) {
        String s = scheme == null ? "" : makeScheme(scheme, 0, scheme.length());
        String ui = userInfo == null ? "" : makeUserInfo(userInfo, 0, userInfo.length());
        String h = host == null ? null : makeHost(host, 0, host.length(), false);
        String q = "".equals(query) ? null : query;
        q = makeQuery(q, 0, q == null ? 0 : q.length(), queryParameters);
        String f = fragment == null ? null : makeFragment(fragment, 0, fragment.length());
        Integer p = makePort(port, s);
        boolean isFile = s.equals("file");
        if (h == null && (!ui.isEmpty() || p != null || isFile)) {
            h = "";
        }
        boolean hasAuthority = h != null;
        String pa = makePath(path, 0, path == null ? 0 : path.length(), pathSegments, s, hasAuthority);
        if (s.isEmpty() && h == null && !pa.startsWith("/")) {
            pa = normalizeRelativePath(pa, false);
        } else {
            pa = removeDotSegments(pa);
        }
        if (h == null && pa.startsWith("//")) {
            h = "";
        }
        return new DartUri(cls, s, ui, h, p, pa, q, f);
    }

    /** {@code Uri.http} / {@code Uri.https}: authority "user@host:port", a path of unencoded segments. */
    @TruffleBoundary
    public static DartUri http(DartClass cls, String scheme, String authority, String unencodedPath, QueryParameters queryParameters) {
        String userInfo = "";
        String host = null;
        Integer port = null;
        if (authority != null && !authority.isEmpty()) {
            int hostStart = 0;
            int at = authority.indexOf('@');
            if (at >= 0) {
                userInfo = authority.substring(0, at);
                hostStart = at + 1;
            }
            int hostEnd = hostStart;
            if (hostStart < authority.length() && authority.charAt(hostStart) == '[') {
                int escapeForZoneID = -1;
                for (; hostEnd < authority.length(); hostEnd++) {
                    char c = authority.charAt(hostEnd);
                    if (c == '%' && escapeForZoneID < 0) {
                        escapeForZoneID = hostEnd;
                        if (authority.startsWith("25", hostEnd + 1)) {
                            hostEnd += 2;
                        }
                    } else if (c == ']') {
                        break;
                    }
                }
                if (hostEnd == authority.length()) {
                    throw fail(authority, hostStart, "Invalid IPv6 host entry.");
                }
                parseIPv6Address(authority, hostStart + 1, escapeForZoneID < 0 ? hostEnd : escapeForZoneID);
                hostEnd++;
                if (hostEnd != authority.length() && authority.charAt(hostEnd) != ':') {
                    throw fail(authority, hostEnd, "Invalid end of authority");
                }
            }
            for (; hostEnd < authority.length(); hostEnd++) {
                if (authority.charAt(hostEnd) == ':') {
                    String portString = authority.substring(hostEnd + 1);
                    if (!portString.isEmpty()) {
                        port = parseIntStrict(portString);
                    }
                    break;
                }
            }
            host = authority.substring(hostStart, hostEnd);
        }
        return create(cls, scheme, userInfo, host, port, null, List.of(unencodedPath.split("/", -1)), null, queryParameters, null);
    }

    /** {@code int.parse(text)}: a bad number is the FormatException int.parse throws. */
    private static int parseIntStrict(String text) {
        return (int) intParse(text, 0);
    }

    private static long intParse(String text, int radix) {
        try {
            return org.dartj.runtime.number.DartNumberParser.parseInt(text, radix);
        } catch (org.dartj.runtime.number.DartNumberParser.ParseError e) {
            throw fail(text, e.offset(), e.getMessage());
        }
    }

    /** {@code Uri.file} / {@code Uri.directory} for POSIX paths. */
    @TruffleBoundary
    public static DartUri file(DartClass cls, String path, boolean directory) {
        List<String> segments = new ArrayList<>(List.of(path.split("/", -1)));
        if (directory && !segments.isEmpty() && !segments.get(segments.size() - 1).isEmpty()) {
            segments.add("");
        }
        if (path.startsWith("/")) {
            return create(cls, "file", null, null, null, null, segments, null, null, null);
        }
        return create(cls, null, null, null, null, null, segments, null, null, null);
    }

    /** {@code Uri.file(path, windows: true)} / {@code Uri.directory(path, windows: true)}. */
    @TruffleBoundary
    public static DartUri windowsFile(DartClass cls, String path, boolean directory) {
        if (path.startsWith("\\\\?\\")) {
            if (path.startsWith("UNC\\", 4)) {
                path = "\\" + path.substring(7);
            } else {
                path = path.substring(4);
                if (path.length() < 3 || path.charAt(1) != ':' || path.charAt(2) != '\\') {
                    throw argumentValue(path, "path", "Windows paths with \\\\?\\ prefix must be absolute");
                }
            }
        } else {
            path = path.replace('/', '\\');
        }
        if (path.length() > 1 && path.charAt(1) == ':') {
            char drive = path.charAt(0);
            if (!isAlphabetic(drive)) {
                throw argument("Illegal drive letter " + drive);
            }
            if (path.length() == 2 || path.charAt(2) != '\\') {
                throw argumentValue(path, "path", "Windows paths with drive letter must be absolute");
            }
            List<String> segments = windowsSegments(path, directory);
            checkWindowsSegments(segments, 1, true);
            return create(cls, "file", null, null, null, null, segments, null, null, null);
        }
        if (path.startsWith("\\")) {
            if (path.startsWith("\\", 1)) {
                int pathStart = path.indexOf('\\', 2);
                String hostPart = pathStart < 0 ? path.substring(2) : path.substring(2, pathStart);
                String pathPart = pathStart < 0 ? "" : path.substring(pathStart + 1);
                List<String> segments = windowsSegments(pathPart, directory);
                checkWindowsSegments(segments, 0, true);
                return create(cls, "file", null, hostPart, null, null, segments, null, null, null);
            }
            List<String> segments = windowsSegments(path, directory);
            checkWindowsSegments(segments, 0, true);
            return create(cls, "file", null, null, null, null, segments, null, null, null);
        }
        List<String> segments = windowsSegments(path, directory);
        checkWindowsSegments(segments, 0, true);
        return create(cls, null, null, null, null, null, segments, null, null, null);
    }

    private static List<String> windowsSegments(String path, boolean directory) {
        List<String> segments = new ArrayList<>(List.of(path.split("\\\\", -1)));
        if (directory && !segments.get(segments.size() - 1).isEmpty()) {
            segments.add("");
        }
        return segments;
    }

    private static void checkWindowsSegments(List<String> segments, int first, boolean argumentError) {
        for (int i = first; i < segments.size(); i++) {
            String segment = segments.get(i);
            for (int j = 0; j < segment.length(); j++) {
                if ("\"*/:<>?\\|".indexOf(segment.charAt(j)) >= 0) {
                    throw argumentError ? argument("Illegal character in path") : unsupported("Illegal character in path: " + segment);
                }
            }
        }
    }

    static UriError argumentValue(String value, String name, String message) {
        return new UriError(UriError.Kind.ARGUMENT_VALUE, message, value, -1, name);
    }

    static Integer makePort(Integer port, String scheme) {
        if (port != null && port == defaultPort(scheme)) {
            return null;
        }
        return port;
    }

    static String makeScheme(String scheme, int start, int end) {
        if (start == end) {
            return "";
        }
        if (!isAlphabetic(scheme.charAt(start))) {
            throw fail(scheme, start, "Scheme not starting with alphabetic character");
        }
        boolean upper = false;
        for (int i = start; i < end; i++) {
            char c = scheme.charAt(i);
            if (!in(SCHEME, c)) {
                throw fail(scheme, i, "Illegal scheme character");
            }
            upper |= c >= 'A' && c <= 'Z';
        }
        String s = scheme.substring(start, end);
        return upper ? asciiLower(s) : s;
    }

    private static boolean isAlphabetic(int c) {
        int lower = c | 0x20;
        return lower >= 'a' && lower <= 'z';
    }

    private static String asciiLower(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c);
        }
        return sb.toString();
    }

    static String makeUserInfo(String userInfo, int start, int end) {
        return normalizeOrSubstring(userInfo, start, end, USER_INFO, false, false);
    }

    /**
     * Checks and normalizes a host: {@code [...]} (or, unless strict, any text with a colon) is an
     * IPv6 address, kept in brackets and lower case; anything else is a reg-name, lower-cased and
     * escape-normalized.
     */
    static String makeHost(String host, int start, int end, boolean strictIPv6) {
        if (start == end) {
            return "";
        }
        if (host.charAt(start) == '[') {
            if (host.charAt(end - 1) != ']') {
                throw fail(host, start, "Missing end `]` to match `[` in host");
            }
            String zoneID = "";
            int index = checkZoneID(host, start + 1, end - 1);
            if (index < end - 1) {
                int zoneStart = host.startsWith("25", index + 1) ? index + 3 : index + 1;
                zoneID = normalizeZoneID(host, zoneStart, end - 1, "%25");
            }
            parseIPv6Address(host, start + 1, index);
            return host.substring(start, index).toLowerCase(java.util.Locale.ROOT) + zoneID + "]";
        }
        if (!strictIPv6) {
            for (int i = start; i < end; i++) {
                if (host.charAt(i) == ':') {
                    String zoneID = "";
                    int index = checkZoneID(host, start, end);
                    if (index < end) {
                        int zoneStart = host.startsWith("25", index + 1) ? index + 3 : index + 1;
                        zoneID = normalizeZoneID(host, zoneStart, end, "%25");
                    }
                    parseIPv6Address(host, start, index);
                    return "[" + host.substring(start, index) + zoneID + "]";
                }
            }
        }
        return normalizeRegName(host, start, end);
    }

    private static int checkZoneID(String host, int start, int end) {
        int index = host.indexOf('%', start);
        return index >= start && index < end ? index : end;
    }

    private static String normalizeZoneID(String host, int start, int end, String prefix) {
        StringBuilder buffer = new StringBuilder(prefix);
        int sectionStart = start;
        int index = start;
        while (index < end) {
            char c = host.charAt(index);
            if (c == '%') {
                String replacement = normalizeEscape(host, index, true);
                if (replacement == null) {
                    index += 3;
                    continue;
                }
                if (replacement.equals("%")) {
                    throw fail(host, index, "ZoneID should not contain % anymore");
                }
                buffer.append(host, sectionStart, index).append(replacement);
                index += 3;
                sectionStart = index;
            } else if (in(ZONE_ID, c)) {
                index++;
            } else {
                int sourceLength = 1;
                int cp = c;
                if (Character.isHighSurrogate(c) && index + 1 < end && Character.isLowSurrogate(host.charAt(index + 1))) {
                    cp = Character.toCodePoint(c, host.charAt(index + 1));
                    sourceLength = 2;
                }
                buffer.append(host, sectionStart, index).append(escapeChar(cp));
                index += sourceLength;
                sectionStart = index;
            }
        }
        buffer.append(host, sectionStart, end);
        return buffer.toString();
    }

    static String normalizeRegName(String host, int start, int end) {
        StringBuilder sb = new StringBuilder();
        int index = start;
        while (index < end) {
            char c = host.charAt(index);
            if (c == '%') {
                String replacement = normalizeEscape(host, index, true);
                if (replacement == null) {
                    sb.append(host, index, index + 3);
                    index += 3;
                } else if (replacement.equals("%")) {
                    sb.append("%25");
                    index += 1;
                } else {
                    sb.append(replacement);
                    index += 3;
                }
            } else if (in(REG_NAME, c)) {
                sb.append(c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c);
                index++;
            } else if (in(GEN_DELIMS, c)) {
                throw fail(host, index, "Invalid character");
            } else {
                int sourceLength = 1;
                int cp = c;
                if (Character.isHighSurrogate(c) && index + 1 < end && Character.isLowSurrogate(host.charAt(index + 1))) {
                    cp = Character.toCodePoint(c, host.charAt(index + 1));
                    sourceLength = 2;
                }
                sb.append(escapeChar(cp));
                index += sourceLength;
            }
        }
        return sb.toString();
    }

    static String makePath(String path, int start, int end, List<String> pathSegments, String scheme, boolean hasAuthority) {
        boolean isFile = scheme.equals("file");
        boolean ensureLeadingSlash = isFile || hasAuthority;
        String result;
        if (path == null) {
            if (pathSegments == null) {
                return isFile ? "/" : "";
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < pathSegments.size(); i++) {
                if (i > 0) {
                    sb.append('/');
                }
                sb.append(encode(PATH_CHAR, pathSegments.get(i), false));
            }
            result = sb.toString();
        } else if (pathSegments != null) {
            throw argument("Both path and pathSegments specified");
        } else {
            result = normalizeOrSubstring(path, start, end, PATH_CHAR_OR_SLASH, true, true);
        }
        if (result.isEmpty()) {
            if (isFile) {
                return "/";
            }
        } else if (ensureLeadingSlash && !result.startsWith("/")) {
            result = "/" + result;
        }
        return normalizePath(result, scheme, hasAuthority);
    }

    /** Dot-segment removal: a pure relative path keeps its leading "..", others follow RFC 3986. */
    static String normalizePath(String path, String scheme, boolean hasAuthority) {
        if (scheme.isEmpty() && !hasAuthority && !path.startsWith("/") && !path.startsWith("\\")) {
            return normalizeRelativePath(path, false);
        }
        return removeDotSegments(path);
    }

    static String makeQuery(String query, int start, int end, QueryParameters parameters) {
        if (query != null) {
            if (parameters != null) {
                throw argument("Both query and queryParameters specified");
            }
            return normalizeOrSubstring(query, start, end, QUERY_CHAR, true, false);
        }
        if (parameters == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        String separator = "";
        for (int i = 0; i < parameters.keys().size(); i++) {
            String key = parameters.keys().get(i);
            List<String> values = parameters.values().get(i);
            if (values == null) {
                sb.append(separator).append(encode(UNRESERVED, key, true));
                separator = "&";
                continue;
            }
            for (String value : values) {
                sb.append(separator).append(encode(UNRESERVED, key, true));
                separator = "&";
                if (value != null && !value.isEmpty()) {
                    sb.append('=').append(encode(UNRESERVED, value, true));
                }
            }
        }
        return sb.toString();
    }

    static String makeFragment(String fragment, int start, int end) {
        return normalizeOrSubstring(fragment, start, end, QUERY_CHAR, true, false);
    }

    /**
     * RFC 3986 percent-encoding normalization of the escape at {@code index}: null to keep it,
     * "%" when it is not a valid escape, else its replacement (an unreserved character, or the
     * escape in upper case).
     */
    static String normalizeEscape(String source, int index, boolean lowerCase) {
        if (index + 2 >= source.length()) {
            return "%";
        }
        char first = source.charAt(index + 1);
        char second = source.charAt(index + 2);
        int hi = Character.digit(first, 16);
        int lo = Character.digit(second, 16);
        if (hi < 0 || lo < 0 || first > 'f' || second > 'f') {
            return "%";
        }
        int value = hi * 16 + lo;
        if (in(UNRESERVED, value)) {
            if (lowerCase && value >= 'A' && value <= 'Z') {
                value |= 0x20;
            }
            return String.valueOf((char) value);
        }
        if (first >= 'a' || second >= 'a') {
            return source.substring(index, index + 3).toUpperCase(java.util.Locale.ROOT);
        }
        return null;
    }

    private static final String HEX = "0123456789ABCDEF";

    /** The UTF-8 bytes of a code point, percent-encoded. */
    static String escapeChar(int cp) {
        byte[] bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            sb.append('%').append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
        }
        return sb.toString();
    }

    static String normalizeOrSubstring(String component, int start, int end, boolean[] table, boolean escapeDelimiters, boolean replaceBackslash) {
        StringBuilder buffer = null;
        int sectionStart = start;
        int index = start;
        while (index < end) {
            char c = component.charAt(index);
            if (in(table, c)) {
                index++;
                continue;
            }
            String replacement;
            int sourceLength;
            if (c == '%') {
                replacement = normalizeEscape(component, index, false);
                if (replacement == null) {
                    index += 3;
                    continue;
                }
                if (replacement.equals("%")) {
                    replacement = "%25";
                    sourceLength = 1;
                } else {
                    sourceLength = 3;
                }
            } else if (c == '\\' && replaceBackslash) {
                replacement = "/";
                sourceLength = 1;
            } else if (!escapeDelimiters && in(GEN_DELIMS, c)) {
                throw fail(component, index, "Invalid character");
            } else {
                sourceLength = 1;
                int cp = c;
                if (Character.isHighSurrogate(c) && index + 1 < end && Character.isLowSurrogate(component.charAt(index + 1))) {
                    cp = Character.toCodePoint(c, component.charAt(index + 1));
                    sourceLength = 2;
                }
                replacement = escapeChar(cp);
            }
            if (buffer == null) {
                buffer = new StringBuilder();
            }
            buffer.append(component, sectionStart, index).append(replacement);
            index += sourceLength;
            sectionStart = index;
        }
        if (buffer == null) {
            return component.substring(start, end);
        }
        buffer.append(component, sectionStart, end);
        return buffer.toString();
    }

    // ---------------------------------------------------------------- paths

    private static boolean mayContainDotSegments(String path) {
        return path.startsWith(".") || path.contains("/.");
    }

    /** RFC 3986 "remove dot segments", treating the path as absolute (leading ".." vanish). */
    static String removeDotSegments(String path) {
        if (!mayContainDotSegments(path)) {
            return path;
        }
        List<String> output = new ArrayList<>();
        boolean appendSlash = false;
        for (String segment : path.split("/", -1)) {
            appendSlash = false;
            if (segment.equals("..")) {
                if (!output.isEmpty()) {
                    output.remove(output.size() - 1);
                    if (output.isEmpty()) {
                        output.add("");
                    }
                }
                appendSlash = true;
            } else if (segment.equals(".")) {
                appendSlash = true;
            } else {
                output.add(segment);
            }
        }
        if (appendSlash) {
            output.add("");
        }
        return String.join("/", output);
    }

    /**
     * Removes "." segments and the ".." that follow a real segment; a path that vanishes becomes
     * "./". Unless {@code allowScheme}, a first segment that looks like a scheme gets its colon escaped.
     */
    static String normalizeRelativePath(String path, boolean allowScheme) {
        if (!mayContainDotSegments(path)) {
            return allowScheme ? path : escapeScheme(path);
        }
        List<String> output = new ArrayList<>();
        boolean appendSlash = false;
        for (String segment : path.split("/", -1)) {
            appendSlash = false;
            if (segment.equals("..")) {
                if (!output.isEmpty() && !output.get(output.size() - 1).equals("..")) {
                    output.remove(output.size() - 1);
                    appendSlash = true;
                } else {
                    output.add("..");
                }
            } else if (segment.equals(".")) {
                appendSlash = true;
            } else {
                output.add(segment);
            }
        }
        if (output.isEmpty() || output.size() == 1 && output.get(0).isEmpty()) {
            return "./";
        }
        if (appendSlash || output.get(output.size() - 1).equals("..")) {
            output.add("");
        }
        if (!allowScheme) {
            output.set(0, escapeScheme(output.get(0)));
        }
        return String.join("/", output);
    }

    private static String escapeScheme(String path) {
        if (path.length() >= 2 && isAlphabetic(path.charAt(0))) {
            for (int i = 1; i < path.length(); i++) {
                char c = path.charAt(i);
                if (c == ':') {
                    return path.substring(0, i) + "%3A" + path.substring(i + 1);
                }
                if (!in(SCHEME, c)) {
                    break;
                }
            }
        }
        return path;
    }

    private static String mergePaths(String base, String reference) {
        int backCount = 0;
        int refStart = 0;
        while (reference.startsWith("../", refStart)) {
            refStart += 3;
            backCount++;
        }
        int baseEnd = base.lastIndexOf('/');
        while (baseEnd > 0 && backCount > 0) {
            int newEnd = base.lastIndexOf('/', baseEnd - 1);
            if (newEnd < 0) {
                break;
            }
            int delta = baseEnd - newEnd;
            if ((delta == 2 || delta == 3) && base.charAt(newEnd + 1) == '.' && (delta == 2 || base.charAt(newEnd + 2) == '.')) {
                break;
            }
            baseEnd = newEnd;
            backCount--;
        }
        return base.substring(0, baseEnd + 1) + reference.substring(refStart - 3 * backCount);
    }

    /** The index of the "/" ending the package name of a {@code package:} URI's path, or -1. */
    private static int packageNameEnd(DartUri uri) {
        if (!uri.scheme.equals("package") || uri.hasAuthority()) {
            return -1;
        }
        int dots = 0;
        String path = uri.path;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '/') {
                return dots != 0 ? i : -1;
            }
            if (c == '%' || c == ':') {
                return -1;
            }
            dots |= c ^ '.';
        }
        return -1;
    }

    /** {@code base.resolveUri(reference)} (RFC 3986 section 5.2, with the SDK's additions for relative bases and package URIs). */
    @TruffleBoundary
    public static DartUri resolve(DartUri base, DartUri reference) {
        if (!reference.scheme.isEmpty()) {
            return reference;
        }
        String targetScheme = base.scheme;
        if (reference.hasAuthority()) {
            return replace(reference, targetScheme, null, null, null, null, null, null, null, null);
        }
        String targetPath;
        String targetQuery;
        if (reference.path.isEmpty()) {
            targetPath = base.path;
            targetQuery = reference.query != null ? reference.query : base.query;
        } else {
            int packageEnd = packageNameEnd(base);
            boolean referenceAbsolute = reference.path.startsWith("/");
            if (packageEnd > 0) {
                String packageName = base.path.substring(0, packageEnd);
                if (referenceAbsolute) {
                    targetPath = packageName + removeDotSegments(reference.path);
                } else {
                    targetPath = packageName + removeDotSegments(mergePaths(base.path.substring(packageName.length()), reference.path));
                }
            } else if (referenceAbsolute) {
                targetPath = removeDotSegments(reference.path);
            } else if (base.path.isEmpty()) {
                if (!base.hasAuthority()) {
                    targetPath = base.scheme.isEmpty() ? reference.path : removeDotSegments(reference.path);
                } else {
                    targetPath = removeDotSegments("/" + reference.path);
                }
            } else {
                String merged = mergePaths(base.path, reference.path);
                if (!base.scheme.isEmpty() || base.hasAuthority() || base.path.startsWith("/")) {
                    targetPath = removeDotSegments(merged);
                } else {
                    targetPath = normalizeRelativePath(merged, false);
                }
            }
            targetQuery = reference.query;
        }
        return new DartUri(base.dartClass(), targetScheme, base.userInfo, base.host, base.port, targetPath, targetQuery, reference.fragment);
    }

    /** {@code uri.replace(...)}: the given components (null: keep this URI's). */
    @TruffleBoundary
    public static DartUri replace(DartUri uri, String scheme, String userInfo, String host, Integer port, String path, List<String> pathSegments, String query,
                    QueryParameters queryParameters, String fragment) {
        boolean schemeChanged = false;
        String s;
        if (scheme != null) {
            s = makeScheme(scheme, 0, scheme.length());
            schemeChanged = !s.equals(uri.scheme);
        } else {
            s = uri.scheme;
        }
        boolean isFile = s.equals("file");
        String ui = userInfo != null ? makeUserInfo(userInfo, 0, userInfo.length()) : uri.userInfo;
        Integer p;
        if (port != null) {
            p = makePort(port, s);
        } else {
            p = uri.port;
            if (schemeChanged) {
                p = makePort(p, s);
            }
        }
        String h;
        if (host != null) {
            h = makeHost(host, 0, host.length(), false);
        } else if (uri.hasAuthority()) {
            h = uri.host;
        } else if (!ui.isEmpty() || p != null || isFile) {
            h = "";
        } else {
            h = null;
        }
        boolean hasAuthority = h != null;
        String pa;
        if (path != null || pathSegments != null) {
            pa = makePath(path, 0, path == null ? 0 : path.length(), pathSegments, s, hasAuthority);
        } else {
            pa = uri.path;
            if ((isFile || hasAuthority && !pa.isEmpty()) && !pa.startsWith("/")) {
                pa = "/" + pa;
            }
        }
        String q = query != null || queryParameters != null ? makeQuery(query, 0, query == null ? 0 : query.length(), queryParameters) : uri.query;
        String f = fragment != null ? makeFragment(fragment, 0, fragment.length()) : uri.fragment;
        return new DartUri(uri.dartClass(), s, ui, h, p, pa, q, f);
    }

    /** {@code uri.normalizePath()}. */
    @TruffleBoundary
    public static DartUri normalizePath(DartUri uri) {
        String path = normalizePath(uri.path, uri.scheme, uri.hasAuthority());
        if (path.equals(uri.path)) {
            return uri;
        }
        return replace(uri, null, null, null, null, path, null, null, null, null);
    }

    /** {@code uri.pathSegments}: the decoded segments of the path, without a leading empty one. */
    @TruffleBoundary
    public static List<String> pathSegments(DartUri uri) {
        String p = uri.path;
        if (p.startsWith("/")) {
            p = p.substring(1);
        }
        List<String> result = new ArrayList<>();
        if (p.isEmpty()) {
            return result;
        }
        for (String segment : p.split("/", -1)) {
            result.add(decode(segment, false));
        }
        return result;
    }

    /** {@code uri.origin}. */
    @TruffleBoundary
    public static String origin(DartUri uri) {
        if (uri.scheme.isEmpty()) {
            throw new UriError(UriError.Kind.STATE, "Cannot use origin without a scheme: " + uri, null, -1);
        }
        if (!uri.scheme.equals("http") && !uri.scheme.equals("https")) {
            throw new UriError(UriError.Kind.STATE, "Origin is only applicable schemes http and https: " + uri, null, -1);
        }
        if (uri.host == null || uri.host.isEmpty()) {
            throw new UriError(UriError.Kind.STATE, "A " + uri.scheme + ": URI should have a non-empty host name: " + uri, null, -1);
        }
        return uri.scheme + "://" + uri.host + (uri.port == null ? "" : ":" + uri.port);
    }

    /** {@code uri.toFilePath()} with POSIX rules, or Windows rules if {@code windows}. */
    @TruffleBoundary
    public static String toFilePath(DartUri uri, boolean windows) {
        if (!uri.scheme.isEmpty() && !uri.scheme.equals("file")) {
            throw unsupported("Cannot extract a file path from a " + uri.scheme + " URI");
        }
        if (!uri.queryText().isEmpty()) {
            throw unsupported("Cannot extract a file path from a URI with a query component");
        }
        if (!uri.fragmentText().isEmpty()) {
            throw unsupported("Cannot extract a file path from a URI with a fragment component");
        }
        if (windows) {
            return toWindowsFilePath(uri);
        }
        if (uri.hasAuthority() && !uri.hostName().isEmpty()) {
            throw unsupported("Cannot extract a non-Windows file path from a file URI with an authority");
        }
        List<String> segments = pathSegments(uri);
        for (String segment : segments) {
            if (segment.contains("/")) {
                throw unsupported("Illegal path character " + segment);
            }
        }
        return (uri.path.startsWith("/") ? "/" : "") + String.join("/", segments);
    }

    private static String toWindowsFilePath(DartUri uri) {
        boolean hasDriveLetter = false;
        List<String> segments = pathSegments(uri);
        if (!segments.isEmpty() && segments.get(0).length() == 2 && segments.get(0).charAt(1) == ':') {
            char drive = segments.get(0).charAt(0);
            if (!isAlphabetic(drive)) {
                throw unsupported("Illegal drive letter " + drive);
            }
            checkWindowsSegments(segments, 1, false);
            hasDriveLetter = true;
        } else {
            checkWindowsSegments(segments, 0, false);
        }
        StringBuilder sb = new StringBuilder();
        if (uri.path.startsWith("/") && !hasDriveLetter) {
            sb.append('\\');
        }
        if (uri.hasAuthority() && !uri.hostName().isEmpty()) {
            sb.append('\\').append(uri.hostName()).append('\\');
        }
        sb.append(String.join("\\", segments));
        if (hasDriveLetter && segments.size() == 1) {
            sb.append('\\');
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- encoding

    /** Percent-encodes the UTF-8 bytes of {@code text} that are not in {@code table} (a space as "+" if asked). */
    @TruffleBoundary
    public static String encode(boolean[] table, String text, boolean spaceToPlus) {
        int i = 0;
        while (i < text.length() && in(table, text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : utf8(text)) {
            int v = b & 0xff;
            if (in(table, v)) {
                sb.append((char) v);
            } else if (spaceToPlus && v == ' ') {
                sb.append('+');
            } else {
                sb.append('%').append(HEX.charAt(v >> 4)).append(HEX.charAt(v & 0xf));
            }
        }
        return sb.toString();
    }

    /** UTF-8 as Dart's encoder writes it: an unpaired surrogate becomes U+FFFD. */
    private static byte[] utf8(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            int cp = text.charAt(i);
            if (Character.isHighSurrogate((char) cp) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                cp = Character.toCodePoint((char) cp, text.charAt(++i));
            } else if (Character.isSurrogate((char) cp)) {
                cp = 0xFFFD;
            }
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xC0 | cp >> 6);
                out.write(0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                out.write(0xE0 | cp >> 12);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            } else {
                out.write(0xF0 | cp >> 18);
                out.write(0x80 | cp >> 12 & 0x3F);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            }
        }
        return out.toByteArray();
    }

    /** Decodes percent-escapes (and "+" as a space if asked), then UTF-8. */
    @TruffleBoundary
    public static String decode(String text, boolean plusToSpace) {
        return decode(text, 0, text.length(), plusToSpace);
    }

    static String decode(String text, int start, int end, boolean plusToSpace) {
        boolean simple = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c > 127 || c == '%' || plusToSpace && c == '+') {
                simple = false;
                break;
            }
        }
        if (simple) {
            return text.substring(start, end);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c > 127) {
                throw argument("Illegal percent encoding in URI");
            }
            if (c == '%') {
                if (i + 3 > text.length()) {
                    throw argument("Truncated URI");
                }
                bytes.write(hexPair(text, i + 1));
                i += 2;
            } else if (plusToSpace && c == '+') {
                bytes.write(' ');
            } else {
                bytes.write(c);
            }
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw fail(null, -1, "Invalid UTF-8 byte");
        }
    }

    private static int hexPair(String s, int pos) {
        int value = 0;
        for (int i = 0; i < 2; i++) {
            char c = s.charAt(pos + i);
            int d = c < 128 ? Character.digit(c, 16) : -1;
            if (d < 0) {
                throw argument("Invalid URL encoding");
            }
            value = value * 16 + d;
        }
        return value;
    }

    /** {@code Uri.splitQueryString}: "&"-separated pairs; a pair without "=" maps to "", one starting with "=" is skipped. */
    @TruffleBoundary
    public static Map<String, String> splitQueryString(String query) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String element : query.split("&", -1)) {
            int index = element.indexOf('=');
            if (index == -1) {
                if (!element.isEmpty()) {
                    map.put(decode(element, true), "");
                }
            } else if (index != 0) {
                map.put(decode(element.substring(0, index), true), decode(element.substring(index + 1), true));
            }
        }
        return map;
    }

    /** {@code uri.queryParametersAll}: every value of each key, in order. */
    @TruffleBoundary
    public static Map<String, List<String>> splitQueryStringAll(String query) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        int start = 0;
        int equalsIndex = -1;
        for (int i = 0; i <= query.length(); i++) {
            char c = i < query.length() ? query.charAt(i) : '&';
            if (c == '=') {
                if (equalsIndex < 0) {
                    equalsIndex = i;
                }
            } else if (c == '&') {
                if (start != i) {
                    String key;
                    String value;
                    if (equalsIndex < 0) {
                        key = decode(query, start, i, true);
                        value = "";
                    } else {
                        key = decode(query, start, equalsIndex, true);
                        value = decode(query, equalsIndex + 1, i, true);
                    }
                    result.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
                }
                start = i + 1;
                equalsIndex = -1;
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- data: URIs

    /** RFC 2045 token characters (the escaped parts of a data URI's media type). */
    static final boolean[] TOKEN = table(ALNUM + "!$&'*+-.^_`{|}~");

    /** Whether {@code text[start..]} begins with "data:" (letters in any case). */
    static boolean startsWithData(String text, int start, int end) {
        if (end - start < 5) {
            return false;
        }
        int delta = 0;
        for (int i = 0; i < 5; i++) {
            delta |= text.charAt(start + i) ^ "data:".charAt(i);
        }
        return delta == 0 || delta == 0x20;
    }

    /** {@code UriData.fromString} (the content encoded as UTF-8 when {@code utf8}, else as ASCII). */
    @TruffleBoundary
    public static DartUriData dataFromString(DartClass dataClass, String content, String mimeType, boolean utf8, List<String[]> parameters, boolean base64) {
        StringBuilder sb = new StringBuilder();
        List<Integer> indices = new ArrayList<>();
        indices.add(-1);
        String charsetName = null;
        boolean useUtf8 = utf8;
        String parameterCharset = null;
        if (parameters != null) {
            for (String[] p : parameters) {
                if (p[0].equals("charset")) {
                    parameterCharset = p[1];
                }
            }
        }
        if (!utf8) {
            if (parameterCharset != null) {
                useUtf8 = parameterCharset.equalsIgnoreCase("utf-8") || parameterCharset.equalsIgnoreCase("utf8");
            }
        } else if (parameterCharset == null) {
            charsetName = "utf-8";
        }
        writeDataHeader(sb, indices, mimeType, charsetName, parameters);
        indices.add(sb.length());
        byte[] bytes;
        if (useUtf8) {
            bytes = utf8(content);
        } else {
            bytes = new byte[content.length()];
            for (int i = 0; i < content.length(); i++) {
                char c = content.charAt(i);
                if (c > 127) {
                    throw argumentValue(content, "string", "Contains invalid characters.");
                }
                bytes[i] = (byte) c;
            }
        }
        if (base64) {
            sb.append(";base64,");
            indices.add(sb.length() - 1);
            sb.append(java.util.Base64.getEncoder().encodeToString(bytes));
        } else {
            sb.append(',');
            appendPercentEncoded(sb, bytes);
        }
        int[] separators = new int[indices.size()];
        for (int i = 0; i < separators.length; i++) {
            separators[i] = indices.get(i);
        }
        return new DartUriData(dataClass, sb.toString(), separators);
    }

    /** The VM's {@code UriData._writeUri}: the MIME type, a charset and the parameters, recording separators. */
    private static void writeDataHeader(StringBuilder sb, List<Integer> indices, String mimeType, String charsetName, List<String[]> parameters) {
        if (mimeType == null || mimeType.equalsIgnoreCase("text/plain")) {
            mimeType = "";
        }
        if (mimeType.isEmpty() || mimeType.equals("application/octet-stream")) {
            sb.append(mimeType);
        } else {
            int slash = mimeType.indexOf('/');
            if (slash < 0 || mimeType.indexOf('/', slash + 1) >= 0) {
                throw argumentValue(mimeType, "mimeType", "Invalid MIME type");
            }
            sb.append(encode(TOKEN, mimeType.substring(0, slash), false)).append('/').append(encode(TOKEN, mimeType.substring(slash + 1), false));
        }
        if (charsetName != null) {
            indices.add(sb.length());
            indices.add(sb.length() + 8);
            sb.append(";charset=").append(encode(TOKEN, charsetName, false));
        }
        if (parameters != null) {
            for (String[] p : parameters) {
                if (p[0].isEmpty()) {
                    throw new UriError(UriError.Kind.ARGUMENT_VALUE, null, "", -1, "Parameter names must not be empty");
                }
                if (p[1].isEmpty()) {
                    throw new UriError(UriError.Kind.ARGUMENT_VALUE, "parameters[\"" + p[0] + "\"]", "", -1, "Parameter values must not be empty");
                }
                indices.add(sb.length());
                sb.append(';').append(encode(TOKEN, p[0], false));
                indices.add(sb.length());
                sb.append('=').append(encode(TOKEN, p[1], false));
            }
        }
    }

    /** {@code UriData.fromBytes} (bytes already checked to be 0..255): Base64-encoded, or percent-encoded when {@code percentEncoded}. */
    @TruffleBoundary
    public static DartUriData dataFromBytes(DartClass dataClass, int[] bytes, String mimeType, List<String[]> parameters, boolean percentEncoded) {
        StringBuilder sb = new StringBuilder();
        List<Integer> indices = new ArrayList<>();
        indices.add(-1);
        writeDataHeader(sb, indices, mimeType, null, parameters);
        indices.add(sb.length());
        byte[] raw = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            raw[i] = (byte) bytes[i];
        }
        if (percentEncoded) {
            sb.append(',');
            appendPercentEncoded(sb, raw);
        } else {
            sb.append(";base64,");
            indices.add(sb.length() - 1);
            sb.append(java.util.Base64.getEncoder().encodeToString(raw));
        }
        int[] separators = new int[indices.size()];
        for (int i = 0; i < separators.length; i++) {
            separators[i] = indices.get(i);
        }
        return new DartUriData(dataClass, sb.toString(), separators);
    }

    private static void appendPercentEncoded(StringBuilder sb, byte[] bytes) {
        for (byte b : bytes) {
            int v = b & 0xff;
            if (in(QUERY_CHAR, v)) {
                sb.append((char) v);
            } else {
                sb.append('%').append(HEX.charAt(v >> 4)).append(HEX.charAt(v & 0xf));
            }
        }
    }

    /** The value of a base64 character in either alphabet, -1 for '=' and '%' (padding or an escape), else -2. */
    private static int base64Value(int c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return switch (c) {
            case '+', '-' -> 62;
            case '/', '_' -> 63;
            case '=', '%' -> -1;
            default -> -2;
        };
    }

    private static final String BASE64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /**
     * {@code base64.normalize(source, start, end)}: %-escapes decoded, the URL-safe alphabet
     * mapped to the standard one, padding checked or added; errors are the VM's
     * FormatExceptions, their offsets plus {@code offsetBase} into {@code errorSource}.
     */
    static String base64Normalize(String source, int start, int end, String errorSource, int offsetBase) {
        StringBuilder out = new StringBuilder(end - start + 2);
        int firstPadding = -1;
        int firstPaddingSourceIndex = -1;
        int paddingCount = 0;
        for (int i = start; i < end;) {
            int at = i;
            int c = source.charAt(i++);
            if (c == '%') {
                c = -1;
                if (i + 2 <= end) {
                    int hi = Character.digit(source.charAt(i), 16);
                    int lo = Character.digit(source.charAt(i + 1), 16);
                    i += 2;
                    c = hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
                    if (c == '%') {
                        c = -1;
                    }
                }
            }
            int value = c >= 0 && c <= 127 ? base64Value(c) : -2;
            if (value >= 0) {
                out.append(BASE64_ALPHABET.charAt(value));
                continue;
            }
            if (value == -1 && c == '=') {
                if (firstPadding < 0) {
                    firstPadding = out.length();
                    firstPaddingSourceIndex = at;
                }
                paddingCount++;
                out.append('=');
                continue;
            }
            throw fail(errorSource, offsetBase + at, "Invalid base64 data");
        }
        int length = out.length();
        if (firstPadding >= 0) {
            if (length % 4 != 0) {
                throw fail(errorSource, offsetBase + end, "Invalid base64 padding, padded length must be multiple of four, is " + length);
            }
            if (firstPadding + paddingCount != length) {
                throw fail(errorSource, offsetBase + firstPaddingSourceIndex, "Invalid base64 padding, '=' not at the end");
            }
            if (paddingCount > 2) {
                throw fail(errorSource, offsetBase + firstPaddingSourceIndex, "Invalid base64 padding, more than two '=' characters");
            }
        } else {
            int endLength = length % 4;
            if (endLength == 1) {
                throw fail(errorSource, offsetBase + end, "Invalid base64 encoding length ");
            }
            if (endLength > 1) {
                out.append(endLength == 2 ? "==" : "=");
            }
        }
        return source.substring(0, start) + out + source.substring(end);
    }

    /**
     * Parses the part of a data URI after "data:": {@code type/subtype? (;name=value)* (;base64)? ,data}.
     * Non-Base64 data is escape-normalized. {@code offsetBase} is added to error offsets.
     */
    @TruffleBoundary
    public static DartUriData parseData(DartClass dataClass, String text, String errorSource, int offsetBase) {
        List<Integer> indices = new ArrayList<>();
        indices.add(-1);
        int slashIndex = -1;
        int ch = -1;
        int i = 0;
        for (; i < text.length(); i++) {
            ch = text.charAt(i);
            if (ch == ',' || ch == ';') {
                break;
            }
            if (ch == '/') {
                if (slashIndex < 0) {
                    slashIndex = i;
                    continue;
                }
                throw fail(errorSource, offsetBase + i, "Invalid MIME type");
            }
        }
        if (slashIndex < 0 && i > 0) {
            throw fail(errorSource, offsetBase + i, "Invalid MIME type");
        }
        while (ch != ',') {
            indices.add(i);
            i++;
            int equalsIndex = -1;
            for (; i < text.length(); i++) {
                ch = text.charAt(i);
                if (ch == '=') {
                    if (equalsIndex < 0) {
                        equalsIndex = i;
                    }
                } else if (ch == ';' || ch == ',') {
                    break;
                }
            }
            if (equalsIndex >= 0) {
                indices.add(equalsIndex);
            } else {
                int last = indices.get(indices.size() - 1);
                if (ch != ',' || i != last + 7 || !text.startsWith("base64", last + 1)) {
                    throw fail(errorSource, offsetBase + i, "Expecting '='");
                }
                break;
            }
        }
        indices.add(i);
        if (indices.size() % 2 == 0) {
            text = text.substring(0, i + 1) + normalizeOrSubstring(text, i + 1, text.length(), QUERY_CHAR, true, false);
        } else {
            text = base64Normalize(text, i + 1, text.length(), errorSource, offsetBase);
        }
        int[] separators = new int[indices.size()];
        for (int k = 0; k < separators.length; k++) {
            separators[k] = indices.get(k);
        }
        return new DartUriData(dataClass, text, separators);
    }

    /** {@code uriData.uri}: scheme "data", the text as path (and query after a "?"). */
    @TruffleBoundary
    public static DartUri dataUri(DartClass uriClass, DartUriData data) {
        String text = data.text;
        int queryIndex = text.indexOf('?');
        String query = null;
        int end = text.length();
        if (queryIndex >= 0) {
            query = normalizeOrSubstring(text, queryIndex + 1, end, QUERY_CHAR, false, false);
            end = queryIndex;
        }
        return new DartUri(uriClass, "data", "", null, null, normalizeOrSubstring(text, 0, end, PATH_CHAR_OR_SLASH, false, false), query, null);
    }

    /** {@code uri.data}: null unless the scheme is "data". */
    @TruffleBoundary
    public static DartUriData dataOf(DartClass dataClass, DartUri uri) {
        if (!uri.scheme.equals("data")) {
            return null;
        }
        if (uri.hasAuthority()) {
            throw argumentValue(uri.toString(), "uri", "Data uri must not have authority");
        }
        if (uri.fragment != null) {
            throw argumentValue(uri.toString(), "uri", "Data uri must not have a fragment part");
        }
        if (uri.query == null) {
            return parseData(dataClass, uri.path, uri.path, 0);
        }
        String full = uri.toString();
        return parseData(dataClass, full.substring(5), full, 5);
    }

    public static String dataMimeType(DartUriData d) {
        int start = d.separators[0] + 1;
        int end = d.separators[1];
        return start == end ? "text/plain" : decode(d.text, start, end, false);
    }

    public static String dataCharset(DartUriData d) {
        int[] s = d.separators;
        for (int i = 3; i <= s.length; i += 2) {
            int keyStart = s[i - 2] + 1;
            int keyEnd = s[i - 1];
            if (keyEnd == keyStart + 7 && d.text.regionMatches(true, keyStart, "charset", 0, 7)) {
                return decode(d.text, s[i - 1] + 1, s[i], false);
            }
        }
        return "US-ASCII";
    }

    public static Map<String, String> dataParameters(DartUriData d) {
        Map<String, String> result = new LinkedHashMap<>();
        int[] s = d.separators;
        for (int i = 3; i < s.length; i += 2) {
            result.put(decode(d.text, s[i - 2] + 1, s[i - 1], false), decode(d.text, s[i - 1] + 1, s[i], false));
        }
        return result;
    }

    /** {@code contentAsBytes()}: Base64-decoded, or percent-decoded character codes. */
    public static byte[] dataBytes(DartUriData d) {
        String text = d.text;
        int start = d.contentStart();
        if (d.isBase64()) {
            try {
                return java.util.Base64.getMimeDecoder().decode(text.substring(start).replace('-', '+').replace('_', '/'));
            } catch (IllegalArgumentException e) {
                throw fail(text, start, "Invalid base64 data");
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '%') {
                out.write(c);
                continue;
            }
            int hi = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
            int lo = i + 2 < text.length() ? Character.digit(text.charAt(i + 2), 16) : -1;
            if (hi < 0 || lo < 0) {
                throw fail(text, i, "Invalid percent escape");
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }

    /** {@code contentAsString()}: the bytes decoded with the charset (UTF-8, US-ASCII or ISO-8859-1). */
    public static String dataString(DartUriData d, Boolean utf8Override) {
        boolean useUtf8;
        boolean latin1 = false;
        if (utf8Override != null) {
            useUtf8 = utf8Override;
        } else {
            String charset = dataCharset(d).toLowerCase(java.util.Locale.ROOT);
            switch (charset) {
                case "utf-8", "utf8" -> useUtf8 = true;
                case "us-ascii", "ascii", "iso646-us" -> useUtf8 = false;
                case "iso-8859-1", "latin1", "l1", "iso_8859-1", "latin-1" -> {
                    useUtf8 = false;
                    latin1 = true;
                }
                default -> throw unsupported("Unknown charset: " + dataCharset(d));
            }
        }
        byte[] bytes = dataBytes(d);
        if (useUtf8) {
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                return decoder.decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw fail(null, -1, "Invalid UTF-8 byte");
            }
        }
        StringBuilder sb = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int v = b & 0xff;
            if (v > 127 && !latin1) {
                throw fail(null, -1, "Invalid value in input: " + v);
            }
            sb.append((char) v);
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- IP addresses

    private static UriError ipv4Error(String host, String message, int position) {
        return fail(host, position, "Illegal IPv4 address, " + message);
    }

    /** {@code Uri.parseIPv4Address} on {@code host[start..end)}: four bytes. */
    @TruffleBoundary
    public static int[] parseIPv4Address(String host, int start, int end) {
        int[] result = new int[4];
        int partIndex = 0;
        int partStart = start;
        for (int i = start; i < end; i++) {
            char c = host.charAt(i);
            if (c != '.') {
                if ((c ^ 0x30) > 9) {
                    throw ipv4Error(host, "invalid character", i);
                }
            } else {
                if (partIndex == 3) {
                    throw ipv4Error(host, "IPv4 address should contain exactly 4 parts", i);
                }
                result[partIndex++] = ipv4Part(host, partStart, i);
                partStart = i + 1;
            }
        }
        if (partIndex != 3) {
            throw ipv4Error(host, "IPv4 address should contain exactly 4 parts", end);
        }
        result[partIndex] = ipv4Part(host, partStart, end);
        return result;
    }

    private static int ipv4Part(String host, int start, int end) {
        long part = intParse(host.substring(start, end), 0);
        if (part > 255) {
            throw ipv4Error(host, "each part must be in the range 0..255", start);
        }
        return (int) part;
    }

    private static UriError ipv6Error(String host, String message, int position) {
        return fail(host, position, "Illegal IPv6 address, " + message);
    }

    /** {@code Uri.parseIPv6Address} on {@code host[start..end)}: sixteen bytes. */
    @TruffleBoundary
    public static int[] parseIPv6Address(String host, int start, int end) {
        if (host.length() < 2) {
            throw ipv6Error(host, "address is too short", -1);
        }
        List<Integer> parts = new ArrayList<>();
        boolean wildcardSeen = false;
        boolean seenDot = false;
        int partStart = start;
        for (int i = start; i < end; i++) {
            char c = host.charAt(i);
            if (c == ':') {
                if (i == start) {
                    i++;
                    if (i >= host.length() || host.charAt(i) != ':') {
                        throw ipv6Error(host, "invalid start colon.", i);
                    }
                    partStart = i;
                }
                if (i == partStart) {
                    if (wildcardSeen) {
                        throw ipv6Error(host, "only one wildcard `::` is allowed", i);
                    }
                    wildcardSeen = true;
                    parts.add(-1);
                } else {
                    parts.add(ipv6Hex(host, partStart, i));
                }
                partStart = i + 1;
            } else if (c == '.') {
                seenDot = true;
            }
        }
        if (parts.isEmpty()) {
            throw ipv6Error(host, "too few parts", -1);
        }
        boolean atEnd = partStart == end;
        boolean lastWildcard = parts.get(parts.size() - 1) == -1;
        if (atEnd && !lastWildcard) {
            throw ipv6Error(host, "expected a part after last `:`", end);
        }
        if (!atEnd) {
            if (!seenDot) {
                parts.add(ipv6Hex(host, partStart, end));
            } else {
                int[] last = parseIPv4Address(host, partStart, end);
                parts.add(last[0] << 8 | last[1]);
                parts.add(last[2] << 8 | last[3]);
            }
        }
        if (wildcardSeen) {
            if (parts.size() > 7) {
                throw ipv6Error(host, "an address with a wildcard must have less than 7 parts", -1);
            }
        } else if (parts.size() != 8) {
            throw ipv6Error(host, "an address without a wildcard must contain exactly 8 parts", -1);
        }
        int[] bytes = new int[16];
        int index = 0;
        for (int part : parts) {
            if (part == -1) {
                int wildcardLength = 9 - parts.size();
                for (int j = 0; j < wildcardLength; j++) {
                    bytes[index++] = 0;
                    bytes[index++] = 0;
                }
            } else {
                bytes[index++] = part >> 8;
                bytes[index++] = part & 0xff;
            }
        }
        return bytes;
    }

    private static int ipv6Hex(String host, int start, int end) {
        if (end - start > 4) {
            throw ipv6Error(host, "an IPv6 part can only contain a maximum of 4 hex digits", start);
        }
        long value = intParse(host.substring(start, end), 16);
        if (value < 0 || value > 0xFFFF) {
            throw ipv6Error(host, "each part must be in the range of `0x0..0xFFFF`", start);
        }
        return (int) value;
    }
}
