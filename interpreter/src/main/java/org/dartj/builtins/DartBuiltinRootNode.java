package org.dartj.builtins;

import org.dartj.DartLanguage;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.DartRootNode;
import org.dartj.nodes.call.DartArguments;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.UnsupportedSpecializationException;
import com.oracle.truffle.api.frame.VirtualFrame;

/** Root of one builtin member: checks the argument shape, then runs the builtin node. */
public final class DartBuiltinRootNode extends DartRootNode {
    @Child private DartExpressionNode body;
    private final String name;
    private final int minPositional;
    private final int maxPositional;
    private final String[] named;

    public DartBuiltinRootNode(DartLanguage language, DartExpressionNode body, String name, int minPositional, int maxPositional, String[] named) {
        super(language, null, name, null);
        this.body = body;
        this.name = name;
        this.minPositional = minPositional;
        this.maxPositional = maxPositional;
        this.named = named;
    }

    /** A builtin is always a member or function of a library, so its values are tear-offs. */
    @Override
    protected boolean comparesAsTearOff() {
        return true;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        DartArguments.checkShape(frame.getArguments(), minPositional, maxPositional, named, name, this);
        try {
            return body.executeGeneric(frame);
        } catch (UnsupportedSpecializationException e) {
            if (receiverCorePart(frame.getArguments())) {
                try {
                    return body.executeGeneric(frame);
                } catch (UnsupportedSpecializationException again) {
                    // Reported with the arguments as given.
                }
            }
            if (tearOffCallableArguments(frame.getArguments())) {
                try {
                    return body.executeGeneric(frame);
                } catch (UnsupportedSpecializationException again) {
                    // Reported with the arguments as given.
                }
            }
            throw argumentTypeError(e);
        }
    }

    /**
     * An instance of a Dart class extending a core class, as the receiver of one of the core
     * class's members ({@code message} of a StateError subclass): replaced by its core part
     * (see {@code DartInstance.corePart}); whether it was.
     */
    @TruffleBoundary
    private static boolean receiverCorePart(Object[] args) {
        if (args.length > 0 && args[0] instanceof org.dartj.classes.DartInstance instance) {
            Object core = instance.corePart();
            if (core != null) {
                args[0] = core;
                return true;
            }
        }
        return false;
    }

    /**
     * Replaces each argument that is an object with a {@code call} method by that method's
     * tear-off (Dart's implicit call tear-off where a function is expected, e.g.
     * {@code list.map(callableObject)}); whether any was replaced.
     */
    @TruffleBoundary
    private static boolean tearOffCallableArguments(Object[] args) {
        boolean any = false;
        int positional = DartArguments.positionalCount(args);
        for (int i = 1; i <= positional; i++) {
            Object torn = callTearOff(args[i]);
            if (torn != null) {
                args[i] = torn;
                any = true;
            }
        }
        org.dartj.runtime.DartNamedArguments named = DartArguments.named(args);
        if (named != null) {
            for (int i = 0; i < named.values.length; i++) {
                Object torn = callTearOff(named.values[i]);
                if (torn != null) {
                    named.values[i] = torn;
                    any = true;
                }
            }
        }
        return any;
    }

    private static Object callTearOff(Object value) {
        if (value instanceof org.dartj.classes.DartInstance instance) {
            org.dartj.runtime.DartFunction call = instance.dartClass().lookupMethod("call");
            if (call != null) {
                return new org.dartj.runtime.DartFunction("call", call.callTarget, instance);
            }
        }
        return null;
    }

    /** A builtin called with an argument of a type it does not take: Dart's TypeError. */
    @TruffleBoundary
    private RuntimeException argumentTypeError(UnsupportedSpecializationException e) {
        var classes = DartLanguage.get(this).coreClasses();
        Object[] values = e.getSuppliedValues();
        StringBuilder types = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                types.append(", ");
            }
            types.append(values[i] == null ? "Null" : classes.classOf(values[i]).getName());
        }
        return DartErrors.error(classes.typeErrorImplClass, org.dartj.runtime.DartNull.INSTANCE,
                        "type error: '" + name + "' does not take arguments of types (" + types + ")", this);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isCloningAllowed() {
        return false;
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
