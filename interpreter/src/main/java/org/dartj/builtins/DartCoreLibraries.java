package org.dartj.builtins;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.dartj.DartLanguage;
import org.dartj.builtins.async.AsyncFunctionBuiltinsFactory;
import org.dartj.builtins.async.CompleterBuiltinsFactory;
import org.dartj.builtins.async.FutureBuiltinsFactory;
import org.dartj.builtins.async.FutureCombinatorBuiltinsFactory;
import org.dartj.builtins.async.StreamBuiltinsFactory;
import org.dartj.builtins.async.StreamFutureBuiltinsFactory;
import org.dartj.builtins.async.StreamTransformBuiltinsFactory;
import org.dartj.builtins.async.StreamTransformerBuiltinsFactory;
import org.dartj.builtins.async.TimerBuiltinsFactory;
import org.dartj.builtins.core.ComparableBuiltinsFactory;
import org.dartj.builtins.core.CoreFunctionBuiltinsFactory;
import org.dartj.builtins.core.DateTimeBuiltinsFactory;
import org.dartj.builtins.core.DoubleBuiltinsFactory;
import org.dartj.builtins.core.DurationBuiltinsFactory;
import org.dartj.builtins.core.ErrorBuiltinsFactory;
import org.dartj.builtins.core.IntBuiltinsFactory;
import org.dartj.builtins.core.IterableBuiltinsFactory;
import org.dartj.builtins.core.IteratorBuiltinsFactory;
import org.dartj.builtins.core.ListBuiltinsFactory;
import org.dartj.builtins.core.ListMapViewBuiltinsFactory;
import org.dartj.builtins.core.MapBuiltinsFactory;
import org.dartj.builtins.core.MatchBuiltinsFactory;
import org.dartj.builtins.core.MapEntryBuiltinsFactory;
import org.dartj.builtins.core.NumberBuiltinsFactory;
import org.dartj.builtins.core.BigIntBuiltinsFactory;
import org.dartj.builtins.core.InvocationBuiltinsFactory;
import org.dartj.builtins.core.ObjectBuiltinsFactory;
import org.dartj.builtins.core.RegExpBuiltinsFactory;
import org.dartj.builtins.core.SetBuiltinsFactory;
import org.dartj.builtins.core.StopwatchBuiltinsFactory;
import org.dartj.builtins.core.StringBufferBuiltinsFactory;
import org.dartj.builtins.core.StringBuiltinsFactory;
import org.dartj.builtins.isolate.IsolateBuiltinsFactory;
import org.dartj.builtins.collection.QueueBuiltinsFactory;
import org.dartj.builtins.math.MathBuiltinsFactory;
import org.dartj.builtins.math.PointBuiltinsFactory;
import org.dartj.builtins.convert.CodecBuiltins;
import org.dartj.builtins.convert.CodecBuiltinsFactory;
import org.dartj.builtins.convert.ConvertBuiltins;
import org.dartj.builtins.convert.ConvertBuiltinsFactory;
import org.dartj.builtins.isolate.RawReceivePortBuiltinsFactory;
import org.dartj.builtins.isolate.ReceivePortBuiltinsFactory;
import org.dartj.builtins.isolate.SendPortBuiltinsFactory;
import org.dartj.builtins.io.DartStdio;
import org.dartj.builtins.io.DirectoryBuiltinsFactory;
import org.dartj.builtins.io.FileBuiltinsFactory;
import org.dartj.builtins.io.PlatformBuiltinsFactory;
import org.dartj.builtins.io.ProcessBuiltinsFactory;
import org.dartj.builtins.io.StdioBuiltinsFactory;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartCoreClasses;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartFunction;

import com.oracle.truffle.api.dsl.NodeFactory;

/**
 * The core libraries: which names each {@code dart:} library exports, and the builtin members
 * of the core classes. Every builtin is a small node class annotated with {@link DartBuiltin},
 * grouped by Dart type ({@code core/ListBuiltins}, ...); {@link #FACTORIES} lists the groups.
 * Installed once per language instance, so every isolate shares the call targets.
 */
public final class DartCoreLibraries {
    /** A top-level getter of a core library (dart:io's {@code exitCode}), with its setter or null. */
    public record Getter(DartFunction function, DartFunction setter) {
    }

    private static final List<List<? extends NodeFactory<? extends DartBuiltinNode>>> FACTORIES = List.of(
                    CoreFunctionBuiltinsFactory.getFactories(), ObjectBuiltinsFactory.getFactories(), InvocationBuiltinsFactory.getFactories(), BigIntBuiltinsFactory.getFactories(), NumberBuiltinsFactory.getFactories(),
                    IntBuiltinsFactory.getFactories(), DoubleBuiltinsFactory.getFactories(),
                    StringBuiltinsFactory.getFactories(), StringBufferBuiltinsFactory.getFactories(), MatchBuiltinsFactory.getFactories(),
                    ListBuiltinsFactory.getFactories(), MapBuiltinsFactory.getFactories(),
                    IterableBuiltinsFactory.getFactories(), IteratorBuiltinsFactory.getFactories(), MapEntryBuiltinsFactory.getFactories(),
                    ListMapViewBuiltinsFactory.getFactories(), ComparableBuiltinsFactory.getFactories(), DurationBuiltinsFactory.getFactories(), StopwatchBuiltinsFactory.getFactories(), ErrorBuiltinsFactory.getFactories(),
                    FutureBuiltinsFactory.getFactories(), FutureCombinatorBuiltinsFactory.getFactories(), CompleterBuiltinsFactory.getFactories(), TimerBuiltinsFactory.getFactories(),
                    AsyncFunctionBuiltinsFactory.getFactories(), IsolateBuiltinsFactory.getFactories(), ReceivePortBuiltinsFactory.getFactories(),
                    SendPortBuiltinsFactory.getFactories(), SetBuiltinsFactory.getFactories(), RawReceivePortBuiltinsFactory.getFactories(), StreamBuiltinsFactory.getFactories(),
                    StreamTransformBuiltinsFactory.getFactories(), StreamFutureBuiltinsFactory.getFactories(), StreamTransformerBuiltinsFactory.getFactories(),
                    MathBuiltinsFactory.getFactories(), PointBuiltinsFactory.getFactories(), QueueBuiltinsFactory.getFactories(), ConvertBuiltinsFactory.getFactories(), CodecBuiltinsFactory.getFactories(),
                    StdioBuiltinsFactory.getFactories(), ProcessBuiltinsFactory.getFactories(), PlatformBuiltinsFactory.getFactories(),
                    FileBuiltinsFactory.getFactories(), DirectoryBuiltinsFactory.getFactories(),
                    RegExpBuiltinsFactory.getFactories(), DateTimeBuiltinsFactory.getFactories());

    private final DartLanguage language;
    private final DartCoreClasses classes;
    private final Map<String, Map<String, Object>> libraries = new HashMap<>();
    private boolean installed;

    public DartCoreLibraries(DartLanguage language, DartCoreClasses classes) {
        this.language = language;
        this.classes = classes;
        Map<String, Object> core = library("dart:core");
        for (String name : List.of("Object", "Null", "num", "int", "double", "bool", "String", "Pattern", "Match", "Runes", "StringBuffer", "Iterable", "Iterator", "List", "Map",
                        "MapEntry", "Comparable", "Set", "Function", "Type", "Enum", "Record", "Duration", "BigInt", "Symbol", "Invocation", "StackTrace", "Stopwatch",
                        "Future", "Exception", "FormatException", "IntegerDivisionByZeroException", "Error", "ArgumentError", "RangeError", "StateError", "ConcurrentModificationError",
                        "UnsupportedError", "UnimplementedError", "TypeError", "NoSuchMethodError", "StackOverflowError")) {
            core.put(name, classes.byName(name));
        }
        core.put("RegExp", classes.byName("RegExp"));
        core.put("RegExpMatch", classes.byName("RegExpMatch"));
        core.put("DateTime", classes.byName("DateTime"));
        Map<String, Object> async = library("dart:async");
        core.put("Stream", classes.byName("Stream"));
        for (String name : List.of("Future", "Completer", "Timer", "Stream", "StreamSubscription", "StreamController", "StreamIterator", "TimeoutException",
                        "StreamTransformer", "StreamTransformerBase", "MultiStreamController")) {
            async.put(name, classes.byName(name));
        }
        Map<String, Object> isolate = library("dart:isolate");
        for (String name : List.of("Isolate", "SendPort", "ReceivePort", "RawReceivePort", "RemoteError", "IsolateSpawnException")) {
            isolate.put(name, classes.byName(name));
        }
        Map<String, Object> collection = library("dart:collection");
        for (String name : List.of("Queue", "ListQueue", "LinkedHashMap", "LinkedHashSet")) {
            collection.put(name, classes.byName(name));
        }
        Map<String, Object> math = library("dart:math");
        for (String name : List.of("Random", "Point")) {
            math.put(name, classes.byName(name));
        }
        Map<String, Object> convert = library("dart:convert");
        for (String name : List.of("JsonCodec", "JsonEncoder", "JsonDecoder", "JsonUnsupportedObjectError", "JsonCyclicError", "Utf8Codec", "Base64Codec", "LineSplitter")) {
            convert.put(name, classes.byName(name));
        }
        convert.put("utf8", new CodecBuiltins.DartCodec(classes.byName("Utf8Codec"), CodecBuiltins.DartCodec.Kind.UTF8));
        convert.put("base64", new CodecBuiltins.DartCodec(classes.byName("Base64Codec"), CodecBuiltins.DartCodec.Kind.BASE64));
        convert.put("base64Url", new CodecBuiltins.DartCodec(classes.byName("Base64Codec"), CodecBuiltins.DartCodec.Kind.BASE64URL));
        convert.put("json", new ConvertBuiltins.DartJsonConverter(classes.byName("JsonCodec"), org.dartj.runtime.DartNull.INSTANCE, org.dartj.runtime.DartNull.INSTANCE, null));
        Map<String, Object> io = library("dart:io");
        for (String name : List.of("File", "Directory", "FileSystemEntity", "FileMode", "Platform", "IOSink", "Stdout", "Stdin", "IOException", "OSError",
                        "FileSystemException", "PathNotFoundException", "PathAccessException", "PathExistsException")) {
            io.put(name, classes.byName(name));
        }
        io.put("stdout", new DartStdio(classes.byName("Stdout"), DartStdio.Kind.OUT));
        io.put("stderr", new DartStdio(classes.byName("Stdout"), DartStdio.Kind.ERR));
        io.put("stdin", new DartStdio(classes.byName("Stdin"), DartStdio.Kind.IN));
        math.put("pi", Math.PI);
        math.put("e", Math.E);
        math.put("ln2", 0.6931471805599453);
        math.put("ln10", 2.302585092994046);
        math.put("log2e", 1.4426950408889634);
        math.put("log10e", 0.4342944819032518);
        math.put("sqrt1_2", 0.7071067811865476);
        math.put("sqrt2", 1.4142135623730951);
    }

    private Map<String, Object> library(String uri) {
        return libraries.computeIfAbsent(uri, k -> new HashMap<>());
    }

    public synchronized boolean hasLibrary(String uri) {
        return libraries.containsKey(uri);
    }

    /** Adds the names {@code uri} exports (those {@code filter} accepts) to {@code scope}. */
    public synchronized void addImport(Map<String, Object> scope, String uri, Predicate<String> filter) {
        ensureInstalled();
        for (Map.Entry<String, Object> e : libraries.get(uri).entrySet()) {
            if (filter == null || filter.test(e.getKey())) {
                scope.put(e.getKey(), e.getValue());
            }
        }
    }

    /**
     * Installs the builtins; called when the language instance creates its first context.
     * Not lazily at the first import: an isolate's context may get a language instance of its
     * own (when the embedder did not share an engine) that never translates anything.
     */
    public synchronized void ensureInstalled() {
        if (installed) {
            return;
        }
        installed = true;
        for (List<? extends NodeFactory<? extends DartBuiltinNode>> group : FACTORIES) {
            for (NodeFactory<? extends DartBuiltinNode> factory : group) {
                DartBuiltin spec = factory.getNodeClass().getAnnotation(DartBuiltin.class);
                if (spec == null) {
                    throw new IllegalStateException("builtin without @DartBuiltin: " + factory.getNodeClass());
                }
                if (spec.owner().isEmpty()) {
                    install(factory);
                } else {
                    // A class's members are made when the class is first looked into:
                    // most programs touch a few of the core classes (start-up time).
                    DartClass owner = classes.byName(spec.owner());
                    if (owner == null) {
                        throw new IllegalStateException("unknown builtin owner " + spec.owner());
                    }
                    owner.addPendingMember(() -> install(factory));
                }
            }
        }
    }

    private void install(NodeFactory<? extends DartBuiltinNode> factory) {
        DartBuiltin spec = factory.getNodeClass().getAnnotation(DartBuiltin.class);
        if (spec == null) {
            throw new IllegalStateException("builtin without @DartBuiltin: " + factory.getNodeClass());
        }
        boolean instance = !spec.owner().isEmpty() && (spec.kind() == DartBuiltin.Kind.METHOD || spec.kind() == DartBuiltin.Kind.GETTER || spec.kind() == DartBuiltin.Kind.SETTER);
        List<DartExpressionNode> args = new ArrayList<>();
        if (instance) {
            args.add(new DartReadBuiltinArgumentNode(0));
        }
        int positional = spec.required() + spec.optional();
        for (int i = 1; i <= positional; i++) {
            args.add(new DartReadBuiltinArgumentNode(i));
        }
        for (String n : spec.named()) {
            args.add(new DartReadBuiltinNamedArgumentNode(n));
        }
        DartBuiltinNode node = factory.createNode((Object) args.toArray(new DartExpressionNode[0]));
        String displayName = spec.owner().isEmpty() ? spec.name() : spec.owner() + (spec.name().isEmpty() ? "" : "." + spec.name());
        DartBuiltinRootNode root = new DartBuiltinRootNode(language, node, displayName, spec.required(), positional, spec.named());
        DartFunction function = new DartFunction(displayName, root.getCallTarget(), null);
        if (spec.owner().isEmpty()) {
            Map<String, Object> library = library(spec.library());
            Object previous = library.get(spec.name());
            switch (spec.kind()) {
                case GETTER -> library.put(spec.name(), new Getter(function, previous instanceof Getter g ? g.setter() : null));
                case SETTER -> library.put(spec.name(), new Getter(previous instanceof Getter g ? g.function() : null, function));
                default -> library.put(spec.name(), function);
            }
            return;
        }
        DartClass owner = classes.byName(spec.owner());
        if (owner == null) {
            throw new IllegalStateException("unknown builtin owner " + spec.owner());
        }
        switch (spec.kind()) {
            case METHOD -> owner.addMethod(spec.name(), function);
            case GETTER -> owner.addGetter(spec.name(), function);
            case SETTER -> owner.addSetter(spec.name(), function);
            case STATIC, CONSTRUCTOR -> owner.addStatic(spec.name(), function);
            case STATIC_GETTER -> owner.addStaticGetter(spec.name(), function);
            default -> throw new IllegalStateException("bad builtin kind " + spec.kind());
        }
    }
}
