package org.dartj.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartCoreClasses;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartNull;
import org.junit.jupiter.api.Test;

/** Dart's subtype relation, printing and value tests of reified types. */
class DartSubtypingTest {
    private final DartCoreClasses classes = new DartCoreClasses();
    private final DartTypeSystem types = classes.types;

    private DartInterfaceType list(DartType element) {
        return types.listOf(element);
    }

    private DartInterfaceType iterable(DartType element) {
        return new DartInterfaceType(classes.iterableClass, new DartType[]{element}, false);
    }

    private static DartFunctionType fn(DartType returnType, DartType... required) {
        return new DartFunctionType(returnType, required, new DartType[0], new String[0], new DartType[0], new boolean[0], false);
    }

    @Test
    void classTypesAreCovariantInTheirArguments() {
        assertTrue(list(types.intType).isSubtypeOf(list(types.numType)));
        assertTrue(list(types.intType).isSubtypeOf(iterable(types.intType)));
        assertTrue(list(types.intType).isSubtypeOf(list(types.objectType.withNullable(true))));
        assertFalse(list(types.numType).isSubtypeOf(list(types.intType)));
        assertFalse(list(types.intType).isSubtypeOf(list(types.stringType)));
        assertTrue(types.intType.isSubtypeOf(new DartInterfaceType(classes.comparableClass, new DartType[]{types.numType}, false)));
    }

    @Test
    void nullabilityTopAndBottom() {
        assertTrue(DartSpecialType.NULL.isSubtypeOf(types.intType.withNullable(true)));
        assertFalse(DartSpecialType.NULL.isSubtypeOf(types.intType));
        assertFalse(types.intType.withNullable(true).isSubtypeOf(types.intType));
        assertTrue(types.intType.isSubtypeOf(types.objectType));
        assertFalse(DartSpecialType.DYNAMIC.isSubtypeOf(types.objectType));
        assertTrue(DartSpecialType.NEVER.isSubtypeOf(types.stringType));
        assertTrue(types.stringType.isSubtypeOf(DartSpecialType.DYNAMIC));
        assertTrue(types.intType.isSubtypeOf(new DartFutureOrType(types.numType, false)));
        assertTrue(DartSpecialType.NULL.isSubtypeOf(new DartFutureOrType(types.intType.withNullable(true), false)));
    }

    @Test
    void functionTypesAreContravariantInParameters() {
        DartFunctionType intToInt = fn(types.intType, types.intType);
        assertTrue(intToInt.isSubtypeOf(fn(types.numType, types.intType)));
        assertFalse(intToInt.isSubtypeOf(fn(types.intType, types.numType)));
        assertTrue(fn(types.intType, types.numType).isSubtypeOf(intToInt));
        assertTrue(intToInt.isSubtypeOf(types.functionType));
        assertFalse(intToInt.isSubtypeOf(fn(types.intType)));
    }

    @Test
    void printsAsTheVmDoes() {
        assertEquals("List<int>", list(types.intType).toString());
        assertEquals("List<int?>?", list(types.intType.withNullable(true)).withNullable(true).toString());
        assertEquals("(int) => int", fn(types.intType, types.intType).toString());
        DartFunctionType named = new DartFunctionType(DartSpecialType.VOID, new DartType[]{types.stringType}, new DartType[0], new String[]{"n"},
                        new DartType[]{types.intType}, new boolean[]{true}, false);
        assertEquals("(String, {required int n}) => void", named.toString());
        assertEquals("(int, {String name})", new DartRecordType(new DartType[]{types.intType}, new String[]{"name"}, new DartType[]{types.stringType}, false).toString());
        assertEquals("FutureOr<int>", new DartFutureOrType(types.intType, false).toString());
        assertEquals(types.raw(classes.mapClass).toString(), "Map<dynamic, dynamic>");
    }

    @Test
    void supertypeArgumentsFollowSubclassDeclarations() {
        DartClass box = new DartClass("Box", classes.objectClass);
        box.setTypeParameters("T");
        DartClass intBox = new DartClass("IntBox", box);
        intBox.setSupertypeArguments(box, new DartType[]{types.intType});
        DartInterfaceType intBoxType = new DartInterfaceType(intBox, new DartType[0], false);
        assertTrue(intBoxType.isSubtypeOf(new DartInterfaceType(box, new DartType[]{types.numType}, false)));
        assertFalse(intBoxType.isSubtypeOf(new DartInterfaceType(box, new DartType[]{types.stringType}, false)));
        DartType parameter = new DartTypeParameterType("T", 0, false);
        assertEquals(list(types.stringType), list(parameter).substitute(new DartType[]{types.stringType}));
    }

    @Test
    void valuesAreTestedByTheirReifiedTypes() {
        DartList ints = new DartList(new Object[]{1L, 2L}, 2, true, types.intType);
        assertTrue(types.matches(ints, list(types.numType)));
        assertFalse(types.matches(ints, list(types.stringType)));
        assertEquals("List<int>", types.typeOf(ints).toString());
        // A list whose element type was not reified is tested element by element.
        DartList unknown = new DartList(new Object[]{1L, 2L}, 2, true, null);
        assertTrue(types.matches(unknown, list(types.intType)));
        assertFalse(types.matches(unknown, list(types.stringType)));
        assertTrue(types.matches(DartNull.INSTANCE, types.intType.withNullable(true)));
        assertFalse(types.matches(DartNull.INSTANCE, types.intType));
        assertTrue(types.matches(3L, types.numType));
        assertEquals(List.of("int", "double"), List.of(types.typeOf(1L).toString(), types.typeOf(1.5).toString()));
    }
}
