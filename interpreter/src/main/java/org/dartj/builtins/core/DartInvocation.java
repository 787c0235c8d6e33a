package org.dartj.builtins.core;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.nodes.call.DartArguments;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartMap;
import org.dartj.runtime.DartNamedArguments;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * A Dart {@code Invocation}: what a failed member access asked for, handed to a class's
 * {@code noSuchMethod}.
 */
public final class DartInvocation implements DartObject {
    public enum Kind { METHOD, GETTER, SETTER }

    private final DartClass dartClass;
    final DartSymbol memberName;
    final DartList positionalArguments;
    final DartMap namedArguments;
    final Kind kind;
    /** The type arguments of a generic method invocation (empty: none, or not passed to noSuchMethod). */
    final Object[] typeArguments;

    DartInvocation(DartClass dartClass, DartSymbol memberName, DartList positionalArguments, DartMap namedArguments, Kind kind) {
        this(dartClass, memberName, positionalArguments, namedArguments, kind, new Object[0]);
    }

    DartInvocation(DartClass dartClass, DartSymbol memberName, DartList positionalArguments, DartMap namedArguments, Kind kind, Object[] typeArguments) {
        this.typeArguments = typeArguments;
        this.dartClass = dartClass;
        this.memberName = memberName;
        this.positionalArguments = positionalArguments;
        this.namedArguments = namedArguments;
        this.kind = kind;
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    /**
     * A member {@code name} is missing on {@code self}: calls the class's own
     * {@code noSuchMethod} with the invocation, or throws Dart's NoSuchMethodError.
     * {@code args} is the calling convention's array (receiver first); a setter's is
     * {@code [self, value]}, a getter's {@code [self]}.
     */
    @TruffleBoundary
    public static Object noSuchMethod(Object self, DartClass cls, String name, Kind kind, Object[] args, Node location) {
        DartFunction handler = cls.lookupMethod("noSuchMethod");
        if (handler == null) {
            throw DartErrors.noSuchMethod(self, kind == Kind.SETTER ? name + "=" : name, kind, args, location);
        }
        DartLanguage language = DartLanguage.get(location);
        int count = DartArguments.positionalCount(args);
        Object[] positional = new Object[Math.max(4, count)];
        System.arraycopy(args, 1, positional, 0, count);
        DartMap named = new DartMap(null, null);
        DartNamedArguments n = DartArguments.named(args);
        if (n != null) {
            for (int i = 0; i < n.names.length; i++) {
                named.put(language.symbol(n.names[i]), n.values[i]);
            }
        }
        DartInvocation invocation = new DartInvocation(language.coreClasses().byName("Invocation"), language.symbol(kind == Kind.SETTER ? name + "=" : name),
                        new DartList(positional, count, false, null), named, kind);
        // The failed access is the call site of noSuchMethod in stack traces.
        com.oracle.truffle.api.nodes.EncapsulatingNodeReference site = com.oracle.truffle.api.nodes.EncapsulatingNodeReference.getCurrent();
        Node previous = location != null && location.isAdoptable() ? site.set(location) : null;
        try {
            return handler.callTarget.call(self, invocation);
        } finally {
            if (location != null && location.isAdoptable()) {
                site.set(previous);
            }
        }
    }
}
