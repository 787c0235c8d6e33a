package org.dartj.nodes.async;

import org.dartj.nodes.DartStatementNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A block in an async body that contains an await: remembers which statement suspended. */
public final class DartResumableBlockNode extends DartStatementNode {
    @Children private final DartStatementNode[] statements;
    private final int stateSlot;

    public DartResumableBlockNode(DartStatementNode[] statements, int stateSlot) {
        this.statements = statements;
        this.stateSlot = stateSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object state = frame.getValue(stateSlot);
        int start = 0;
        if (state instanceof Integer resumeAt) {
            start = resumeAt;
            frame.setObject(stateSlot, null);
        }
        for (int i = start; i < statements.length; i++) {
            try {
                statements[i].executeVoid(frame);
            } catch (DartYieldException y) {
                frame.setObject(stateSlot, i);
                throw y;
            }
        }
    }
}
