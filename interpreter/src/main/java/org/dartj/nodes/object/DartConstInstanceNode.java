package org.dartj.nodes.object;

import org.dartj.DartContext;
import org.dartj.classes.DartInstance;
import org.dartj.nodes.DartExpressionNode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code const C(...)}: one canonical instance per class and field values (per isolate). */
public final class DartConstInstanceNode extends DartExpressionNode {
    @Child private DartExpressionNode create;

    public DartConstInstanceNode(DartExpressionNode create) {
        this.create = create;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object value = create.executeGeneric(frame);
        return canonicalize(DartContext.get(this), value);
    }

    @TruffleBoundary
    private static Object canonicalize(DartContext context, Object value) {
        if (!(value instanceof DartInstance instance)) {
            return value;
        }
        return context.canonicalConstant(instance);
    }
}
