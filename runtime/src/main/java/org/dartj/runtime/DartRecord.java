package org.dartj.runtime;

import java.util.Arrays;

/**
 * A Dart record: positional fields, then named fields sorted by name (the record's shape).
 * Immutable; equality and hashCode are by shape and field values ({@link #fieldEquality}
 * supplies Dart {@code ==} for the values).
 */
public final class DartRecord {
    /** Dart equality of two field values (set by the interpreter). */
    public interface FieldEquality {
        boolean equal(Object a, Object b);
    }

    private final Object[] positional;
    private final String[] names;
    private final Object[] named;
    private final FieldEquality fieldEquality;

    public DartRecord(Object[] positional, String[] names, Object[] named, FieldEquality fieldEquality) {
        this.positional = positional;
        this.names = names;
        this.named = named;
        this.fieldEquality = fieldEquality;
    }

    public int positionalCount() {
        return positional.length;
    }

    public Object positional(int i) {
        return positional[i];
    }

    public String[] names() {
        return names;
    }

    public Object named(int i) {
        return named[i];
    }

    /** The value of field {@code $1}, {@code $2}, ... or a named field; Java null if none. */
    public Object field(String name) {
        if (name.startsWith("$")) {
            try {
                int index = Integer.parseInt(name.substring(1)) - 1;
                if (index >= 0 && index < positional.length) {
                    return positional[index];
                }
            } catch (NumberFormatException e) {
                // not a positional getter
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return named[i];
            }
        }
        return null;
    }

    /** A record of the same shape with other values (the message copier's copy). */
    public DartRecord withValues(Object[] newPositional, Object[] newNamed) {
        return new DartRecord(newPositional, names, newNamed, fieldEquality);
    }

    public boolean sameShape(DartRecord other) {
        return other.positional.length == positional.length && Arrays.equals(other.names, names);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DartRecord other) || !sameShape(other)) {
            return false;
        }
        for (int i = 0; i < positional.length; i++) {
            if (!fieldEquality.equal(positional[i], other.positional[i])) {
                return false;
            }
        }
        for (int i = 0; i < named.length; i++) {
            if (!fieldEquality.equal(named[i], other.named[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = Arrays.hashCode(names) * 31 + positional.length;
        for (Object v : positional) {
            h = h * 31 + (v == null ? 0 : v.hashCode());
        }
        for (Object v : named) {
            h = h * 31 + (v == null ? 0 : v.hashCode());
        }
        return h;
    }
}
