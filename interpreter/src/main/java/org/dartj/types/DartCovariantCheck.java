package org.dartj.types;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartCoreClasses;
import org.dartj.classes.DartObject;
import org.dartj.runtime.DartReifiedType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * The check the VM makes on a covariant parameter of a reified collection's mutators
 * ({@code List<int>.add}, {@code Map<K, V>.[]=}, {@code Set<E>.add}): a value that is not of the
 * collection's type argument throws the TypeError naming the SDK's parameter
 * ({@code type 'String' is not a subtype of type 'int' of 'value'}). A collection whose type
 * argument was not reified (Java null) accepts any value.
 * <p>
 * The common cases (a top type, an int in a {@code List<int>}, an instance of exactly the
 * element class) are answered with field reads and class checks, without the type system.
 */
public final class DartCovariantCheck {
    private DartCovariantCheck() {
    }

    /** Throws the VM's TypeError unless {@code value} is of {@code type} (null: not reified). */
    public static void check(DartReifiedType type, Object value, String name, Node node) {
        if (type == null || type == DartSpecialType.DYNAMIC || passesFast(type, value, node)) {
            return;
        }
        checkSlow((DartType) type, value, name, node);
    }

    private static boolean passesFast(DartReifiedType type, Object value, Node node) {
        if (!(type instanceof DartInterfaceType t)) {
            return false;
        }
        if (t.arguments().length != 0) {
            return sameArguments(t, value, node);
        }
        if (value instanceof DartObject o && o.dartClass() == t.dartClass()) {
            return true;
        }
        DartCoreClasses classes = DartLanguage.get(node).coreClasses();
        if (value instanceof Long) {
            return t.dartClass() == classes.intClass || t.dartClass() == classes.numClass;
        } else if (value instanceof Double) {
            return t.dartClass() == classes.doubleClass || t.dartClass() == classes.numClass;
        } else if (value instanceof TruffleString) {
            return t.dartClass() == classes.stringClass;
        } else if (value instanceof Boolean) {
            return t.dartClass() == classes.boolClass;
        }
        return false;
    }

    /** A list or set reified with exactly the expected element type ({@code List<int>} into a {@code List<List<int>>}). */
    private static boolean sameArguments(DartInterfaceType t, Object value, Node node) {
        if (t.isNullable() || t.arguments().length != 1) {
            return false;
        }
        DartReifiedType element;
        DartCoreClasses classes = DartLanguage.get(node).coreClasses();
        if (value instanceof org.dartj.runtime.DartList list && t.dartClass() == classes.listClass && !(value instanceof org.dartj.runtime.typed.DartTypedList)) {
            element = list.elementType();
        } else if (value instanceof org.dartj.runtime.DartSet set && t.dartClass() == classes.setClass) {
            element = set.elementType();
        } else {
            return false;
        }
        return element != null && (element == t.arguments()[0] || element.equals(t.arguments()[0]));
    }

    @TruffleBoundary
    private static void checkSlow(DartType type, Object value, String name, Node node) {
        DartTypeSystem system = DartLanguage.get(node).coreClasses().types;
        if (!accepts(system, type, value)) {
            throw DartErrors.typeErrorOf(system.typeOf(value).toString(), type.toString(), name, node);
        }
    }

    /**
     * {@code value} is of {@code type}, or may be: DartJ reifies some collections with a type
     * Dart would infer more precisely ({@code []} is a {@code List<dynamic>} where Dart may make
     * a {@code List<String>}), so a value is accepted when it matches with type arguments relaxed,
     * its reified type arguments do not contradict the expected ones and the elements of a
     * collection are of the expected element types.
     */
    private static boolean accepts(DartTypeSystem system, DartType type, Object value) {
        if (system.matches(value, type)) {
            return true;
        }
        return new DartTypeTest(type, system).matchesLoosely(value, type) && elementsFit(system, type, value);
    }

    private static boolean elementsFit(DartTypeSystem system, DartType type, Object value) {
        if (!(type instanceof DartInterfaceType t) || t.arguments().length == 0) {
            return true;
        }
        if (value instanceof org.dartj.runtime.DartList list && !(value instanceof org.dartj.runtime.typed.DartTypedList)) {
            return allFit(system, list.toArray(), list.size(), t.arguments()[0]);
        } else if (value instanceof org.dartj.runtime.DartSet set) {
            Object[] all = set.toArray();
            return allFit(system, all, all.length, t.arguments()[0]);
        } else if (value instanceof org.dartj.runtime.DartMap map && t.arguments().length == 2) {
            for (java.util.Map.Entry<Object, Object> e : map.entries()) {
                if (!fits(system, e.getKey(), t.arguments()[0]) || !fits(system, e.getValue(), t.arguments()[1])) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean allFit(DartTypeSystem system, Object[] values, int size, DartType element) {
        for (int i = 0; i < size; i++) {
            if (!fits(system, values[i], element)) {
                return false;
            }
        }
        return true;
    }

    /** An int fits where a double is expected: an int literal Dart reads as a double. */
    private static boolean fits(DartTypeSystem system, Object value, DartType type) {
        return system.matches(value, type) || value instanceof Long l && system.matches((double) l, type);
    }

    /**
     * The check of an argument that must be an {@code Iterable<E>} ({@code List<E>.addAll}'s
     * {@code iterable}, {@code Set<E>.addAll}'s {@code other}), as {@link #check}.
     */
    @TruffleBoundary
    public static void checkIterable(DartReifiedType elementType, Object value, String name, Node node) {
        if (elementType == null || ((DartType) elementType).isTop()) {
            return;
        }
        DartCoreClasses classes = DartLanguage.get(node).coreClasses();
        checkSlow(new DartInterfaceType(classes.iterableClass, new DartType[]{(DartType) elementType}, false), value, name, node);
    }

    /** The same for a {@code Map<K, V>} argument ({@code Map.addAll}'s {@code other}). */
    @TruffleBoundary
    public static void checkMap(DartReifiedType keyType, DartReifiedType valueType, Object value, String name, Node node) {
        if (keyType == null || valueType == null || (((DartType) keyType).isTop() && ((DartType) valueType).isTop())) {
            return;
        }
        DartCoreClasses classes = DartLanguage.get(node).coreClasses();
        checkSlow(new DartInterfaceType(classes.mapClass, new DartType[]{(DartType) keyType, (DartType) valueType}, false), value, name, node);
    }
}
