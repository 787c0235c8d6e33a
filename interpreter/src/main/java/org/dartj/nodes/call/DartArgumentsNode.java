package org.dartj.nodes.call;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartNamedArguments;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/** Evaluates a call's arguments, left to right, into {@code [slot0, positional..., named?]}. */
public final class DartArgumentsNode extends Node {
    @Children private final DartExpressionNode[] positional;
    @Children private final DartExpressionNode[] named;
    private final String[] names;

    public DartArgumentsNode(DartExpressionNode[] positional, DartExpressionNode[] named, String[] names) {
        this.positional = positional;
        this.named = named;
        this.names = names;
    }

    /** The translated argument expressions (the translator inspects literals among them). */
    public DartExpressionNode[] positionalNodes() {
        return positional;
    }

    public DartExpressionNode[] namedNodes() {
        return named;
    }

    public String[] names() {
        return names;
    }

    @ExplodeLoop
    public Object[] evaluate(VirtualFrame frame, Object slot0) {
        Object[] args = new Object[1 + positional.length + (named.length > 0 ? 1 : 0)];
        args[0] = slot0;
        for (int i = 0; i < positional.length; i++) {
            args[i + 1] = positional[i].executeGeneric(frame);
        }
        if (named.length > 0) {
            Object[] values = new Object[named.length];
            for (int i = 0; i < named.length; i++) {
                values[i] = named[i].executeGeneric(frame);
            }
            args[args.length - 1] = new DartNamedArguments(names, values);
        }
        return args;
    }
}
