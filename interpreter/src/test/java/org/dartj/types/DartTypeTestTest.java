package org.dartj.types;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dartj.classes.DartCoreClasses;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartNull;
import org.junit.jupiter.api.Test;

/** Value tests of parameter and variable checks: the class-check fast path and the lenient second chance. */
class DartTypeTestTest {
    private final DartCoreClasses classes = new DartCoreClasses();
    private final DartTypeSystem types = classes.types;

    private DartTypeTest test(DartType type) {
        return new DartTypeTest(type, types);
    }

    @Test
    void coreValueTypesAreClassChecks() {
        assertTrue(test(types.intType).matches(3L));
        assertFalse(test(types.intType).matches(3.0));
        assertFalse(test(types.intType).matches(DartNull.INSTANCE));
        assertTrue(test(types.intType.withNullable(true)).matches(DartNull.INSTANCE));
        assertTrue(test(types.numType).matches(3L));
        assertTrue(test(types.numType).matches(2.5));
        assertFalse(test(types.numType).matches(true));
        assertTrue(test(types.boolType).matches(false));
        assertFalse(test(types.doubleType).matches(1L));
    }

    @Test
    void looseMatchingRelaxesTypeArgumentsAndIntLiteralsInDoubleContexts() {
        DartList ints = new DartList(new Object[]{1L}, 1, true, types.intType);
        DartType listOfNum = types.listOf(types.numType);
        DartTypeTest t = test(listOfNum);
        assertTrue(t.matchesLoosely(ints, listOfNum));
        assertFalse(t.matchesLoosely(3L, listOfNum));
        DartList strings = new DartList(new Object[]{"a"}, 1, true, types.stringType);
        DartType listOfInt = types.listOf(types.intType);
        assertFalse(test(listOfInt).matches(strings));
        // A reified List<String> contradicts List<int>: no inference DartJ lacks explains it.
        assertFalse(test(listOfInt).matchesLoosely(strings, listOfInt));
        assertTrue(test(types.doubleType).matchesLoosely(1L, types.doubleType));
        assertFalse(test(types.doubleType).matchesLoosely(true, types.doubleType));
        assertFalse(test(types.intType).matchesLoosely(DartNull.INSTANCE, types.intType));
    }

    @Test
    void reifiedTypeArgumentsConflictOnlyWhenUnrelated() {
        DartType listOfInt = types.listOf(types.intType);
        DartTypeTest t = test(listOfInt);
        // [] is a List<dynamic> here where Dart may infer List<int>; [1.5, 2] a List<num>.
        assertTrue(t.matchesLoosely(new DartList(new Object[4], 0, true, DartSpecialType.DYNAMIC), listOfInt));
        assertTrue(t.matchesLoosely(new DartList(new Object[]{1L}, 1, true, types.numType), listOfInt));
        // Not reified: tested by the elements.
        assertTrue(t.matchesLoosely(new DartList(new Object[]{1L}, 1, true, null), listOfInt));
        assertFalse(t.matchesLoosely(new DartList(new Object[]{"a"}, 1, true, null), listOfInt));
        // [1, 2] where Dart reads the literals as doubles (List<double> context).
        DartType listOfDouble = types.listOf(types.doubleType);
        assertTrue(test(listOfDouble).matchesLoosely(new DartList(new Object[]{1L}, 1, true, types.intType), listOfDouble));
        assertFalse(test(listOfInt).matchesLoosely(new DartList(new Object[]{1.5}, 1, true, types.doubleType), listOfInt));
        // Nested: List<List<String>> is not a List<List<int>>; List<Object> may be one.
        DartType nestedInt = types.listOf(listOfInt);
        DartList nestedStrings = new DartList(new Object[4], 0, true, types.listOf(types.stringType));
        assertFalse(test(nestedInt).matchesLoosely(nestedStrings, nestedInt));
        assertTrue(test(nestedInt).matchesLoosely(new DartList(new Object[4], 0, true, types.objectType), nestedInt));
        assertTrue(types.reifiedConflict(nestedStrings, types.listOf(types.listOf(types.intType.withNullable(true)))));
        assertFalse(types.reifiedConflict(nestedStrings, types.listOf(types.objectType)));
    }
}
