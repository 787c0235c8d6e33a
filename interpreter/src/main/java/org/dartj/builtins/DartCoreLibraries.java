package org.dartj.builtins;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Predicate;

import org.dartj.DartLanguage;
import org.dartj.builtins.async.AsyncFunctionBuiltinsFactory;
import org.dartj.builtins.async.CompleterBuiltinsFactory;
import org.dartj.builtins.async.FutureBuiltinsFactory;
import org.dartj.builtins.async.FutureCombinatorBuiltinsFactory;
import org.dartj.builtins.async.ParallelWaitBuiltinsFactory;
import org.dartj.builtins.async.StreamBuiltinsFactory;
import org.dartj.builtins.async.StreamFutureBuiltinsFactory;
import org.dartj.builtins.async.StreamTransformBuiltinsFactory;
import org.dartj.builtins.async.StreamTransformerBuiltinsFactory;
import org.dartj.builtins.async.TimerBuiltinsFactory;
import org.dartj.builtins.core.ArgumentErrorBuiltinsFactory;
import org.dartj.builtins.async.ZoneBuiltinsFactory;
import org.dartj.builtins.async.AsyncErrorBuiltinsFactory;
import org.dartj.builtins.core.ComparableBuiltinsFactory;
import org.dartj.builtins.core.CoreFunctionBuiltinsFactory;
import org.dartj.builtins.core.DateTimeBuiltinsFactory;
import org.dartj.builtins.core.DoubleBuiltinsFactory;
import org.dartj.builtins.core.DurationBuiltinsFactory;
import org.dartj.builtins.core.EnumBuiltinsFactory;
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
import org.dartj.builtins.core.EnumBuiltinsFactory;
import org.dartj.builtins.core.BoolBuiltinsFactory;
import org.dartj.builtins.core.InvocationBuiltinsFactory;
import org.dartj.builtins.core.ObjectBuiltinsFactory;
import org.dartj.builtins.core.RegExpBuiltinsFactory;
import org.dartj.builtins.core.RunesBuiltinsFactory;
import org.dartj.builtins.core.SetBuiltinsFactory;
import org.dartj.builtins.core.StopwatchBuiltinsFactory;
import org.dartj.builtins.core.StringBufferBuiltinsFactory;
import org.dartj.builtins.core.StringBuiltinsFactory;
import org.dartj.builtins.core.UriBuiltinsFactory;
import org.dartj.builtins.core.UriDataBuiltinsFactory;
import org.dartj.builtins.core.FunctionBuiltinsFactory;
import org.dartj.builtins.core.ExpandoBuiltinsFactory;
import org.dartj.builtins.core.WeakReferenceBuiltinsFactory;
import org.dartj.builtins.isolate.IsolateBuiltinsFactory;
import org.dartj.builtins.collection.CollectionSupportBuiltinsFactory;
import org.dartj.builtins.collection.QueueBuiltinsFactory;
import org.dartj.builtins.math.MathBuiltinsFactory;
import org.dartj.builtins.convert.CodecBuiltins;
import org.dartj.builtins.convert.CodecBuiltinsFactory;
import org.dartj.builtins.convert.ConvertBuiltins;
import org.dartj.builtins.convert.ConvertBuiltinsFactory;
import org.dartj.builtins.isolate.CapabilityBuiltinsFactory;
import org.dartj.builtins.isolate.RawReceivePortBuiltinsFactory;
import org.dartj.builtins.isolate.RemoteErrorBuiltinsFactory;
import org.dartj.builtins.isolate.ReceivePortBuiltinsFactory;
import org.dartj.builtins.isolate.SendPortBuiltinsFactory;
import org.dartj.builtins.isolate.TransferableTypedDataBuiltinsFactory;
import org.dartj.builtins.typeddata.ByteBufferBuiltinsFactory;
import org.dartj.builtins.typeddata.ByteDataBuiltinsFactory;
import org.dartj.builtins.typeddata.EndianBuiltinsFactory;
import org.dartj.builtins.typeddata.TypedDataFamilyBuiltins;
import org.dartj.builtins.typeddata.TypedListBuiltinsFactory;
import org.dartj.builtins.io.DartStdio;
import org.dartj.builtins.io.DirectoryBuiltinsFactory;
import org.dartj.builtins.io.FileBuiltinsFactory;
import org.dartj.builtins.io.FileSystemEntityBuiltinsFactory;
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
 * grouped by Dart type ({@code core/ListBuiltins}, ...); {@link Factories#FACTORIES} lists the groups.
 * Installed once per language instance, so every isolate shares the call targets.
 */
public final class DartCoreLibraries {
    /** A top-level getter of a core library (dart:io's {@code exitCode}), with its setter or null. */
    public record Getter(DartFunction function, DartFunction setter) {
    }

    /**
     * Every group of builtins. Only read when the build-time index of the builtins is missing
     * (a build without the project's annotation processor); {@code DartBuiltinIndexTest} checks
     * that the index lists exactly these factories.
     */
    static final class Factories {
        private Factories() {
        }

        static final List<List<? extends NodeFactory<? extends DartBuiltinNode>>> FACTORIES = List.of(
                    CoreFunctionBuiltinsFactory.getFactories(), ObjectBuiltinsFactory.getFactories(), ArgumentErrorBuiltinsFactory.getFactories(), InvocationBuiltinsFactory.getFactories(), BigIntBuiltinsFactory.getFactories(), NumberBuiltinsFactory.getFactories(),
                    IntBuiltinsFactory.getFactories(), DoubleBuiltinsFactory.getFactories(),
                    StringBuiltinsFactory.getFactories(), StringBufferBuiltinsFactory.getFactories(), MatchBuiltinsFactory.getFactories(),
                    ListBuiltinsFactory.getFactories(), MapBuiltinsFactory.getFactories(),
                    IterableBuiltinsFactory.getFactories(), IteratorBuiltinsFactory.getFactories(), BoolBuiltinsFactory.getFactories(), RunesBuiltinsFactory.getFactories(), MapEntryBuiltinsFactory.getFactories(),
                    ListMapViewBuiltinsFactory.getFactories(), ComparableBuiltinsFactory.getFactories(), EnumBuiltinsFactory.getFactories(), DurationBuiltinsFactory.getFactories(), StopwatchBuiltinsFactory.getFactories(), ErrorBuiltinsFactory.getFactories(),
                    FutureBuiltinsFactory.getFactories(), FutureCombinatorBuiltinsFactory.getFactories(), ParallelWaitBuiltinsFactory.getFactories(), CompleterBuiltinsFactory.getFactories(), TimerBuiltinsFactory.getFactories(), ZoneBuiltinsFactory.getFactories(), AsyncErrorBuiltinsFactory.getFactories(),
                    AsyncFunctionBuiltinsFactory.getFactories(), IsolateBuiltinsFactory.getFactories(), ReceivePortBuiltinsFactory.getFactories(),
                    SendPortBuiltinsFactory.getFactories(), SetBuiltinsFactory.getFactories(), RawReceivePortBuiltinsFactory.getFactories(), CapabilityBuiltinsFactory.getFactories(), RemoteErrorBuiltinsFactory.getFactories(), StreamBuiltinsFactory.getFactories(),
                    StreamTransformBuiltinsFactory.getFactories(), StreamFutureBuiltinsFactory.getFactories(), StreamTransformerBuiltinsFactory.getFactories(),
                    MathBuiltinsFactory.getFactories(), QueueBuiltinsFactory.getFactories(), CollectionSupportBuiltinsFactory.getFactories(), ConvertBuiltinsFactory.getFactories(), CodecBuiltinsFactory.getFactories(),
                    StdioBuiltinsFactory.getFactories(), ProcessBuiltinsFactory.getFactories(), PlatformBuiltinsFactory.getFactories(),
                    FileBuiltinsFactory.getFactories(), FileSystemEntityBuiltinsFactory.getFactories(), DirectoryBuiltinsFactory.getFactories(),
                    RegExpBuiltinsFactory.getFactories(), DateTimeBuiltinsFactory.getFactories(),
                    TypedListBuiltinsFactory.getFactories(), ByteBufferBuiltinsFactory.getFactories(), ByteDataBuiltinsFactory.getFactories(),
                    EndianBuiltinsFactory.getFactories(), TransferableTypedDataBuiltinsFactory.getFactories(),
                    UriBuiltinsFactory.getFactories(), UriDataBuiltinsFactory.getFactories(), FunctionBuiltinsFactory.getFactories(), ExpandoBuiltinsFactory.getFactories(),
                    WeakReferenceBuiltinsFactory.getFactories());
    }

    private final DartLanguage language;
    private final DartCoreClasses classes;
    private final Map<String, Map<String, Object>> libraries = new HashMap<>();
    private boolean installed;
    private DartBuiltinParameters parameters;
    private final Map<String, Optional<String>> dartSources = new HashMap<>();
    private final Map<String, Set<String>> dartSourceNames = new HashMap<>();
    /** The builtins that are constructors (their result's static type is their class); filled as classes install. */
    private final Set<DartFunction> constructors = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Whether {@code f} is a core class's constructor ({@code Duration(...)}, {@code DateTime.utc(...)}). */
    public boolean isConstructor(DartFunction f) {
        return constructors.contains(f);
    }

    public DartCoreLibraries(DartLanguage language, DartCoreClasses classes) {
        this.language = language;
        this.classes = classes;
        Map<String, Object> core = library("dart:core");
        for (String name : List.of("Object", "Null", "num", "int", "double", "bool", "String", "Pattern", "Match", "Runes", "RuneIterator", "StringBuffer", "Iterable", "Iterator", "List", "Map",
                        "MapEntry", "Comparable", "Set", "Function", "Type", "Enum", "Record", "Duration", "BigInt", "Symbol", "Invocation", "StackTrace", "Stopwatch", "Uri", "UriData", "Sink", "StringSink", "Expando", "WeakReference", "Finalizer",
                        "Future", "Exception", "FormatException", "IntegerDivisionByZeroException", "Error", "ArgumentError", "RangeError", "StateError", "ConcurrentModificationError",
                        "UnsupportedError", "UnimplementedError", "TypeError", "NoSuchMethodError", "StackOverflowError", "AssertionError", "IndexError")) {
            core.put(name, classes.byName(name));
        }
        core.put("RegExp", classes.byName("RegExp"));
        core.put("RegExpMatch", classes.byName("RegExpMatch"));
        core.put("DateTime", classes.byName("DateTime"));
        Map<String, Object> async = library("dart:async");
        core.put("Stream", classes.byName("Stream"));
        for (String name : List.of("Future", "Completer", "Timer", "Stream", "StreamSubscription", "StreamController", "StreamIterator", "TimeoutException",
                        "StreamTransformer", "StreamTransformerBase", "MultiStreamController", "StreamConsumer", "EventSink", "StreamSink", "AsyncError", "ParallelWaitError", "Zone", "ZoneSpecification", "ZoneDelegate")) {
            async.put(name, classes.byName(name));
        }
        Map<String, Object> isolate = library("dart:isolate");
        for (String name : List.of("Isolate", "SendPort", "ReceivePort", "RawReceivePort", "Capability", "RemoteError", "IsolateSpawnException", "TransferableTypedData")) {
            isolate.put(name, classes.byName(name));
        }
        Map<String, Object> typedData = library("dart:typed_data");
        for (String name : List.of("TypedData", "ByteBuffer", "ByteData", "Endian", "Float32x4", "Int32x4", "Float64x2")) {
            typedData.put(name, classes.byName(name));
        }
        for (org.dartj.runtime.typed.DartTypedList.Kind kind : org.dartj.runtime.typed.DartTypedList.Kind.values()) {
            typedData.put(kind.dartName, classes.typedListClass(kind));
            String unmodifiable = "Unmodifiable" + kind.dartName + "View";
            typedData.put(unmodifiable, classes.byName(unmodifiable));
        }
        for (String name : List.of("UnmodifiableByteBufferView", "UnmodifiableByteDataView")) {
            typedData.put(name, classes.byName(name));
        }
        Map<String, Object> collection = library("dart:collection");
        for (String name : List.of("Queue", "ListQueue", "LinkedHashMap", "LinkedHashSet")) {
            collection.put(name, classes.byName(name));
        }
        library("dart:_internal");
        Map<String, Object> math = library("dart:math");
        for (String name : List.of("Random")) {
            math.put(name, classes.byName(name));
        }
        Map<String, Object> convert = library("dart:convert");
        for (String name : List.of("JsonCodec", "JsonUnsupportedObjectError", "JsonCyclicError", "Utf8Codec", "Base64Codec")) {
            convert.put(name, classes.byName(name));
        }
        convert.put("utf8", new CodecBuiltins.DartCodec(classes.byName("Utf8Codec"), CodecBuiltins.DartCodec.Kind.UTF8));
        convert.put("base64", new CodecBuiltins.DartCodec(classes.byName("Base64Codec"), CodecBuiltins.DartCodec.Kind.BASE64));
        convert.put("base64Url", new CodecBuiltins.DartCodec(classes.byName("Base64Codec"), CodecBuiltins.DartCodec.Kind.BASE64URL));
        convert.put("json", new ConvertBuiltins.DartJsonConverter(classes.byName("JsonCodec"), org.dartj.runtime.DartNull.INSTANCE, org.dartj.runtime.DartNull.INSTANCE, null));
        Map<String, Object> io = library("dart:io");
        for (String name : List.of("File", "Directory", "FileSystemEntity", "FileMode", "Platform", "IOSink", "Stdout", "Stdin", "IOException", "OSError",
                        "FileSystemException", "PathNotFoundException", "PathAccessException", "PathExistsException", "FileSystemEntityType", "FileStat", "ProcessInfo")) {
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

    /**
     * The Dart source of the part of core library {@code uri} that is written in Dart (the
     * resource {@code org/dartj/lib/NAME.dart} for {@code dart:NAME}), or null. Its public
     * names join the library's exports; it sees the library's Java builtins.
     */
    public synchronized String dartSource(String uri) {
        if (!uri.startsWith("dart:")) {
            return null;
        }
        return dartSources.computeIfAbsent(uri, u -> Optional.ofNullable(readDartSource(u))).orElse(null);
    }

    /**
     * The names whose use makes a library need the Dart part of {@code uri}: its public
     * top-level classes, mixins, constants and functions, and the members its extensions add
     * to Java core classes. Read from the resource text, so no parse is needed to decide.
     */
    public synchronized Set<String> dartSourceNames(String uri) {
        return dartSourceNames.computeIfAbsent(uri, u -> {
            String text = dartSource(u);
            return text == null ? Set.of() : declaredNames(text);
        });
    }

    private static final Pattern TOP_LEVEL_NAME = Pattern.compile(
                    "^(?:(?:abstract|base|final|sealed|interface|mixin)\\s+)*(?:class|mixin)\\s+([A-Za-z]\\w*)" +
                                    "|^(?:const|final|var)\\s+(?:[\\w<>?, ]+\\s+)?([A-Za-z]\\w*)\\s*=" +
                                    "|^[A-Za-z_][\\w<>?, ]*\\s+([A-Za-z]\\w*)\\s*(?:<[^>]*>)?\\(",
                    Pattern.MULTILINE);
    private static final Pattern EXTENSION_MEMBER = Pattern.compile("^  [^ /\\n].*?(?:\\bget\\s+([A-Za-z]\\w*)|\\s([A-Za-z]\\w*)(?:<[^>]*>)?\\()", Pattern.MULTILINE);

    /** The public names {@link #dartSourceNames} reads from a Dart part's text. */
    static Set<String> declaredNames(String text) {
        Set<String> names = new HashSet<>();
        Matcher m = TOP_LEVEL_NAME.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    names.add(m.group(g));
                }
            }
        }
        Matcher ext = Pattern.compile("^extension\\s.*?^}", Pattern.MULTILINE | Pattern.DOTALL).matcher(text);
        while (ext.find()) {
            Matcher member = EXTENSION_MEMBER.matcher(ext.group());
            while (member.find()) {
                names.add(member.group(1) != null ? member.group(1) : member.group(2));
            }
        }
        return names;
    }

    /** The resource text of the Dart part of core library {@code uri}, or null when it has none. */
    public static String readDartSource(String uri) {
        if (!uri.startsWith("dart:") || uri.indexOf('/') >= 0) {
            return null;
        }
        try (var in = DartCoreLibraries.class.getResourceAsStream("/org/dartj/lib/" + uri.substring(5) + ".dart")) {
            return in == null ? null : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the Dart part of " + uri, e);
        }
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
     * Library functions are made now; a class's members when the class is first looked into,
     * and their factory and node classes are only loaded then: most programs touch a few of
     * the core classes, and loading every builtin's classes was a large part of start-up.
     */
    public synchronized void ensureInstalled() {
        if (installed) {
            return;
        }
        installed = true;
        TypedDataFamilyBuiltins.install(this);
        org.dartj.builtins.typeddata.SimdBuiltins.install(this);
        List<DartBuiltinIndex.Entry> index = DartBuiltinIndex.read();
        if (index != null) {
            for (DartBuiltinIndex.Entry entry : index) {
                schedule(entry.owner(), () -> install(entry.loadFactory()));
            }
            return;
        }
        for (List<? extends NodeFactory<? extends DartBuiltinNode>> group : Factories.FACTORIES) {
            for (NodeFactory<? extends DartBuiltinNode> factory : group) {
                schedule(DartBuiltinIndex.spec(factory).owner(), () -> install(factory));
            }
        }
    }

    /** The builtins' parameter table, read when first needed (an argument of a wrong type). */
    public synchronized DartBuiltinParameters builtinParameters() {
        if (parameters == null) {
            parameters = DartBuiltinParameters.read();
        }
        return parameters;
    }

    private void schedule(String ownerName, Runnable install) {
        if (ownerName.isEmpty()) {
            install.run();
            return;
        }
        DartClass owner = classes.byName(ownerName);
        if (owner == null) {
            throw new IllegalStateException("unknown builtin owner " + ownerName);
        }
        owner.addPendingMember(install);
    }

    /**
     * Adds a member to {@code owner} whose node is made by hand from its argument nodes: for
     * members that a family of classes shares with one parameter each (the constructors of
     * every typed-list kind), where one DSL class per class and member would repeat itself.
     */
    public void addFamilyMember(String owner, String name, DartBuiltin.Kind kind, int required, int optional, Function<DartExpressionNode[], DartExpressionNode> make) {
        DartClass target = classes.byName(owner);
        target.addPendingMember(() -> {
            DartExpressionNode node = make.apply(argumentNodes(owner, kind, required + optional, new String[0]));
            register(node, owner, name, kind, required, required + optional, new String[0], "dart:core");
        });
    }

    private static DartExpressionNode[] argumentNodes(String owner, DartBuiltin.Kind kind, int positional, String[] named) {
        boolean instance = !owner.isEmpty() && (kind == DartBuiltin.Kind.METHOD || kind == DartBuiltin.Kind.GETTER || kind == DartBuiltin.Kind.SETTER);
        List<DartExpressionNode> args = new ArrayList<>();
        if (instance) {
            args.add(new DartReadBuiltinArgumentNode(0));
        }
        for (int i = 1; i <= positional; i++) {
            args.add(new DartReadBuiltinArgumentNode(i));
        }
        for (String n : named) {
            args.add(new DartReadBuiltinNamedArgumentNode(n));
        }
        return args.toArray(new DartExpressionNode[0]);
    }

    private void install(NodeFactory<? extends DartBuiltinNode> factory) {
        DartBuiltin spec = DartBuiltinIndex.spec(factory);
        int positional = spec.required() + spec.optional();
        DartBuiltinNode node = factory.createNode((Object) argumentNodes(spec.owner(), spec.kind(), positional, spec.named()));
        DartBuiltinRootNode root = register(node, spec.owner(), spec.name(), spec.kind(), spec.required(), positional, spec.named(), spec.library());
        if (!spec.returnType().isEmpty()) {
            org.dartj.types.DartType[] parameters = new org.dartj.types.DartType[spec.parameterTypes().length];
            for (int i = 0; i < parameters.length; i++) {
                parameters[i] = builtinType(spec.parameterTypes()[i]);
            }
            root.declareFunctionType(new org.dartj.types.DartFunctionType(builtinType(spec.returnType()), parameters, new org.dartj.types.DartType[0], new String[0],
                            new org.dartj.types.DartType[0], new boolean[0], false));
            boolean isStatic = spec.kind() == DartBuiltin.Kind.FUNCTION || spec.kind() == DartBuiltin.Kind.STATIC;
            root.declareTearOff(spec.name(), isStatic);
        }
    }

    /** A type named in a builtin's declared signature: a core class or a special type, {@code ?} for nullable. */
    public org.dartj.types.DartType builtinType(String name) {
        boolean nullable = name.endsWith("?");
        String base = nullable ? name.substring(0, name.length() - 1) : name;
        org.dartj.types.DartType type = switch (base) {
            case "void" -> org.dartj.types.DartSpecialType.VOID;
            case "dynamic" -> org.dartj.types.DartSpecialType.DYNAMIC;
            default -> {
                DartClass cls = classes.byName(base);
                if (cls == null) {
                    throw new IllegalStateException("unknown type in builtin signature " + name);
                }
                yield classes.types.raw(cls);
            }
        };
        return nullable ? type.withNullable(true) : type;
    }

    private DartBuiltinRootNode register(DartExpressionNode node, String ownerName, String name, DartBuiltin.Kind kind, int required, int positional, String[] named, String libraryUri) {
        String displayName = ownerName.isEmpty() ? name : ownerName + (name.isEmpty() ? "" : "." + name);
        DartBuiltinRootNode root = new DartBuiltinRootNode(language, node, displayName, required, positional, named);
        DartFunction function = new DartFunction(displayName, root.getCallTarget(), null);
        if (ownerName.isEmpty()) {
            Map<String, Object> library = library(libraryUri);
            Object previous = library.get(name);
            switch (kind) {
                case GETTER -> library.put(name, new Getter(function, previous instanceof Getter g ? g.setter() : null));
                case SETTER -> library.put(name, new Getter(previous instanceof Getter g ? g.function() : null, function));
                default -> library.put(name, function);
            }
            return root;
        }
        DartClass owner = classes.byName(ownerName);
        if (owner == null) {
            throw new IllegalStateException("unknown builtin owner " + ownerName);
        }
        switch (kind) {
            case METHOD -> owner.addMethod(name, function);
            case GETTER -> owner.addGetter(name, function);
            case SETTER -> owner.addSetter(name, function);
            case STATIC -> owner.addStatic(name, function);
            case CONSTRUCTOR -> {
                owner.addStatic(name, function);
                constructors.add(function);
            }
            case STATIC_GETTER -> owner.addStaticGetter(name, function);
            default -> throw new IllegalStateException("bad builtin kind " + kind);
        }
        return root;
    }
}
