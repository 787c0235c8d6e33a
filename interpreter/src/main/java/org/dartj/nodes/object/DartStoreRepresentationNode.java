package org.dartj.nodes.object;

import org.dartj.nodes.DartExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** Stores an extension type constructor's representation value in the caller's box (see {@link DartExtensionTypeConstructorRootNode}). */
public final class DartStoreRepresentationNode extends DartExpressionNode {
    @Child private DartExpressionNode box;
    @Child private DartExpressionNode value;

    public DartStoreRepresentationNode(DartExpressionNode box, DartExpressionNode value) {
        this.box = box;
        this.value = value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        ((Object[]) box.executeGeneric(frame))[0] = v;
        return v;
    }
}
