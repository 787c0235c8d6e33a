package org.dartj.nodes.local;

import org.dartj.DartContext;
import org.dartj.nodes.DartStatementNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * First statement of a generic function: stores the type arguments its caller passed (or
 * null: each is its bound) in the function's type-arguments slot.
 */
public final class DartTakeTypeArgumentsNode extends DartStatementNode {
    private final int slot;

    public DartTakeTypeArgumentsNode(int slot) {
        this.slot = slot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        frame.setObject(slot, DartContext.get(this).takeTypeArguments());
    }
}
