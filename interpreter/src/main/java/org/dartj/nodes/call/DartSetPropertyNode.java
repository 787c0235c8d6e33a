package org.dartj.nodes.call;

import org.dartj.nodes.DartExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code receiver.name = value}: a field store or a setter call (a polymorphic inline cache on
 * the receiver's class, {@link DartMemberWriteNode}); yields the value. A store to a field with
 * a declared type checks the value as the VM's implicit setter does, whose parameter is named
 * {@code value} ({@code type 'String' is not a subtype of type 'int' of 'value'}).
 */
public final class DartSetPropertyNode extends DartExpressionNode {
    @Child private DartExpressionNode receiver;
    @Child private DartExpressionNode value;
    @Child private DartClassOfNode classOf = DartClassOfNodeGen.create();
    @Child private DartMemberWriteNode write;
    /** For an explicit extension application ({@code Ext(receiver).p = v}): the extension whose setter is used. */
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal private org.dartj.classes.DartClass extension;

    public DartSetPropertyNode setExtension(org.dartj.classes.DartClass extensionClass) {
        this.extension = extensionClass;
        return this;
    }

    public DartSetPropertyNode(DartExpressionNode receiver, String name, DartExpressionNode value) {
        this.receiver = receiver;
        this.value = value;
        this.write = DartMemberWriteNode.create(name);
    }

    /** An assignment to a field of {@code this} by its bare name: Dart casts the value, the TypeError has no parameter name. */
    public DartSetPropertyNode implicitThis() {
        write.setImplicitThis();
        return this;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object self = receiver.executeGeneric(frame);
        Object v = value.executeGeneric(frame);
        write.execute(extension != null ? extension : classOf.execute(self), self, v);
        return v;
    }
}
