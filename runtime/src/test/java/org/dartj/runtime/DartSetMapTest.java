package org.dartj.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Dart equality of set elements and map keys, and the modification counts iterators check. */
class DartSetMapTest {
    @Test
    void setCountsOnlyRealChanges() {
        DartSet set = new DartSet(null);
        assertTrue(set.add(1L));
        int afterAdd = set.modificationCount();
        assertFalse(set.add(1.0), "1.0 == 1 in Dart: already there");
        assertEquals(afterAdd, set.modificationCount());
        assertFalse(set.remove(2L));
        assertEquals(afterAdd, set.modificationCount());
        assertTrue(set.remove(1.0));
        assertTrue(set.modificationCount() > afterAdd);
    }

    @Test
    void setLookupReturnsTheStoredElement() {
        DartSet set = new DartSet(null);
        set.add(2L);
        assertEquals(2L, set.lookup(2.0));
        assertNull(set.lookup(3L));
    }

    @Test
    void setClearOfAnEmptySetIsNoChange() {
        DartSet set = new DartSet(null);
        set.clear();
        assertEquals(0, set.modificationCount());
        set.makeUnmodifiable();
        assertTrue(set.isUnmodifiable());
    }

    @Test
    void mapPutKeepsTheFirstKeyAndCountsNewKeysOnly() {
        DartMap map = new DartMap(null, null);
        map.put(1L, "a");
        int afterNewKey = map.modificationCount();
        map.put(1.0, "b");
        assertEquals(afterNewKey, map.modificationCount(), "a new value for an existing key is no modification");
        assertEquals("b", map.get(1L));
        assertEquals(1L, map.entries().iterator().next().getKey(), "the key stored first is kept");
        map.put(2.5, "c");
        assertEquals(afterNewKey + 1, map.modificationCount());
        assertEquals(2, map.size());
    }
}
