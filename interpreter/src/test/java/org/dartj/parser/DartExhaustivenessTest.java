package org.dartj.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dartj.parser.DartExhaustiveness.ClassType;
import org.dartj.parser.DartExhaustiveness.Key;
import org.dartj.parser.DartExhaustiveness.NullableType;
import org.dartj.parser.DartExhaustiveness.RecordType;
import org.dartj.parser.DartExhaustiveness.Space;
import org.dartj.parser.DartExhaustiveness.StaticType;
import org.dartj.parser.DartExhaustiveness.ValueType;
import org.junit.jupiter.api.Test;

/**
 * The space-subtraction algorithm on a hand-made hierarchy: which case lists are exhaustive and
 * which witness is printed for those that are not (the first uncovered value in the order the
 * sealed types split: declaration order, then null).
 */
class DartExhaustivenessTest {
    /** A small class table: name to direct supertypes, sealed subtypes in declaration order. */
    private final Map<String, List<String>> supertypes = new HashMap<>();
    private final Map<String, List<String>> sealedSubtypes = new LinkedHashMap<>();
    private final Map<String, Map<String, StaticType>> fieldTypes = new HashMap<>();
    private final Map<String, ClassType> types = new HashMap<>();

    private ClassType type(String name) {
        ClassType known = types.get(name);
        if (known != null) {
            return known;
        }
        ClassType t = new ClassType(name, name, sealedSubtypes.containsKey(name), () -> {
            List<StaticType> subs = new ArrayList<>();
            for (String s : sealedSubtypes.get(name)) {
                subs.add(type(s));
            }
            return subs;
        }, other -> isSubclass(name, (String) other.key()), f -> fieldTypes.getOrDefault(name, Map.of()).get(f));
        types.put(name, t);
        return t;
    }

    private boolean isSubclass(String sub, String sup) {
        if (sub.equals(sup)) {
            return true;
        }
        for (String s : supertypes.getOrDefault(sub, List.of())) {
            if (isSubclass(s, sup)) {
                return true;
            }
        }
        return false;
    }

    private void sealed(String name, String... subs) {
        sealedSubtypes.put(name, List.of(subs));
        for (String s : subs) {
            supertypes.computeIfAbsent(s, k -> new ArrayList<>()).add(name);
        }
    }

    private ClassType enumType(String name, String... values) {
        ClassType[] self = new ClassType[1];
        self[0] = new ClassType(name, name, true, () -> {
            List<StaticType> result = new ArrayList<>();
            for (String v : values) {
                result.add(new ValueType(self[0], name + "." + v));
            }
            return result;
        }, other -> false, f -> null);
        return self[0];
    }

    private static ClassType bool() {
        ClassType[] self = new ClassType[1];
        self[0] = new ClassType("bool", "bool", true, () -> List.of(new ValueType(self[0], "true"), new ValueType(self[0], "false")), other -> false, f -> null);
        return self[0];
    }

    private static Space value(StaticType owner, String text) {
        return Space.of(new ValueType(owner, text));
    }

    private static Space wildcard() {
        return Space.of(DartExhaustiveness.NULLABLE_OBJECT);
    }

    private static Space record(Space... fields) {
        Map<String, StaticType> shape = new LinkedHashMap<>();
        Map<Key, Space> spaces = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i++) {
            shape.put("$" + (i + 1), DartExhaustiveness.NULLABLE_OBJECT);
            spaces.put(Key.position(i), fields[i]);
        }
        return Space.of(new RecordType(shape), spaces);
    }

    private static RecordType recordType(StaticType... fields) {
        Map<String, StaticType> map = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i++) {
            map.put("$" + (i + 1), fields[i]);
        }
        return new RecordType(map);
    }

    @Test
    void sealedClassNeedsEverySubclass() {
        sealed("Shape", "Circle", "Square", "Triangle");
        ClassType shape = type("Shape");
        assertNull(DartExhaustiveness.witness(shape, List.of(Space.of(type("Circle")), Space.of(type("Square")), Space.of(type("Triangle")))));
        assertEquals("Square()", DartExhaustiveness.witness(shape, List.of(Space.of(type("Circle")), Space.of(type("Triangle")))));
        assertEquals("Circle()", DartExhaustiveness.witness(shape, List.of()));
        assertNull(DartExhaustiveness.witness(shape, List.of(Space.of(shape))));
        assertNull(DartExhaustiveness.witness(shape, List.of(wildcard())));
    }

    @Test
    void nestedSealedClassesAreSplitRecursively() {
        sealed("Expr", "Literal", "Binary");
        sealed("Binary", "Plus", "Times");
        ClassType expr = type("Expr");
        assertEquals("Times()", DartExhaustiveness.witness(expr, List.of(Space.of(type("Literal")), Space.of(type("Plus")))));
        assertNull(DartExhaustiveness.witness(expr, List.of(Space.of(type("Literal")), Space.of(type("Binary")))));
        assertNull(DartExhaustiveness.witness(expr, List.of(Space.of(type("Plus")), Space.of(type("Times")), Space.of(type("Literal")))));
    }

    @Test
    void enumValuesAndNull() {
        ClassType suit = enumType("Suit", "clubs", "hearts");
        assertEquals("Suit.hearts", DartExhaustiveness.witness(suit, List.of(value(suit, "Suit.clubs"))));
        assertNull(DartExhaustiveness.witness(suit, List.of(value(suit, "Suit.hearts"), value(suit, "Suit.clubs"))));
        NullableType nullable = new NullableType(suit);
        assertEquals("null", DartExhaustiveness.witness(nullable, List.of(value(suit, "Suit.hearts"), value(suit, "Suit.clubs"))));
        assertEquals("Suit.clubs", DartExhaustiveness.witness(nullable, List.of(Space.of(DartExhaustiveness.NULL))));
        assertNull(DartExhaustiveness.witness(nullable, List.of(Space.of(suit), Space.of(DartExhaustiveness.NULL))));
        // `_?` (a non-null wildcard) leaves null out.
        assertEquals("null", DartExhaustiveness.witness(nullable, List.of(Space.of(DartExhaustiveness.OBJECT))));
    }

    @Test
    void unionsCoverTheirMembers() {
        ClassType b = bool();
        assertNull(DartExhaustiveness.witness(b, List.of(Space.union(List.of(value(b, "true"), value(b, "false"))))));
        assertEquals("false", DartExhaustiveness.witness(b, List.of(Space.union(List.of(value(b, "true"), value(b, "true"))))));
    }

    @Test
    void recordsAreCheckedFieldByField() {
        ClassType e = enumType("E", "a", "b");
        ClassType b = bool();
        RecordType pair = recordType(e, b);
        assertEquals("(E.b, false)", DartExhaustiveness.witness(pair, List.of(record(value(e, "E.a"), value(b, "false")), record(value(e, "E.a"), value(b, "true")),
                        record(value(e, "E.b"), value(b, "true")))));
        assertEquals("(E.a, false)", DartExhaustiveness.witness(pair, List.of(record(value(e, "E.b"), value(b, "false")), record(value(e, "E.a"), value(b, "true")),
                        record(value(e, "E.b"), value(b, "true")))));
        assertNull(DartExhaustiveness.witness(pair, List.of(record(value(e, "E.a"), wildcard()), record(wildcard(), value(b, "true")), record(value(e, "E.b"), value(b, "false")))));
        assertEquals("(E, bool)", pair.name());
        assertEquals("null", DartExhaustiveness.witness(new NullableType(pair), List.of(record(wildcard(), wildcard()))));
    }

    @Test
    void objectPatternFieldsAreCheckedAndNamedInTheWitness() {
        ClassType size = enumType("Size", "small", "large");
        ClassType b = bool();
        fieldTypes.put("Shirt", Map.of("size", size, "striped", b));
        ClassType shirt = type("Shirt");
        Space small = Space.of(shirt, Map.of(Key.of("size"), value(size, "Size.small")));
        Space largeStriped = Space.of(shirt, Map.of(Key.of("size"), value(size, "Size.large"), Key.of("striped"), value(b, "true")));
        assertEquals("Shirt(size: Size.large, striped: false)", DartExhaustiveness.witness(shirt, List.of(small, largeStriped)));
        Space largePlain = Space.of(shirt, Map.of(Key.of("size"), value(size, "Size.large"), Key.of("striped"), value(b, "false")));
        assertNull(DartExhaustiveness.witness(shirt, List.of(small, largeStriped, largePlain)));
    }

    @Test
    void constantsOfUnsplitTypesNeverCover() {
        ClassType integer = type("int");
        assertEquals("int()", DartExhaustiveness.witness(integer, List.of(value(integer, "0"), value(integer, "1"))));
        assertNull(DartExhaustiveness.witness(integer, List.of(value(integer, "0"), wildcard())));
    }

    @Test
    void alwaysExhaustiveTypes() {
        sealed("Shape", "Circle");
        ClassType b = bool();
        assertTrue(DartExhaustiveness.isAlwaysExhaustive(b));
        assertTrue(DartExhaustiveness.isAlwaysExhaustive(type("Shape")));
        assertTrue(DartExhaustiveness.isAlwaysExhaustive(new NullableType(b)));
        assertTrue(DartExhaustiveness.isAlwaysExhaustive(recordType(b, type("Shape"))));
        assertFalse(DartExhaustiveness.isAlwaysExhaustive(recordType(b, type("Circle"))));
        assertFalse(DartExhaustiveness.isAlwaysExhaustive(type("int")));
    }
}
