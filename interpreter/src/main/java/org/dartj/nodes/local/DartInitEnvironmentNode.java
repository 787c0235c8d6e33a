package org.dartj.nodes.local;

import org.dartj.nodes.DartStatementNode;
import org.dartj.runtime.DartEnvironment;

import com.oracle.truffle.api.frame.VirtualFrame;

/** Function prologue: the current environment starts as the closure's captured one. */
public final class DartInitEnvironmentNode extends DartStatementNode {
    private final int envSlot;

    public DartInitEnvironmentNode(int envSlot) {
        this.envSlot = envSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object captured = frame.getArguments()[0];
        frame.setObject(envSlot, captured instanceof DartEnvironment ? captured : null);
    }
}
