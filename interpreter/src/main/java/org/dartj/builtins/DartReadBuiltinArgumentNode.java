package org.dartj.builtins;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.call.DartArguments;

import com.oracle.truffle.api.frame.VirtualFrame;

/** Reads a builtin's positional argument (index 0 is the receiver); null when not passed. */
public final class DartReadBuiltinArgumentNode extends DartExpressionNode {
    private final int index;

    public DartReadBuiltinArgumentNode(int index) {
        this.index = index;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        if (index == 0) {
            return args[0];
        }
        return index <= DartArguments.positionalCount(args) ? args[index] : org.dartj.runtime.DartNull.INSTANCE;
    }
}
