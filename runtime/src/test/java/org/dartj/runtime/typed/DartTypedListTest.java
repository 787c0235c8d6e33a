package org.dartj.runtime.typed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The byte-backed storage of typed data: how each kind stores a value, views, byte order. */
class DartTypedListTest {

    private static Object stored(DartTypedList.Kind kind, Object value) {
        DartTypedList list = kind.allocate(1);
        list.set(0, value);
        return list.get(0);
    }

    @Test
    void integerKindsWrapToTheirSize() {
        assertEquals(44L, stored(DartTypedList.Kind.UINT8, 300L));
        assertEquals(255L, stored(DartTypedList.Kind.UINT8, -1L));
        assertEquals(-128L, stored(DartTypedList.Kind.INT8, 128L));
        assertEquals(-32768L, stored(DartTypedList.Kind.INT16, 32768L));
        assertEquals(4464L, stored(DartTypedList.Kind.UINT16, 70000L));
        assertEquals(-2147483648L, stored(DartTypedList.Kind.INT32, 2147483648L));
        assertEquals(4294967295L, stored(DartTypedList.Kind.UINT32, -1L));
        assertEquals(Long.MIN_VALUE, stored(DartTypedList.Kind.INT64, Long.MIN_VALUE));
        // 2^64 - 1 is -1 as a Dart int.
        assertEquals(-1L, stored(DartTypedList.Kind.UINT64, -1L));
    }

    @Test
    void clampedListClamps() {
        assertEquals(0L, stored(DartTypedList.Kind.UINT8_CLAMPED, -5L));
        assertEquals(255L, stored(DartTypedList.Kind.UINT8_CLAMPED, 1000L));
        assertEquals(Long.valueOf(17), stored(DartTypedList.Kind.UINT8_CLAMPED, 17L));
    }

    @Test
    void floatKindsRoundAndAcceptInts() {
        assertEquals((double) 1.1f, stored(DartTypedList.Kind.FLOAT32, 1.1));
        assertEquals(1.1, stored(DartTypedList.Kind.FLOAT64, 1.1));
        assertEquals(3.0, stored(DartTypedList.Kind.FLOAT64, 3L));
        assertTrue(Double.isNaN((Double) stored(DartTypedList.Kind.FLOAT32, Double.NaN)));
        assertEquals(Double.NEGATIVE_INFINITY, stored(DartTypedList.Kind.FLOAT32, -1e300));
    }

    @Test
    void acceptsOnlyItsElementType() {
        DartTypedList ints = DartTypedList.Kind.INT32.allocate(1);
        assertTrue(ints.accepts(1L));
        assertFalse(ints.accepts(1.0));
        DartTypedList floats = DartTypedList.Kind.FLOAT64.allocate(1);
        assertTrue(floats.accepts(1.0));
        assertTrue(floats.accepts(1L));
    }

    @Test
    void viewsShareTheBuffer() {
        DartTypedList bytes = DartTypedList.Kind.UINT8.allocate(8);
        DartTypedList words = DartTypedList.Kind.UINT32.view(bytes.buffer(), 4, 1);
        words.set(0, 0x01020304L);
        Object[] expected = DartBytes.HOST_LITTLE_ENDIAN ? new Object[]{0L, 0L, 0L, 0L, 4L, 3L, 2L, 1L} : new Object[]{0L, 0L, 0L, 0L, 1L, 2L, 3L, 4L};
        assertArrayEquals(expected, bytes.toArray());
        bytes.set(4, 0xFFL);
        assertEquals(DartBytes.HOST_LITTLE_ENDIAN ? 0x010203FFL : 0xFF020304L, words.get(0));
        assertSame(bytes.buffer(), words.buffer());
        assertEquals(4, words.offsetInBytes());
        assertEquals(4, words.lengthInBytes());
        assertTrue(words.isView());
        assertFalse(bytes.isView());
    }

    @Test
    void explicitByteOrders() {
        byte[] b = new byte[8];
        DartBytes.setInt(b, 0, 0x01020304, false);
        assertArrayEquals(new byte[]{1, 2, 3, 4, 0, 0, 0, 0}, b);
        assertEquals(0x04030201, DartBytes.getInt(b, 0, true));
        DartBytes.setShort(b, 5, (short) 0xABCD, true);
        assertEquals((short) 0xCDAB, DartBytes.getShort(b, 5, false));
        DartBytes.setLong(b, 0, -2L, false);
        assertEquals((byte) 0xFE, b[7]);
        assertEquals(-2L, DartBytes.getLong(b, 0, false));
    }

    @Test
    void transferableGivesItsBytesOnce() {
        byte[] bytes = {1, 2};
        DartTransferableTypedData t = new DartTransferableTypedData(bytes);
        assertSame(bytes, t.take());
        assertNull(t.take());
    }
}
