package org.dartj.nodes.controlflow;

import org.dartj.nodes.DartStatementNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A labelled non-loop statement: {@code break label;} leaves it. */
public final class DartLabeledNode extends DartStatementNode {
    @Child private DartStatementNode body;
    private final int id;

    public DartLabeledNode(DartStatementNode body, int id) {
        this.body = body;
        this.id = id;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (DartBreakException b) {
            if (b.target != id) {
                throw b;
            }
        }
    }
}
