package org.dartj.types;

import java.util.Arrays;

/**
 * A function type: return type, required and optional positional parameter types, named
 * parameters (sorted by name; each required or not). Printed as the VM prints it:
 * {@code (int, [String]) => bool}, {@code ({required int x}) => void}.
 */
public final class DartFunctionType extends DartType {
    final DartType returnType;
    final DartType[] required;
    final DartType[] optional;
    final String[] names;
    final DartType[] named;
    final boolean[] namedRequired;

    public DartFunctionType(DartType returnType, DartType[] required, DartType[] optional, String[] names, DartType[] named, boolean[] namedRequired, boolean nullable) {
        super(nullable);
        this.returnType = returnType;
        this.required = required;
        this.optional = optional;
        this.names = names;
        this.named = named;
        this.namedRequired = namedRequired;
    }

    public DartType returnType() {
        return returnType;
    }

    /** The required positional parameters' types. */
    public DartType[] requiredParameters() {
        return required.clone();
    }

    /** The type of the parameter an argument binds to (positional by index, or named); null when there is none. */
    public DartType parameterType(int position, String name) {
        if (name != null) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return named[i];
                }
            }
            return null;
        }
        if (position < required.length) {
            return required[position];
        }
        return position - required.length < optional.length ? optional[position - required.length] : null;
    }

    /** The optional positional parameters' types. */
    public DartType[] optionalParameters() {
        return optional.clone();
    }

    /** The named parameters' types, in the order of {@link #parameterNames()}. */
    public DartType[] namedParameters() {
        return named.clone();
    }

    /** The named parameters' names, sorted. */
    public String[] parameterNames() {
        return names.clone();
    }

    @Override
    public DartType withNullable(boolean value) {
        return value == nullable ? this : new DartFunctionType(returnType, required, optional, names, named, namedRequired, value);
    }

    @Override
    public boolean hasTypeParameters() {
        return returnType.hasTypeParameters() || anyHasTypeParameters(required) || anyHasTypeParameters(optional) || anyHasTypeParameters(named);
    }

    @Override
    public DartType substitute(DartType[] arguments) {
        if (!hasTypeParameters()) {
            return this;
        }
        return new DartFunctionType(returnType.substitute(arguments), substituteAll(required, arguments), substituteAll(optional, arguments), names,
                        substituteAll(named, arguments), namedRequired, nullable);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(nullable ? "(" : "").append('(').append(join(required));
        if (optional.length > 0) {
            sb.append(required.length > 0 ? ", [" : "[").append(join(optional)).append(']');
        }
        if (names.length > 0) {
            sb.append(required.length > 0 ? ", {" : "{");
            for (int i = 0; i < names.length; i++) {
                sb.append(i > 0 ? ", " : "").append(namedRequired[i] ? "required " : "").append(named[i]).append(' ').append(names[i]);
            }
            sb.append('}');
        }
        sb.append(") => ").append(returnType);
        return nullable ? sb.append(")?").toString() : sb.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DartFunctionType t && t.nullable == nullable && t.returnType.equals(returnType) && Arrays.equals(t.required, required) &&
                        Arrays.equals(t.optional, optional) && Arrays.equals(t.names, names) && Arrays.equals(t.named, named) && Arrays.equals(t.namedRequired, namedRequired);
    }

    @Override
    public int hashCode() {
        return returnType.hashCode() * 31 + Arrays.hashCode(required) + Arrays.hashCode(named);
    }
}
