package org.dartj.nodes.call;

import org.dartj.builtins.DartErrors;
import org.dartj.runtime.DartNamedArguments;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.nodes.Node;

/**
 * The calling convention: {@code [captured-or-receiver, positional..., named?]} where the
 * optional last element is a {@link DartNamedArguments}.
 */
public final class DartArguments {
    private DartArguments() {
    }

    public static int positionalCount(Object[] args) {
        int n = args.length - 1;
        if (n > 0 && args[args.length - 1] instanceof DartNamedArguments) {
            n--;
        }
        return n;
    }

    public static DartNamedArguments named(Object[] args) {
        return args.length > 1 && args[args.length - 1] instanceof DartNamedArguments n ? n : null;
    }

    /** Throws Dart's NoSuchMethodError when the call's shape does not fit the callee. */
    public static void checkShape(Object[] args, int minPositional, int maxPositional, String[] named, String name, Node location) {
        int positional = positionalCount(args);
        if (positional < minPositional || positional > maxPositional) {
            CompilerDirectives.transferToInterpreter();
            throw DartErrors.wrongArguments(name, location).markMismatch(args);
        }
        DartNamedArguments given = named(args);
        if (given != null) {
            checkNamed(given, named, name, location, args);
        }
    }

    private static void checkNamed(DartNamedArguments given, String[] named, String name, Node location, Object[] args) {
        outer: for (String n : given.names) {
            for (String allowed : named) {
                if (allowed.equals(n)) {
                    continue outer;
                }
            }
            CompilerDirectives.transferToInterpreter();
            throw DartErrors.wrongArguments(name, location).markMismatch(args);
        }
    }
}
