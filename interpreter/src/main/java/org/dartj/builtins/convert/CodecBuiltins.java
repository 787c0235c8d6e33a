package org.dartj.builtins.convert;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.builtins.core.DartIterables;
import org.dartj.builtins.core.DartToStringNode;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.runtime.DartList;
import org.dartj.runtime.typed.DartByteBuffer;
import org.dartj.runtime.typed.DartTypedList;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/** dart:convert's byte codecs ({@code utf8}, {@code base64}, {@code base64Url}) and LineSplitter. */
public final class CodecBuiltins {
    private CodecBuiltins() {
    }

    /** The {@code utf8}, {@code base64} and {@code base64Url} constants. Immutable, so isolates share them. */
    public static final class DartCodec implements DartObject, org.dartj.runtime.DartImmutableValue {
        public enum Kind { UTF8, BASE64, BASE64URL }

        final DartClass dartClass;
        final Kind kind;

        public DartCodec(DartClass dartClass, Kind kind) {
            this.dartClass = dartClass;
            this.kind = kind;
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
            byte[] data = bytes(input, location);
            var decoder = StandardCharsets.UTF_8.newDecoder();
            CodingErrorAction action = allowMalformed ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
            decoder.onMalformedInput(action).onUnmappableCharacter(action);
            try {
                return DartToStringNode.toTruffleString(decoder.decode(ByteBuffer.wrap(data)).toString());
            } catch (CharacterCodingException e) {
                throw DartErrors.formatException("Invalid UTF-8 byte", input, location);
            }
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
            return CodecBuiltins.decode(self, input, allowMalformed == Boolean.TRUE, this);
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

    /** The lines of {@code text}: split at \n, \r\n and \r; a final terminator adds no empty line. */
    @TruffleBoundary
    static DartList lines(TruffleString input) {
        String text = input.toJavaStringUncached();
        List<Object> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(DartToStringNode.toTruffleString(text.substring(start, i)));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(DartToStringNode.toTruffleString(text.substring(start)));
        }
        Object[] a = lines.toArray();
        return new DartList(a.length == 0 ? new Object[4] : a, a.length, true, null);
    }

    /** {@code LineSplitter.split(text)}: a lazy Iterable (it prints as {@code (a, b)}), not a List. */
    @DartBuiltin(library = "dart:convert", owner = "LineSplitter", name = "split", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class SplitNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object split(TruffleString text) {
            var classes = DartLanguage.get(this).coreClasses();
            DartList lines = lines(text);
            Object[] elements = new Object[lines.size()];
            for (int i = 0; i < elements.length; i++) {
                elements[i] = lines.get(i);
            }
            return new org.dartj.builtins.core.DartArrayIterable(classes, classes.iterableClass, elements);
        }
    }

    @DartBuiltin(library = "dart:convert", owner = "LineSplitter", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR)
    public abstract static class NewLineSplitterNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object create() {
            return new org.dartj.classes.DartInstance(DartLanguage.get(this).coreClasses().byName("LineSplitter"));
        }
    }

    @DartBuiltin(library = "dart:convert", owner = "LineSplitter", name = "convert", required = 1)
    public abstract static class ConvertNode extends DartBuiltinNode {
        @Specialization
        protected DartList convert(Object self, TruffleString text) {
            return lines(text);
        }
    }
}
