package org.dartj.nodes.pattern;

import org.dartj.runtime.DartList;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** {@code [p1, p2, ...rest, pn]}: a list of the right length whose elements match. */
public final class DartListPatternNode extends DartPatternNode {
    @Children private final DartPatternNode[] before;
    @Children private final DartPatternNode[] after;
    @Child private DartPatternNode rest;
    private final boolean hasRest;

    public DartListPatternNode(DartPatternNode[] before, boolean hasRest, DartPatternNode rest, DartPatternNode[] after) {
        this.before = before;
        this.hasRest = hasRest;
        this.rest = rest;
        this.after = after;
    }

    @Override
    @ExplodeLoop
    public boolean match(VirtualFrame frame, Object value) {
        if (!(value instanceof DartList list)) {
            return false;
        }
        int n = list.size();
        int fixed = before.length + after.length;
        if (hasRest ? n < fixed : n != fixed) {
            return false;
        }
        for (int i = 0; i < before.length; i++) {
            if (!before[i].match(frame, list.get(i))) {
                return false;
            }
        }
        if (rest != null) {
            int count = n - fixed;
            Object[] values = new Object[Math.max(count, 1)];
            for (int i = 0; i < count; i++) {
                values[i] = list.get(before.length + i);
            }
            if (!rest.match(frame, new DartList(values, count, true, list.elementType()))) {
                return false;
            }
        }
        for (int i = 0; i < after.length; i++) {
            if (!after[i].match(frame, list.get(n - after.length + i))) {
                return false;
            }
        }
        return true;
    }
}
