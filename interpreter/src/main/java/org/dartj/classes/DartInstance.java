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

    /** Object.toString: {@code Instance of 'C'} ({@code 'C<int>'} for a generic class); for an enum value {@code E.name}. */
    @TruffleBoundary
    public String defaultToString() {
        if (dartClass.isEnum()) {
            Object name = fields[dartClass.fieldIndex("name")];
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
