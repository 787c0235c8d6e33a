package org.dartj.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartCoreClasses;
import org.dartj.types.DartInterfaceType;
import org.dartj.types.DartSpecialType;
import org.dartj.types.DartType;
import org.dartj.types.DartTypeSystem;
import org.junit.jupiter.api.Test;

/** The rules of the translator's static-type approximation, on their own. */
class DartStaticTypesTest {
    private final DartCoreClasses classes = new DartCoreClasses();
    private final DartTypeSystem types = classes.types;
    private final DartStaticTypes rules = new DartStaticTypes(classes);

    private DartClass userClass(String name, DartClass superclass, DartClass... interfaces) {
        DartClass c = new DartClass(name, null, true);
        c.setSuperclass(superclass == null ? classes.objectClass : superclass);
        for (DartClass i : interfaces) {
            c.addInterface(i);
        }
        return c;
    }

    private static DartInterfaceType type(DartClass c, DartType... args) {
        return new DartInterfaceType(c, args, false);
    }

    @Test
    void numericOperatorsFollowDartsSpecialRules() {
        assertEquals(types.intType, rules.binary(types.intType, "+", types.intType));
        assertEquals(types.doubleType, rules.binary(types.intType, "*", types.doubleType));
        assertEquals(types.doubleType, rules.binary(types.intType, "/", types.intType));
        assertEquals(types.intType, rules.binary(types.doubleType, "~/", types.doubleType));
        assertEquals(types.boolType, rules.binary(types.doubleType, "<", types.intType));
        assertEquals(types.intType, rules.binary(types.intType, "<<", types.intType));
        assertEquals(types.stringType, rules.binary(types.stringType, "+", types.stringType));
        assertEquals(types.stringType, rules.binary(types.stringType, "*", types.intType));
        assertEquals(types.boolType, rules.binary(DartSpecialType.DYNAMIC, "==", types.intType));
        assertEquals(types.intType, rules.unary("-", types.intType));
        assertEquals(types.boolType, rules.unary("!", null));
    }

    @Test
    void operatorsWhoseResultIsNotDecidedHereAreUnknown() {
        assertNull(rules.binary(types.numType, "+", types.intType));
        assertNull(rules.binary(DartSpecialType.DYNAMIC, "+", types.intType));
        assertNull(rules.binary(types.intType, "+", null));
        assertNull(rules.binary(types.doubleType, "&", types.intType));
        DartClass vector = userClass("Vector", null);
        assertNull(rules.binary(type(vector), "+", type(vector)));
        assertNull(rules.unary("-", types.numType));
    }

    @Test
    void upperBoundOfCoreTypes() {
        assertEquals(types.numType, rules.upperBound(types.intType, types.doubleType));
        assertEquals(types.objectType, rules.upperBound(types.intType, types.stringType));
        assertEquals(types.intType.withNullable(true), rules.upperBound(types.intType, DartSpecialType.NULL));
        assertEquals(types.numType.withNullable(true), rules.upperBound(types.intType.withNullable(true), types.doubleType));
        assertEquals(DartSpecialType.DYNAMIC, rules.upperBound(DartSpecialType.DYNAMIC, types.intType));
        assertEquals(rules.listOf(types.objectType), rules.upperBound(rules.listOf(types.intType), rules.listOf(types.stringType)));
        assertEquals(rules.listOf(types.numType), rules.upperBound(rules.listOf(types.intType), rules.listOf(types.numType)));
        assertEquals(DartSpecialType.DYNAMIC, rules.upperBound(Arrays.asList()));
        assertNull(rules.upperBound(Arrays.asList(types.intType, null)));
    }

    @Test
    void upperBoundOfUserClassesIsTheUniqueDeepestSharedSupertype() {
        DartClass animal = userClass("Animal", null);
        DartClass dog = userClass("Dog", animal);
        DartClass cat = userClass("Cat", animal);
        assertEquals(type(animal), rules.upperBound(type(dog), type(cat)));
        assertEquals(type(animal), rules.upperBound(type(dog), type(animal)));
        DartClass swimmer = userClass("Swimmer", null);
        DartClass flyer = userClass("Flyer", null);
        DartClass duck = userClass("Duck", null, swimmer, flyer);
        DartClass goose = userClass("Goose", null, swimmer, flyer);
        // Two shared supertypes of depth 1: neither is unique, so Object.
        assertEquals(types.objectType, rules.upperBound(type(duck), type(goose)));
        DartClass bird = userClass("Bird", null, swimmer);
        DartClass swan = userClass("Swan", bird, flyer);
        DartClass heron = userClass("Heron", bird, flyer);
        // Bird (depth 2) is the only shared supertype of greatest depth.
        assertEquals(type(bird), rules.upperBound(type(swan), type(heron)));
    }

    @Test
    void upperBoundIsUnknownWhenCoreHierarchiesTakePart() {
        DartClass animal = userClass("Animal", null);
        DartClass comparableThing = userClass("Thing", null, classes.comparableClass);
        assertNull(rules.upperBound(type(animal), type(comparableThing)));
        assertNull(rules.upperBound(type(animal), type(classes.durationClass)));
    }

    @Test
    void membersOfCoreTypes() {
        assertEquals(types.intType, rules.member(types.stringType, "length", false));
        assertEquals(types.stringType, rules.member(types.intType, "toString", true));
        assertEquals(types.intType, rules.member(types.doubleType, "round", true));
        assertEquals(types.doubleType, rules.member(rules.listOf(types.doubleType), "first", false));
        assertEquals(rules.listOf(types.stringType), rules.member(types.stringType, "split", true));
        assertEquals(types.intType, rules.index(rules.listOf(types.intType)));
        assertEquals(types.intType.withNullable(true), rules.index(rules.mapOf(types.stringType, types.intType)));
        assertNull(rules.member(types.intType.withNullable(true), "isEven", false));
        assertNull(rules.member(types.numType, "abs", true));
        assertNull(rules.member(DartSpecialType.DYNAMIC, "length", false));
        assertNull(rules.member(types.stringType, "noSuchMember", true));
    }

    @Test
    void mapCallbacksAndCollectionAddGiveTheirArgumentsAContext() {
        DartType listOfString = rules.listOf(types.stringType);
        DartType map = rules.mapOf(types.intType, listOfString);
        DartType ifAbsent = rules.argumentContext(map, "putIfAbsent", 1, null);
        assertEquals(listOfString, ((org.dartj.types.DartFunctionType) ifAbsent).returnType());
        assertEquals(0, ((org.dartj.types.DartFunctionType) ifAbsent).requiredParameters().length);
        org.dartj.types.DartFunctionType update = (org.dartj.types.DartFunctionType) rules.argumentContext(map, "update", 1, null);
        assertEquals(listOfString, update.returnType());
        assertEquals(listOfString, update.requiredParameters()[0]);
        assertEquals(listOfString, ((org.dartj.types.DartFunctionType) rules.argumentContext(map, "update", 2, "ifAbsent")).returnType());
        assertEquals(types.intType, rules.argumentContext(map, "putIfAbsent", 0, null));
        assertNull(rules.argumentContext(DartSpecialType.DYNAMIC, "putIfAbsent", 1, null));
    }

    @Test
    void keysElementsAndComparablesGiveTheirArgumentsAContext() {
        DartType map = rules.mapOf(types.stringType, types.doubleType);
        assertEquals(types.stringType, rules.argumentContext(map, "[]=", 0, null));
        assertEquals(types.doubleType, rules.argumentContext(map, "[]=", 1, null));
        assertEquals(types.stringType, rules.argumentContext(map, "update", 0, null));
        // containsKey and remove take an Object?: no context.
        assertNull(rules.argumentContext(map, "containsKey", 0, null));
        assertNull(rules.argumentContext(map, "remove", 0, null));
        DartType list = rules.listOf(types.stringType);
        DartType listOfString = list;
        assertEquals(types.stringType, rules.argumentContext(list, "insert", 1, null));
        assertNull(rules.argumentContext(list, "insert", 0, null));
        assertEquals(types.stringType, rules.argumentContext(list, "[]=", 1, null));
        assertEquals(types.stringType, rules.argumentContext(list, "indexOf", 0, null));
        assertNull(rules.argumentContext(list, "contains", 0, null));
        assertNull(rules.argumentContext(rules.setOf(types.stringType), "indexOf", 0, null));
        assertEquals(types.stringType, rules.argumentContext(types.stringType, "compareTo", 0, null));
        assertEquals(types.numType, rules.argumentContext(types.intType, "compareTo", 0, null));
        assertEquals(types.doubleType, rules.argumentContext(rules.listOf(types.doubleType), "add", 0, null));
        assertEquals(listOfString, rules.argumentContext(rules.setOf(listOfString), "add", 0, null));
        assertNull(rules.argumentContext(rules.listOf(types.intType), "add", 0, "x"));
        assertNull(rules.argumentContext(rules.listOf(types.intType).withNullable(true), "add", 0, null));
        assertNull(rules.argumentContext(DartSpecialType.DYNAMIC, "putIfAbsent", 1, null));
    }

    private DartType nullable(DartType t) {
        return t.withNullable(true);
    }

    @Test
    void assignmentPromotesToTheNonNullableDeclaredType() {
        DartType intOrNull = nullable(types.intType);
        // int? k; k = 3;  -> int
        assertEquals(types.intType, DartStaticTypes.afterAssignment(intOrNull, intOrNull, java.util.List.of(), types.intType));
        // num? n; n = 2;  -> num (the only type of interest above int)
        DartType numOrNull = nullable(types.numType);
        assertEquals(types.numType, DartStaticTypes.afterAssignment(numOrNull, numOrNull, java.util.List.of(), types.intType));
        // ... n = null;  -> num? again
        assertEquals(numOrNull, DartStaticTypes.afterAssignment(numOrNull, types.numType, java.util.List.of(), DartSpecialType.NULL));
        // num n = 1; n = 2;  -> num (int is not of interest)
        assertEquals(types.numType, DartStaticTypes.afterAssignment(types.numType, types.numType, java.util.List.of(), types.intType));
    }

    @Test
    void assignmentPromotesToTestedTypesAndDemotesOtherwise() {
        java.util.List<DartType> tested = java.util.List.of(types.stringType);
        // Object o; if (o is String) ...; o = 'a';  -> String
        assertEquals(types.stringType, DartStaticTypes.afterAssignment(types.objectType, types.objectType, tested, types.stringType));
        // ... o = 1;  -> Object (demoted)
        assertEquals(types.objectType, DartStaticTypes.afterAssignment(types.objectType, types.stringType, tested, types.intType));
        // Object o; if (o is num) ...; o = 1;  -> num: the one type of interest between int and Object
        assertEquals(types.numType, DartStaticTypes.afterAssignment(types.objectType, types.objectType, java.util.List.of(types.numType), types.intType));
        // Two unrelated candidates: no promotion.
        DartClass a = userClass("A", null);
        DartClass b = userClass("B", null);
        DartClass c = userClass("C", a, b);
        assertEquals(types.objectType, DartStaticTypes.afterAssignment(types.objectType, types.objectType, java.util.List.of(type(a), type(b)), type(c)));
    }

    @Test
    void assignmentOutcomeIsUnknownWhenThePromotionChainIsNotKnown() {
        java.util.List<DartType> tested = java.util.List.of(types.numType, types.intType);
        // Current type unknown and the value fits a tested type: it depends on the chain.
        assertNull(DartStaticTypes.afterAssignment(types.objectType, null, tested, types.doubleType));
        // ... unless it fits none of them.
        assertEquals(types.objectType, DartStaticTypes.afterAssignment(types.objectType, null, tested, types.stringType));
        // Dynamic or unknown values, or ones not assignable, are not followed.
        assertNull(DartStaticTypes.afterAssignment(types.objectType, types.objectType, tested, DartSpecialType.DYNAMIC));
        assertNull(DartStaticTypes.afterAssignment(types.intType, types.intType, java.util.List.of(), null));
        assertNull(DartStaticTypes.afterAssignment(types.intType, types.intType, java.util.List.of(), types.stringType));
    }
}
