package org.dartj.nodes.literal;

import org.dartj.nodes.DartExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * The collection a literal's element statements built in a frame slot, when they ran as
 * resumable statements (an async function whose elements await); see {@link DartCollectionBuildNode}.
 */
public final class DartCollectionResultNode extends DartExpressionNode {
    private final int slot;

    public DartCollectionResultNode(int slot) {
        this.slot = slot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return DartCollectionBuildNode.result(frame.getObject(slot));
    }
}
