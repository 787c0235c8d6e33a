package org.dartj.nodes.local;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartEnvironment;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * Evaluates an expression in a new environment for the captured variables it declares (the
 * pattern variables of a switch expression's cases); the expression's counterpart of
 * {@link DartScopeNode}: a new environment at each evaluation.
 */
public final class DartScopeExpressionNode extends DartExpressionNode {
    @Child private DartExpressionNode body;
    private final int envSlot;
    private final int size;
    /** The captured variables' names by slot (for the VM's retaining path of unsendable messages). */
    private final String[] names;

    public DartScopeExpressionNode(DartExpressionNode body, int envSlot, int size, String[] names) {
        this.body = body;
        this.envSlot = envSlot;
        this.size = size;
        this.names = names;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        DartEnvironment outer = (DartEnvironment) frame.getObject(envSlot);
        frame.setObject(envSlot, new DartEnvironment(outer, size, names));
        try {
            return body.executeGeneric(frame);
        } finally {
            frame.setObject(envSlot, outer);
        }
    }
}
