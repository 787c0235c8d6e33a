package org.dartj.nodes.literal;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartFunction;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;

/** A function expression or local function: its code plus the current environment. */
public final class DartClosureNode extends DartExpressionNode {
    private final String name;
    private final RootCallTarget callTarget;
    private final int envSlot;

    public DartClosureNode(String name, RootCallTarget callTarget, int envSlot) {
        this.name = name;
        this.callTarget = callTarget;
        this.envSlot = envSlot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return new DartFunction(name, callTarget, frame.getObject(envSlot));
    }
}
