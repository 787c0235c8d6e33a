package org.dartj.nodes.call;

import org.dartj.builtins.DartErrors;
import org.dartj.builtins.core.DartToString;
import org.dartj.classes.DartClass;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartFunction;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code receiver.name = value}: calls the setter; the expression's value is the assigned value. */
public final class DartSetPropertyNode extends DartExpressionNode {
    @Child private DartExpressionNode receiver;
    @Child private DartExpressionNode value;
    @Child private DartClassOfNode classOf = DartClassOfNodeGen.create();
    private final String name;

    public DartSetPropertyNode(DartExpressionNode receiver, String name, DartExpressionNode value) {
        this.receiver = receiver;
        this.name = name;
        this.value = value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object self = receiver.executeGeneric(frame);
        Object v = value.executeGeneric(frame);
        set(classOf.execute(self), self, v);
        return v;
    }

    @TruffleBoundary
    private void set(DartClass cls, Object self, Object v) {
        DartFunction setter = cls.lookupSetter(name);
        if (setter == null) {
            throw DartErrors.noSuchMethod(self, DartToString.toDisplayString(self), name + "=", true, this);
        }
        setter.callTarget.call(self, v);
    }
}
