package org.dartj.nodes.call;

import org.dartj.nodes.DartExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code receiver.name = value}: a field store or a setter call (a polymorphic inline cache on
 * the receiver's class, {@link DartMemberWriteNode}); yields the value.
 */
public final class DartSetPropertyNode extends DartExpressionNode {
    @Child private DartExpressionNode receiver;
    @Child private DartExpressionNode value;
    @Child private DartClassOfNode classOf = DartClassOfNodeGen.create();
    @Child private DartMemberWriteNode write;

    public DartSetPropertyNode(DartExpressionNode receiver, String name, DartExpressionNode value) {
        this.receiver = receiver;
        this.value = value;
        this.write = DartMemberWriteNode.create(name);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object self = receiver.executeGeneric(frame);
        Object v = value.executeGeneric(frame);
        write.execute(classOf.execute(self), self, v);
        return v;
    }
}
