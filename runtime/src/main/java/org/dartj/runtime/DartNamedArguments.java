package org.dartj.runtime;

/**
 * Named arguments of one call, passed as the last element of the arguments array
 * ({@code [receiver-or-environment, positional..., named]}). Absent when a call has none,
 * so that positional-only calls pay nothing.
 */
public final class DartNamedArguments {
    public final String[] names;
    public final Object[] values;

    public DartNamedArguments(String[] names, Object[] values) {
        this.names = names;
        this.values = values;
    }

    /** The value passed for {@code name}, or Java {@code null} if none was. */
    public Object get(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return values[i];
            }
        }
        return null;
    }
}
