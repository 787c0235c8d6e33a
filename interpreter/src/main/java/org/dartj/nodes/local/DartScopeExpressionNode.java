package org.dartj.nodes.local;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartEnvironment;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * An expression whose own variables may be captured by closures (a switch expression's pattern
 * variables): each evaluation gets a fresh environment for them, as {@link DartScopeNode} does
 * for a block.
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
