package org.dartj.nodes.async;

import org.dartj.nodes.DartStatementNode;
import org.dartj.runtime.DartEnvironment;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A scope with captured variables in an async body: a suspension keeps its environment. */
public final class DartResumableScopeNode extends DartStatementNode {
    @Child private DartStatementNode body;
    private final int envSlot;
    private final int size;
    /** The captured variables' names by slot (for the VM's retaining path of unsendable messages). */
    private final String[] names;
    private final int stateSlot;

    public DartResumableScopeNode(DartStatementNode body, int envSlot, int size, String[] names, int stateSlot) {
        this.body = body;
        this.envSlot = envSlot;
        this.size = size;
        this.names = names;
        this.stateSlot = stateSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object saved = frame.getValue(stateSlot);
        DartEnvironment outer;
        if (saved instanceof DartEnvironment resumedOuter) {
            frame.setObject(stateSlot, null);
            outer = resumedOuter == NO_OUTER ? null : resumedOuter;
        } else {
            outer = (DartEnvironment) frame.getObject(envSlot);
            frame.setObject(envSlot, new DartEnvironment(outer, size, names));
        }
        boolean suspended = false;
        try {
            body.executeVoid(frame);
        } catch (DartYieldException y) {
            suspended = true;
            frame.setObject(stateSlot, outer == null ? NO_OUTER : outer);
            throw y;
        } finally {
            if (!suspended) {
                frame.setObject(envSlot, outer);
            }
        }
    }

    private static final DartEnvironment NO_OUTER = new DartEnvironment(null, 0);
}
