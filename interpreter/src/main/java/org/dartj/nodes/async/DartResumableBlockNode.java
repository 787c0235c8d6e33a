package org.dartj.nodes.async;

import org.dartj.nodes.DartStatementNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/**
 * A block in an async body that contains an await: remembers which statement suspended. The
 * loop over the statements is exploded (a resumed run skips the ones before the saved index),
 * so compiled code inlines every statement instead of calling the interpreter per statement.
 */
public final class DartResumableBlockNode extends DartStatementNode {
    @Children private final DartStatementNode[] statements;
    private final int stateSlot;

    public DartResumableBlockNode(DartStatementNode[] statements, int stateSlot) {
        this.statements = statements;
        this.stateSlot = stateSlot;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        Object state = frame.getValue(stateSlot);
        int start = 0;
        if (state instanceof Integer resumeAt) {
            start = resumeAt;
            frame.setObject(stateSlot, null);
        }
        for (int i = 0; i < statements.length; i++) {
            if (i < start) {
                continue;
            }
            try {
                statements[i].executeVoid(frame);
            } catch (DartYieldException y) {
                frame.setObject(stateSlot, i);
                throw y;
            }
        }
    }
}
