package org.dartj.builtins.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.runtime.DartMap;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code data:} URIs: {@code Uri.dataFromString}, {@code uri.data} and the UriData members (rules in {@link DartUris}). */
public final class UriDataBuiltins {
    private UriDataBuiltins() {
    }

    /** An {@code encoding} argument: true for utf8, false for none (ASCII). */
    static boolean isUtf8(Object encoding) {
        return encoding instanceof org.dartj.builtins.convert.CodecBuiltins.DartCodec;
    }

    static List<String[]> parameters(Object parameters) {
        List<String[]> params = null;
        if (parameters instanceof DartMap map) {
            params = new ArrayList<>();
            for (Map.Entry<Object, Object> e : map.entryArray()) {
                params.add(new String[]{DartToString.toDisplayString(e.getKey()), DartToString.toDisplayString(e.getValue())});
            }
        }
        return params;
    }

    @TruffleBoundary
    static DartUriData fromString(Node node, TruffleString content, Object mimeType, Object encoding, Object parameters, Object base64) {
        List<String[]> params = parameters(parameters);
        try {
            return DartUris.dataFromString(UriBuiltins.dataClass(node), content.toJavaStringUncached(), UriBuiltins.optString(mimeType), isUtf8(encoding), params,
                            base64 == Boolean.TRUE);
        } catch (DartUris.UriError e) {
            throw UriBuiltins.dartError(e, node);
        }
    }

    @DartBuiltin(owner = "Uri", name = "dataFromString", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, named = {"mimeType", "encoding", "parameters", "base64"})
    public abstract static class DataFromStringNode extends DartBuiltinNode {
        @Specialization
        protected DartUri create(TruffleString content, Object mimeType, Object encoding, Object parameters, Object base64) {
            return DartUris.dataUri(UriBuiltins.uriClass(this), fromString(this, content, mimeType, encoding, parameters, base64));
        }
    }

    @DartBuiltin(owner = "UriData", name = "fromString", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, named = {"mimeType", "encoding", "parameters", "base64"})
    public abstract static class FromStringNode extends DartBuiltinNode {
        @Specialization
        protected DartUriData create(TruffleString content, Object mimeType, Object encoding, Object parameters, Object base64) {
            return fromString(this, content, mimeType, encoding, parameters, base64);
        }
    }

    /** {@code UriData.fromBytes} / {@code Uri.dataFromBytes}: a value outside 0..255 is the VM's ArgumentError of its encoder. */
    @TruffleBoundary
    static DartUriData fromBytes(Node node, Object bytes, Object mimeType, Object parameters, Object percentEncoded) {
        Object[] values = DartIterables.toArray(bytes);
        int[] ints = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] instanceof Long v)) {
                throw org.dartj.builtins.DartErrors.typeErrorFor(values[i], "int", node);
            }
            if (v < 0 || v > 255) {
                // as the VM: the percent-encoder names the value, the base64 encoder its index
                if (percentEncoded == Boolean.TRUE) {
                    throw org.dartj.builtins.DartErrors.argumentValueError(v, "non-byte value", null, node);
                }
                throw org.dartj.builtins.DartErrors.argumentValueError(bytes, "Not a byte value at index " + i + ": 0x" + Long.toHexString(v), null, node);
            }
            ints[i] = (int) v.longValue();
        }
        String mime = mimeType == DartNull.INSTANCE ? "application/octet-stream" : UriBuiltins.optString(mimeType);
        try {
            return DartUris.dataFromBytes(UriBuiltins.dataClass(node), ints, mime, parameters(parameters), percentEncoded == Boolean.TRUE);
        } catch (DartUris.UriError e) {
            throw UriBuiltins.dartError(e, node);
        }
    }

    @DartBuiltin(owner = "UriData", name = "fromBytes", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, named = {"mimeType", "parameters", "percentEncoded"})
    public abstract static class FromBytesNode extends DartBuiltinNode {
        @Specialization
        protected DartUriData create(Object bytes, Object mimeType, Object parameters, Object percentEncoded) {
            return fromBytes(this, bytes, mimeType, parameters, percentEncoded);
        }
    }

    @DartBuiltin(owner = "Uri", name = "dataFromBytes", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, named = {"mimeType", "parameters", "percentEncoded"})
    public abstract static class DataFromBytesNode extends DartBuiltinNode {
        @Specialization
        protected DartUri create(Object bytes, Object mimeType, Object parameters, Object percentEncoded) {
            return DartUris.dataUri(UriBuiltins.uriClass(this), fromBytes(this, bytes, mimeType, parameters, percentEncoded));
        }
    }

    @DartBuiltin(owner = "UriData", name = "parse", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class ParseNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartUriData parse(TruffleString text) {
            String s = text.toJavaStringUncached();
            try {
                if (!DartUris.startsWithData(s, 0, s.length())) {
                    throw DartUris.fail(s, 0, "Does not start with 'data:'");
                }
                boolean exact = s.startsWith("data:");
                return DartUris.parseData(UriBuiltins.dataClass(this), s.substring(5), exact ? s : s.substring(5), exact ? 5 : 0);
            } catch (DartUris.UriError e) {
                throw UriBuiltins.dartError(e, this);
            }
        }
    }

    @DartBuiltin(owner = "Uri", name = "data", kind = DartBuiltin.Kind.GETTER)
    public abstract static class DataNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object data(DartUri self) {
            try {
                DartUriData data = DartUris.dataOf(UriBuiltins.dataClass(this), self);
                return data == null ? DartNull.INSTANCE : data;
            } catch (DartUris.UriError e) {
                throw UriBuiltins.dartError(e, this);
            }
        }
    }

    @DartBuiltin(owner = "UriData", name = "uri", kind = DartBuiltin.Kind.GETTER)
    public abstract static class UriNode extends DartBuiltinNode {
        @Specialization
        protected DartUri uri(DartUriData self) {
            return DartUris.dataUri(UriBuiltins.uriClass(this), self);
        }
    }

    @DartBuiltin(owner = "UriData", name = "mimeType", kind = DartBuiltin.Kind.GETTER)
    public abstract static class MimeTypeNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString get(DartUriData self) {
            try {
                return UriBuiltins.str(DartUris.dataMimeType(self));
            } catch (DartUris.UriError e) {
                throw UriBuiltins.dartError(e, this);
            }
        }
    }

    @DartBuiltin(owner = "UriData", name = "charset", kind = DartBuiltin.Kind.GETTER)
    public abstract static class CharsetNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString get(DartUriData self) {
            try {
                return UriBuiltins.str(DartUris.dataCharset(self));
            } catch (DartUris.UriError e) {
                throw UriBuiltins.dartError(e, this);
            }
        }
    }

    @DartBuiltin(owner = "UriData", name = "isBase64", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsBase64Node extends DartBuiltinNode {
        @Specialization
        protected boolean get(DartUriData self) {
            return self.isBase64();
        }
    }

    @DartBuiltin(owner = "UriData", name = "contentText", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ContentTextNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString get(DartUriData self) {
            return UriBuiltins.str(self.text.substring(self.contentStart()));
        }
    }

    @DartBuiltin(owner = "UriData", name = "parameters", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ParametersNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartMap get(DartUriData self) {
            try {
                DartMap map = new DartMap(null, null);
                for (Map.Entry<String, String> e : DartUris.dataParameters(self).entrySet()) {
                    map.put(UriBuiltins.str(e.getKey()), UriBuiltins.str(e.getValue()));
                }
                return map;
            } catch (DartUris.UriError e) {
                throw UriBuiltins.dartError(e, this);
            }
        }
    }

    @DartBuiltin(owner = "UriData", name = "contentAsString", named = {"encoding"})
    public abstract static class ContentAsStringNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString get(DartUriData self, Object encoding) {
            try {
                return UriBuiltins.str(DartUris.dataString(self, isUtf8(encoding) ? Boolean.TRUE : null));
            } catch (DartUris.UriError e) {
                throw UriBuiltins.dartError(e, this);
            }
        }
    }

    @DartBuiltin(owner = "UriData", name = "contentAsBytes")
    public abstract static class ContentAsBytesNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object get(DartUriData self) {
            try {
                byte[] bytes = DartUris.dataBytes(self);
                int[] values = new int[bytes.length];
                for (int i = 0; i < bytes.length; i++) {
                    values[i] = bytes[i] & 0xff;
                }
                return UriBuiltins.bytes(values);
            } catch (DartUris.UriError e) {
                throw UriBuiltins.dartError(e, this);
            }
        }
    }
}
