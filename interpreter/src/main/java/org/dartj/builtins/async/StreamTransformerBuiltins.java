package org.dartj.builtins.async;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.classes.DartStackTraceObject;
import org.dartj.nodes.call.DartCalls;
import org.dartj.runtime.DartFunction;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * StreamTransformer ({@code fromHandlers}, {@code fromBind}) and {@code Stream.transform}. A
 * handler transformer's stream is a derived stream whose handlers get the output controller as
 * their {@code EventSink}.
 */
public final class StreamTransformerBuiltins {
    private StreamTransformerBuiltins() {
    }

    /** The Dart object behind a StreamTransformer made by fromHandlers or fromBind. */
    public static final class DartStreamTransformer implements DartObject {
        final DartClass dartClass;
        final DartFunction handleData;
        final DartFunction handleError;
        final DartFunction handleDone;
        final DartFunction bind;

        DartStreamTransformer(DartClass dartClass, DartFunction handleData, DartFunction handleError, DartFunction handleDone, DartFunction bind) {
            this.dartClass = dartClass;
            this.handleData = handleData;
            this.handleError = handleError;
            this.handleDone = handleDone;
            this.bind = bind;
        }

        @Override
        public DartClass dartClass() {
            return dartClass;
        }

        @Override
        public String toString() {
            return "Instance of '" + (bind != null ? "_StreamBindTransformer" : "_StreamHandlerTransformer") + "<dynamic, dynamic>'";
        }

        @TruffleBoundary
        Object bind(Object stream, Node node) {
            if (bind != null) {
                return DartCalls.call(bind, stream);
            }
            // As the VM's _BoundSinkStream: each listen has its own subscription to the source.
            return StreamTransformBuiltins.forward(node, stream, new StreamTransformBuiltins.Pipe((d, v) -> {
                if (handleData == null) {
                    d.add(v);
                } else {
                    DartCalls.call(handleData, v, d.out);
                }
            }, (d, e) -> {
                if (handleError == null) {
                    d.addError(e.getValue());
                } else {
                    Object trace = DartStackTraceObject.of(DartLanguage.get(node).coreClasses().stackTraceImplClass, e);
                    DartCalls.call(handleError, e.getValue(), trace, d.out);
                }
            }, null, d -> {
                if (handleDone == null) {
                    d.out.close();
                } else {
                    DartCalls.call(handleDone, d.out);
                }
            }));
        }
    }

    @DartBuiltin(library = "dart:async", owner = "StreamTransformer", name = "fromHandlers", kind = DartBuiltin.Kind.CONSTRUCTOR, named = {"handleData", "handleError",
                    "handleDone"})
    public abstract static class FromHandlersNode extends DartBuiltinNode {
        @Specialization
        protected DartStreamTransformer fromHandlers(Object handleData, Object handleError, Object handleDone) {
            return new DartStreamTransformer(StreamBuiltins.classes(this).byName("StreamTransformer"), StreamBuiltins.fn(handleData), StreamBuiltins.fn(handleError),
                            StreamBuiltins.fn(handleDone), null);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "StreamTransformer", name = "fromBind", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class FromBindNode extends DartBuiltinNode {
        @Specialization
        protected DartStreamTransformer fromBind(DartFunction bind) {
            return new DartStreamTransformer(StreamBuiltins.classes(this).byName("StreamTransformer"), null, null, null, bind);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "StreamTransformer", name = "bind", required = 1)
    public abstract static class BindNode extends DartBuiltinNode {
        @Specialization
        protected Object bind(DartStreamTransformer self, Object stream) {
            return self.bind(stream, this);
        }
    }

    /** {@code transformer.bind(stream)} for our transformers and user classes alike. */
    @TruffleBoundary
    static Object bindAny(Object transformer, Object stream, Node node) {
        if (transformer instanceof DartStreamTransformer t) {
            return t.bind(stream, node);
        }
        DartFunction bind = StreamBuiltins.classes(node).classOf(transformer).lookupMethod("bind");
        if (bind == null) {
            throw DartErrors.noSuchMethod(transformer, "bind", false, node);
        }
        return bind.callTarget.call(transformer, stream);
    }

    /**
     * The SDK's CastStreamTransformer: binding it binds {@code source} to the stream and casts
     * the result to {@code outputType}.
     */
    @TruffleBoundary
    static DartStreamTransformer castTransformer(Object source, Object outputType, Node node) {
        DartLanguage language = DartLanguage.get(node);
        DartFunction bind = org.dartj.nodes.call.DartJavaFunctionRootNode.create(language, "bind",
                        args -> StreamTransformBuiltins.castStream(node, bindAny(source, args[0], node), outputType));
        return new DartStreamTransformer(StreamBuiltins.classes(node).byName("StreamTransformer"), null, null, null, bind);
    }

    /** {@code cast<RS, RT>()} (StreamTransformerBase): the translator passes RS and RT as hidden arguments. */
    @DartBuiltin(library = "dart:async", owner = "StreamTransformer", name = "cast", optional = 2)
    public abstract static class CastNode extends DartBuiltinNode {
        @Specialization
        protected DartStreamTransformer cast(Object self, @SuppressWarnings("unused") Object sourceType, Object outputType) {
            return castTransformer(self, outputType, this);
        }
    }

    /** {@code StreamTransformer.castFrom<SS, ST, TS, TT>(source)}: a cast view of {@code source}. */
    @DartBuiltin(library = "dart:async", owner = "StreamTransformer", name = "castFrom", kind = DartBuiltin.Kind.STATIC, required = 1, optional = 4)
    public abstract static class CastFromNode extends DartBuiltinNode {
        @Specialization
        @SuppressWarnings("unused")
        protected DartStreamTransformer castFrom(Object source, Object sourceInput, Object sourceOutput, Object targetInput, Object targetOutput) {
            return castTransformer(source, targetOutput, this);
        }
    }

    /** {@code stream.transform(t)}: {@code t.bind(stream)}, for our transformers and user classes alike. */
    @DartBuiltin(library = "dart:async", owner = "Stream", name = "transform", required = 1)
    public abstract static class TransformNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object transform(Object self, Object transformer) {
            return bindAny(transformer, self, this);
        }
    }
}
