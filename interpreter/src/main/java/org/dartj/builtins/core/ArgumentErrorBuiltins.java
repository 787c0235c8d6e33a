package org.dartj.builtins.core;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartArgumentErrorObject;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartErrorObject;
import org.dartj.runtime.DartException;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * The constructors, checks and getters of {@code ArgumentError}, {@code RangeError} and
 * {@code IndexError}, with the texts of sdk/lib/core/errors.dart: a name in parentheses, the
 * message, for a range error an explanation of the bounds, then the invalid value.
 */
public final class ArgumentErrorBuiltins {
    private ArgumentErrorBuiltins() {
    }

    private static Object orNull(Object value) {
        return value == null ? DartNull.INSTANCE : value;
    }

    private static Object absentAsNull(Object value) {
        return value == DartNull.INSTANCE ? null : value;
    }

    /** ArgumentError.toString: "$errorName$nameString$messageString", then the explanation and value when it has one. */
    @TruffleBoundary
    public static String text(String errorName, boolean hasValue, Object value, Object name, Object message, String explanation) {
        String nameString = name == null ? "" : " (" + DartToString.toDisplayString(name) + ")";
        String messageString = message == null ? "" : ": " + DartToString.toDisplayString(message);
        String prefix = errorName + nameString + messageString;
        if (!hasValue) {
            return prefix;
        }
        return prefix + explanation + ": " + DartErrors.safeToString(value);
    }

    /** RangeError's explanation of its bounds (either may be absent). */
    static String rangeExplanation(Object start, Object end) {
        if (start == null) {
            return end == null ? "" : ": Not less than or equal to " + DartToString.toDisplayString(end);
        } else if (end == null) {
            return ": Not greater than or equal to " + DartToString.toDisplayString(start);
        }
        double s = ((Number) start).doubleValue();
        double e = ((Number) end).doubleValue();
        if (e > s) {
            return ": Not in inclusive range " + DartToString.toDisplayString(start) + ".." + DartToString.toDisplayString(end);
        } else if (e < s) {
            return ": Valid value range is empty";
        }
        return ": Only valid value is " + DartToString.toDisplayString(start);
    }

    private static DartClass cls(Node node, String name) {
        return DartLanguage.get(node).coreClasses().byName(name);
    }

    @TruffleBoundary
    public static DartArgumentErrorObject argumentValue(Node node, Object value, Object name, Object message) {
        Object n = absentAsNull(name);
        Object m = absentAsNull(message);
        return new DartArgumentErrorObject(cls(node, "ArgumentError"), orNull(m), "Invalid argument", true, "", value, n, null, null, null);
    }

    @TruffleBoundary
    public static DartArgumentErrorObject range(Node node, Object value, Object start, Object end, Object name, Object message) {
        Object n = absentAsNull(name);
        Object m = absentAsNull(message);
        Object msg = m == null ? DartToStringNode.toTruffleString("Invalid value") : m;
        Object s = absentAsNull(start);
        Object e = absentAsNull(end);
        return new DartArgumentErrorObject(cls(node, "RangeError"), msg, "RangeError", true, rangeExplanation(s, e), value, n, s, e, null);
    }

    /** IndexError: name "index" and message "Index out of range" unless given; its explanation speaks of the length. */
    @TruffleBoundary
    public static DartArgumentErrorObject index(Node node, Object index, Object indexable, Object name, Object message, Object length) {
        Object n = absentAsNull(name);
        Object m = absentAsNull(message);
        Object nm = n == null ? DartToStringNode.toTruffleString("index") : n;
        Object msg = m == null ? DartToStringNode.toTruffleString("Index out of range") : m;
        Object len = absentAsNull(length);
        if (len == null && indexable != null && indexable != DartNull.INSTANCE) {
            len = DartIterables.length(indexable);
        }
        long i = index instanceof Long l ? l : 0;
        String explanation = i < 0 ? ": index must not be negative" : len instanceof Long l && l == 0 ? ": no indices are valid" : ": index should be less than " + DartToString.toDisplayString(orNull(len));
        return new DartArgumentErrorObject(cls(node, "IndexError"), msg, "RangeError", true, explanation, index, nm, 0L, len instanceof Long l ? l - 1 : null,
                        indexable == null ? DartNull.INSTANCE : indexable);
    }

    static long toLong(Object value, String name, Node node) {
        if (value instanceof Long l) {
            return l;
        }
        throw DartErrors.typeErrorFor(value, "int", node);
    }

    @DartBuiltin(owner = "ArgumentError", name = "value", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, optional = 2)
    public abstract static class ValueNode extends DartBuiltinNode {
        @Specialization
        protected Object create(Object value, Object name, Object message) {
            return argumentValue(this, value, name, message);
        }
    }

    @DartBuiltin(owner = "ArgumentError", name = "notNull", kind = DartBuiltin.Kind.CONSTRUCTOR, optional = 1)
    public abstract static class NotNullNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object create(Object name) {
            Object n = absentAsNull(name);
            Object message = DartToStringNode.toTruffleString("Must not be null");
            return new DartArgumentErrorObject(cls(this, "ArgumentError"), message, "Invalid argument(s)", false, "", null, n, null, null, null);
        }
    }

    @DartBuiltin(owner = "ArgumentError", name = "checkNotNull", kind = DartBuiltin.Kind.STATIC, required = 1, optional = 1)
    public abstract static class CheckNotNullNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object check(Object argument, Object name) {
            if (argument == DartNull.INSTANCE) {
                Object n = absentAsNull(name);
                Object message = DartToStringNode.toTruffleString("Must not be null");
                throw new DartException(new DartArgumentErrorObject(cls(this, "ArgumentError"), message, "Invalid argument(s)", false, "", null, n, null, null, null), this);
            }
            return argument;
        }
    }

    @DartBuiltin(owner = "RangeError", name = "value", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, optional = 2)
    public abstract static class RangeValueNode extends DartBuiltinNode {
        @Specialization
        protected Object create(Object value, Object name, Object message) {
            Object m = message == DartNull.INSTANCE ? DartToStringNode.toTruffleString("Value not in range") : message;
            return range(this, value, null, null, name, m);
        }
    }

    @DartBuiltin(owner = "RangeError", name = "range", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 3, optional = 2)
    public abstract static class RangeRangeNode extends DartBuiltinNode {
        @Specialization
        protected Object create(Object value, Object min, Object max, Object name, Object message) {
            return range(this, value, min, max, name, message);
        }
    }

    @DartBuiltin(owner = "RangeError", name = "index", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 2, optional = 3)
    public abstract static class RangeIndexNode extends DartBuiltinNode {
        @Specialization
        protected Object create(Object index, Object indexable, Object name, Object message, Object length) {
            return index(this, index, indexable, name, message, length);
        }
    }

    @DartBuiltin(owner = "IndexError", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 2, optional = 3)
    public abstract static class IndexNewNode extends DartBuiltinNode {
        @Specialization
        protected Object create(Object index, Object indexable, Object name, Object message, Object length) {
            return index(this, index, indexable, name, message, length);
        }
    }

    @DartBuiltin(owner = "IndexError", name = "withLength", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 2, named = {"indexable", "name", "message"})
    public abstract static class IndexWithLengthNode extends DartBuiltinNode {
        @Specialization
        protected Object create(Object index, Object length, Object indexable, Object name, Object message) {
            return index(this, index, indexable == DartNull.INSTANCE ? null : indexable, name, message, length);
        }
    }

    @DartBuiltin(owner = "IndexError", name = "check", kind = DartBuiltin.Kind.STATIC, required = 2, named = {"indexable", "name", "message"})
    public abstract static class IndexCheckNode extends DartBuiltinNode {
        @Specialization
        protected Object check(Object index, Object length, Object indexable, Object name, Object message) {
            long i = toLong(index, "index", this);
            if (i < 0 || i >= toLong(length, "length", this)) {
                throw new DartException(index(this, index, indexable == DartNull.INSTANCE ? null : indexable, name, message, length), this);
            }
            return index;
        }
    }

    @DartBuiltin(owner = "RangeError", name = "checkValidIndex", kind = DartBuiltin.Kind.STATIC, required = 2, optional = 3)
    public abstract static class CheckValidIndexNode extends DartBuiltinNode {
        @Specialization
        protected Object check(Object index, Object indexable, Object name, Object length, Object message) {
            long i = toLong(index, "index", this);
            Object len = length == DartNull.INSTANCE ? DartIterables.length(indexable) : length;
            if (i < 0 || i >= toLong(len, "length", this)) {
                throw new DartException(index(this, index, indexable, name, message, len), this);
            }
            return index;
        }
    }

    @DartBuiltin(owner = "RangeError", name = "checkValueInInterval", kind = DartBuiltin.Kind.STATIC, required = 3, optional = 2)
    public abstract static class CheckValueInIntervalNode extends DartBuiltinNode {
        @Specialization
        protected Object check(Object value, Object min, Object max, Object name, Object message) {
            long v = toLong(value, "value", this);
            if (v < toLong(min, "minValue", this) || v > toLong(max, "maxValue", this)) {
                throw new DartException(range(this, value, min, max, name, message), this);
            }
            return value;
        }
    }

    @DartBuiltin(owner = "RangeError", name = "checkNotNegative", kind = DartBuiltin.Kind.STATIC, required = 1, optional = 2)
    public abstract static class CheckNotNegativeNode extends DartBuiltinNode {
        @Specialization
        protected Object check(Object value, Object name, Object message) {
            if (toLong(value, "value", this) < 0) {
                Object n = name == DartNull.INSTANCE ? DartToStringNode.toTruffleString("index") : name;
                throw new DartException(range(this, value, 0L, null, n, message), this);
            }
            return value;
        }
    }

    /** {@code checkValidRange(start, end, length, [startName, endName, message])}: returns end, or length when end is null. */
    @DartBuiltin(owner = "RangeError", name = "checkValidRange", kind = DartBuiltin.Kind.STATIC, required = 3, optional = 3)
    public abstract static class CheckValidRangeNode extends DartBuiltinNode {
        @Specialization
        protected Object check(Object start, Object end, Object length, Object startName, Object endName, Object message) {
            long s = toLong(start, "start", this);
            long len = toLong(length, "length", this);
            if (s < 0 || s > len) {
                throw new DartException(range(this, start, 0L, length, startName == DartNull.INSTANCE ? DartToStringNode.toTruffleString("start") : startName, message), this);
            }
            if (end != DartNull.INSTANCE) {
                long e = toLong(end, "end", this);
                if (e < s || e > len) {
                    throw new DartException(range(this, end, start, length, endName == DartNull.INSTANCE ? DartToStringNode.toTruffleString("end") : endName, message), this);
                }
                return end;
            }
            return length;
        }
    }

    @DartBuiltin(owner = "ArgumentError", name = "invalidValue", kind = DartBuiltin.Kind.GETTER)
    public abstract static class InvalidValueNode extends DartBuiltinNode {
        @Specialization
        protected Object invalidValue(DartErrorObject self) {
            return self instanceof DartArgumentErrorObject a ? orNull(a.invalidValue()) : DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "ArgumentError", name = "name", kind = DartBuiltin.Kind.GETTER)
    public abstract static class NameNode extends DartBuiltinNode {
        @Specialization
        protected Object name(DartErrorObject self) {
            return self instanceof DartArgumentErrorObject a ? orNull(a.name()) : DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "RangeError", name = "start", kind = DartBuiltin.Kind.GETTER)
    public abstract static class StartNode extends DartBuiltinNode {
        @Specialization
        protected Object start(DartErrorObject self) {
            return self instanceof DartArgumentErrorObject a ? orNull(a.start()) : DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "RangeError", name = "end", kind = DartBuiltin.Kind.GETTER)
    public abstract static class EndNode extends DartBuiltinNode {
        @Specialization
        protected Object end(DartErrorObject self) {
            return self instanceof DartArgumentErrorObject a ? orNull(a.end()) : DartNull.INSTANCE;
        }
    }

    /** {@code IndexError.start}: always 0. */
    @DartBuiltin(owner = "IndexError", name = "start", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IndexStartNode extends DartBuiltinNode {
        @Specialization
        protected long start(DartArgumentErrorObject self) {
            return 0;
        }
    }

    /** {@code IndexError.end}: length - 1. */
    @DartBuiltin(owner = "IndexError", name = "end", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IndexEndNode extends DartBuiltinNode {
        @Specialization
        protected Object end(DartArgumentErrorObject self) {
            return orNull(self.end());
        }
    }

    /** {@code IndexError.length}: one more than its end. */
    @DartBuiltin(owner = "IndexError", name = "length", kind = DartBuiltin.Kind.GETTER)
    public abstract static class LengthNode extends DartBuiltinNode {
        @Specialization
        protected Object length(DartArgumentErrorObject self) {
            return self.end() instanceof Long e ? (Object) (e + 1) : DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "IndexError", name = "indexable", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IndexableNode extends DartBuiltinNode {
        @Specialization
        protected Object indexable(DartArgumentErrorObject self) {
            return orNull(self.indexable());
        }
    }

    /** {@code ConcurrentModificationError([modifiedObject])}. */
    @DartBuiltin(owner = "ConcurrentModificationError", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, optional = 1)
    public abstract static class ConcurrentModificationNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object create(Object modified) {
            return DartErrors.concurrentModificationError(cls(this, "ConcurrentModificationError"), modified);
        }
    }

    /** {@code modifiedObject}: the collection that was modified during its iteration (or null). */
    @DartBuiltin(owner = "ConcurrentModificationError", name = "modifiedObject", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ModifiedObjectNode extends DartBuiltinNode {
        @Specialization
        protected Object modifiedObject(DartErrorObject self) {
            return self.message();
        }
    }

    /** {@code TypeError()}: an Error without a toString of its own. */
    @DartBuiltin(owner = "TypeError", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR)
    public abstract static class TypeErrorNode extends DartBuiltinNode {
        @Specialization
        protected Object create() {
            return new DartErrorObject(cls(this, "TypeError"), DartNull.INSTANCE, "Instance of 'TypeError'");
        }
    }
}
