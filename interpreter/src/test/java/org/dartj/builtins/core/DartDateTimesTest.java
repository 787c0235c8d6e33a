package org.dartj.builtins.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** {@link DartDateTimes}: field normalization, the two print formats and the parse subset. */
class DartDateTimesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static long utc(long year, long month, long day, long hour, long minute, long second, long ms, long us) {
        return DartDateTimes.toMicros(year, month, day, hour, minute, second, ms, us, true, BERLIN);
    }

    @Test
    void normalizesOverflowingFields() {
        assertEquals(utc(2025, 1, 1, 0, 0, 0, 0, 0), utc(2024, 13, 1, 0, 0, 0, 0, 0));
        assertEquals(utc(2024, 2, 29, 0, 0, 0, 0, 0), utc(2024, 3, 0, 0, 0, 0, 0, 0));
        assertEquals(utc(2023, 12, 31, 23, 0, 0, 0, 0), utc(2024, 1, 1, -1, 0, 0, 0, 0));
        assertEquals(0L, utc(1970, 1, 1, 0, 0, 0, 0, 0));
        assertNull(DartDateTimes.toMicros(300_000, 1, 1, 0, 0, 0, 0, 0, true, BERLIN));
    }

    @Test
    void localFieldsUseTheZone() {
        long winter = DartDateTimes.toMicros(2024, 1, 2, 12, 0, 0, 0, 0, false, BERLIN);
        assertEquals(utc(2024, 1, 2, 11, 0, 0, 0, 0), winter);
        assertEquals(3600, DartDateTimes.offsetSeconds(winter, false, BERLIN));
        assertEquals("CET", DartDateTimes.zoneName(winter, false, BERLIN));
        assertEquals(12, DartDateTimes.field(winter, false, BERLIN, "hour"));
        assertEquals(2, DartDateTimes.field(winter, false, BERLIN, "weekday"));
        assertEquals("2024-01-02 12:00:00.000", DartDateTimes.format(winter, false, BERLIN, false));
    }

    @Test
    void formatsLikeTheDartVm() {
        long t = utc(2024, 1, 2, 3, 4, 5, 6, 0);
        assertEquals("2024-01-02 03:04:05.006Z", DartDateTimes.format(t, true, BERLIN, false));
        assertEquals("2024-01-02T03:04:05.006Z", DartDateTimes.format(t, true, BERLIN, true));
        assertEquals("2024-01-02T03:04:05.006007Z", DartDateTimes.format(t + 7, true, BERLIN, true));
        assertEquals("-0005-06-07 00:00:00.000Z", DartDateTimes.format(utc(-5, 6, 7, 0, 0, 0, 0, 0), true, BERLIN, false));
        assertEquals("+012345-06-07T00:00:00.000Z", DartDateTimes.format(utc(12345, 6, 7, 0, 0, 0, 0, 0), true, BERLIN, true));
        assertEquals("1969-12-31 23:59:59.999999Z", DartDateTimes.format(-1, true, BERLIN, false));
    }

    @Test
    void parsesTheIsoSubset() {
        DartDateTimes.Parsed p = DartDateTimes.parse("2024-01-02T03:04:05.123456789Z", BERLIN);
        assertTrue(p.isUtc());
        assertEquals(utc(2024, 1, 2, 3, 4, 5, 123, 456), p.micros());
        assertEquals(utc(2024, 1, 2, 1, 34, 5, 0, 0), DartDateTimes.parse("2024-01-02T03:04:05+01:30", BERLIN).micros());
        assertEquals(utc(2024, 1, 2, 5, 4, 5, 0, 0), DartDateTimes.parse("20240102 030405-0200", BERLIN).micros());
        DartDateTimes.Parsed local = DartDateTimes.parse("2024-01-02", BERLIN);
        assertFalse(local.isUtc());
        assertEquals(utc(2024, 1, 1, 23, 0, 0, 0, 0), local.micros());
        assertNull(DartDateTimes.parse("2024/01/02", BERLIN));
        assertNull(DartDateTimes.parse("2024-01-02T", BERLIN));
        assertNull(DartDateTimes.parse("24-01-02", BERLIN));
    }
}
