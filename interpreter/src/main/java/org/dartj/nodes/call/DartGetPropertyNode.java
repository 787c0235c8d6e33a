package org.dartj.nodes.call;

import org.dartj.builtins.DartErrors;
import org.dartj.builtins.core.DartToString;
import org.dartj.classes.DartClass;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;

/** {@code receiver.name}: a getter call, or a method tear-off bound to the receiver. */
public final class DartGetPropertyNode extends DartExpressionNode {
    @Child private DartExpressionNode receiver;
    @Child private DartClassOfNode classOf = DartClassOfNodeGen.create();
    @Child private DirectCallNode getterCall;
    private final String name;
    private final boolean nullAware;
    @CompilerDirectives.CompilationFinal private DartClass cachedClass;

    public DartGetPropertyNode(DartExpressionNode receiver, String name, boolean nullAware) {
        this.receiver = receiver;
        this.name = name;
        this.nullAware = nullAware;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object self = receiver.executeGeneric(frame);
        if (nullAware && self == DartNull.INSTANCE) {
            return self;
        }
        DartClass cls = classOf.execute(self);
        if (cls == cachedClass) {
            return getterCall.call(self);
        }
        CompilerDirectives.transferToInterpreterAndInvalidate();
        DartFunction getter = cls.lookupGetter(name);
        if (getter != null) {
            if (cachedClass == null) {
                cachedClass = cls;
                getterCall = insert(Truffle.getRuntime().createDirectCallNode(getter.callTarget));
            }
            return getter.callTarget.call(self);
        }
        DartFunction method = cls.lookupMethod(name);
        if (method != null) {
            return new DartFunction(name, method.callTarget, self);
        }
        throw DartErrors.noSuchMethod(self, DartToString.toDisplayString(self), name, true, this);
    }
}
