package org.dartj.nodes.local;

import org.dartj.nodes.DartStatementNode;
import org.dartj.runtime.DartEnvironment;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * Runs a statement in a new environment for the captured variables declared in its scope;
 * a new one at each entry, so every loop iteration gets fresh variables.
 */
public final class DartScopeNode extends DartStatementNode {
    @Child private DartStatementNode body;
    private final int envSlot;
    private final int size;
    /** The captured variables' names by slot (for the VM's retaining path of unsendable messages). */
    private final String[] names;

    public DartScopeNode(DartStatementNode body, int envSlot, int size, String[] names) {
        this.body = body;
        this.envSlot = envSlot;
        this.size = size;
        this.names = names;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        DartEnvironment outer = (DartEnvironment) frame.getObject(envSlot);
        frame.setObject(envSlot, new DartEnvironment(outer, size, names));
        try {
            body.executeVoid(frame);
        } finally {
            frame.setObject(envSlot, outer);
        }
    }
}
