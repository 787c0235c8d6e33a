package org.dartj.builtins;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartNamedArguments;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.frame.VirtualFrame;

/** Reads a builtin's named argument; null when not passed. */
public final class DartReadBuiltinNamedArgumentNode extends DartExpressionNode {
    private final String name;

    public DartReadBuiltinNamedArgumentNode(String name) {
        this.name = name;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        if (args.length > 0 && args[args.length - 1] instanceof DartNamedArguments named) {
            Object v = named.get(name);
            if (v != null) {
                return v;
            }
        }
        return DartNull.INSTANCE;
    }
}
