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
        assertTrue(test(listOfInt).matchesLoosely(strings, listOfInt));
        assertTrue(test(types.doubleType).matchesLoosely(1L, types.doubleType));
        assertFalse(test(types.doubleType).matchesLoosely(true, types.doubleType));
        assertFalse(test(types.intType).matchesLoosely(DartNull.INSTANCE, types.intType));
    }
}
