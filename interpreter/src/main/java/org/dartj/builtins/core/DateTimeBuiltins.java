package org.dartj.builtins.core;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * DateTime: the constructors, {@code parse}/{@code tryParse}, the field getters, zone
 * conversion, arithmetic with {@code Duration}, comparison and the ISO format. Values are
 * {@link DartDateTime}s; the calendar work is in {@link DartDateTimes}.
 */
public final class DateTimeBuiltins {
    private DateTimeBuiltins() {
    }

    static DartDateTime make(Node node, long micros, boolean isUtc) {
        return new DartDateTime(DartLanguage.get(node).coreClasses().dateTimeClass, micros, isUtc);
    }

    static DartDuration duration(Node node, long micros) {
        return new DartDuration(DartLanguage.get(node).coreClasses().durationClass, micros);
    }

    /** An optional {@code int} argument: its value, or {@code fallback} when omitted. */
    static long intArg(Object value, long fallback, Node node) {
        if (value instanceof Long l) {
            return l;
        }
        if (value == DartNull.INSTANCE) {
            return fallback;
        }
        throw DartErrors.typeErrorFor(value, "int", node);
    }

    static boolean isUtcArg(Object value, Node node) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value == DartNull.INSTANCE) {
            return false;
        }
        throw DartErrors.typeErrorFor(value, "bool", node);
    }

    @TruffleBoundary
    static DartDateTime fromFields(Node node, boolean isUtc, Object year, Object month, Object day, Object hour, Object minute, Object second, Object millis, Object micros) {
        Long value = DartDateTimes.toMicros(intArg(year, 0, node), intArg(month, 1, node), intArg(day, 1, node), intArg(hour, 0, node), intArg(minute, 0, node),
                        intArg(second, 0, node), intArg(millis, 0, node), intArg(micros, 0, node), isUtc, DartDateTimes.localZone());
        if (value == null) {
            throw DartErrors.argumentError("DateTime is outside valid range", node);
        }
        return make(node, value, isUtc);
    }

    @TruffleBoundary
    static DartDateTime fromEpoch(Node node, long value, long unit, Object isUtc) {
        boolean utc = isUtcArg(isUtc, node);
        if (Math.abs(value) > DartDateTimes.MAX_MICROS / unit) {
            throw DartErrors.argumentError("DateTime is outside valid range: " + value, node);
        }
        return make(node, value * unit, utc);
    }

    @TruffleBoundary
    static Object parse(Node node, TruffleString text, boolean orNull) {
        String s = text.toJavaStringUncached();
        DartDateTimes.Parsed parsed = DartDateTimes.parse(s, DartDateTimes.localZone());
        if (parsed == null || parsed.micros() == null) {
            if (orNull) {
                return DartNull.INSTANCE;
            }
            throw DartErrors.formatException(parsed == null ? "Invalid date format" : "Time out of range", text, node);
        }
        return make(node, parsed.micros(), parsed.isUtc());
    }

    @DartBuiltin(owner = "DateTime", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, optional = 7)
    public abstract static class NewNode extends DartBuiltinNode {
        @Specialization
        protected DartDateTime create(Object year, Object month, Object day, Object hour, Object minute, Object second, Object millis, Object micros) {
            return fromFields(this, false, year, month, day, hour, minute, second, millis, micros);
        }
    }

    @DartBuiltin(owner = "DateTime", name = "utc", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, optional = 7)
    public abstract static class UtcNode extends DartBuiltinNode {
        @Specialization
        protected DartDateTime create(Object year, Object month, Object day, Object hour, Object minute, Object second, Object millis, Object micros) {
            return fromFields(this, true, year, month, day, hour, minute, second, millis, micros);
        }
    }

    /**
     * {@code copyWith} (dart:core's {@code DateTimeCopyWith} extension): every field not given is
     * read from this date in its own zone, and the result is built as the constructor would.
     */
    @DartBuiltin(owner = "DateTime", name = "copyWith", named = {"year", "month", "day", "hour", "minute", "second", "millisecond", "microsecond", "isUtc"})
    public abstract static class CopyWithNode extends DartBuiltinNode {
        @Specialization
        protected DartDateTime copy(DartDateTime self, Object year, Object month, Object day, Object hour, Object minute, Object second, Object millis, Object micros, Object isUtc) {
            return copyWith(this, self, new Object[]{year, month, day, hour, minute, second, millis, micros}, isUtc);
        }

        @TruffleBoundary
        private static DartDateTime copyWith(Node node, DartDateTime self, Object[] given, Object isUtc) {
            String[] names = {"year", "month", "day", "hour", "minute", "second", "millisecond", "microsecond"};
            Object[] fields = new Object[names.length];
            for (int i = 0; i < names.length; i++) {
                fields[i] = given[i] == DartNull.INSTANCE ? (Object) DartDateTimes.field(self.micros, self.isUtc, DartDateTimes.localZone(), names[i]) : given[i];
            }
            boolean utc = isUtc == DartNull.INSTANCE ? self.isUtc : isUtcArg(isUtc, node);
            return fromFields(node, utc, fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6], fields[7]);
        }
    }

    @DartBuiltin(owner = "DateTime", name = "now", kind = DartBuiltin.Kind.CONSTRUCTOR)
    public abstract static class NowNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartDateTime now() {
            java.time.Instant instant = java.time.Instant.now();
            return make(this, instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1000, false);
        }
    }

    @DartBuiltin(owner = "DateTime", name = "fromMillisecondsSinceEpoch", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, named = {"isUtc"})
    public abstract static class FromMillisecondsNode extends DartBuiltinNode {
        @Specialization
        protected DartDateTime create(long millis, Object isUtc) {
            return fromEpoch(this, millis, 1000, isUtc);
        }
    }

    @DartBuiltin(owner = "DateTime", name = "fromMicrosecondsSinceEpoch", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, named = {"isUtc"})
    public abstract static class FromMicrosecondsNode extends DartBuiltinNode {
        @Specialization
        protected DartDateTime create(long micros, Object isUtc) {
            return fromEpoch(this, micros, 1, isUtc);
        }
    }

    @DartBuiltin(owner = "DateTime", name = "parse", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class ParseNode extends DartBuiltinNode {
        @Specialization
        protected Object parse(TruffleString text) {
            return DateTimeBuiltins.parse(this, text, false);
        }
    }

    @DartBuiltin(owner = "DateTime", name = "tryParse", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class TryParseNode extends DartBuiltinNode {
        @Specialization
        protected Object tryParse(TruffleString text) {
            return DateTimeBuiltins.parse(this, text, true);
        }
    }

    @DartBuiltin(owner = "DateTime", name = "year", kind = DartBuiltin.Kind.GETTER)
    public abstract static class YearNode extends DartBuiltinNode {
        @Specialization
        protected long year(DartDateTime self) {
            return DartDateTimes.field(self.micros, self.isUtc, DartDateTimes.localZone(), "year");
        }
    }

    @DartBuiltin(owner = "DateTime", name = "month", kind = DartBuiltin.Kind.GETTER)
    public abstract static class MonthNode extends DartBuiltinNode {
        @Specialization
        protected long month(DartDateTime self) {
            return DartDateTimes.field(self.micros, self.isUtc, DartDateTimes.localZone(), "month");
        }
    }

    @DartBuiltin(owner = "DateTime", name = "day", kind = DartBuiltin.Kind.GETTER)
    public abstract static class DayNode extends DartBuiltinNode {
        @Specialization
        protected long day(DartDateTime self) {
            return DartDateTimes.field(self.micros, self.isUtc, DartDateTimes.localZone(), "day");
        }
    }

    @DartBuiltin(owner = "DateTime", name = "hour", kind = DartBuiltin.Kind.GETTER)
    public abstract static class HourNode extends DartBuiltinNode {
        @Specialization
        protected long hour(DartDateTime self) {
            return DartDateTimes.field(self.micros, self.isUtc, DartDateTimes.localZone(), "hour");
        }
    }

    @DartBuiltin(owner = "DateTime", name = "minute", kind = DartBuiltin.Kind.GETTER)
    public abstract static class MinuteNode extends DartBuiltinNode {
        @Specialization
        protected long minute(DartDateTime self) {
            return DartDateTimes.field(self.micros, self.isUtc, DartDateTimes.localZone(), "minute");
        }
    }

    @DartBuiltin(owner = "DateTime", name = "second", kind = DartBuiltin.Kind.GETTER)
    public abstract static class SecondNode extends DartBuiltinNode {
        @Specialization
        protected long second(DartDateTime self) {
            return DartDateTimes.field(self.micros, self.isUtc, DartDateTimes.localZone(), "second");
        }
    }

    @DartBuiltin(owner = "DateTime", name = "millisecond", kind = DartBuiltin.Kind.GETTER)
    public abstract static class MillisecondNode extends DartBuiltinNode {
        @Specialization
        protected long millisecond(DartDateTime self) {
            return DartDateTimes.field(self.micros, self.isUtc, DartDateTimes.localZone(), "millisecond");
        }
    }

    @DartBuiltin(owner = "DateTime", name = "microsecond", kind = DartBuiltin.Kind.GETTER)
    public abstract static class MicrosecondNode extends DartBuiltinNode {
        @Specialization
        protected long microsecond(DartDateTime self) {
            return DartDateTimes.field(self.micros, self.isUtc, DartDateTimes.localZone(), "microsecond");
        }
    }

    @DartBuiltin(owner = "DateTime", name = "weekday", kind = DartBuiltin.Kind.GETTER)
    public abstract static class WeekdayNode extends DartBuiltinNode {
        @Specialization
        protected long weekday(DartDateTime self) {
            return DartDateTimes.field(self.micros, self.isUtc, DartDateTimes.localZone(), "weekday");
        }
    }

    @DartBuiltin(owner = "DateTime", name = "isUtc", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsUtcNode extends DartBuiltinNode {
        @Specialization
        protected boolean isUtc(DartDateTime self) {
            return self.isUtc;
        }
    }

    @DartBuiltin(owner = "DateTime", name = "millisecondsSinceEpoch", kind = DartBuiltin.Kind.GETTER)
    public abstract static class MillisecondsSinceEpochNode extends DartBuiltinNode {
        @Specialization
        protected long millis(DartDateTime self) {
            return self.micros / 1000;
        }
    }

    @DartBuiltin(owner = "DateTime", name = "microsecondsSinceEpoch", kind = DartBuiltin.Kind.GETTER)
    public abstract static class MicrosecondsSinceEpochNode extends DartBuiltinNode {
        @Specialization
        protected long micros(DartDateTime self) {
            return self.micros;
        }
    }

    @DartBuiltin(owner = "DateTime", name = "timeZoneName", kind = DartBuiltin.Kind.GETTER)
    public abstract static class TimeZoneNameNode extends DartBuiltinNode {
        @Specialization
        protected TruffleString name(DartDateTime self) {
            return DartToStringNode.toTruffleString(DartDateTimes.zoneName(self.micros, self.isUtc, DartDateTimes.localZone()));
        }
    }

    @DartBuiltin(owner = "DateTime", name = "timeZoneOffset", kind = DartBuiltin.Kind.GETTER)
    public abstract static class TimeZoneOffsetNode extends DartBuiltinNode {
        @Specialization
        protected DartDuration offset(DartDateTime self) {
            return duration(this, DartDateTimes.offsetSeconds(self.micros, self.isUtc, DartDateTimes.localZone()) * 1_000_000L);
        }
    }

    @DartBuiltin(owner = "DateTime", name = "toUtc")
    public abstract static class ToUtcNode extends DartBuiltinNode {
        @Specialization
        protected DartDateTime toUtc(DartDateTime self) {
            return self.isUtc ? self : make(this, self.micros, true);
        }
    }

    @DartBuiltin(owner = "DateTime", name = "toLocal")
    public abstract static class ToLocalNode extends DartBuiltinNode {
        @Specialization
        protected DartDateTime toLocal(DartDateTime self) {
            return self.isUtc ? make(this, self.micros, false) : self;
        }
    }

    @DartBuiltin(owner = "DateTime", name = "add", required = 1)
    public abstract static class AddNode extends DartBuiltinNode {
        @Specialization
        protected DartDateTime add(DartDateTime self, DartDuration duration) {
            return fromEpoch(this, self.micros + duration.micros, 1, self.isUtc);
        }
    }

    @DartBuiltin(owner = "DateTime", name = "subtract", required = 1)
    public abstract static class SubtractNode extends DartBuiltinNode {
        @Specialization
        protected DartDateTime subtract(DartDateTime self, DartDuration duration) {
            return fromEpoch(this, self.micros - duration.micros, 1, self.isUtc);
        }
    }

    @DartBuiltin(owner = "DateTime", name = "difference", required = 1)
    public abstract static class DifferenceNode extends DartBuiltinNode {
        @Specialization
        protected DartDuration difference(DartDateTime self, DartDateTime other) {
            return duration(this, self.micros - other.micros);
        }
    }

    @DartBuiltin(owner = "DateTime", name = "isBefore", required = 1)
    public abstract static class IsBeforeNode extends DartBuiltinNode {
        @Specialization
        protected boolean isBefore(DartDateTime self, DartDateTime other) {
            return self.micros < other.micros;
        }
    }

    @DartBuiltin(owner = "DateTime", name = "isAfter", required = 1)
    public abstract static class IsAfterNode extends DartBuiltinNode {
        @Specialization
        protected boolean isAfter(DartDateTime self, DartDateTime other) {
            return self.micros > other.micros;
        }
    }

    @DartBuiltin(owner = "DateTime", name = "isAtSameMomentAs", required = 1)
    public abstract static class IsAtSameMomentAsNode extends DartBuiltinNode {
        @Specialization
        protected boolean same(DartDateTime self, DartDateTime other) {
            return self.micros == other.micros;
        }
    }

    @DartBuiltin(owner = "DateTime", name = "compareTo", required = 1)
    public abstract static class CompareToNode extends DartBuiltinNode {
        @Specialization
        protected long compareTo(DartDateTime self, DartDateTime other) {
            return Long.compare(self.micros, other.micros);
        }
    }

    @DartBuiltin(owner = "DateTime", name = "toIso8601String")
    public abstract static class ToIso8601StringNode extends DartBuiltinNode {
        @Specialization
        protected TruffleString iso(DartDateTime self) {
            return DartToStringNode.toTruffleString(DartDateTimes.format(self.micros, self.isUtc, DartDateTimes.localZone(), true));
        }
    }

    @DartBuiltin(owner = "DateTime", name = "monday", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class MondayNode extends DartBuiltinNode {
        @Specialization
        protected long value() {
            return 1;
        }
    }

    @DartBuiltin(owner = "DateTime", name = "tuesday", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class TuesdayNode extends DartBuiltinNode {
        @Specialization
        protected long value() {
            return 2;
        }
    }

    @DartBuiltin(owner = "DateTime", name = "wednesday", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class WednesdayNode extends DartBuiltinNode {
        @Specialization
        protected long value() {
            return 3;
        }
    }

    @DartBuiltin(owner = "DateTime", name = "thursday", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class ThursdayNode extends DartBuiltinNode {
        @Specialization
        protected long value() {
            return 4;
        }
    }

    @DartBuiltin(owner = "DateTime", name = "friday", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class FridayNode extends DartBuiltinNode {
        @Specialization
        protected long value() {
            return 5;
        }
    }

    @DartBuiltin(owner = "DateTime", name = "saturday", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class SaturdayNode extends DartBuiltinNode {
        @Specialization
        protected long value() {
            return 6;
        }
    }

    @DartBuiltin(owner = "DateTime", name = "sunday", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class SundayNode extends DartBuiltinNode {
        @Specialization
        protected long value() {
            return 7;
        }
    }

    @DartBuiltin(owner = "DateTime", name = "daysPerWeek", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class DaysPerWeekNode extends DartBuiltinNode {
        @Specialization
        protected long value() {
            return 7;
        }
    }

    @DartBuiltin(owner = "DateTime", name = "january", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class JanuaryNode extends DartBuiltinNode {
        @Specialization
        protected long value() {
            return 1;
        }
    }

    @DartBuiltin(owner = "DateTime", name = "february", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class FebruaryNode extends DartBuiltinNode {
        @Specialization
        protected long value() {
            return 2;
        }
    }

    @DartBuiltin(owner = "DateTime", name = "march", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class MarchNode extends DartBuiltinNode {
        @Specialization
        protected long value() {
            return 3;
        }
    }

    @DartBuiltin(owner = "DateTime", name = "april", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class AprilNode extends DartBuiltinNode {
        @Specialization
        protected long value() {
            return 4;
        }
    }

    @DartBuiltin(owner = "DateTime", name = "may", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class MayNode extends DartBuiltinNode {
        @Specialization
        protected long value() {
            return 5;
        }
    }

    @DartBuiltin(owner = "DateTime", name = "june", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class JuneNode extends DartBuiltinNode {
        @Specialization
        protected long value() {
            return 6;
        }
    }

    @DartBuiltin(owner = "DateTime", name = "july", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class JulyNode extends DartBuiltinNode {
        @Specialization
        protected long value() {
            return 7;
        }
    }

    @DartBuiltin(owner = "DateTime", name = "august", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class AugustNode extends DartBuiltinNode {
        @Specialization
        protected long value() {
            return 8;
        }
    }

    @DartBuiltin(owner = "DateTime", name = "september", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class SeptemberNode extends DartBuiltinNode {
        @Specialization
        protected long value() {
            return 9;
        }
    }

    @DartBuiltin(owner = "DateTime", name = "october", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class OctoberNode extends DartBuiltinNode {
        @Specialization
        protected long value() {
            return 10;
        }
    }

    @DartBuiltin(owner = "DateTime", name = "november", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class NovemberNode extends DartBuiltinNode {
        @Specialization
        protected long value() {
            return 11;
        }
    }

    @DartBuiltin(owner = "DateTime", name = "december", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class DecemberNode extends DartBuiltinNode {
        @Specialization
        protected long value() {
            return 12;
        }
    }

    @DartBuiltin(owner = "DateTime", name = "monthsPerYear", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class MonthsPerYearNode extends DartBuiltinNode {
        @Specialization
        protected long value() {
            return 12;
        }
    }
}
