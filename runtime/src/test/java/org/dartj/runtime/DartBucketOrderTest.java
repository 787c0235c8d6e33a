package org.dartj.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.Test;

/**
 * The VM's HashMap/HashSet iteration order. Expected orders were worked out independently from
 * collection_patch.dart's _HashMap (8 buckets, growth past 3/4, chains newest first,
 * growth walking old buckets in order) with the VM's int hash (DartHashCodes.ofInt).
 */
class DartBucketOrderTest {
    private static final ToIntFunction<Object> INT_HASH = k -> (int) DartHashCodes.ofInt((Long) k);

    private static List<Object> longs(long... values) {
        List<Object> list = new ArrayList<>();
        for (long v : values) {
            list.add(v);
        }
        return list;
    }

    @Test
    void chainsHoldTheNewestFirst() {
        // Hash 0 and a hash of 8: both in bucket 0 of 8.
        DartBucketOrder order = new DartBucketOrder(k -> (Integer) k);
        order.add("a", 0);
        order.add("b", 8);
        order.add("c", 1);
        assertEquals(List.of("b", "a", "c"), order.items());
    }

    @Test
    void growthRehashesInTheVmsOrder() {
        DartBucketOrder order = new DartBucketOrder(INT_HASH);
        for (long i = 0; i < 20; i++) {
            order.add(i, i);
        }
        assertEquals(longs(0, 17, 2, 19, 4, 6, 8, 10, 12, 14, 16, 1, 18, 3, 5, 7, 9, 11, 13, 15), order.items());
    }

    @Test
    void removalAndClear() {
        DartBucketOrder order = new DartBucketOrder(INT_HASH);
        for (long i = 20; i > 0; i -= 3) {
            order.add(i, i);
        }
        assertEquals(longs(17, 2, 20, 5, 8, 11, 14), order.items());
        Object twenty = order.items().get(2);
        order.remove(twenty, 20L);
        assertEquals(longs(17, 2, 5, 8, 11, 14), order.items());
        order.clear();
        assertEquals(List.of(), order.items());
    }

    @Test
    void aCopyKeepsTheLayout() {
        DartBucketOrder order = new DartBucketOrder(k -> (Integer) k);
        order.add("a", 0);
        order.add("b", 8);
        DartBucketOrder copy = order.withItems(List.of("B", "A"));
        assertEquals(List.of("B", "A"), copy.items());
        copy.add("c", 16);
        assertEquals(List.of("c", "B", "A"), copy.items());
    }
}
