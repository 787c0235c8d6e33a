package org.dartj.builtins.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** {@link DartIterables#shortString}: Dart's {@code Iterable.toString} elision rules. */
class DartIterablesShortStringTest {
    private static DartIterator iteratorOf(List<?> values) {
        Iterator<?> it = values.iterator();
        return new DartIterator() {
            private Object current;

            @Override
            public boolean moveNext() {
                if (!it.hasNext()) {
                    return false;
                }
                current = it.next();
                return true;
            }

            @Override
            public Object current() {
                return current;
            }
        };
    }

    private static List<Object> range(int count, Function<Integer, Object> f) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(f.apply(i));
        }
        return values;
    }

    private static String shortString(List<?> values) {
        return DartIterables.shortString(iteratorOf(values), String::valueOf, "(", ")");
    }

    @Test
    void shortIterablesAreShownWhole() {
        assertEquals("()", shortString(List.of()));
        assertEquals("(1)", shortString(List.of(1)));
        assertEquals("(1, 2, 3)", shortString(List.of(1, 2, 3)));
        assertEquals("(" + "a".repeat(200) + ", b)", shortString(List.of("a".repeat(200), "b")));
    }

    @Test
    void longIterablesKeepTheHeadUnderEightyCharactersAndTheLastTwo() {
        // 0..22 reach 82 characters; with the last two and "..." the head shrinks to 0..18.
        assertEquals("(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, ..., 28, 29)", shortString(range(30, i -> i)));
        assertEquals("(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, ..., 98, 99)", shortString(range(100, i -> i)));
    }

    @Test
    void moreThanAHundredElementsEndWithAnEllipsis() {
        String expected = "(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, ...)";
        assertEquals(expected, shortString(range(101, i -> i)));
        assertEquals(expected, shortString(range(5000, i -> i)));
    }

    @Test
    void longElementsKeepAtLeastThreeAtTheStart() {
        String x = "x".repeat(30);
        assertEquals("(" + String.join(", ", x, x, x, x) + ")", shortString(range(4, i -> x)));
        assertEquals("(" + String.join(", ", x, x, x, x, x) + ")", shortString(range(5, i -> x)));
        assertEquals("(" + String.join(", ", x, x, x, "...", x, x) + ")", shortString(range(6, i -> x)));
    }

    @Test
    void anIterableEndingRightAfterTheHeadMovesItsLastTwoBehindTheEllipsis() {
        assertEquals("(el10, el11, el12, el13, el14, el15, el16, el17, el18, el19, ..., el22, el23)", shortString(range(14, i -> "el" + (i + 10))));
    }

    @Test
    void onlyShownElementsAreConverted() {
        List<Integer> converted = new ArrayList<>();
        String s = DartIterables.shortString(iteratorOf(range(120, i -> i)), o -> {
            converted.add((Integer) o);
            return "N" + o;
        }, "(", ")");
        assertEquals(range(18, i -> i), new ArrayList<Object>(converted));
        assertEquals("(N0, N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13, N14, N15, N16, ...)", s);
    }
}
