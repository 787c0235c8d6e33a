package org.dartj.nodes.call;

import java.util.Arrays;

import org.dartj.runtime.DartFunction;
import org.dartj.types.DartType;

/**
 * What an instantiated generic function ({@code id<int>}, {@code obj.method<T>}) captures: the
 * generic function value and the type arguments every call passes to it. Two are equal when
 * their functions are equal and their type arguments are the same types, as the VM compares
 * its closures' delayed type arguments.
 */
public final class DartInstantiation {
    private final DartFunction function;
    private final DartType[] typeArguments;

    public DartInstantiation(DartFunction function, DartType[] typeArguments) {
        this.function = function;
        this.typeArguments = typeArguments;
    }

    public DartFunction function() {
        return function;
    }

    public DartType[] typeArguments() {
        return typeArguments;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DartInstantiation i && i.function.equals(function) && Arrays.equals(i.typeArguments, typeArguments);
    }

    @Override
    public int hashCode() {
        return function.hashCode() * 31 + Arrays.hashCode(typeArguments);
    }
}
