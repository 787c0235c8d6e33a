package org.dartj.builtins.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartClass;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartMap;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * Uri: constructors, parsing, components, resolution and the encoding helpers, as
 * sdk/lib/core/uri.dart. The rules live in {@link DartUris}; these nodes convert between Dart
 * values and Java ones, and turn a {@link DartUris.UriError} into the Dart exception it names.
 */
public final class UriBuiltins {
    private UriBuiltins() {
    }

    static DartClass uriClass(Node node) {
        return DartLanguage.get(node).coreClasses().uriClass;
    }

    static DartClass dataClass(Node node) {
        return DartLanguage.get(node).coreClasses().uriDataClass;
    }

    static TruffleString str(String s) {
        return DartToStringNode.toTruffleString(s);
    }

    /** A String argument, or null when the argument is null (absent). */
    static String optString(Object value) {
        return value instanceof TruffleString ts ? ts.toJavaStringUncached() : null;
    }

    static Integer optInt(Object value) {
        return value instanceof Long l ? (Integer) (int) l.longValue() : null;
    }

    @TruffleBoundary
    static List<String> optStrings(Object iterable) {
        if (iterable == DartNull.INSTANCE || iterable == null) {
            return null;
        }
        List<String> result = new ArrayList<>();
        DartIterator it = DartIterables.iterator(iterable);
        while (it.moveNext()) {
            result.add(DartToString.toDisplayString(it.current()));
        }
        return result;
    }

    /** A {@code queryParameters} map: each value is null, a String or an Iterable of Strings. */
    @TruffleBoundary
    static DartUris.QueryParameters optParameters(Object map) {
        if (!(map instanceof DartMap m)) {
            return null;
        }
        List<String> keys = new ArrayList<>();
        List<List<String>> values = new ArrayList<>();
        for (Map.Entry<Object, Object> e : m.entryArray()) {
            keys.add(DartToString.toDisplayString(e.getKey()));
            Object v = e.getValue();
            if (v == DartNull.INSTANCE) {
                values.add(null);
            } else if (v instanceof TruffleString ts) {
                values.add(List.of(ts.toJavaStringUncached()));
            } else {
                values.add(optStrings(v));
            }
        }
        return new DartUris.QueryParameters(keys, values);
    }

    @TruffleBoundary
    static RuntimeException dartError(DartUris.UriError e, Node node) {
        return switch (e.kind) {
            case FORMAT -> DartErrors.formatException(e.getMessage(), e.source, e.offset, node);
            case ARGUMENT -> DartErrors.argumentError(e.getMessage(), node);
            case ARGUMENT_VALUE -> DartErrors.argumentValueError(str(e.source), e.name, e.getMessage(), node);
            case UNSUPPORTED -> DartErrors.unsupported(e.getMessage(), node);
            case STATE -> DartErrors.stateError(e.getMessage(), node);
        };
    }

    @TruffleBoundary
    static DartList stringList(List<String> strings) {
        Object[] values = new Object[strings.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = str(strings.get(i));
        }
        return new DartList(values, values.length, false, true, null);
    }

    static int index(Object value, int otherwise) {
        return value instanceof Long l ? (int) l.longValue() : otherwise;
    }

    /** The {@code file:} Uri of {@code path}. */
    @TruffleBoundary
    public static DartUri fileUri(Node node, java.nio.file.Path path) {
        String text = path.toAbsolutePath().toUri().toString();
        return parse(node, TruffleString.fromJavaStringUncached(text, TruffleString.Encoding.UTF_16), DartNull.INSTANCE, DartNull.INSTANCE);
    }

    @TruffleBoundary
    static DartUri parse(Node node, TruffleString text, Object start, Object end) {
        String s = text.toJavaStringUncached();
        int from = index(start, 0);
        int to = index(end, s.length());
        if (from < 0 || from > s.length()) {
            throw DartErrors.rangeError((long) from, 0L, (long) s.length(), "start", node);
        }
        if (to < from || to > s.length()) {
            throw DartErrors.rangeError((long) to, (long) from, (long) s.length(), "end", node);
        }
        try {
            return DartUris.parse(uriClass(node), dataClass(node), s, from, to);
        } catch (DartUris.UriError e) {
            throw dartError(e, node);
        }
    }

    @DartBuiltin(owner = "Uri", name = "parse", kind = DartBuiltin.Kind.STATIC, required = 1, optional = 2)
    public abstract static class ParseNode extends DartBuiltinNode {
        @Specialization
        protected DartUri parse(TruffleString text, Object start, Object end) {
            return UriBuiltins.parse(this, text, start, end);
        }
    }

    @DartBuiltin(owner = "Uri", name = "tryParse", kind = DartBuiltin.Kind.STATIC, required = 1, optional = 2)
    public abstract static class TryParseNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object tryParse(TruffleString text, Object start, Object end) {
            String s = text.toJavaStringUncached();
            try {
                return DartUris.parse(uriClass(this), dataClass(this), s, index(start, 0), index(end, s.length()));
            } catch (DartUris.UriError e) {
                if (e.kind == DartUris.UriError.Kind.FORMAT) {
                    return DartNull.INSTANCE;
                }
                throw dartError(e, this);
            }
        }
    }

    @DartBuiltin(owner = "Uri", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, named = {"scheme", "userInfo", "host", "port", "path", "pathSegments", "query", "queryParameters",
                    "fragment"})
    public abstract static class NewNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartUri create(Object scheme, Object userInfo, Object host, Object port, Object path, Object pathSegments, Object query, Object queryParameters,
                        Object fragment) {
            try {
                return DartUris.create(uriClass(this), optString(scheme), optString(userInfo), optString(host), optInt(port), optString(path), optStrings(pathSegments),
                                optString(query), optParameters(queryParameters), optString(fragment));
            } catch (DartUris.UriError e) {
                throw dartError(e, this);
            }
        }
    }

    @DartBuiltin(owner = "Uri", name = "http", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, optional = 2)
    public abstract static class HttpNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartUri create(TruffleString authority, Object path, Object queryParameters) {
            try {
                return DartUris.http(uriClass(this), "http", authority.toJavaStringUncached(), path instanceof TruffleString p ? p.toJavaStringUncached() : "",
                                optParameters(queryParameters));
            } catch (DartUris.UriError e) {
                throw dartError(e, this);
            }
        }
    }

    @DartBuiltin(owner = "Uri", name = "https", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, optional = 2)
    public abstract static class HttpsNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartUri create(TruffleString authority, Object path, Object queryParameters) {
            try {
                return DartUris.http(uriClass(this), "https", authority.toJavaStringUncached(), path instanceof TruffleString p ? p.toJavaStringUncached() : "",
                                optParameters(queryParameters));
            } catch (DartUris.UriError e) {
                throw dartError(e, this);
            }
        }
    }

    /** {@code Uri.file} / {@code Uri.directory}; {@code windows} defaults to the host platform (here never Windows). */
    @TruffleBoundary
    public static DartUri file(Node node, TruffleString path, Object windows, boolean directory) {
        try {
            String p = path.toJavaStringUncached();
            return windows == Boolean.TRUE ? DartUris.windowsFile(uriClass(node), p, directory) : DartUris.file(uriClass(node), p, directory);
        } catch (DartUris.UriError e) {
            throw dartError(e, node);
        }
    }

    @DartBuiltin(owner = "Uri", name = "file", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, named = {"windows"})
    public abstract static class FileNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartUri create(TruffleString path, Object windows) {
            return file(this, path, windows, false);
        }
    }

    @DartBuiltin(owner = "Uri", name = "directory", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, named = {"windows"})
    public abstract static class DirectoryNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartUri create(TruffleString path, Object windows) {
            return file(this, path, windows, true);
        }
    }

    /** {@code Uri.base}: the current working directory as a directory file URI. */
    @DartBuiltin(owner = "Uri", name = "base", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class BaseNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartUri base() {
            String cwd = org.dartj.DartContext.get(this).getEnv().getCurrentWorkingDirectory().getPath();
            return DartUris.file(uriClass(this), cwd, true);
        }
    }

    // ------------------------------------------------------------ static helpers

    @DartBuiltin(owner = "Uri", name = "encodeComponent", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class EncodeComponentNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString encode(TruffleString text) {
            return str(DartUris.encode(DartUris.UNRESERVED_2396, text.toJavaStringUncached(), false));
        }
    }

    @DartBuiltin(owner = "Uri", name = "encodeQueryComponent", kind = DartBuiltin.Kind.STATIC, required = 1, named = {"encoding"})
    public abstract static class EncodeQueryComponentNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString encode(TruffleString text, Object encoding) {
            return str(DartUris.encode(DartUris.UNRESERVED, text.toJavaStringUncached(), true));
        }
    }

    @DartBuiltin(owner = "Uri", name = "encodeFull", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class EncodeFullNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString encode(TruffleString text) {
            return str(DartUris.encode(DartUris.ENCODE_FULL, text.toJavaStringUncached(), false));
        }
    }

    @TruffleBoundary
    static TruffleString decode(Node node, TruffleString text, boolean plusToSpace) {
        try {
            return str(DartUris.decode(text.toJavaStringUncached(), plusToSpace));
        } catch (DartUris.UriError e) {
            throw dartError(e, node);
        }
    }

    @DartBuiltin(owner = "Uri", name = "decodeComponent", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class DecodeComponentNode extends DartBuiltinNode {
        @Specialization
        protected TruffleString decode(TruffleString text) {
            return UriBuiltins.decode(this, text, false);
        }
    }

    @DartBuiltin(owner = "Uri", name = "decodeFull", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class DecodeFullNode extends DartBuiltinNode {
        @Specialization
        protected TruffleString decode(TruffleString text) {
            return UriBuiltins.decode(this, text, false);
        }
    }

    @DartBuiltin(owner = "Uri", name = "decodeQueryComponent", kind = DartBuiltin.Kind.STATIC, required = 1, named = {"encoding"})
    public abstract static class DecodeQueryComponentNode extends DartBuiltinNode {
        @Specialization
        protected TruffleString decode(TruffleString text, Object encoding) {
            return UriBuiltins.decode(this, text, true);
        }
    }

    @TruffleBoundary
    static DartMap queryMap(Node node, String query, boolean unmodifiable) {
        try {
            DartMap map = new DartMap(null, null);
            for (Map.Entry<String, String> e : DartUris.splitQueryString(query).entrySet()) {
                map.put(str(e.getKey()), str(e.getValue()));
            }
            return unmodifiable ? map.makeUnmodifiable() : map;
        } catch (DartUris.UriError e) {
            throw dartError(e, node);
        }
    }

    @DartBuiltin(owner = "Uri", name = "splitQueryString", kind = DartBuiltin.Kind.STATIC, required = 1, named = {"encoding"})
    public abstract static class SplitQueryStringNode extends DartBuiltinNode {
        @Specialization
        protected DartMap split(TruffleString query, Object encoding) {
            return queryMap(this, query.toJavaStringUncached(), false);
        }
    }

    @TruffleBoundary
    static DartList bytes(int[] values) {
        Object[] result = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (long) values[i];
        }
        return new DartList(result, result.length, false, null);
    }

    @DartBuiltin(owner = "Uri", name = "parseIPv4Address", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class ParseIPv4Node extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartList parse(TruffleString host) {
            String s = host.toJavaStringUncached();
            try {
                return bytes(DartUris.parseIPv4Address(s, 0, s.length()));
            } catch (DartUris.UriError e) {
                throw dartError(e, this);
            }
        }
    }

    @DartBuiltin(owner = "Uri", name = "parseIPv6Address", kind = DartBuiltin.Kind.STATIC, required = 1, optional = 2)
    public abstract static class ParseIPv6Node extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartList parse(TruffleString host, Object start, Object end) {
            String s = host.toJavaStringUncached();
            try {
                return bytes(DartUris.parseIPv6Address(s, index(start, 0), index(end, s.length())));
            } catch (DartUris.UriError e) {
                throw dartError(e, this);
            }
        }
    }

    // ------------------------------------------------------------ components

    @DartBuiltin(owner = "Uri", name = "scheme", kind = DartBuiltin.Kind.GETTER)
    public abstract static class SchemeNode extends DartBuiltinNode {
        @Specialization
        protected TruffleString get(DartUri self) {
            return str(self.scheme);
        }
    }

    @DartBuiltin(owner = "Uri", name = "userInfo", kind = DartBuiltin.Kind.GETTER)
    public abstract static class UserInfoNode extends DartBuiltinNode {
        @Specialization
        protected TruffleString get(DartUri self) {
            return str(self.userInfo);
        }
    }

    @DartBuiltin(owner = "Uri", name = "host", kind = DartBuiltin.Kind.GETTER)
    public abstract static class HostNode extends DartBuiltinNode {
        @Specialization
        protected TruffleString get(DartUri self) {
            return str(self.hostName());
        }
    }

    @DartBuiltin(owner = "Uri", name = "port", kind = DartBuiltin.Kind.GETTER)
    public abstract static class PortNode extends DartBuiltinNode {
        @Specialization
        protected long get(DartUri self) {
            return self.portNumber();
        }
    }

    @DartBuiltin(owner = "Uri", name = "path", kind = DartBuiltin.Kind.GETTER)
    public abstract static class PathNode extends DartBuiltinNode {
        @Specialization
        protected TruffleString get(DartUri self) {
            return str(self.path);
        }
    }

    @DartBuiltin(owner = "Uri", name = "query", kind = DartBuiltin.Kind.GETTER)
    public abstract static class QueryNode extends DartBuiltinNode {
        @Specialization
        protected TruffleString get(DartUri self) {
            return str(self.queryText());
        }
    }

    @DartBuiltin(owner = "Uri", name = "fragment", kind = DartBuiltin.Kind.GETTER)
    public abstract static class FragmentNode extends DartBuiltinNode {
        @Specialization
        protected TruffleString get(DartUri self) {
            return str(self.fragmentText());
        }
    }

    @DartBuiltin(owner = "Uri", name = "authority", kind = DartBuiltin.Kind.GETTER)
    public abstract static class AuthorityNode extends DartBuiltinNode {
        @Specialization
        protected TruffleString get(DartUri self) {
            return str(self.authority());
        }
    }

    @DartBuiltin(owner = "Uri", name = "origin", kind = DartBuiltin.Kind.GETTER)
    public abstract static class OriginNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString get(DartUri self) {
            try {
                return str(DartUris.origin(self));
            } catch (DartUris.UriError e) {
                throw dartError(e, this);
            }
        }
    }

    @DartBuiltin(owner = "Uri", name = "pathSegments", kind = DartBuiltin.Kind.GETTER)
    public abstract static class PathSegmentsNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartList get(DartUri self) {
            try {
                return stringList(DartUris.pathSegments(self));
            } catch (DartUris.UriError e) {
                throw dartError(e, this);
            }
        }
    }

    @DartBuiltin(owner = "Uri", name = "queryParameters", kind = DartBuiltin.Kind.GETTER)
    public abstract static class QueryParametersNode extends DartBuiltinNode {
        @Specialization
        protected DartMap get(DartUri self) {
            return queryMap(this, self.queryText(), true);
        }
    }

    @DartBuiltin(owner = "Uri", name = "queryParametersAll", kind = DartBuiltin.Kind.GETTER)
    public abstract static class QueryParametersAllNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartMap get(DartUri self) {
            try {
                DartMap map = new DartMap(null, null);
                for (Map.Entry<String, List<String>> e : DartUris.splitQueryStringAll(self.queryText()).entrySet()) {
                    map.put(str(e.getKey()), stringList(e.getValue()));
                }
                return map.makeUnmodifiable();
            } catch (DartUris.UriError e) {
                throw dartError(e, this);
            }
        }
    }

    @DartBuiltin(owner = "Uri", name = "isAbsolute", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsAbsoluteNode extends DartBuiltinNode {
        @Specialization
        protected boolean get(DartUri self) {
            return !self.scheme.isEmpty() && self.fragmentText().isEmpty();
        }
    }

    @DartBuiltin(owner = "Uri", name = "hasScheme", kind = DartBuiltin.Kind.GETTER)
    public abstract static class HasSchemeNode extends DartBuiltinNode {
        @Specialization
        protected boolean get(DartUri self) {
            return !self.scheme.isEmpty();
        }
    }

    @DartBuiltin(owner = "Uri", name = "hasAuthority", kind = DartBuiltin.Kind.GETTER)
    public abstract static class HasAuthorityNode extends DartBuiltinNode {
        @Specialization
        protected boolean get(DartUri self) {
            return self.hasAuthority();
        }
    }

    @DartBuiltin(owner = "Uri", name = "hasPort", kind = DartBuiltin.Kind.GETTER)
    public abstract static class HasPortNode extends DartBuiltinNode {
        @Specialization
        protected boolean get(DartUri self) {
            return self.port != null;
        }
    }

    @DartBuiltin(owner = "Uri", name = "hasQuery", kind = DartBuiltin.Kind.GETTER)
    public abstract static class HasQueryNode extends DartBuiltinNode {
        @Specialization
        protected boolean get(DartUri self) {
            return self.query != null;
        }
    }

    @DartBuiltin(owner = "Uri", name = "hasFragment", kind = DartBuiltin.Kind.GETTER)
    public abstract static class HasFragmentNode extends DartBuiltinNode {
        @Specialization
        protected boolean get(DartUri self) {
            return self.fragment != null;
        }
    }

    @DartBuiltin(owner = "Uri", name = "hasEmptyPath", kind = DartBuiltin.Kind.GETTER)
    public abstract static class HasEmptyPathNode extends DartBuiltinNode {
        @Specialization
        protected boolean get(DartUri self) {
            return self.path.isEmpty();
        }
    }

    @DartBuiltin(owner = "Uri", name = "hasAbsolutePath", kind = DartBuiltin.Kind.GETTER)
    public abstract static class HasAbsolutePathNode extends DartBuiltinNode {
        @Specialization
        protected boolean get(DartUri self) {
            return self.path.startsWith("/");
        }
    }

    @DartBuiltin(owner = "Uri", name = "isScheme", required = 1)
    public abstract static class IsSchemeNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean is(DartUri self, Object scheme) {
            if (!(scheme instanceof TruffleString ts)) {
                return self.scheme.isEmpty();
            }
            return self.scheme.equalsIgnoreCase(ts.toJavaStringUncached());
        }
    }

    // ------------------------------------------------------------ derived URIs

    @DartBuiltin(owner = "Uri", name = "resolve", required = 1)
    public abstract static class ResolveNode extends DartBuiltinNode {
        @Specialization
        protected DartUri resolve(DartUri self, TruffleString reference) {
            return DartUris.resolve(self, UriBuiltins.parse(this, reference, DartNull.INSTANCE, DartNull.INSTANCE));
        }
    }

    @DartBuiltin(owner = "Uri", name = "resolveUri", required = 1)
    public abstract static class ResolveUriNode extends DartBuiltinNode {
        @Specialization
        protected DartUri resolve(DartUri self, DartUri reference) {
            return DartUris.resolve(self, reference);
        }
    }

    @DartBuiltin(owner = "Uri", name = "normalizePath")
    public abstract static class NormalizePathNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartUri normalize(DartUri self) {
            try {
                return DartUris.normalizePath(self);
            } catch (DartUris.UriError e) {
                throw dartError(e, this);
            }
        }
    }

    @DartBuiltin(owner = "Uri", name = "removeFragment")
    public abstract static class RemoveFragmentNode extends DartBuiltinNode {
        @Specialization
        protected DartUri remove(DartUri self) {
            if (self.fragment == null) {
                return self;
            }
            return new DartUri(self.dartClass(), self.scheme, self.userInfo, self.host, self.port, self.path, self.query, null);
        }
    }

    @DartBuiltin(owner = "Uri", name = "replace", named = {"scheme", "userInfo", "host", "port", "path", "pathSegments", "query", "queryParameters", "fragment"})
    public abstract static class ReplaceNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartUri replace(DartUri self, Object scheme, Object userInfo, Object host, Object port, Object path, Object pathSegments, Object query,
                        Object queryParameters, Object fragment) {
            try {
                return DartUris.replace(self, optString(scheme), optString(userInfo), optString(host), optInt(port), optString(path), optStrings(pathSegments),
                                optString(query), optParameters(queryParameters), optString(fragment));
            } catch (DartUris.UriError e) {
                throw dartError(e, this);
            }
        }
    }

    @DartBuiltin(owner = "Uri", name = "toFilePath", named = {"windows"})
    public abstract static class ToFilePathNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString toFilePath(DartUri self, Object windows) {
            try {
                return str(DartUris.toFilePath(self, windows == Boolean.TRUE));
            } catch (DartUris.UriError e) {
                throw dartError(e, this);
            }
        }
    }
}
