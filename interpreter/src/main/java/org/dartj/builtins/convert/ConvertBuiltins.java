package org.dartj.builtins.convert;

import java.util.ArrayList;
import java.util.Map;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.builtins.core.DartToStringNode;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartErrorObject;
import org.dartj.classes.DartInstance;
import org.dartj.classes.DartObject;
import org.dartj.nodes.call.DartCalls;
import org.dartj.runtime.DartException;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartMap;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.number.DartDoubleFormat;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/** dart:convert's JSON API: jsonEncode/jsonDecode, the json codec, and the encoding the Dart-written JsonEncoder uses. */
public final class ConvertBuiltins {
    private ConvertBuiltins() {
    }

    /** A JsonCodec: its settings (JsonEncoder and JsonDecoder are Dart classes in lib/convert.dart). */
    public static final class DartJsonConverter implements DartObject {
        final DartClass dartClass;
        final Object toEncodable;
        final Object reviver;
        final String indent;

        public DartJsonConverter(DartClass dartClass, Object toEncodable, Object reviver, String indent) {
            this.dartClass = dartClass;
            this.toEncodable = toEncodable;
            this.reviver = reviver;
            this.indent = indent;
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

    // ------------------------------------------------------------------ decoding

    @TruffleBoundary
    static Object decode(Object source, Object reviver, Node node) {
        if (!(source instanceof TruffleString ts)) {
            throw DartErrors.typeErrorFor(source, "String", node);
        }
        String s = ts.toJavaStringUncached();
        DartJsonParser.Reviver r = null;
        if (reviver instanceof DartFunction f) {
            r = (k, v) -> DartCalls.call(f, k instanceof String ks ? DartToStringNode.toTruffleString(ks) : k, v);
        }
        try {
            return DartJsonParser.parse(s, r, org.dartj.DartLanguage.get(node).coreClasses().types.stringType);
        } catch (DartJsonParser.JsonSyntaxError e) {
            throw DartErrors.formatException(e.getMessage(), source, e.offset, node);
        }
    }

    // ------------------------------------------------------------------ encoding

    /**
     * JsonUnsupportedObjectError (and its subclass JsonCyclicError): the object that could not
     * be encoded, what its conversion threw, and the JSON text written before it.
     */
    public static final class DartJsonUnsupportedObjectError extends DartErrorObject {
        final Object unsupportedObject;
        final Object cause;
        final Object partialResult;

        DartJsonUnsupportedObjectError(DartClass dartClass, String text, Object unsupportedObject, Object cause, Object partialResult) {
            super(dartClass, DartNull.INSTANCE, text);
            this.unsupportedObject = unsupportedObject;
            this.cause = cause;
            this.partialResult = partialResult;
        }

        @Override
        public Object[] references() {
            return new Object[]{unsupportedObject, cause, partialResult};
        }

        @Override
        public Object withReferences(Object[] c) {
            return new DartJsonUnsupportedObjectError(dartClass(), toString(), c[0], c[1], c[2]);
        }
    }

    @DartBuiltin(library = "dart:convert", owner = "JsonUnsupportedObjectError", name = "unsupportedObject", kind = DartBuiltin.Kind.GETTER)
    public abstract static class UnsupportedObjectNode extends DartBuiltinNode {
        @Specialization
        protected Object get(DartJsonUnsupportedObjectError self) {
            return self.unsupportedObject;
        }
    }

    @DartBuiltin(library = "dart:convert", owner = "JsonCyclicError", name = "object", kind = DartBuiltin.Kind.GETTER)
    public abstract static class CyclicObjectNode extends DartBuiltinNode {
        @Specialization
        protected Object get(DartJsonUnsupportedObjectError self) {
            return self.unsupportedObject;
        }
    }

    @DartBuiltin(library = "dart:convert", owner = "JsonUnsupportedObjectError", name = "cause", kind = DartBuiltin.Kind.GETTER)
    public abstract static class CauseNode extends DartBuiltinNode {
        @Specialization
        protected Object get(DartJsonUnsupportedObjectError self) {
            return self.cause;
        }
    }

    @DartBuiltin(library = "dart:convert", owner = "JsonUnsupportedObjectError", name = "partialResult", kind = DartBuiltin.Kind.GETTER)
    public abstract static class PartialResultNode extends DartBuiltinNode {
        @Specialization
        protected Object get(DartJsonUnsupportedObjectError self) {
            return self.partialResult;
        }
    }

    /** The VM's _JsonStringifier (and its pretty-printing variant when indent is not null). */
    static final class Stringifier {
        final StringBuilder sb = new StringBuilder();
        final ArrayList<Object> seen = new ArrayList<>();
        final Object toEncodable;
        final String indent;
        final Node node;
        int level;

        Stringifier(Object toEncodable, String indent, Node node) {
            this.toEncodable = toEncodable;
            this.indent = indent;
            this.node = node;
        }

        DartClass cls(String name) {
            return DartLanguage.get(node).coreClasses().byName(name);
        }

        /** The error for {@code object}; {@code cause} is what the conversion threw (null: it returned a bad value). */
        DartException unsupported(Object object, Object cause) {
            String prefix = cause != null ? "Converting object to an encodable object failed:" : "Converting object did not return an encodable object:";
            return new DartException(new DartJsonUnsupportedObjectError(cls("JsonUnsupportedObjectError"), prefix + " " + DartErrors.safeToString(object), object,
                            cause == null ? DartNull.INSTANCE : cause, DartToStringNode.toTruffleString(sb.toString())), node);
        }

        void checkCycle(Object object) {
            for (Object o : seen) {
                if (o == object) {
                    throw new DartException(new DartJsonUnsupportedObjectError(cls("JsonCyclicError"), "Cyclic error in JSON stringify", object, DartNull.INSTANCE,
                                    DartNull.INSTANCE), node);
                }
            }
            seen.add(object);
        }

        void removeSeen() {
            seen.remove(seen.size() - 1);
        }

        void writeObject(Object object) {
            if (writeJsonValue(object)) {
                return;
            }
            checkCycle(object);
            // As the SDK's _JsonStringifier.writeObject: any failure here, including the
            // "not encodable" error itself, is rethrown wrapped with a cause.
            try {
                Object custom = callToEncodable(object);
                if (!writeJsonValue(custom)) {
                    throw unsupported(object, null);
                }
                removeSeen();
            } catch (DartException e) {
                throw unsupported(object, e.getValue());
            }
        }

        Object callToEncodable(Object object) {
            if (toEncodable instanceof DartFunction f) {
                return DartCalls.call(f, object);
            }
            if (object instanceof DartInstance instance && instance.dartClass().lookupMethod("toJson") != null) {
                return org.dartj.builtins.core.DartIterables.invokeMethod(instance, "toJson");
            }
            throw DartErrors.noSuchMethod(object, "toJson", false, node);
        }

        boolean writeJsonValue(Object object) {
            if (object instanceof Long l) {
                sb.append(l.longValue());
                return true;
            } else if (object instanceof Double d) {
                if (d.isNaN() || d.isInfinite()) {
                    return false;
                }
                sb.append(DartDoubleFormat.toString(d));
                return true;
            } else if (object instanceof Boolean b) {
                sb.append(b ? "true" : "false");
                return true;
            } else if (object == DartNull.INSTANCE) {
                sb.append("null");
                return true;
            } else if (object instanceof TruffleString s) {
                sb.append(DartErrors.jsonString(s.toJavaStringUncached()));
                return true;
            } else if (object instanceof DartList list) {
                checkCycle(list);
                writeList(list);
                removeSeen();
                return true;
            } else if (object instanceof DartMap map) {
                checkCycle(map);
                boolean ok = writeMap(map);
                removeSeen();
                return ok;
            } else if (org.dartj.builtins.core.MapBuiltins.isMapInstance(object, node)) {
                // A Dart class implementing Map (SplayTreeMap, a MapBase): encoded like any map.
                checkCycle(object);
                DartMap copy = new DartMap(null, null);
                for (Object[] e : org.dartj.builtins.core.MapBuiltins.entriesOf(object, node)) {
                    copy.put(e[0], e[1]);
                }
                boolean ok = writeMap(copy);
                removeSeen();
                return ok;
            }
            return false;
        }

        void newlineIndent() {
            sb.append('\n');
            for (int i = 0; i < level; i++) {
                sb.append(indent);
            }
        }

        void writeList(DartList list) {
            if (list.size() == 0) {
                sb.append("[]");
                return;
            }
            sb.append('[');
            level++;
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                if (indent != null) {
                    newlineIndent();
                }
                writeObject(list.get(i));
            }
            level--;
            if (indent != null) {
                newlineIndent();
            }
            sb.append(']');
        }

        boolean writeMap(DartMap map) {
            if (map.size() == 0) {
                sb.append("{}");
                return true;
            }
            Map.Entry<Object, Object>[] entries = map.entryArray();
            for (Map.Entry<Object, Object> e : entries) {
                if (!(e.getKey() instanceof TruffleString)) {
                    return false;
                }
            }
            sb.append('{');
            level++;
            boolean first = true;
            for (Map.Entry<Object, Object> e : entries) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                if (indent != null) {
                    newlineIndent();
                }
                sb.append(DartErrors.jsonString(((TruffleString) e.getKey()).toJavaStringUncached()));
                sb.append(indent != null ? ": " : ":");
                writeObject(e.getValue());
            }
            level--;
            if (indent != null) {
                newlineIndent();
            }
            sb.append('}');
            return true;
        }
    }

    @TruffleBoundary
    static TruffleString encode(Object value, Object toEncodable, String indent, Node node) {
        Stringifier s = new Stringifier(toEncodable, indent, node);
        s.writeObject(value);
        return DartToStringNode.toTruffleString(s.sb.toString());
    }

    static String indentOf(Object indent, Node node) {
        if (indent == DartNull.INSTANCE) {
            return null;
        }
        if (indent instanceof TruffleString ts) {
            return ts.toJavaStringUncached();
        }
        throw DartErrors.typeErrorFor(indent, "String?", node);
    }

    // ------------------------------------------------------------------ builtins

    @DartBuiltin(library = "dart:convert", name = "jsonEncode", kind = DartBuiltin.Kind.FUNCTION, required = 1, named = {"toEncodable"})
    public abstract static class JsonEncodeNode extends DartBuiltinNode {
        @Specialization
        protected Object encode(Object value, Object toEncodable) {
            return ConvertBuiltins.encode(value, toEncodable, null, this);
        }
    }

    @DartBuiltin(library = "dart:convert", name = "jsonDecode", kind = DartBuiltin.Kind.FUNCTION, required = 1, named = {"reviver"})
    public abstract static class JsonDecodeNode extends DartBuiltinNode {
        @Specialization
        protected Object decode(Object source, Object reviver) {
            return ConvertBuiltins.decode(source, reviver, this);
        }
    }

    @DartBuiltin(library = "dart:convert", owner = "JsonCodec", name = "encode", required = 1, named = {"toEncodable"})
    public abstract static class CodecEncodeNode extends DartBuiltinNode {
        @Specialization
        protected Object encode(DartJsonConverter self, Object value, Object toEncodable) {
            return ConvertBuiltins.encode(value, toEncodable != DartNull.INSTANCE ? toEncodable : self.toEncodable, null, this);
        }
    }

    @DartBuiltin(library = "dart:convert", owner = "JsonCodec", name = "decode", required = 1, named = {"reviver"})
    public abstract static class CodecDecodeNode extends DartBuiltinNode {
        @Specialization
        protected Object decode(DartJsonConverter self, Object source, Object reviver) {
            return ConvertBuiltins.decode(source, reviver != DartNull.INSTANCE ? reviver : self.reviver, this);
        }
    }

    @DartBuiltin(library = "dart:convert", owner = "JsonCodec", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, named = {"reviver", "toEncodable"})
    public abstract static class NewCodecNode extends DartBuiltinNode {
        @Specialization
        protected Object create(Object reviver, Object toEncodable) {
            return new DartJsonConverter(DartLanguage.get(this).coreClasses().byName("JsonCodec"), toEncodable, reviver, null);
        }
    }

    /** {@code JsonEncoder.convert}: the codec's encoding with the encoder's settings (dart:convert's Dart part). */
    @DartBuiltin(library = "dart:_internal", name = "jsonEncodeWith", kind = DartBuiltin.Kind.FUNCTION, required = 3)
    public abstract static class JsonEncodeWithNode extends DartBuiltinNode {
        @Specialization
        protected Object encode(Object value, Object toEncodable, Object indent) {
            return ConvertBuiltins.encode(value, toEncodable, indentOf(indent, this), this);
        }
    }

    @DartBuiltin(library = "dart:_internal", name = "jsonCodecReviver", kind = DartBuiltin.Kind.FUNCTION, required = 1)
    public abstract static class JsonCodecReviverNode extends DartBuiltinNode {
        @Specialization
        protected Object reviver(DartJsonConverter codec) {
            return codec.reviver;
        }
    }

    @DartBuiltin(library = "dart:_internal", name = "jsonCodecToEncodable", kind = DartBuiltin.Kind.FUNCTION, required = 1)
    public abstract static class JsonCodecToEncodableNode extends DartBuiltinNode {
        @Specialization
        protected Object toEncodable(DartJsonConverter codec) {
            return codec.toEncodable;
        }
    }
}
