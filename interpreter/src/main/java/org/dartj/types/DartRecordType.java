package org.dartj.types;

import java.util.Arrays;

/** A record type: positional field types, then named fields sorted by name. */
public final class DartRecordType extends DartType {
    final DartType[] positional;
    final String[] names;
    final DartType[] named;

    public DartRecordType(DartType[] positional, String[] names, DartType[] named, boolean nullable) {
        super(nullable);
        this.positional = positional;
        this.names = names;
        this.named = named;
    }

    public DartType[] positional() {
        return positional;
    }

    /** The names of the named fields, in the order of {@link #named()}. */
    public String[] names() {
        return names;
    }

    public DartType[] named() {
        return named;
    }

    @Override
    public DartType withNullable(boolean value) {
        return value == nullable ? this : new DartRecordType(positional, names, named, value);
    }

    @Override
    public boolean hasTypeParameters() {
        return anyHasTypeParameters(positional) || anyHasTypeParameters(named);
    }

    @Override
    public DartType substitute(DartType[] arguments) {
        return hasTypeParameters() ? new DartRecordType(substituteAll(positional, arguments), names, substituteAll(named, arguments), nullable) : this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(").append(join(positional));
        if (names.length > 0) {
            sb.append(positional.length > 0 ? ", {" : "{");
            for (int i = 0; i < names.length; i++) {
                sb.append(i > 0 ? ", " : "").append(named[i]).append(' ').append(names[i]);
            }
            sb.append('}');
        }
        return sb.append(')').append(suffix()).toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DartRecordType t && t.nullable == nullable && Arrays.equals(t.positional, positional) && Arrays.equals(t.names, names) &&
                        Arrays.equals(t.named, named);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(positional) * 31 + Arrays.hashCode(named);
    }
}
