package org.dartj.isolate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dartj.runtime.DartNull;
import org.dartj.runtime.DartRecord;
import org.junit.jupiter.api.Test;

import com.oracle.truffle.api.strings.TruffleString;

/** The parts of the VM's retaining-path text that DartJ computes rather than reads off an object. */
class DartRetainingPathTest {
    @Test
    void mapDataListHasTwoSlotsPerEntryStartingAtEight() {
        assertEquals(8, DartRetainingPath.mapDataLength(0));
        assertEquals(8, DartRetainingPath.mapDataLength(4));
        assertEquals(16, DartRetainingPath.mapDataLength(5));
        assertEquals(16, DartRetainingPath.mapDataLength(8));
        assertEquals(32, DartRetainingPath.mapDataLength(9));
    }

    @Test
    void setDataListHasOneSlotPerElementStartingAtFour() {
        assertEquals(4, DartRetainingPath.setDataLength(1));
        assertEquals(4, DartRetainingPath.setDataLength(4));
        assertEquals(8, DartRetainingPath.setDataLength(5));
        assertEquals(16, DartRetainingPath.setDataLength(9));
    }

    @Test
    void recordTextListsPositionalThenNamedFields() {
        DartRecord inner = new DartRecord(new Object[]{1L}, new String[0], new Object[0], null);
        DartRecord record = new DartRecord(new Object[]{TruffleString.fromJavaStringUncached("s", TruffleString.Encoding.UTF_16), DartNull.INSTANCE},
                        new String[]{"a", "b"}, new Object[]{true, inner}, null);
        assertEquals("Record (s, null, a: true, b: Record (1))", DartRetainingPath.recordText(record, null));
        DartRecord onlyNamed = new DartRecord(new Object[0], new String[]{"x"}, new Object[]{2L}, null);
        assertEquals("Record (x: 2)", DartRetainingPath.recordText(onlyNamed, null));
    }
}
