package org.dartj.nodes.call;

import org.dartj.builtins.DartErrors;
import org.dartj.builtins.core.DartToString;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartInstance;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartFunction;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code receiver.name = value}: a field store or a setter call; yields the value. */
public final class DartSetPropertyNode extends DartExpressionNode {
    @Child private DartExpressionNode receiver;
    @Child private DartExpressionNode value;
    @Child private DartClassOfNode classOf = DartClassOfNodeGen.create();
    private final String name;
    @CompilerDirectives.CompilationFinal private DartClass cachedClass;
    @CompilerDirectives.CompilationFinal private int cachedField = -1;

    public DartSetPropertyNode(DartExpressionNode receiver, String name, DartExpressionNode value) {
        this.receiver = receiver;
        this.name = name;
        this.value = value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object self = receiver.executeGeneric(frame);
        Object v = value.executeGeneric(frame);
        DartClass cls = classOf.execute(self);
        if (cls == cachedClass && cachedField >= 0) {
            ((DartInstance) self).fields[cachedField] = v;
            return v;
        }
        CompilerDirectives.transferToInterpreterAndInvalidate();
        set(cls, self, v);
        return v;
    }

    @TruffleBoundary
    private void set(DartClass cls, Object self, Object v) {
        Object member = cls.lookupSetterOrField(name);
        if (member instanceof Integer index) {
            if (cachedClass == null) {
                cachedClass = cls;
                cachedField = index;
            }
            ((DartInstance) self).fields[index] = v;
            return;
        }
        if (member instanceof DartFunction setter) {
            setter.callTarget.call(self, v);
            return;
        }
        org.dartj.builtins.core.DartInvocation.noSuchMethod(self, cls, name, org.dartj.builtins.core.DartInvocation.Kind.SETTER, new Object[]{self, v}, this);
    }
}
