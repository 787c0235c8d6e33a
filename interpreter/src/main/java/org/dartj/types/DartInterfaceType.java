package org.dartj.types;

import java.util.Arrays;

import org.dartj.classes.DartClass;

/**
 * A class type with its type arguments ({@code List<int>}, {@code Box<String>?}); a class
 * without type parameters has none. {@code displayName} is the VM's name for the
 * implementation class a value has at run time ({@code _Map}, {@code _Set}), or null.
 */
public final class DartInterfaceType extends DartType {
    private final DartClass dartClass;
    private final DartType[] arguments;
    private final String displayName;

    public DartInterfaceType(DartClass dartClass, DartType[] arguments, boolean nullable, String displayName) {
        super(nullable);
        this.dartClass = dartClass;
        this.arguments = arguments;
        this.displayName = displayName;
    }

    public DartInterfaceType(DartClass dartClass, DartType[] arguments, boolean nullable) {
        this(dartClass, arguments, nullable, null);
    }

    public DartClass dartClass() {
        return dartClass;
    }

    public DartType[] arguments() {
        return arguments;
    }

    /** Object? is a top type. */
    @Override
    public boolean isTop() {
        return nullable && dartClass.getSuperclass() == null && dartClass.getName().equals("Object");
    }

    @Override
    public DartType withNullable(boolean value) {
        return value == nullable ? this : new DartInterfaceType(dartClass, arguments, value, displayName);
    }

    @Override
    public boolean hasTypeParameters() {
        return anyHasTypeParameters(arguments);
    }

    @Override
    public DartType substitute(DartType[] args) {
        return hasTypeParameters() ? new DartInterfaceType(dartClass, substituteAll(arguments, args), nullable, displayName) : this;
    }

    @Override
    public String toString() {
        String name = displayName != null ? displayName : dartClass.getName();
        return arguments.length == 0 ? name + suffix() : name + "<" + join(arguments) + ">" + suffix();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DartInterfaceType t && t.dartClass == dartClass && t.nullable == nullable && Arrays.equals(t.arguments, arguments) &&
                        java.util.Objects.equals(t.displayName, displayName);
    }

    @Override
    public int hashCode() {
        return dartClass.hashCode() * 31 + Arrays.hashCode(arguments) + (nullable ? 1 : 0);
    }
}
