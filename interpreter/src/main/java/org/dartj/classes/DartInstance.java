package org.dartj.classes;

import org.dartj.runtime.DartFunction;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * An instance of a class declared in Dart: its class and its fields, by index (the class
 * fixes the layout, superclass fields first). Java {@code equals}, {@code hashCode} and
 * {@code toString} call the Dart {@code ==}, {@code hashCode} and {@code toString} when the
 * class declares them, so maps, sets and printing follow the Dart definitions.
 *
 * <p>Field storage: an {@code int} or {@code double} value lives unboxed in {@link #primitives}
 * (a double as its raw bits) while {@link #slots} holds the marker {@link #LONG} or
 * {@link #DOUBLE} at that index; any other value lives in {@link #slots}. The kind is per
 * instance and per field, so a field may hold an int, then a double, then null, then an object.
 * Compiled code reads and writes through a {@link DartFieldProfile}, which keeps only the kinds
 * a site has seen, so storing a double into an escaping object allocates no box.
 */
public final class DartInstance implements DartObject, org.dartj.runtime.DartFieldsObject {
    /** The marker of a field whose value is the int in {@link #primitives}. */
    static final Object LONG = new Object();
    /** The marker of a field whose value is the double whose raw bits are in {@link #primitives}. */
    static final Object DOUBLE = new Object();

    private final DartClass dartClass;
    /** Per field: its value (null while unset), or {@link #LONG} or {@link #DOUBLE}. */
    private final Object[] slots;
    /** Per field: the int value or the double's raw bits, where {@link #slots} holds a marker. */
    private final long[] primitives;
    /** The reified type arguments ({@code Box<int>}: [int]); null when all are dynamic. */
    private final org.dartj.types.DartType[] typeArguments;

    public DartInstance(DartClass dartClass) {
        this(dartClass, null);
    }

    public DartInstance(DartClass dartClass, org.dartj.types.DartType[] typeArguments) {
        this(dartClass, typeArguments, dartClass.fieldCount());
    }

    /**
     * With the class's field count given as a compilation constant, so that compiled code can
     * keep an instance that does not escape in registers (escape analysis needs constant array
     * lengths).
     */
    public DartInstance(DartClass dartClass, org.dartj.types.DartType[] typeArguments, int fieldCount) {
        this.dartClass = dartClass;
        this.slots = new Object[fieldCount];
        this.primitives = new long[fieldCount];
        this.typeArguments = typeArguments;
    }

    @Override
    public int fieldCount() {
        return slots.length;
    }

    /** The value of a field, boxed (null while unset); nodes use a {@link DartFieldProfile}. */
    @Override
    public Object getField(int index) {
        Object slot = slots[index];
        if (slot == DOUBLE) {
            return Double.longBitsToDouble(primitives[index]);
        }
        if (slot == LONG) {
            return primitives[index];
        }
        return slot;
    }

    @Override
    public void setField(int index, Object value) {
        if (value instanceof Double d) {
            setDouble(index, d);
        } else if (value instanceof Long l) {
            setLong(index, l);
        } else {
            setObject(index, value);
        }
    }

    /** The values of all fields, boxed (constant canonicalization). */
    public Object[] fieldValues() {
        Object[] values = new Object[slots.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = getField(i);
        }
        return values;
    }

    Object slot(int index) {
        return slots[index];
    }

    long longAt(int index) {
        return primitives[index];
    }

    double doubleAt(int index) {
        return Double.longBitsToDouble(primitives[index]);
    }

    void setLong(int index, long value) {
        primitives[index] = value;
        markSlot(index, LONG);
    }

    void setDouble(int index, double value) {
        primitives[index] = Double.doubleToRawLongBits(value);
        markSlot(index, DOUBLE);
    }

    void setObject(int index, Object value) {
        slots[index] = value;
    }

    /** Stores the marker only when it changes: a repeated store of a kind writes no reference. */
    private void markSlot(int index, Object marker) {
        if (slots[index] != marker) {
            slots[index] = marker;
        }
    }

    public org.dartj.types.DartType[] typeArguments() {
        return typeArguments;
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    @Override
    public org.dartj.runtime.DartFieldsObject newEmpty() {
        return new DartInstance(dartClass, typeArguments);
    }

    @Override
    public boolean isShared() {
        return dartClass.isEnum();
    }

    @Override
    @TruffleBoundary
    public boolean equals(Object other) {
        DartFunction eq = dartClass.userMethod("==");
        if (eq == null) {
            return this == other;
        }
        return eq.callTarget.call(this, other) == Boolean.TRUE;
    }

    @Override
    @TruffleBoundary
    public int hashCode() {
        DartFunction hash = dartClass.userGetter("hashCode");
        if (hash == null) {
            return System.identityHashCode(this);
        }
        Object h = hash.callTarget.call(this);
        return h instanceof Long l ? Long.hashCode(l) : h.hashCode();
    }

    /**
     * The hidden field holding the core object a class extending a core class made with
     * constructor arguments ({@code class E extends StateError { E() : super('x'); }}): the
     * core class's members and {@code toString} act on it.
     */
    public static final String CORE_PART = "<core>";

    /** The core object this instance's core superclass constructor made, or null. */
    public Object corePart() {
        int index = dartClass.fieldIndex(CORE_PART);
        Object part = index < 0 ? null : getField(index);
        return part instanceof DartObject ? part : null;
    }

    /**
     * Object.toString: {@code Instance of 'C'} ({@code 'C<int>'} for a generic class); for an enum value {@code E.name}; for a class
     * extending a core class with a core part, the core class's text ({@code Bad state: x}).
     */
    @TruffleBoundary
    public String defaultToString() {
        if (corePart() instanceof DartObject core) {
            String text = core.toString();
            // A core class that keeps Object's toString (TypeError) names this instance's class.
            if (!text.equals("Instance of '" + core.dartClass().getName() + "'")) {
                return text;
            }
        }
        if (dartClass.isEnum()) {
            Object name = getField(dartClass.fieldIndex("name"));
            return dartClass.getName() + "." + (name instanceof TruffleString ts ? ts.toJavaStringUncached() : name);
        }
        if (typeArguments() != null) {
            return "Instance of '" + org.dartj.DartLanguage.get(null).coreClasses().types.typeOf(this) + "'";
        }
        return "Instance of '" + dartClass.getName() + "'";
    }

    @Override
    @TruffleBoundary
    public String toString() {
        DartFunction toString = dartClass.userMethod("toString");
        if (toString == null) {
            return defaultToString();
        }
        Object s = toString.callTarget.call(this);
        return s instanceof TruffleString ts ? ts.toJavaStringUncached() : String.valueOf(s);
    }
}
