package org.dartj.nodes.call;

import org.dartj.builtins.DartErrors;
import org.dartj.builtins.core.DartToString;
import org.dartj.classes.DartClass;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartFunction;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code receiver.name(args)}: looks the method up on the receiver's class, with an inline
 * cache on the class; a getter whose value is a function is called too (fields holding
 * closures). Anything else is Dart's NoSuchMethodError.
 */
public final class DartInvokeMemberNode extends DartExpressionNode {
    @Child private DartExpressionNode receiver;
    @Child private DartArgumentsNode arguments;
    @Child private DartClassOfNode classOf = DartClassOfNodeGen.create();
    /** For an explicit extension application ({@code Ext(receiver).member}): the extension whose member is used. */
    @CompilerDirectives.CompilationFinal private DartClass extension;

    public void setExtension(DartClass extensionClass) {
        this.extension = extensionClass;
    }
    @Child private DartDispatchNode dispatch = DartDispatchNodeGen.create();
    private final String name;
    private final boolean nullAware;
    @CompilerDirectives.CompilationFinal private DartClass cachedClass;
    @CompilerDirectives.CompilationFinal private DartFunction cachedMethod;

    /** Type arguments written at the call ({@code box.pair<int>(1)}), for a generic method; or null. */
    @Child private DartExpressionNode typeArguments;

    public void setTypeArguments(DartExpressionNode node) {
        this.typeArguments = node;
    }

    public DartInvokeMemberNode(DartExpressionNode receiver, String name, DartArgumentsNode arguments, boolean nullAware) {
        this.receiver = receiver;
        this.name = name;
        this.arguments = arguments;
        this.nullAware = nullAware;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object self = receiver.executeGeneric(frame);
        if (nullAware && self == org.dartj.runtime.DartNull.INSTANCE) {
            return self;
        }
        Object[] args = arguments.evaluate(frame, self);
        DartClass cls = extension != null ? extension : classOf.execute(self);
        DartFunction method;
        if (cls == cachedClass) {
            method = cachedMethod;
        } else {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            method = cls.lookupMethod(name);
            if (cachedClass == null && method != null) {
                cachedClass = cls;
                cachedMethod = method;
            }
        }
        if (method != null) {
            if (typeArguments != null && method.callTarget.getRootNode() instanceof org.dartj.nodes.DartRootNode root && root.takesTypeArguments()) {
                org.dartj.DartContext context = org.dartj.DartContext.get(this);
                context.passTypeArguments((org.dartj.types.DartType[]) typeArguments.executeGeneric(frame));
                try {
                    return dispatch.executeDispatch(new DartFunction(name, method.callTarget, self), args);
                } finally {
                    context.passTypeArguments(null);
                }
            }
            // Methods take the receiver as arguments[0]; so does a bound tear-off.
            return dispatch.executeDispatch(new DartFunction(name, method.callTarget, self), args);
        }
        return callGetterValue(self, cls, args);
    }

    @TruffleBoundary
    private Object callGetterValue(Object self, DartClass cls, Object[] args) {
        Object member = cls.lookupGetterOrField(name);
        Object value = null;
        if (member instanceof Integer index) {
            value = ((org.dartj.classes.DartInstance) self).fields[index];
        } else if (member instanceof DartFunction getter) {
            value = getter.callTarget.call(self);
        }
        if (value instanceof DartFunction f) {
            args[0] = f.captured;
            return f.callTarget.call(args);
        }
        return org.dartj.builtins.core.DartInvocation.noSuchMethod(self, cls, name, org.dartj.builtins.core.DartInvocation.Kind.METHOD, args, this);
    }
}
