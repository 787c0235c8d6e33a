package org.dartj.nodes.call;

import org.dartj.classes.DartClass;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.types.DartType;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code receiver.name(args)}: looks the method up on the receiver's class, with a
 * polymorphic inline cache on the class ({@link DartMemberCallNode}); a getter whose value is
 * a function is called too (fields holding closures). Anything else is Dart's NoSuchMethodError.
 */
public final class DartInvokeMemberNode extends DartExpressionNode {
    @Child private DartExpressionNode receiver;
    @Child private DartArgumentsNode arguments;
    @Child private DartClassOfNode classOf = DartClassOfNodeGen.create();
    @Child private DartMemberCallNode call;
    /** For an explicit extension application ({@code Ext(receiver).member}): the extension whose member is used. */
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal private DartClass extension;

    public void setExtension(DartClass extensionClass) {
        this.extension = extensionClass;
    }
    private final boolean nullAware;
    private final String name;

    /** Type arguments written at the call ({@code box.pair<int>(1)}), for a generic method; or null. */
    @Child private DartExpressionNode typeArguments;

    public void setTypeArguments(DartExpressionNode node) {
        this.typeArguments = node;
    }

    /** {@code f.call(args)}: on a function value, the call of that function. */
    private final boolean isCall;
    @Child private DartDispatchNode functionCall;

    public DartInvokeMemberNode(DartExpressionNode receiver, String name, DartArgumentsNode arguments, boolean nullAware) {
        this.receiver = receiver;
        this.name = name;
        this.arguments = arguments;
        this.nullAware = nullAware;
        this.call = DartMemberCallNode.create(name);
        this.isCall = name.equals("call");
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object self = receiver.executeGeneric(frame);
        if (nullAware && self == org.dartj.runtime.DartNull.INSTANCE) {
            return self;
        }
        Object[] args = arguments.evaluate(frame, self);
        if (isCall && extension == null && self instanceof org.dartj.runtime.DartFunction function) {
            if (functionCall == null) {
                com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
                functionCall = insert(DartDispatchNodeGen.create());
            }
            return functionCall.executeDispatch(function, args);
        }
        DartType[] types = typeArguments == null ? null : (DartType[]) typeArguments.executeGeneric(frame);
        try {
            return call.execute(extension != null ? extension : classOf.execute(self), self, args, types);
        } catch (org.dartj.runtime.DartException e) {
            if (e.isMismatchOf(args)) {
                // The method was found but its parameters do not fit these arguments.
                com.oracle.truffle.api.CompilerDirectives.transferToInterpreter();
                throw org.dartj.builtins.DartErrors.methodArgumentsMismatch(self, name, args, e, this);
            }
            throw e;
        }
    }
}
