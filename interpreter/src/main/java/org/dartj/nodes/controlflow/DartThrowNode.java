package org.dartj.nodes.controlflow;

import org.dartj.builtins.DartErrors;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartException;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code throw e}: any non-null object can be thrown. */
public final class DartThrowNode extends DartExpressionNode {
    @Child private DartExpressionNode value;

    public DartThrowNode(DartExpressionNode value) {
        this.value = value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        if (v == DartNull.INSTANCE) {
            throw DartErrors.typeError("Null", "Object", this);
        }
        throw new DartException(v, this);
    }
}
