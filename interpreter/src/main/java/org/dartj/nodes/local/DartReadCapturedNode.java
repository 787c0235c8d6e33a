package org.dartj.nodes.local;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartEnvironment;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** Reads a captured variable: {@code depth} environments up from the current one. */
public final class DartReadCapturedNode extends DartExpressionNode {
    private final int envSlot;
    private final int depth;
    private final int index;

    public DartReadCapturedNode(int envSlot, int depth, int index) {
        this.envSlot = envSlot;
        this.depth = depth;
        this.index = index;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return environment(frame, envSlot, depth).slots[index];
    }

    @ExplodeLoop
    static DartEnvironment environment(VirtualFrame frame, int envSlot, int depth) {
        DartEnvironment env = (DartEnvironment) frame.getObject(envSlot);
        for (int i = 0; i < depth; i++) {
            env = env.parent;
        }
        return env;
    }
}
