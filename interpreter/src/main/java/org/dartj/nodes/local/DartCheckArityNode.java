package org.dartj.nodes.local;

import org.dartj.nodes.DartStatementNode;
import org.dartj.nodes.call.DartArguments;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A function's first statement: the call's arguments must fit its parameters. */
public final class DartCheckArityNode extends DartStatementNode {
    private final int minPositional;
    private final int maxPositional;
    private final String[] named;
    private final String name;

    public DartCheckArityNode(int minPositional, int maxPositional, String[] named, String name) {
        this.minPositional = minPositional;
        this.maxPositional = maxPositional;
        this.named = named;
        this.name = name;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        DartArguments.checkShape(frame.getArguments(), minPositional, maxPositional, named, name, this);
    }
}
