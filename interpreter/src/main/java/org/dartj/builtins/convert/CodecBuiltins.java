package org.dartj.builtins.convert;

import java.util.Base64;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.builtins.core.DartIterables;
import org.dartj.builtins.core.DartToStringNode;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.runtime.typed.DartByteBuffer;
import org.dartj.runtime.typed.DartTypedList;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * dart:convert's byte codecs ({@code utf8}, {@code base64}, {@code base64Url}) and the UTF-8
 * decoding the Dart-written converters and sinks (lib/convert.dart) build on.
 */
public final class CodecBuiltins {
    private CodecBuiltins() {
    }

    /** The {@code utf8}, {@code base64} and {@code base64Url} constants. Immutable, so isolates share them. */
    public static final class DartCodec implements DartObject, org.dartj.runtime.DartImmutableValue {
        public enum Kind { UTF8, BASE64, BASE64URL }

        final DartClass dartClass;
        final Kind kind;
        /** {@code Utf8Codec(allowMalformed: ...)}: the default of {@code decode} and the decoder's setting. */
        final boolean allowMalformed;

        public DartCodec(DartClass dartClass, Kind kind) {
            this(dartClass, kind, false);
        }

        public DartCodec(DartClass dartClass, Kind kind, boolean allowMalformed) {
            this.dartClass = dartClass;
            this.kind = kind;
            this.allowMalformed = allowMalformed;
        }

        @Override
        public DartClass dartClass() {
            return dartClass;
        }

        @Override
        public String toString() {
            return "Instance of '" + dartClass.getName() + "'";
        }
    }

    /** A Dart list of byte values as bytes: each must be in 0..255 for base64 (Dart checks it too). */
    @TruffleBoundary
    static byte[] bytes(Object list, Node location) {
        byte[] raw = org.dartj.builtins.typeddata.DartTypedData.unsignedBytes(list);
        if (raw != null) {
            return raw;
        }
        Object[] values = DartIterables.toArray(list);
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] instanceof Long v)) {
                throw DartErrors.argumentError("Not a byte value: " + values[i], location);
            }
            out[i] = (byte) v.longValue();
        }
        return out;
    }

    /**
     * The bytes to base64-encode: like the VM's encoder, a value outside 0..255 is an
     * ArgumentError naming its index (not truncated to a byte).
     */
    static byte[] checkedBytes(Object list, Node location) {
        if (org.dartj.builtins.typeddata.DartTypedData.unsignedBytes(list) == null) {
            Object[] values = DartIterables.toArray(list);
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof Long v && (v < 0 || v > 255)) {
                    throw DartErrors.argumentValueError(list, "Not a byte value at index " + i + ": 0x" + Long.toString(v, 16), null, location);
                }
            }
        }
        return bytes(list, location);
    }

    /** UTF-8 as Dart's encoder writes it: a lone surrogate becomes U+FFFD (EF BF BD). */
    static byte[] utf8Encode(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                cp = Character.toCodePoint(c, s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
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

    /** The bytes as a {@code Uint8List} (what the VM's encoders and decoders return). */
    public static DartTypedList byteList(byte[] bytes) {
        return DartTypedList.Kind.UINT8.wrap(new DartByteBuffer(bytes), 0, bytes.length, false);
    }

    @TruffleBoundary
    static Object encode(DartCodec codec, Object input, Node location) {
        return switch (codec.kind) {
            case UTF8 -> byteList(utf8Encode(((TruffleString) input).toJavaStringUncached()));
            case BASE64 -> DartToStringNode.toTruffleString(Base64.getEncoder().encodeToString(checkedBytes(input, location)));
            case BASE64URL -> DartToStringNode.toTruffleString(Base64.getUrlEncoder().encodeToString(checkedBytes(input, location)));
        };
    }

    @TruffleBoundary
    static Object decode(DartCodec codec, Object input, boolean allowMalformed, Node location) {
        if (codec.kind == DartCodec.Kind.UTF8) {
            return utf8Decode(input, 0, -1, allowMalformed, location);
        }
        String text = ((TruffleString) input).toJavaStringUncached();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '-' || c == '_' || c == '=';
            if (!ok) {
                throw DartErrors.formatException("Invalid character", input, i, location);
            }
        }
        if (text.length() % 4 == 1) {
            throw DartErrors.formatException("Invalid length, must be multiple of four", input, text.length(), location);
        }
        try {
            return byteList(Base64.getDecoder().decode(text.replace('-', '+').replace('_', '/')));
        } catch (IllegalArgumentException e) {
            throw DartErrors.formatException("Invalid encoding before padding", input, location);
        }
    }

    @DartBuiltin(library = "dart:convert", owner = "Utf8Codec", name = "name", kind = DartBuiltin.Kind.GETTER)
    public abstract static class Utf8NameNode extends DartBuiltinNode {
        @Specialization
        protected TruffleString name(DartCodec self) {
            return DartToStringNode.toTruffleString("utf-8");
        }
    }

    @DartBuiltin(library = "dart:convert", owner = "Utf8Codec", name = "encode", required = 1)
    public abstract static class Utf8EncodeNode extends DartBuiltinNode {
        @Specialization
        protected Object encode(DartCodec self, TruffleString input) {
            return CodecBuiltins.encode(self, input, this);
        }
    }

    @DartBuiltin(library = "dart:convert", owner = "Utf8Codec", name = "decode", required = 1, named = {"allowMalformed"})
    public abstract static class Utf8DecodeNode extends DartBuiltinNode {
        @Specialization
        protected Object decode(DartCodec self, Object input, Object allowMalformed) {
            boolean allow = allowMalformed == DartNull.INSTANCE ? self.allowMalformed : allowMalformed == Boolean.TRUE;
            return CodecBuiltins.decode(self, input, allow, this);
        }
    }

    @DartBuiltin(library = "dart:convert", owner = "Base64Codec", name = "encode", required = 1)
    public abstract static class Base64EncodeNode extends DartBuiltinNode {
        @Specialization
        protected Object encode(DartCodec self, Object input) {
            return CodecBuiltins.encode(self, input, this);
        }
    }

    @DartBuiltin(library = "dart:convert", owner = "Base64Codec", name = "decode", required = 1)
    public abstract static class Base64DecodeNode extends DartBuiltinNode {
        @Specialization
        protected Object decode(DartCodec self, TruffleString input) {
            return CodecBuiltins.decode(self, input, false, this);
        }
    }

    @DartBuiltin(library = "dart:convert", name = "base64Encode", kind = DartBuiltin.Kind.FUNCTION, required = 1)
    public abstract static class Base64EncodeFunctionNode extends DartBuiltinNode {
        @Specialization
        protected Object encode(Object bytes) {
            return CodecBuiltins.encode(codec(this, DartCodec.Kind.BASE64), bytes, this);
        }
    }

    @DartBuiltin(library = "dart:convert", name = "base64UrlEncode", kind = DartBuiltin.Kind.FUNCTION, required = 1)
    public abstract static class Base64UrlEncodeFunctionNode extends DartBuiltinNode {
        @Specialization
        protected Object encode(Object bytes) {
            return CodecBuiltins.encode(codec(this, DartCodec.Kind.BASE64URL), bytes, this);
        }
    }

    @DartBuiltin(library = "dart:convert", name = "base64Decode", kind = DartBuiltin.Kind.FUNCTION, required = 1)
    public abstract static class Base64DecodeFunctionNode extends DartBuiltinNode {
        @Specialization
        protected Object decode(TruffleString text) {
            return CodecBuiltins.decode(codec(this, DartCodec.Kind.BASE64), text, false, this);
        }
    }

    @TruffleBoundary
    static DartCodec codec(Node node, DartCodec.Kind kind) {
        return new DartCodec(DartLanguage.get(node).coreClasses().byName(kind == DartCodec.Kind.UTF8 ? "Utf8Codec" : "Base64Codec"), kind);
    }

    /** The elements {@code [start, end)} of a list of ints (end -1: the length), for the UTF-8 decoder. */
    @TruffleBoundary
    static int[] codeUnits(Object list, long start, long end, Node location) {
        byte[] raw = org.dartj.builtins.typeddata.DartTypedData.unsignedBytes(list);
        if (raw != null) {
            int to = end < 0 ? raw.length : (int) end;
            int[] out = new int[to - (int) start];
            for (int i = 0; i < out.length; i++) {
                out[i] = raw[(int) start + i] & 0xFF;
            }
            return out;
        }
        Object[] values = DartIterables.toArray(list);
        int to = end < 0 ? values.length : (int) end;
        int[] out = new int[to - (int) start];
        for (int i = 0; i < out.length; i++) {
            Object v = values[(int) start + i];
            if (!(v instanceof Long l)) {
                throw DartErrors.typeErrorFor(v, "int", location);
            }
            long x = l;
            out[i] = x >= 0 && x <= 0xFF ? (int) x : 0xFF;
        }
        return out;
    }

    /** {@code utf8.decode} / {@code Utf8Decoder.convert} of {@code list[start, end)} (end -1: the length). */
    @TruffleBoundary
    static TruffleString utf8Decode(Object list, long start, long end, boolean allowMalformed, Node location) {
        int[] units = codeUnits(list, start, end, location);
        try {
            return DartToStringNode.toTruffleString(new DartUtf8Decoding(allowMalformed).convertSingle(units, 0, units.length));
        } catch (DartUtf8Decoding.Malformed e) {
            throw DartErrors.formatException(e.getMessage(), list, e.offset < 0 ? -1 : start + e.offset, location);
        }
    }

    /** {@code Utf8Codec({bool allowMalformed = false})}. */
    @DartBuiltin(library = "dart:convert", owner = "Utf8Codec", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, named = {"allowMalformed"})
    public abstract static class NewUtf8CodecNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object create(Object allowMalformed) {
            return new DartCodec(DartLanguage.get(this).coreClasses().byName("Utf8Codec"), DartCodec.Kind.UTF8, allowMalformed == Boolean.TRUE);
        }
    }

    /** The state of one chunked UTF-8 decoding (the VM's {@code _Utf8Decoder} of a {@code _Utf8ConversionSink}). */
    public static final class DartUtf8DecoderState implements DartObject {
        final DartClass dartClass;
        final DartUtf8Decoding decoding;

        DartUtf8DecoderState(DartClass dartClass, boolean allowMalformed) {
            this.dartClass = dartClass;
            this.decoding = new DartUtf8Decoding(allowMalformed);
        }

        @Override
        public DartClass dartClass() {
            return dartClass;
        }
    }

    @DartBuiltin(library = "dart:_internal", name = "utf8DecodeRange", kind = DartBuiltin.Kind.FUNCTION, required = 4)
    public abstract static class Utf8DecodeRangeNode extends DartBuiltinNode {
        @Specialization
        protected Object decode(Object list, long start, long end, boolean allowMalformed) {
            return utf8Decode(list, start, end, allowMalformed, this);
        }
    }

    @DartBuiltin(library = "dart:_internal", name = "utf8ChunkedDecoder", kind = DartBuiltin.Kind.FUNCTION, required = 1)
    public abstract static class Utf8ChunkedDecoderNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object create(boolean allowMalformed) {
            return new DartUtf8DecoderState(DartLanguage.get(this).coreClasses().byName("_Utf8DecoderState"), allowMalformed);
        }
    }

    /** The text of the next chunk {@code list[start, end)}: may be empty while a sequence is unfinished. */
    @DartBuiltin(library = "dart:_internal", owner = "_Utf8DecoderState", name = "convertChunked", required = 3)
    public abstract static class ConvertChunkedNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object convert(DartUtf8DecoderState self, Object list, long start, long end) {
            int[] units = codeUnits(list, start, end, this);
            try {
                return DartToStringNode.toTruffleString(self.decoding.convertChunked(units, 0, units.length));
            } catch (DartUtf8Decoding.Malformed e) {
                throw DartErrors.formatException(e.getMessage(), list, start + e.offset, this);
            }
        }
    }

    /** The end of the input: "", U+FFFD, or the VM's "Unfinished UTF-8 octet sequence". */
    @DartBuiltin(library = "dart:_internal", owner = "_Utf8DecoderState", name = "flush")
    public abstract static class FlushNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object flush(DartUtf8DecoderState self) {
            try {
                return DartToStringNode.toTruffleString(self.decoding.flush());
            } catch (DartUtf8Decoding.Malformed e) {
                throw DartErrors.formatException(e.getMessage(), null, this);
            }
        }
    }

    @DartBuiltin(library = "dart:_internal", name = "utf8CodecAllowsMalformed", kind = DartBuiltin.Kind.FUNCTION, required = 1)
    public abstract static class Utf8CodecAllowsMalformedNode extends DartBuiltinNode {
        @Specialization
        protected boolean allows(DartCodec codec) {
            return codec.allowMalformed;
        }
    }

    @DartBuiltin(library = "dart:_internal", name = "base64CodecIsUrl", kind = DartBuiltin.Kind.FUNCTION, required = 1)
    public abstract static class Base64CodecIsUrlNode extends DartBuiltinNode {
        @Specialization
        protected boolean isUrl(DartCodec codec) {
            return codec.kind == DartCodec.Kind.BASE64URL;
        }
    }
}
