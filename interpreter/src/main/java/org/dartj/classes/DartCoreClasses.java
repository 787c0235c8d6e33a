package org.dartj.classes;

import java.util.HashMap;
import java.util.Map;

import org.dartj.runtime.DartEnvironment;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartMap;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.async.DartFuture;
import org.dartj.runtime.isolate.DartSendPort;
import org.dartj.runtime.typed.DartByteBuffer;
import org.dartj.runtime.typed.DartByteData;
import org.dartj.runtime.typed.DartTransferableTypedData;
import org.dartj.runtime.typed.DartTypedList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * The classes of the core libraries, created once per language instance (shared by every
 * isolate), and the mapping from Java representation to Dart class.
 */
public final class DartCoreClasses {
    private final Map<String, DartClass> byName = new HashMap<>();
    private final Map<Class<?>, DartClass> byJavaClass = new HashMap<>();

    public final DartClass objectClass = define("Object", null);
    public final DartClass nullClass = define("Null", objectClass);
    public final DartClass numClass = define("num", objectClass);
    public final DartClass intClass = define("int", numClass);
    public final DartClass doubleClass = define("double", numClass);
    public final DartClass boolClass = define("bool", objectClass);
    public final DartClass stringClass = define("String", objectClass);
    public final DartClass patternClass = define("Pattern", objectClass);
    public final DartClass matchClass = define("Match", objectClass);
    public final DartClass stringMatchClass = define("_StringMatch", matchClass);
    public final DartClass stringBufferClass = define("StringBuffer", objectClass);
    public final DartClass iterableClass = define("Iterable", objectClass);
    public final DartClass listClass = define("List", iterableClass);
    public final DartClass runesClass = define("Runes", iterableClass);
    public final DartClass mapClass = define("Map", objectClass);
    public final DartClass setClass = define("Set", iterableClass);
    public final DartClass iteratorClass = define("Iterator", objectClass);
    public final DartClass runeIteratorClass = define("RuneIterator", iteratorClass);
    public final DartClass mapEntryClass = define("MapEntry", objectClass);
    /** The unmodifiable {@code Map<int, E>} view of {@code list.asMap()}. */
    public final DartClass listMapViewClass = define("ListMapView", objectClass);
    public final DartClass comparableClass = define("Comparable", objectClass);
    public final DartClass functionClass = define("Function", objectClass);
    public final DartClass typeClass = define("Type", objectClass);
    public final DartClass enumClass = define("Enum", objectClass);
    public final DartClass recordClass = define("Record", objectClass);
    public final DartClass durationClass = define("Duration", comparableClass);
    public final DartClass bigIntClass = define("BigInt", comparableClass);
    public final DartClass symbolClass = define("Symbol", objectClass);
    public final DartClass invocationClass = define("Invocation", objectClass);
    public final DartClass dateTimeClass = define("DateTime", comparableClass);
    public final DartClass stackTraceClass = define("StackTrace", objectClass);
    /** The VM's classes of stack traces: captured frames, and a fixed text (fromString, empty). */
    public final DartClass stackTraceImplClass = define("_StackTrace", stackTraceClass);
    public final DartClass stringStackTraceClass = define("_StringStackTrace", stackTraceClass);
    public final DartClass stopwatchClass = define("Stopwatch", objectClass);
    public final DartClass uriClass = define("Uri", objectClass);
    public final DartClass uriDataClass = define("UriData", objectClass);
    public final DartClass expandoClass = define("Expando", objectClass);
    public final DartClass weakReferenceClass = define("WeakReference", objectClass);
    public final DartClass finalizerClass = define("Finalizer", objectClass);
    public final DartClass futureClass = define("Future", objectClass);
    public final DartClass completerClass = define("Completer", objectClass);
    public final DartClass timerClass = define("Timer", objectClass);
    public final DartClass zoneClass = define("Zone", objectClass);
    public final DartClass zoneSpecificationClass = define("ZoneSpecification", objectClass);
    public final DartClass zoneDelegateClass = define("ZoneDelegate", objectClass);
    public final DartClass asyncErrorClass = define("AsyncError", objectClass);
    public final DartClass streamSubscriptionClass = define("StreamSubscription", objectClass);
    public final DartClass streamClass = define("Stream", objectClass);
    public final DartClass controllerStreamClass = define("_ControllerStream", streamClass);
    public final DartClass controllerSubscriptionClass = define("_ControllerSubscription", streamSubscriptionClass);
    public final DartClass streamControllerClass = define("StreamController", objectClass);
    public final DartClass multiStreamControllerClass = define("MultiStreamController", streamControllerClass);
    public final DartClass streamIteratorClass = define("StreamIterator", objectClass);
    public final DartClass streamTransformerClass = define("StreamTransformer", objectClass);
    public final DartClass streamTransformerBaseClass = define("StreamTransformerBase", streamTransformerClass);
    public final DartClass streamConsumerClass = define("StreamConsumer", objectClass);
    public final DartClass sinkClass = define("Sink", objectClass);
    public final DartClass stringSinkClass = define("StringSink", objectClass);
    public final DartClass eventSinkClass = define("EventSink", objectClass);
    public final DartClass streamSinkClass = define("StreamSink", eventSinkClass);
    public final DartClass isolateClass = define("Isolate", objectClass);
    public final DartClass sendPortClass = define("SendPort", objectClass);
    public final DartClass receivePortClass = define("ReceivePort", streamClass);
    public final DartClass rawReceivePortClass = define("RawReceivePort", objectClass);
    public final DartClass capabilityClass = define("Capability", objectClass);
    public final DartClass exceptionClass = define("Exception", objectClass);
    /** The class of {@code Exception(message)} objects (the VM's run-time type). */
    public final DartClass exceptionImplClass = define("_Exception", exceptionClass);
    public final DartClass timeoutExceptionClass = define("TimeoutException", exceptionClass);
    public final DartClass formatExceptionClass = define("FormatException", exceptionClass);
    public final DartClass integerDivisionByZeroClass = define("IntegerDivisionByZeroException", exceptionClass);
    public final DartClass errorClass = define("Error", objectClass);
    public final DartClass argumentErrorClass = define("ArgumentError", errorClass);
    public final DartClass rangeErrorClass = define("RangeError", argumentErrorClass);
    public final DartClass indexErrorClass = define("IndexError", argumentErrorClass);
    public final DartClass stateErrorClass = define("StateError", errorClass);
    public final DartClass concurrentModificationErrorClass = define("ConcurrentModificationError", errorClass);
    public final DartClass unsupportedErrorClass = define("UnsupportedError", errorClass);
    public final DartClass unimplementedErrorClass = define("UnimplementedError", unsupportedErrorClass);
    public final DartClass typeErrorClass = define("TypeError", errorClass);
    /** What failed casts, argument checks and null checks throw (the VM's run-time type). */
    public final DartClass typeErrorImplClass = define("_TypeError", typeErrorClass);
    /** What reading an unassigned late variable or assigning a late final twice throws. */
    public final DartClass lateErrorClass = define("LateError", errorClass);
    public final DartClass noSuchMethodErrorClass = define("NoSuchMethodError", errorClass);
    public final DartClass stackOverflowErrorClass = define("StackOverflowError", errorClass);
    public final DartClass assertionErrorClass = define("AssertionError", errorClass);
    public final DartClass parallelWaitErrorClass = define("ParallelWaitError", errorClass);
    /** What a failed {@code assert} throws: its text names the script, line, column and condition. */
    public final DartClass assertionErrorImplClass = define("_AssertionError", assertionErrorClass);
    public final DartClass remoteErrorClass = define("RemoteError", errorClass);
    public final DartClass isolateSpawnExceptionClass = define("IsolateSpawnException", exceptionClass);
    public final DartClass randomClass = define("Random", objectClass);
    public final DartClass jsonCodecClass = define("JsonCodec", objectClass);
    public final DartClass queueClass = define("Queue", iterableClass);
    public final DartClass listQueueClass = define("ListQueue", queueClass);
    public final DartClass linkedHashMapClass = define("LinkedHashMap", mapClass);
    public final DartClass linkedHashSetClass = define("LinkedHashSet", setClass);
    public final DartClass utf8CodecClass = define("Utf8Codec", objectClass);
    public final DartClass base64CodecClass = define("Base64Codec", objectClass);
    /** The state of one chunked UTF-8 decoding (dart:convert's Dart part drives it). */
    public final DartClass utf8DecoderStateClass = define("_Utf8DecoderState", objectClass);
    public final DartClass jsonUnsupportedObjectErrorClass = define("JsonUnsupportedObjectError", errorClass);
    public final DartClass jsonCyclicErrorClass = define("JsonCyclicError", jsonUnsupportedObjectErrorClass);
    public final DartClass ioExceptionClass = define("IOException", exceptionClass);
    public final DartClass osErrorClass = define("OSError", exceptionClass);
    public final DartClass fileSystemExceptionClass = define("FileSystemException", ioExceptionClass);
    public final DartClass pathNotFoundExceptionClass = define("PathNotFoundException", fileSystemExceptionClass);
    public final DartClass pathAccessExceptionClass = define("PathAccessException", fileSystemExceptionClass);
    public final DartClass pathExistsExceptionClass = define("PathExistsException", fileSystemExceptionClass);
    public final DartClass fileSystemEntityClass = define("FileSystemEntity", objectClass);
    public final DartClass fileClass = define("File", fileSystemEntityClass);
    public final DartClass directoryClass = define("Directory", fileSystemEntityClass);
    public final DartClass fileModeClass = define("FileMode", objectClass);
    public final DartClass fileSystemEntityTypeClass = define("FileSystemEntityType", objectClass);
    public final DartClass fileStatClass = define("FileStat", objectClass);
    public final DartClass processInfoClass = define("ProcessInfo", objectClass);
    public final DartClass ioSinkClass = define("IOSink", objectClass);
    public final DartClass stdoutClass = define("Stdout", ioSinkClass);
    public final DartClass stdinClass = define("Stdin", streamClass);
    public final DartClass platformClass = define("Platform", objectClass);
    public final DartClass regExpClass = define("RegExp", objectClass);
    public final DartClass regExpImplClass = define("_RegExp", regExpClass);
    public final DartClass regExpMatchClass = define("RegExpMatch", matchClass);
    public final DartClass regExpMatchImplClass = define("_RegExpMatch", regExpMatchClass);
    public final DartClass typedDataClass = define("TypedData", objectClass);
    /** The members that all typed data lists share; each kind's class extends it. */
    public final DartClass typedListClass = define("_TypedList", listClass);
    public final DartClass byteBufferClass = define("ByteBuffer", objectClass);
    public final DartClass byteBufferImplClass = define("_ByteBuffer", byteBufferClass);
    public final DartClass byteDataClass = define("ByteData", typedDataClass);
    public final DartClass byteDataImplClass = define("_ByteDataView", byteDataClass);
    public final DartClass endianClass = define("Endian", objectClass);
    public final DartClass transferableTypedDataClass = define("TransferableTypedData", objectClass);
    public final DartClass transferableTypedDataImplClass = define("_TransferableTypedDataImpl", transferableTypedDataClass);
    /** Per typed-list kind (in {@link DartTypedList.Kind} order): the public class and the VM's class of its instances. */
    private final DartClass[] typedListClasses = new DartClass[DartTypedList.Kind.values().length];
    private final DartClass[] typedViewClasses = new DartClass[DartTypedList.Kind.values().length];
    private final DartClass[] unmodifiableViewClasses = new DartClass[DartTypedList.Kind.values().length];
    public final DartClass unmodifiableByteBufferClass = define("_UnmodifiableByteBufferView", define("UnmodifiableByteBufferView", byteBufferImplClass));
    public final DartClass unmodifiableByteDataClass = define("_UnmodifiableByteDataView", define("UnmodifiableByteDataView", byteDataImplClass));
    public final DartClass float32x4Class = define("Float32x4", objectClass);
    public final DartClass int32x4Class = define("Int32x4", objectClass);
    public final DartClass float64x2Class = define("Float64x2", objectClass);

    /** The run-time types over these classes. */
    public final org.dartj.types.DartTypeSystem types;

    public DartCoreClasses() {
        // Every enum value has an index and a name (fields of its own enum class).
        enumClass.declareField("index");
        enumClass.declareField("name");
        iterableClass.setTypeParameters("E");
        listClass.setTypeParameters("E");
        setClass.setTypeParameters("E");
        queueClass.setTypeParameters("E");
        listQueueClass.setTypeParameters("E");
        linkedHashSetClass.setTypeParameters("E");
        iteratorClass.setTypeParameters("E");
        mapClass.setTypeParameters("K", "V");
        linkedHashMapClass.setTypeParameters("K", "V");
        mapEntryClass.setTypeParameters("K", "V");
        futureClass.setTypeParameters("T");
        completerClass.setTypeParameters("T");
        streamClass.setTypeParameters("T");
        streamControllerClass.setTypeParameters("T");
        comparableClass.setTypeParameters("T");
        sinkClass.setTypeParameters("T");
        org.dartj.types.DartType[] e = {new org.dartj.types.DartTypeParameterType("E", 0, false)};
        // Stdin is a Stream<List<int>>.
        stdinClass.setSupertypeArguments(streamClass, new org.dartj.types.DartType[]{
                        new org.dartj.types.DartInterfaceType(listClass, new org.dartj.types.DartType[]{new org.dartj.types.DartInterfaceType(intClass, new org.dartj.types.DartType[0], false)}, false)});
        listClass.setSupertypeArguments(iterableClass, e);
        setClass.setSupertypeArguments(iterableClass, e);
        queueClass.setSupertypeArguments(iterableClass, e);
        listQueueClass.setSupertypeArguments(queueClass, e);
        linkedHashSetClass.setSupertypeArguments(setClass, e);
        org.dartj.types.DartType[] kv = {new org.dartj.types.DartTypeParameterType("K", 0, false), new org.dartj.types.DartTypeParameterType("V", 1, false)};
        linkedHashMapClass.setSupertypeArguments(mapClass, kv);
        stringClass.addInterface(patternClass);
        regExpClass.addInterface(patternClass);
        listMapViewClass.addInterface(mapClass);
        indexErrorClass.addInterface(rangeErrorClass);
        integerDivisionByZeroClass.addInterface(unsupportedErrorClass);
        streamSinkClass.addInterface(streamConsumerClass);
        eventSinkClass.addInterface(sinkClass);
        stringBufferClass.addInterface(stringSinkClass);
        streamControllerClass.addInterface(streamSinkClass);
        numClass.addInterface(comparableClass);
        stringClass.addInterface(comparableClass);
        byJavaClass.put(Long.class, intClass);
        byJavaClass.put(Double.class, doubleClass);
        byJavaClass.put(Boolean.class, boolClass);
        byJavaClass.put(TruffleString.class, stringClass);
        byJavaClass.put(DartNull.class, nullClass);
        byJavaClass.put(DartList.class, listClass);
        byJavaClass.put(DartMap.class, mapClass);
        byJavaClass.put(org.dartj.runtime.DartSet.class, setClass);
        byJavaClass.put(org.dartj.runtime.DartRecord.class, recordClass);
        byJavaClass.put(DartFunction.class, functionClass);
        byJavaClass.put(DartFuture.class, futureClass);
        byJavaClass.put(DartSendPort.class, sendPortClass);
        byJavaClass.put(org.dartj.runtime.isolate.DartCapability.class, capabilityClass);
        byJavaClass.put(DartEnvironment.class, objectClass);
        typedListClass.addInterface(typedDataClass);
        for (DartTypedList.Kind kind : DartTypedList.Kind.values()) {
            DartClass publicClass = define(kind.dartName, typedListClass);
            typedListClasses[kind.ordinal()] = publicClass;
            DartClass instanceClass = define("_" + kind.dartName, publicClass);
            byJavaClass.put(kind.allocate(0).getClass(), instanceClass);
            String element = kind.dartName.substring(0, kind.dartName.length() - "List".length());
            typedViewClasses[kind.ordinal()] = define("_" + element + "ArrayView", publicClass);
            DartClass unmodifiableClass = define("Unmodifiable" + kind.dartName + "View", publicClass);
            unmodifiableViewClasses[kind.ordinal()] = define("_Unmodifiable" + element + "ArrayView", unmodifiableClass);
        }
        byJavaClass.put(org.dartj.runtime.typed.DartSimd.Float32x4.class, define("_Float32x4", float32x4Class));
        byJavaClass.put(org.dartj.runtime.typed.DartSimd.Int32x4.class, define("_Int32x4", int32x4Class));
        byJavaClass.put(org.dartj.runtime.typed.DartSimd.Float64x2.class, define("_Float64x2", float64x2Class));
        byJavaClass.put(DartByteBuffer.class, byteBufferImplClass);
        byJavaClass.put(org.dartj.builtins.typeddata.DartEndian.class, endianClass);
        byJavaClass.put(DartByteData.class, byteDataImplClass);
        byJavaClass.put(DartTransferableTypedData.class, transferableTypedDataImplClass);
        for (Class<?> t : new Class<?>[]{org.dartj.types.DartInterfaceType.class, org.dartj.types.DartFunctionType.class, org.dartj.types.DartRecordType.class,
                        org.dartj.types.DartSpecialType.class, org.dartj.types.DartFutureOrType.class, org.dartj.types.DartTypeParameterType.class}) {
            byJavaClass.put(t, typeClass);
        }
        types = new org.dartj.types.DartTypeSystem(this);
        numClass.setSupertypeArguments(comparableClass, new org.dartj.types.DartType[]{types.numType});
        stringClass.setSupertypeArguments(comparableClass, new org.dartj.types.DartType[]{types.stringType});
    }

    /** The public class of a typed list kind ({@code Uint8List}, ...). */
    public DartClass typedListClass(DartTypedList.Kind kind) {
        return typedListClasses[kind.ordinal()];
    }

    private DartClass define(String name, DartClass superclass) {
        DartClass c = new DartClass(name, superclass);
        byName.put(name, c);
        return c;
    }

    public DartClass byName(String name) {
        return byName.get(name);
    }

    /** The Dart class of a value whose Java class alone decides it (not a {@link DartObject}). */
    @TruffleBoundary
    public DartClass forJavaClass(Class<?> javaClass) {
        DartClass c = byJavaClass.get(javaClass);
        return c != null ? c : objectClass;
    }

    public DartClass classOf(Object value) {
        if (value instanceof DartObject o) {
            return o.dartClass();
        }
        if (value instanceof DartTypedList t && t.isView()) {
            // Same members as the list class; only runtimeType shows the difference.
            return (t.isUnmodifiable() ? unmodifiableViewClasses : typedViewClasses)[t.kind().ordinal()];
        }
        if (value instanceof DartByteData d && d.isReadOnly()) {
            return unmodifiableByteDataClass;
        }
        if (value instanceof DartByteBuffer b && b.isReadOnly()) {
            return unmodifiableByteBufferClass;
        }
        return forJavaClass(value.getClass());
    }
}
