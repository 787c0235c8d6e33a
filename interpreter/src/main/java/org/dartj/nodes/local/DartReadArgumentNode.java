package org.dartj.nodes.local;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.call.DartArguments;
import org.dartj.runtime.DartNamedArguments;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.ConditionProfile;

/**
 * Reads a parameter's argument: positional {@code index} (1-based in the arguments array) or
 * the named argument {@code name}; evaluates the default value when it was not passed.
 */
public final class DartReadArgumentNode extends DartExpressionNode {
    private final int index;
    private final String name;
    @Child private DartExpressionNode defaultValue;
    private final ConditionProfile passed = ConditionProfile.create();

    public DartReadArgumentNode(int index, String name, DartExpressionNode defaultValue) {
        this.index = index;
        this.name = name;
        this.defaultValue = defaultValue;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        Object value = null;
        if (name == null) {
            if (index < args.length && !(args[index] instanceof DartNamedArguments)) {
                value = args[index];
            }
        } else {
            DartNamedArguments named = DartArguments.named(args);
            if (named != null) {
                value = named.get(name);
            }
        }
        if (passed.profile(value != null)) {
            return value;
        }
        return defaultValue == null ? org.dartj.runtime.DartNull.INSTANCE : defaultValue.executeGeneric(frame);
    }
}
