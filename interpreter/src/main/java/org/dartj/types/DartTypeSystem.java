package org.dartj.types;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartCoreClasses;
import org.dartj.classes.DartInstance;
import org.dartj.nodes.DartRootNode;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartMap;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.DartRecord;
import org.dartj.runtime.DartSet;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * The run-time side of Dart types, one per language (shared by its isolates): the canonical
 * core types, a value's {@code runtimeType} ({@link #typeOf}) and {@code value is T}
 * ({@link #matches}). A value whose type arguments were not reified (a list made by a
 * builtin that cannot infer its element type, a core object) is tested by its elements, or
 * leniently.
 */
public final class DartTypeSystem {
    private final DartCoreClasses classes;
    public final DartInterfaceType objectType;
    public final DartInterfaceType intType;
    public final DartInterfaceType doubleType;
    public final DartInterfaceType numType;
    public final DartInterfaceType boolType;
    public final DartInterfaceType stringType;
    public final DartInterfaceType functionType;
    public final DartInterfaceType typeType;
    public final DartInterfaceType listOfDynamic;

    public DartTypeSystem(DartCoreClasses classes) {
        this.classes = classes;
        objectType = raw(classes.objectClass);
        intType = raw(classes.intClass);
        doubleType = raw(classes.doubleClass);
        numType = raw(classes.numClass);
        boolType = raw(classes.boolClass);
        stringType = raw(classes.stringClass);
        functionType = raw(classes.functionClass);
        typeType = new DartInterfaceType(classes.typeClass, new DartType[0], false, "_Type");
        listOfDynamic = new DartInterfaceType(classes.listClass, new DartType[]{DartSpecialType.DYNAMIC}, false);
    }

    /** The class instantiated to bounds: the type literal {@code List} is {@code List<dynamic>}. */
    public DartInterfaceType raw(DartClass cls) {
        return new DartInterfaceType(cls, defaultArguments(cls), false);
    }

    /** Each type parameter's bound (dynamic if unbounded). */
    public static DartType[] defaultArguments(DartClass cls) {
        DartType[] args = new DartType[cls.typeParameters().length];
        for (int i = 0; i < args.length; i++) {
            args[i] = cls.defaultTypeArgument(i);
        }
        return args;
    }

    public DartInterfaceType listOf(DartType element) {
        return new DartInterfaceType(classes.listClass, new DartType[]{element}, false);
    }

    /**
     * A function value's type when its signature is known: the declared one, a closure's
     * signature instantiated with the type arguments in scope where it was created, or for a tear-off
     * of a method of a generic class its signature instantiated with the receiver's type
     * arguments; else null.
     */
    @TruffleBoundary
    public DartFunctionType functionTypeOf(DartFunction f) {
        if (!(f.callTarget.getRootNode() instanceof DartRootNode root)) {
            return null;
        }
        if (f.captured instanceof org.dartj.nodes.call.DartInstantiation instantiation) {
            return instantiatedType(instantiation);
        }
        if (f.reifiedType instanceof DartFunctionType reified) {
            return reified;
        }
        if (root.functionType() != null) {
            return root.functionType();
        }
        if (root.memberSignature() != null && f.captured instanceof org.dartj.classes.DartInstance receiver) {
            DartType[] own = receiver.typeArguments() != null ? receiver.typeArguments() : defaultArguments(receiver.dartClass());
            DartType[] args = receiver.dartClass().argumentsAs(root.declaringClass(), own);
            return args != null ? (DartFunctionType) root.memberSignature().substitute(args) : null;
        }
        return null;
    }

    /**
     * The type of a generic function instantiated ({@code id<int>}: {@code (int) => int}): its
     * generic signature with the class's type arguments (those of a torn-off method's receiver)
     * and the instantiation's; null when the signature is not known.
     */
    private DartFunctionType instantiatedType(org.dartj.nodes.call.DartInstantiation instantiation) {
        DartFunction generic = instantiation.function();
        if (!(generic.callTarget.getRootNode() instanceof DartRootNode root) || root.genericSignature() == null) {
            return null;
        }
        int classCount = root.classTypeParameterCount();
        DartType[] own = instantiation.typeArguments();
        DartType[] all = new DartType[classCount + own.length];
        DartType[] classArguments = null;
        if (classCount > 0 && generic.captured instanceof org.dartj.classes.DartInstance receiver && root.declaringClass() != null) {
            DartType[] receiverArguments = receiver.typeArguments() != null ? receiver.typeArguments() : defaultArguments(receiver.dartClass());
            classArguments = receiver.dartClass().argumentsAs(root.declaringClass(), receiverArguments);
        }
        for (int i = 0; i < classCount; i++) {
            all[i] = classArguments != null && i < classArguments.length ? classArguments[i] : DartSpecialType.DYNAMIC;
        }
        System.arraycopy(own, 0, all, classCount, own.length);
        return (DartFunctionType) root.genericSignature().substitute(all);
    }

    /**
     * What the type parameters of a generic extension stand for with this receiver: its
     * run-time type matched against the extension's on-type ({@code on List<T>} with a
     * {@code List<int>}: int; through supertypes, {@code on Iterable<T>}); a parameter the
     * match does not fix is its bound. Dart takes them from the receiver's static type, which
     * is its run-time type or a supertype of it.
     */
    @TruffleBoundary
    public DartType[] extensionArguments(org.dartj.classes.DartClass extension, Object receiver) {
        DartType[] result = new DartType[extension.typeParameters().length];
        matchTypeArguments(extension.extensionOnType(), typeOf(receiver), result);
        for (int i = 0; i < result.length; i++) {
            if (result[i] == null) {
                result[i] = extension.defaultTypeArgument(i);
            }
        }
        return result;
    }

    private static void matchTypeArguments(DartType pattern, DartType actual, DartType[] result) {
        if (pattern instanceof DartTypeParameterType p) {
            if (p.index() < result.length && result[p.index()] == null) {
                result[p.index()] = actual;
            }
        } else if (pattern instanceof DartInterfaceType expected && actual instanceof DartInterfaceType found) {
            DartType[] as = found.dartClass().argumentsAs(expected.dartClass(), found.arguments());
            if (as != null && as.length == expected.arguments().length) {
                for (int i = 0; i < as.length; i++) {
                    matchTypeArguments(expected.arguments()[i], as[i], result);
                }
            }
        }
    }

    /** The value's run-time type, as {@code runtimeType} reports it. */
    @TruffleBoundary
    public DartType typeOf(Object value) {
        if (value instanceof Long) {
            return intType;
        } else if (value instanceof Double) {
            return doubleType;
        } else if (value instanceof Boolean) {
            return boolType;
        } else if (value instanceof TruffleString) {
            return stringType;
        } else if (value == DartNull.INSTANCE) {
            return DartSpecialType.NULL;
        } else if (value instanceof org.dartj.runtime.typed.DartTypedList) {
            // A typed list's class is its type (_Uint8List, _Float64ArrayView, ...): no type arguments.
            return new DartInterfaceType(classes.classOf(value), new DartType[0], false);
        } else if (value instanceof DartList list) {
            return listOf(orDynamic(list.elementType()));
        } else if (value instanceof DartMap map) {
            return new DartInterfaceType(classes.mapClass, new DartType[]{orDynamic(map.keyType()), orDynamic(map.valueType())}, false, map.isConstant() ? "_ConstMap" : map.isUnmodifiableView() ? "UnmodifiableMapView" : "_Map");
        } else if (value instanceof DartSet set) {
            return new DartInterfaceType(classes.setClass, new DartType[]{orDynamic(set.elementType())}, false, set.isConstant() ? "_ConstSet" : "_Set");
        } else if (value instanceof DartRecord record) {
            return recordType(record);
        } else if (value instanceof org.dartj.builtins.core.DartLazyIterable lazy) {
            // The VM's class (MappedListIterable<int, String>), with the type arguments DartJ knows.
            org.dartj.runtime.DartReifiedType[] known = lazy.vmTypeArguments();
            DartType[] args = new DartType[known.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = orDynamic(known[i]);
            }
            return new DartInterfaceType(classes.classOf(value), args, false, lazy.vmClass());
        } else if (value instanceof org.dartj.builtins.async.DartStreams.Stream stream && stream.dartClass() == classes.controllerStreamClass) {
            return new DartInterfaceType(classes.streamClass, new DartType[]{orDynamic(stream.typeArgument())}, false, stream.vmClass());
        } else if (value instanceof org.dartj.builtins.core.DartIteratorObject iterator && iterator.type() != null) {
            return iterator.type();
        } else if (value instanceof DartInstance instance) {
            DartType[] args = instance.typeArguments();
            return args != null ? new DartInterfaceType(instance.dartClass(), args, false) : raw(instance.dartClass());
        } else if (value instanceof DartFunction f) {
            DartFunctionType t = functionTypeOf(f);
            return t != null ? t : functionType;
        } else if (value instanceof DartType) {
            return typeType;
        } else if (value instanceof org.dartj.runtime.async.DartFuture future && future.typeArgument() instanceof DartType t) {
            return new DartInterfaceType(classes.futureClass, new DartType[]{t}, false, "_Future");
        }
        // Core objects do not reify their type arguments: an empty list means "not known".
        return new DartInterfaceType(classes.classOf(value), new DartType[0], false);
    }

    private DartRecordType recordType(DartRecord record) {
        DartType[] positional = new DartType[record.positionalCount()];
        for (int i = 0; i < positional.length; i++) {
            positional[i] = typeOf(record.positional(i));
        }
        String[] names = record.names();
        DartType[] named = new DartType[names.length];
        for (int i = 0; i < names.length; i++) {
            named[i] = typeOf(record.named(i));
        }
        return new DartRecordType(positional, names, named, false);
    }

    private static DartType orDynamic(Object type) {
        return type instanceof DartType t ? t : DartSpecialType.DYNAMIC;
    }

    /** {@code value is type} (type has no type parameters left). */
    @TruffleBoundary
    public boolean matches(Object value, DartType type) {
        if (type.isTop()) {
            return true;
        }
        if (value == DartNull.INSTANCE) {
            return type.isNullable();
        }
        if (type instanceof DartInterfaceType t) {
            DartClass cls = t.dartClass();
            if (!classes.classOf(value).isSubtypeOf(cls)) {
                return false;
            }
            DartType[] args = t.arguments();
            if (args.length == 0 || allTop(args)) {
                return true;
            }
            if (value instanceof DartList list && list.elementType() == null) {
                return elementsMatch(list.toArray(), list.size(), cls, args);
            }
            if (value instanceof DartSet set && set.elementType() == null) {
                Object[] all = set.toArray();
                return elementsMatch(all, all.length, cls, args);
            }
            if (value instanceof DartMap map && map.keyType() == null && cls == classes.mapClass) {
                for (java.util.Map.Entry<Object, Object> e : map.entries()) {
                    if (!matches(e.getKey(), args[0]) || !matches(e.getValue(), args[1])) {
                        return false;
                    }
                }
                return true;
            }
            if (value instanceof org.dartj.builtins.async.DartStreams.Stream stream && !(stream.typeArgument() instanceof DartType)) {
                return true; // a stream whose event type DartJ does not know passes
            }
            if (value instanceof org.dartj.builtins.core.DartLazyIterable lazy) {
                // Tested as the Iterable<E> it is; an element type DartJ does not know passes.
                Object element = lazy.elementType();
                if (!(element instanceof DartType e)) {
                    return true;
                }
                return new DartInterfaceType(classes.iterableClass, new DartType[]{e}, false).isSubtypeOf(t.withNullable(false));
            }
            return typeOf(value).isSubtypeOf(t.withNullable(false));
        }
        if (type instanceof DartFutureOrType f) {
            return matches(value, f.argument()) || matches(value, new DartInterfaceType(classes.futureClass, new DartType[]{f.argument()}, false));
        }
        if (type instanceof DartFunctionType) {
            if (!(value instanceof DartFunction)) {
                return false;
            }
            DartType actual = typeOf(value);
            // A function whose signature was not recorded passes (as before types were reified).
            return !(actual instanceof DartFunctionType) || actual.isSubtypeOf(type.withNullable(false));
        }
        return typeOf(value).isSubtypeOf(type);
    }

    /**
     * Whether a value that passes a type test with type arguments relaxed still cannot be of
     * {@code type}: its reified type arguments (a collection's, a generic instance's) are
     * unrelated to the expected ones, so no static inference DartJ lacks could explain them
     * ({@code List<String>} where {@code List<int>} is expected). Arguments that are a
     * supertype or a subtype of the expected ones, dynamic, function or record types, and an int
     * where a double is expected (an int literal Dart would read as a double) are not conflicts.
     */
    @TruffleBoundary
    public boolean reifiedConflict(Object value, DartType type) {
        if (!(type instanceof DartInterfaceType t) || t.arguments().length == 0) {
            return false;
        }
        DartClass cls = t.dartClass();
        DartType[] actual = null;
        if (value instanceof org.dartj.runtime.typed.DartTypedList) {
            return false;
        } else if (value instanceof DartList list && (cls == classes.listClass || cls == classes.iterableClass)) {
            if (list.elementType() == null) {
                return elementsConflict(list.toArray(), list.size(), t.arguments()[0]);
            }
            actual = new DartType[]{(DartType) list.elementType()};
            if (!anyUnrelated(actual, t.arguments()) && !actual[0].isSubtypeOf(t.arguments()[0])) {
                // A wider reified element type ([[1]] is a List<Object> here): the elements decide.
                return elementsContradict(list.toArray(), list.size(), t.arguments()[0]);
            }
        } else if (value instanceof DartSet set && (cls == classes.setClass || cls == classes.iterableClass)) {
            if (set.elementType() == null) {
                Object[] all = set.toArray();
                return elementsConflict(all, all.length, t.arguments()[0]);
            }
            actual = new DartType[]{(DartType) set.elementType()};
        } else if (value instanceof DartMap map && cls == classes.mapClass) {
            if (map.keyType() == null) {
                java.util.List<Object> keys = new java.util.ArrayList<>();
                java.util.List<Object> values = new java.util.ArrayList<>();
                for (java.util.Map.Entry<Object, Object> e : map.entries()) {
                    keys.add(e.getKey());
                    values.add(e.getValue());
                }
                return elementsConflict(keys.toArray(), keys.size(), t.arguments()[0]) || elementsConflict(values.toArray(), values.size(), t.arguments()[1]);
            }
            actual = map.keyType() instanceof DartType k && map.valueType() instanceof DartType v ? new DartType[]{k, v} : null;
        } else if (value instanceof DartInstance instance && instance.typeArguments() != null) {
            actual = instance.dartClass().argumentsAs(cls, instance.typeArguments());
        }
        return actual != null && actual.length == t.arguments().length && anyUnrelated(actual, t.arguments());
    }

    /**
     * A collection whose type argument was not reified holds an element that no type argument
     * Dart could have given it allows (an int is allowed where a double is expected: an int
     * literal Dart reads as a double).
     */
    private boolean elementsConflict(Object[] values, int size, DartType expected) {
        for (int i = 0; i < size; i++) {
            Object v = values[i];
            if (!matches(v, expected) && !(v instanceof Long l && matches((double) l, expected))) {
                return true;
            }
        }
        return false;
    }

    /** An element that cannot be of {@code expected} even with the leniency of a loose check. */
    private boolean elementsContradict(Object[] values, int size, DartType expected) {
        DartTypeTest test = new DartTypeTest(expected, this);
        for (int i = 0; i < size; i++) {
            if (!matches(values[i], expected) && !test.matchesLoosely(values[i], expected)) {
                return true;
            }
        }
        return false;
    }

    private boolean anyUnrelated(DartType[] actual, DartType[] expected) {
        for (int i = 0; i < actual.length; i++) {
            if (unrelated(actual[i], expected[i])) {
                return true;
            }
        }
        return false;
    }

    /** Neither type is a subtype of the other (and no int-for-double reading or unknown part explains it). */
    private boolean unrelated(DartType actual, DartType expected) {
        if (!(actual instanceof DartInterfaceType a) || !(expected instanceof DartInterfaceType e)) {
            return false;
        }
        if (a.dartClass() == e.dartClass()) {
            return a.arguments().length == e.arguments().length && anyUnrelated(a.arguments(), e.arguments());
        }
        if (a.dartClass().isSubtypeOf(e.dartClass())) {
            DartType[] mapped = a.dartClass().argumentsAs(e.dartClass(), a.arguments());
            return mapped != null && mapped.length == e.arguments().length && anyUnrelated(mapped, e.arguments());
        }
        if (e.dartClass().isSubtypeOf(a.dartClass())) {
            return false;
        }
        return !(a.dartClass() == classes.intClass && e.dartClass() == classes.doubleClass);
    }

    /** A list or set without a reified element type is tested by its elements. */
    private boolean elementsMatch(Object[] values, int size, DartClass target, DartType[] args) {
        if (target != classes.listClass && target != classes.iterableClass && target != classes.setClass) {
            return true;
        }
        for (int i = 0; i < size; i++) {
            if (!matches(values[i], args[0])) {
                return false;
            }
        }
        return true;
    }

    private static boolean allTop(DartType[] types) {
        for (DartType t : types) {
            if (!t.isTop()) {
                return false;
            }
        }
        return true;
    }
}
