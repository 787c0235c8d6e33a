package org.dartj.builtins.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The calendar side of {@code DateTime}, on {@code java.time}: broken-down fields to an instant
 * (overflowing fields carry over, as in the Dart VM), the instant back to fields, the
 * {@code toString}/{@code toIso8601String} formats and the ISO-8601 subset {@code DateTime.parse}
 * reads. The local zone is the JVM's default zone, as the Dart VM uses the operating system's.
 */
public final class DartDateTimes {
    /** The Dart limit: 100,000,000 days either side of the epoch, in microseconds. */
    public static final long MAX_MICROS = 8_640_000_000_000_000_000L;
    private static final long MICROS_PER_DAY = 86_400_000_000L;
    private static final long MAX_YEAR = 300_000;

    /**
     * Day part, optional time part (space or {@code T}), optional fraction after {@code .} or
     * {@code ,}, optional zone ({@code Z} or a {@code +hh:mm} offset); separators are optional.
     */
    private static final Pattern FORMAT = Pattern.compile(
                    "^([+-]?\\d{4,6})-?(\\d\\d)-?(\\d\\d)(?:[ T](\\d\\d)(?::?(\\d\\d)(?::?(\\d\\d)(?:[.,](\\d+))?)?)?( ?[zZ]| ?([-+])(\\d\\d)(?::?(\\d\\d))?)?)?$");

    private DartDateTimes() {
    }

    /** The result of {@link #parse}: {@code micros} is null when the fields are out of range. */
    public record Parsed(Long micros, boolean isUtc) {
    }

    @TruffleBoundary
    public static ZoneId localZone() {
        return ZoneId.systemDefault();
    }

    /**
     * The instant the fields name, carrying overflow from each field into the next larger one
     * (month 13 is January of the next year); null when outside the Dart range.
     */
    @TruffleBoundary
    public static Long toMicros(long year, long month, long day, long hour, long minute, long second, long millisecond, long microsecond, boolean isUtc,
                    ZoneId zone) {
        try {
            long y = Math.addExact(year, Math.floorDiv(month - 1, 12));
            int m = (int) Math.floorMod(month - 1, 12) + 1;
            if (Math.abs(y) > MAX_YEAR) {
                return null;
            }
            long epochDay = Math.addExact(LocalDate.of((int) y, m, 1).toEpochDay(), Math.subtractExact(day, 1));
            long time = Math.multiplyExact(Math.addExact(Math.multiplyExact(Math.addExact(Math.multiplyExact(hour, 60), minute), 60), second), 1_000_000L);
            time = Math.addExact(time, Math.addExact(Math.multiplyExact(millisecond, 1000), microsecond));
            long wall = Math.addExact(Math.multiplyExact(epochDay, MICROS_PER_DAY), time);
            long micros = isUtc ? wall : wallToInstant(wall, zone);
            return Math.abs(micros) > MAX_MICROS ? null : micros;
        } catch (ArithmeticException | java.time.DateTimeException e) {
            return null;
        }
    }

    private static long wallToInstant(long wall, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofEpochSecond(Math.floorDiv(wall, 1_000_000L), (int) Math.floorMod(wall, 1_000_000L) * 1000, ZoneOffset.UTC);
        Instant instant = ZonedDateTime.ofLocal(local, zone, null).toInstant();
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
    }

    /** The date and time the instant reads as, in UTC or in {@code zone}. */
    @TruffleBoundary
    public static ZonedDateTime fields(long micros, boolean isUtc, ZoneId zone) {
        Instant instant = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000);
        return instant.atZone(isUtc ? ZoneOffset.UTC : zone);
    }

    /** Field by Dart getter name: year, month, ..., microsecond, weekday (1 is Monday). */
    @TruffleBoundary
    public static long field(long micros, boolean isUtc, ZoneId zone, String name) {
        ZonedDateTime t = fields(micros, isUtc, zone);
        return switch (name) {
            case "year" -> t.getYear();
            case "month" -> t.getMonthValue();
            case "day" -> t.getDayOfMonth();
            case "hour" -> t.getHour();
            case "minute" -> t.getMinute();
            case "second" -> t.getSecond();
            case "millisecond" -> t.getNano() / 1_000_000;
            case "microsecond" -> t.getNano() / 1000 % 1000;
            case "weekday" -> t.getDayOfWeek().getValue();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** The zone's offset from UTC at that instant, in seconds (0 in UTC). */
    @TruffleBoundary
    public static long offsetSeconds(long micros, boolean isUtc, ZoneId zone) {
        return fields(micros, isUtc, zone).getOffset().getTotalSeconds();
    }

    /** The zone's abbreviation at that instant ({@code UTC}, {@code CET}, {@code CEST}). */
    @TruffleBoundary
    public static String zoneName(long micros, boolean isUtc, ZoneId zone) {
        if (isUtc) {
            return "UTC";
        }
        ZonedDateTime t = fields(micros, false, zone);
        boolean daylight = zone.getRules().isDaylightSavings(t.toInstant());
        return java.util.TimeZone.getTimeZone(zone).getDisplayName(daylight, java.util.TimeZone.SHORT, Locale.US);
    }

    /**
     * {@code 2024-01-02 03:04:05.000} ({@code iso}: {@code 2024-01-02T03:04:05.000}), the
     * microseconds appended only when non-zero and a {@code Z} in UTC.
     */
    @TruffleBoundary
    public static String format(long micros, boolean isUtc, ZoneId zone, boolean iso) {
        ZonedDateTime t = fields(micros, isUtc, zone);
        int year = t.getYear();
        StringBuilder sb = new StringBuilder();
        if (iso && (year < -9999 || year > 9999)) {
            sb.append(year < 0 ? '-' : '+');
            pad(sb, Math.abs(year), 6);
        } else {
            if (year < 0) {
                sb.append('-');
            }
            pad(sb, Math.abs(year), 4);
        }
        sb.append('-');
        pad(sb, t.getMonthValue(), 2);
        sb.append('-');
        pad(sb, t.getDayOfMonth(), 2);
        sb.append(iso ? 'T' : ' ');
        pad(sb, t.getHour(), 2);
        sb.append(':');
        pad(sb, t.getMinute(), 2);
        sb.append(':');
        pad(sb, t.getSecond(), 2);
        sb.append('.');
        int microOfSecond = t.getNano() / 1000;
        pad(sb, microOfSecond / 1000, 3);
        if (microOfSecond % 1000 != 0) {
            pad(sb, microOfSecond % 1000, 3);
        }
        if (isUtc) {
            sb.append('Z');
        }
        return sb.toString();
    }

    private static void pad(StringBuilder sb, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(digits);
    }

    /**
     * Reads the ISO-8601 subset of {@code DateTime.parse}; null when the text does not match.
     * With a zone the result is UTC (an offset is subtracted); without one it is local time.
     */
    @TruffleBoundary
    public static Parsed parse(String text, ZoneId zone) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return null;
        }
        long year = Long.parseLong(m.group(1).startsWith("+") ? m.group(1).substring(1) : m.group(1));
        long month = Long.parseLong(m.group(2));
        long day = Long.parseLong(m.group(3));
        long hour = number(m.group(4));
        long minute = number(m.group(5));
        long second = number(m.group(6));
        long fraction = 0;
        String digits = m.group(7);
        if (digits != null) {
            for (int i = 0; i < 6; i++) {
                fraction = fraction * 10 + (i < digits.length() ? digits.charAt(i) - '0' : 0);
            }
        }
        boolean isUtc = m.group(8) != null;
        if (m.group(9) != null) {
            long sign = m.group(9).equals("-") ? -1 : 1;
            minute -= sign * (number(m.group(10)) * 60 + number(m.group(11)));
        }
        return new Parsed(toMicros(year, month, day, hour, minute, second, fraction / 1000, fraction % 1000, isUtc, zone), isUtc);
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
