package org.dartj.builtins.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.dartj.runtime.DartList;
import org.junit.jupiter.api.Test;

/** {@link DartSort}: the Dart VM's insertion sort / dual-pivot quicksort. */
class DartSortTest {
    private static final DartSort.OutOfRange FAIL = (index, length) -> new IllegalStateException("index " + index + " of " + length);

    private static DartList listOf(long... values) {
        Object[] boxed = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return DartList.of(boxed);
    }

    private static void sortLongs(DartList list, List<String> log) {
        DartSort.sort(list, (a, b) -> {
            if (log != null) {
                log.add(a + "," + b);
            }
            return Long.compare((Long) a, (Long) b);
        }, FAIL);
    }

    @Test
    void sortsRandomListsOfEverySizeAroundTheThreshold() {
        Random random = new Random(42);
        for (int size = 0; size <= 300; size++) {
            for (int bound : new int[]{3, 50, 1_000_000}) {
                long[] values = new long[size];
                for (int i = 0; i < size; i++) {
                    values[i] = random.nextInt(bound) - bound / 2;
                }
                DartList list = listOf(values);
                sortLongs(list, null);
                long[] expected = values.clone();
                Arrays.sort(expected);
                long[] actual = new long[size];
                for (int i = 0; i < size; i++) {
                    actual[i] = (Long) list.get(i);
                }
                assertArrayEquals(expected, actual, "size " + size + ", bound " + bound);
            }
        }
    }

    @Test
    void sortsSortedReversedAndConstantLists() {
        for (int size : new int[]{33, 34, 100, 1000}) {
            long[] up = new long[size];
            long[] down = new long[size];
            long[] same = new long[size];
            for (int i = 0; i < size; i++) {
                up[i] = i;
                down[i] = size - i;
                same[i] = 7;
            }
            for (long[] values : new long[][]{up, down, same}) {
                DartList list = listOf(values);
                sortLongs(list, null);
                for (int i = 1; i < size; i++) {
                    assertEquals(true, (Long) list.get(i - 1) <= (Long) list.get(i));
                }
            }
        }
    }

    @Test
    void smallListsUseAStableInsertionSortWithTheVmsComparisons() {
        List<String> log = new ArrayList<>();
        sortLongs(listOf(3, 1, 2), log);
        assertEquals(List.of("3,1", "3,2", "1,2"), log);

        // 33 elements (right - left == 32) are still insertion-sorted: stable.
        Object[] pairs = new Object[33];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = new long[]{i % 4, i};
        }
        DartList list = DartList.of(pairs);
        DartSort.sort(list, (a, b) -> Long.compare(((long[]) a)[0], ((long[]) b)[0]), FAIL);
        for (int i = 1; i < pairs.length; i++) {
            long[] previous = (long[]) list.get(i - 1);
            long[] current = (long[]) list.get(i);
            if (previous[0] == current[0]) {
                assertEquals(true, previous[1] < current[1], "stable at " + i);
            }
        }
    }

    @Test
    void largerListsSampleFivePivotCandidates() {
        // 34 elements: the dual-pivot quicksort starts by comparing the five samples at
        // indexes 5, 11, 16, 21, 28 (left + sixth, mid - sixth, mid, mid + sixth, right - sixth).
        long[] values = new long[34];
        for (int i = 0; i < values.length; i++) {
            values[i] = 100 + i;
        }
        List<String> log = new ArrayList<>();
        sortLongs(listOf(values), log);
        assertEquals(List.of("105,111", "121,128", "105,116", "111,116", "105,121", "116,121", "111,128", "111,116", "121,128"), log.subList(0, 9));
        // Then the pivots (111 and 121) are compared with each other.
        assertEquals("111,121", log.get(9));
    }
}
