package org.dartj.nodes.call;

import java.util.Arrays;

import org.dartj.runtime.DartFunction;
import org.dartj.types.DartType;

/**
 * What an instantiated generic function ({@code id<int>}, {@code obj.method<T>}) captures: the
 * generic function value and the type arguments every call passes to it. Two are equal when
 * their functions are equal and their type arguments are the same types, as the VM compares
 * its closures' delayed type arguments. Sent to another isolate, the function is copied with
 * what it captures.
 */
public final class DartInstantiation implements org.dartj.runtime.DartFieldsObject {
    /** The generic function: the one field, so that the message copier copies it (and what it captures). */
    private final Object[] fields;
    /** Types are immutable: a copy shares them. */
    private final DartType[] typeArguments;

    public DartInstantiation(DartFunction function, DartType[] typeArguments) {
        this(new Object[]{function}, typeArguments);
    }

    private DartInstantiation(Object[] fields, DartType[] typeArguments) {
        this.fields = fields;
        this.typeArguments = typeArguments;
    }

    public DartFunction function() {
        return (DartFunction) fields[0];
    }

    public DartType[] typeArguments() {
        return typeArguments;
    }

    @Override
    public int fieldCount() {
        return fields.length;
    }

    @Override
    public Object getField(int index) {
        return fields[index];
    }

    @Override
    public void setField(int index, Object value) {
        fields[index] = value;
    }

    @Override
    public org.dartj.runtime.DartFieldsObject newEmpty() {
        return new DartInstantiation(new Object[1], typeArguments);
    }

    @Override
    public boolean isShared() {
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DartInstantiation i && i.function().equals(function()) && Arrays.equals(i.typeArguments, typeArguments);
    }

    @Override
    public int hashCode() {
        return function().hashCode() * 31 + Arrays.hashCode(typeArguments);
    }
}
