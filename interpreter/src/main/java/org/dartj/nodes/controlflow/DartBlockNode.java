package org.dartj.nodes.controlflow;

import org.dartj.nodes.DartStatementNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** A sequence of statements. */
public final class DartBlockNode extends DartStatementNode {
    @Children private final DartStatementNode[] statements;

    public DartBlockNode(DartStatementNode[] statements) {
        this.statements = statements;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (DartStatementNode s : statements) {
            s.executeVoid(frame);
        }
    }
}
