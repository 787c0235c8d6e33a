package org.dartj.classes;

import org.dartj.runtime.DartFunction;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * An instance of a class declared in Dart: its class and its fields, by index (the class
 * fixes the layout, superclass fields first). Java {@code equals}, {@code hashCode} and
 * {@code toString} call the Dart {@code ==}, {@code hashCode} and {@code toString} when the
 * class declares them, so maps, sets and printing follow the Dart definitions.
 */
public final class DartInstance implements DartObject, org.dartj.runtime.DartFieldsObject {
    private final DartClass dartClass;
    public final Object[] fields;
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
     * keep an instance that does not escape in registers (escape analysis needs a constant array
     * length).
     */
    public DartInstance(DartClass dartClass, org.dartj.types.DartType[] typeArguments, int fieldCount) {
        this.dartClass = dartClass;
        this.fields = new Object[fieldCount];
        this.typeArguments = typeArguments;
    }

    public org.dartj.types.DartType[] typeArguments() {
        return typeArguments;
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    @Override
    public Object[] fields() {
        return fields;
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
        Object part = index < 0 ? null : fields[index];
        return part instanceof DartObject ? part : null;
    }

    /**
     * Object.toString: {@code Instance of 'C'}; for an enum value {@code E.name}; for a class
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
            Object name = fields[dartClass.fieldIndex("name")];
            return dartClass.getName() + "." + (name instanceof TruffleString ts ? ts.toJavaStringUncached() : name);
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
