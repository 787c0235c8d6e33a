package org.dartj.nodes.literal;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.expression.DartEqualNode;
import org.dartj.runtime.DartRecord;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** {@code (a, b, name: c)}: named fields are stored sorted by name (the record's shape). */
public final class DartRecordLiteralNode extends DartExpressionNode {
    /** Dart == for record fields. */
    public static final DartRecord.FieldEquality EQUALITY = DartEqualNode::dartEquals;

    @Children private final DartExpressionNode[] positional;
    @Children private final DartExpressionNode[] named;
    private final String[] names;
    /** For each sorted name, the index of its expression in source order. */
    private final int[] order;

    public DartRecordLiteralNode(DartExpressionNode[] positional, String[] names, DartExpressionNode[] named, int[] order) {
        this.positional = positional;
        this.names = names;
        this.named = named;
        this.order = order;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object[] p = new Object[positional.length];
        for (int i = 0; i < positional.length; i++) {
            p[i] = positional[i].executeGeneric(frame);
        }
        Object[] sourceOrder = new Object[named.length];
        for (int i = 0; i < named.length; i++) {
            sourceOrder[i] = named[i].executeGeneric(frame);
        }
        Object[] n = new Object[named.length];
        for (int i = 0; i < named.length; i++) {
            n[i] = sourceOrder[order[i]];
        }
        return new DartRecord(p, names, n, EQUALITY);
    }
}
