package org.dartj.nodes.object;

import org.dartj.DartContext;
import org.dartj.classes.DartInstance;
import org.dartj.nodes.DartExpressionNode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * A constant expression: {@code const C(...)}, {@code const [...]}, {@code const {...}},
 * {@code const (...)}. Equal constants are one object per isolate ({@code identical} is true),
 * keyed by class (or kind and type arguments) and the values inside.
 */
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
        if (value instanceof DartInstance instance) {
            return context.canonicalConstant(instance);
        }
        return context.canonicalConstant(value);
    }
}
