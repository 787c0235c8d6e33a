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
import org.dartj.parser.DartExhaustiveness.ListPatternType;
import org.dartj.parser.DartExhaustiveness.ListType;
import org.dartj.parser.DartExhaustiveness.NullableType;
import org.dartj.parser.DartExhaustiveness.RecordType;
import org.dartj.parser.DartExhaustiveness.Space;
import org.dartj.parser.DartExhaustiveness.StaticType;
import org.dartj.parser.DartExhaustiveness.ValueType;
import org.dartj.parser.DartExhaustiveness.Witness;
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

    /** {@code List<element>}: the base class type is its own key, so lists of one element type are one type. */
    private static ListType listOf(StaticType element) {
        String name = "List<" + element.name() + ">";
        return new ListType(new ClassType(name, name, false, null, other -> false, f -> null), element);
    }

    /** A list pattern: its head elements, then (when {@code rest}) a rest element and its tail elements. */
    private static Space listPattern(ListType list, List<Space> head, boolean rest, List<Space> tail) {
        Map<Key, Space> elements = new LinkedHashMap<>();
        for (int i = 0; i < head.size(); i++) {
            elements.put(Key.head(i), head.get(i));
        }
        if (rest) {
            elements.put(Key.rest(head.size(), tail.size()), Space.of(list));
        }
        for (int i = 0; i < tail.size(); i++) {
            elements.put(Key.tail(i), tail.get(tail.size() - 1 - i));
        }
        return Space.of(new ListPatternType(list.base, list.element, head.size() + tail.size(), rest), Map.of(), elements);
    }

    private static List<Space> wildcards(int n) {
        List<Space> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            result.add(wildcard());
        }
        return result;
    }

    @Test
    void listsAreSplitByTheLengthsTheCasesTest() {
        ListType ints = listOf(type("int"));
        Space empty = listPattern(ints, List.of(), false, List.of());
        Space one = listPattern(ints, wildcards(1), false, List.of());
        Space two = listPattern(ints, wildcards(2), false, List.of());
        assertEquals("[_, _, ...]", DartExhaustiveness.witness(ints, List.of(empty, one, two)));
        // No case tests an element: the split is "zero or more elements".
        assertEquals("[...]", DartExhaustiveness.witness(ints, List.of(empty)));
        assertEquals("[_, ...]", DartExhaustiveness.witness(ints, List.of(empty, one)));
        assertEquals("[]", DartExhaustiveness.witness(ints, List.of(listPattern(ints, wildcards(1), true, List.of()))));
        assertNull(DartExhaustiveness.witness(ints, List.of(empty, one, listPattern(ints, wildcards(2), true, List.of()))));
        assertNull(DartExhaustiveness.witness(ints, List.of(listPattern(ints, List.of(), true, List.of()))));
        // An element counted from the end: [] and [..., last] cover every list.
        assertNull(DartExhaustiveness.witness(ints, List.of(empty, listPattern(ints, List.of(), true, wildcards(1)))));
        assertEquals("null", DartExhaustiveness.witness(new NullableType(ints), List.of(empty, listPattern(ints, List.of(), true, List.of()))));
    }

    @Test
    void listElementsOfASealedTypeAreSplitToo() {
        // As the SDK's language test: the first element is tried as B before C.
        sealed("A", "B", "C");
        ListType list = listOf(type("A"));
        List<Space> cases = List.of(listPattern(list, List.of(), false, List.of()), listPattern(list, wildcards(1), false, List.of()),
                        listPattern(list, List.of(wildcard(), Space.of(type("B"))), false, List.of()), listPattern(list, wildcards(3), true, List.of()));
        assertEquals("[B(), C()]", DartExhaustiveness.witness(list, cases));
    }

    @Test
    void theCorrectionLeavesOutPropertiesThatMatchTheirWholeType() {
        sealed("Shape", "Circle", "Square");
        ClassType real = type("double");
        fieldTypes.put("Circle", Map.of("radius", real));
        StaticType unknown = new ValueType(DartExhaustiveness.OBJECT, "?");
        Witness w = DartExhaustiveness.find(type("Shape"), List.of(Space.of(type("Circle"), Map.of(Key.of("radius"), Space.of(unknown))), Space.of(type("Square"))));
        assertEquals("Circle(radius: double())", w.text());
        assertEquals("Circle()", w.correction());
    }

    @Test
    void objectAndDynamicSplitIntoObjectAndNull() {
        StaticType top = DartExhaustiveness.NULLABLE_OBJECT;
        assertEquals("Object()", DartExhaustiveness.witness(top, List.of(Space.of(type("int")))));
        assertEquals("null", DartExhaustiveness.witness(top, List.of(Space.of(DartExhaustiveness.OBJECT))));
        assertNull(DartExhaustiveness.witness(top, List.of(Space.of(DartExhaustiveness.OBJECT), Space.of(DartExhaustiveness.NULL))));
        assertEquals("Object()", DartExhaustiveness.witness(DartExhaustiveness.OBJECT, List.of(Space.of(type("int")))));
        assertFalse(DartExhaustiveness.isAlwaysExhaustive(top));
    }

    @Test
    void aSealedTypeIsTriedWholeBeforeItsSubtypes() {
        // S splits into B (itself split into B1, B2) and A; the queue reaches A before B's subtypes.
        sealed("S", "B", "A");
        sealed("B", "B1", "B2");
        assertEquals("A()", DartExhaustiveness.witness(type("S"), List.of(Space.of(type("B1")))));
        assertEquals("B2()", DartExhaustiveness.witness(type("S"), List.of(Space.of(type("B1")), Space.of(type("A")))));
    }

    @Test
    void columnsAreOrderedAsTheCfeOrdersThem() {
        List<Key> keys = new ArrayList<>(List.of(Key.of("b"), Key.of("a"), Key.position(1), Key.position(0), Key.mapEntry("'k'"), Key.tail(0), Key.tail(1),
                        Key.rest(1, 2), Key.head(1), Key.head(0)));
        keys.sort(null);
        assertEquals("[[0], [1], [1:-2], [-2], [-1], ['k'], $1, $2, a, b]", keys.toString());
    }
}
