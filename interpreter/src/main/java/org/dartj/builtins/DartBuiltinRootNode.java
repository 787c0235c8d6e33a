package org.dartj.builtins;

import org.dartj.DartLanguage;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.call.DartArguments;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

/** Root of one builtin member: checks the argument shape, then runs the builtin node. */
public final class DartBuiltinRootNode extends RootNode {
    @Child private DartExpressionNode body;
    private final String name;
    private final int minPositional;
    private final int maxPositional;
    private final String[] named;

    public DartBuiltinRootNode(DartLanguage language, DartExpressionNode body, String name, int minPositional, int maxPositional, String[] named) {
        super(language);
        this.body = body;
        this.name = name;
        this.minPositional = minPositional;
        this.maxPositional = maxPositional;
        this.named = named;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        DartArguments.checkShape(frame.getArguments(), minPositional, maxPositional, named, name, this);
        return body.executeGeneric(frame);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
