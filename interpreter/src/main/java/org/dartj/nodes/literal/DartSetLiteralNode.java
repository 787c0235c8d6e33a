package org.dartj.nodes.literal;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartSet;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** {@code {a, b}}: a new insertion-ordered set. */
public final class DartSetLiteralNode extends DartExpressionNode {
    @Children private final DartExpressionNode[] elements;
    private final String elementType;

    public DartSetLiteralNode(DartExpressionNode[] elements, String elementType) {
        this.elements = elements;
        this.elementType = elementType;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        DartSet set = new DartSet(elementType);
        for (DartExpressionNode e : elements) {
            add(set, e.executeGeneric(frame));
        }
        return set;
    }

    @TruffleBoundary
    private static void add(DartSet set, Object value) {
        set.add(value);
    }
}
