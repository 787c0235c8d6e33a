package org.dartj.nodes.call;

import org.dartj.classes.DartClass;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;

/**
 * {@code receiver.name}: a field of an instance, a getter call (a polymorphic inline cache on
 * the receiver's class, {@link DartMemberReadNode}), or else a method tear-off bound to the
 * receiver.
 */
public final class DartGetPropertyNode extends DartExpressionNode {
    @Child private DartExpressionNode receiver;
    @Child private DartClassOfNode classOf = DartClassOfNodeGen.create();
    @Child private DartMemberReadNode read;
    /** For an explicit extension application ({@code Ext(receiver).member}): the extension whose member is used. */
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal private DartClass extension;

    public void setExtension(DartClass extensionClass) {
        this.extension = extensionClass;
    }
    private final String name;
    private final boolean nullAware;
    private final BranchProfile notFieldOrGetter = BranchProfile.create();

    public DartGetPropertyNode(DartExpressionNode receiver, String name, boolean nullAware) {
        this.receiver = receiver;
        this.name = name;
        this.nullAware = nullAware;
        this.read = DartMemberReadNode.create(name);
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
        Object value = read.executeValue(cls, self);
        if (value != DartMemberReadNode.ABSENT) {
            return value;
        }
        notFieldOrGetter.enter();
        return tearOffOrNoSuchMethod(self, cls);
    }

    @TruffleBoundary
    private Object tearOffOrNoSuchMethod(Object self, DartClass cls) {
        DartFunction method = cls.lookupMethod(name);
        if (method != null) {
            return new DartFunction(name, method.callTarget, self);
        }
        return org.dartj.builtins.core.DartInvocation.noSuchMethod(self, cls, name, org.dartj.builtins.core.DartInvocation.Kind.GETTER, new Object[]{self}, this);
    }
}
