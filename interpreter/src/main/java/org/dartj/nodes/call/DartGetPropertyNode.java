package org.dartj.nodes.call;

import org.dartj.builtins.DartErrors;
import org.dartj.builtins.core.DartToString;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartInstance;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;

/**
 * {@code receiver.name}: a field of an instance, a getter call, or a method tear-off bound
 * to the receiver. Monomorphic cache on the receiver's class (field index or getter).
 */
public final class DartGetPropertyNode extends DartExpressionNode {
    @Child private DartExpressionNode receiver;
    @Child private DartClassOfNode classOf = DartClassOfNodeGen.create();
    /** For an explicit extension application ({@code Ext(receiver).member}): the extension whose member is used. */
    @CompilerDirectives.CompilationFinal private DartClass extension;

    public void setExtension(DartClass extensionClass) {
        this.extension = extensionClass;
    }
    @Child private DirectCallNode getterCall;
    private final String name;
    private final boolean nullAware;
    @CompilerDirectives.CompilationFinal private DartClass cachedClass;
    @CompilerDirectives.CompilationFinal private int cachedField = -1;

    public DartGetPropertyNode(DartExpressionNode receiver, String name, boolean nullAware) {
        this.receiver = receiver;
        this.name = name;
        this.nullAware = nullAware;
    }

    public String getName() {
        return name;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object self = receiver.executeGeneric(frame);
        if (nullAware && self == DartNull.INSTANCE) {
            return self;
        }
        if (self instanceof org.dartj.runtime.DartRecord) {
            return DartPropertyReader.read(self, name, this);
        }
        DartClass cls = extension != null ? extension : classOf.execute(self);
        if (cls == cachedClass) {
            if (cachedField >= 0) {
                return ((DartInstance) self).fields[cachedField];
            }
            return getterCall.call(self);
        }
        CompilerDirectives.transferToInterpreterAndInvalidate();
        return lookupAndCache(self, cls);
    }

    private Object lookupAndCache(Object self, DartClass cls) {
        Object member = cls.lookupGetterOrField(name);
        boolean cache = cachedClass == null;
        if (member instanceof Integer index) {
            if (cache) {
                cachedClass = cls;
                cachedField = index;
            }
            return ((DartInstance) self).fields[index];
        }
        if (member instanceof DartFunction getter) {
            if (cache) {
                cachedClass = cls;
                getterCall = insert(Truffle.getRuntime().createDirectCallNode(getter.callTarget));
            }
            return getter.callTarget.call(self);
        }
        DartFunction method = cls.lookupMethod(name);
        if (method != null) {
            return new DartFunction(name, method.callTarget, self);
        }
        return org.dartj.builtins.core.DartInvocation.noSuchMethod(self, cls, name, org.dartj.builtins.core.DartInvocation.Kind.GETTER, new Object[]{self}, this);
    }
}
