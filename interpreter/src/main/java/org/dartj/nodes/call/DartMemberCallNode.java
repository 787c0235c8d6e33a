package org.dartj.nodes.call;

import org.dartj.DartContext;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartInstance;
import org.dartj.nodes.DartRootNode;
import org.dartj.runtime.DartFunction;
import org.dartj.types.DartType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

/**
 * Calls the member {@code name} of a receiver of a given class: a polymorphic inline cache on
 * the class. Per cached class, a method is a direct call (inlined by the compiler); a field or
 * getter holding a function is read and its value called. Beyond {@link #LIMIT} classes every
 * call looks the member up.
 */
@GenerateInline(false)
public abstract class DartMemberCallNode extends Node {
    static final int LIMIT = 4;

    protected final String name;

    protected DartMemberCallNode(String name) {
        this.name = name;
    }

    public static DartMemberCallNode create(String name) {
        return DartMemberCallNodeGen.create(name);
    }

    /**
     * @param args the call's arguments; {@code args[0]} is set to the receiver
     * @param typeArguments type arguments written at the call, or null
     */
    public abstract Object execute(DartClass cls, Object self, Object[] args, DartType[] typeArguments);

    @Specialization(guards = {"cls == cachedClass", "method != null"}, limit = "LIMIT")
    protected Object doMethod(DartClass cls, Object self, Object[] args, DartType[] typeArguments,
                    @Cached("cls") DartClass cachedClass,
                    @Cached("lookupMethod(cls)") DartFunction method,
                    @Cached("takesTypeArguments(method)") boolean takesTypeArguments,
                    @Cached("create(method.callTarget)") DirectCallNode call) {
        args[0] = self;
        if (takesTypeArguments && typeArguments != null) {
            return callWithTypeArguments(call, args, typeArguments, this);
        }
        return call.call(args);
    }

    @Specialization(guards = {"cls == cachedClass", "method == null"}, limit = "LIMIT")
    protected Object doFunctionValue(DartClass cls, Object self, Object[] args, DartType[] typeArguments,
                    @Cached("cls") DartClass cachedClass,
                    @Cached("lookupMethod(cls)") DartFunction method,
                    @Cached("create(name)") DartMemberReadNode read,
                    @Cached DartDispatchNode dispatch) {
        Object value = read.executeValue(cls, self);
        if (value instanceof DartFunction function) {
            return dispatch.executeDispatch(function, args);
        }
        // Neither a method nor a function-valued field or getter (or one whose value is not a function).
        return noSuchMethod(self, cls, args);
    }

    @Specialization(replaces = {"doMethod", "doFunctionValue"})
    protected Object doLookup(DartClass cls, Object self, Object[] args, DartType[] typeArguments,
                    @Cached IndirectCallNode call) {
        DartFunction method = lookupMethod(cls);
        if (method != null) {
            args[0] = self;
            if (typeArguments != null && takesTypeArguments(method)) {
                DartContext context = DartContext.get(this);
                context.passTypeArguments(typeArguments);
                try {
                    return call.call(method.callTarget, args);
                } finally {
                    context.passTypeArguments(null);
                }
            }
            return call.call(method.callTarget, args);
        }
        return callFunctionValue(cls, self, args);
    }

    private static Object callWithTypeArguments(DirectCallNode call, Object[] args, DartType[] typeArguments, Node location) {
        DartContext context = DartContext.get(location);
        context.passTypeArguments(typeArguments);
        try {
            return call.call(args);
        } finally {
            // Normally taken by the callee's prologue; never left for another call.
            context.passTypeArguments(null);
        }
    }

    protected final DartFunction lookupMethod(DartClass cls) {
        return cls.lookupMethod(name);
    }

    protected static boolean takesTypeArguments(DartFunction method) {
        return method.callTarget.getRootNode() instanceof DartRootNode root && root.takesTypeArguments();
    }

    @TruffleBoundary
    private Object callFunctionValue(DartClass cls, Object self, Object[] args) {
        Object member = cls.lookupGetterOrField(name);
        Object value = null;
        if (member instanceof Integer index) {
            value = ((DartInstance) self).getField(index);
        } else if (member instanceof DartFunction getter) {
            value = getter.callTarget.call(self);
        }
        if (value instanceof DartFunction f) {
            args[0] = f.captured;
            return f.callTarget.call(args);
        }
        return noSuchMethod(self, cls, args);
    }

    @TruffleBoundary
    private Object noSuchMethod(Object self, DartClass cls, Object[] args) {
        args[0] = self;
        return org.dartj.builtins.core.DartInvocation.noSuchMethod(self, cls, name, org.dartj.builtins.core.DartInvocation.Kind.METHOD, args, this);
    }
}
