package org.dartj.types;

/** {@code FutureOr<T>}: a T or a Future of T. */
public final class DartFutureOrType extends DartType {
    private final DartType argument;

    public DartFutureOrType(DartType argument, boolean nullable) {
        super(nullable);
        this.argument = argument;
    }

    public DartType argument() {
        return argument;
    }

    @Override
    public boolean isNullable() {
        return nullable || argument.isNullable();
    }

    @Override
    public boolean isTop() {
        return argument.isTop();
    }

    @Override
    public DartType withNullable(boolean value) {
        return value == nullable ? this : new DartFutureOrType(argument, value);
    }

    @Override
    public boolean hasTypeParameters() {
        return argument.hasTypeParameters();
    }

    @Override
    public DartType substitute(DartType[] arguments) {
        return hasTypeParameters() ? new DartFutureOrType(argument.substitute(arguments), nullable) : this;
    }

    @Override
    public String toString() {
        return "FutureOr<" + argument + ">" + suffix();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DartFutureOrType t && t.nullable == nullable && t.argument.equals(argument);
    }

    @Override
    public int hashCode() {
        return argument.hashCode() * 7 + 3;
    }
}
