package org.dartj.nodes.pattern;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code p1 || p2} and {@code p1 && p2}. */
public final class DartLogicalPatternNode extends DartPatternNode {
    @Child private DartPatternNode left;
    @Child private DartPatternNode right;
    private final boolean isOr;

    public DartLogicalPatternNode(DartPatternNode left, DartPatternNode right, boolean isOr) {
        this.left = left;
        this.right = right;
        this.isOr = isOr;
    }

    @Override
    public boolean match(VirtualFrame frame, Object value) {
        return isOr ? left.match(frame, value) || right.match(frame, value) : left.match(frame, value) && right.match(frame, value);
    }
}
