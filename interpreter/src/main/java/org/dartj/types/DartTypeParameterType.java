package org.dartj.types;

/**
 * A class's type parameter {@code T} as written inside the class; replaced at run time by
 * the instance's type argument number {@code index} ({@link DartType#substitute}).
 */
public final class DartTypeParameterType extends DartType {
    private final String name;
    private final int index;

    public DartTypeParameterType(String name, int index, boolean nullable) {
        super(nullable);
        this.name = name;
        this.index = index;
    }

    public int index() {
        return index;
    }

    @Override
    public DartType withNullable(boolean value) {
        return value == nullable ? this : new DartTypeParameterType(name, index, value);
    }

    @Override
    public boolean hasTypeParameters() {
        return true;
    }

    @Override
    public DartType substitute(DartType[] arguments) {
        DartType actual = arguments == null || index >= arguments.length ? DartSpecialType.DYNAMIC : arguments[index];
        return nullable ? actual.withNullable(true) : actual;
    }

    @Override
    public String toString() {
        return name + suffix();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DartTypeParameterType t && t.index == index && t.nullable == nullable && t.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode() + index;
    }
}
