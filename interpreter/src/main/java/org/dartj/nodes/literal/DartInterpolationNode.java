package org.dartj.nodes.literal;

import org.dartj.builtins.core.DartToStringNode;
import org.dartj.builtins.core.DartToStringNodeGen;
import org.dartj.nodes.DartExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.strings.TruffleStringBuilder;

/** A string with interpolations: the parts' {@code toString()} values, concatenated. */
public final class DartInterpolationNode extends DartExpressionNode {
    @Children private final DartExpressionNode[] parts;
    @Children private final DartToStringNode[] toStrings;
    @Child private TruffleStringBuilder.AppendStringNode append = TruffleStringBuilder.AppendStringNode.create();
    @Child private TruffleStringBuilder.ToStringNode build = TruffleStringBuilder.ToStringNode.create();

    public DartInterpolationNode(DartExpressionNode[] parts) {
        this.parts = parts;
        this.toStrings = new DartToStringNode[parts.length];
        for (int i = 0; i < parts.length; i++) {
            toStrings[i] = DartToStringNodeGen.create();
        }
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        TruffleStringBuilder sb = TruffleStringBuilder.create(com.oracle.truffle.api.strings.TruffleString.Encoding.UTF_16);
        for (int i = 0; i < parts.length; i++) {
            append.execute(sb, toStrings[i].execute(parts[i].executeGeneric(frame)));
        }
        return build.execute(sb);
    }
}
