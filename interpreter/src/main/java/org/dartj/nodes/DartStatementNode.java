package org.dartj.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A statement: executed for its effect. */
public abstract class DartStatementNode extends DartNode {
    public abstract void executeVoid(VirtualFrame frame);
}
