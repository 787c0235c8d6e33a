package org.dartj.nodes.pattern;

import org.dartj.nodes.call.DartPropertyReader;
import org.dartj.nodes.expression.DartTypeTestNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** {@code Point(x: p1, y: p2)}: an instance of the type whose getters' values match. */
public final class DartObjectPatternNode extends DartPatternNode {
    private final org.dartj.types.DartTypeTest type;
    private final String[] getters;
    @Children private final DartPatternNode[] patterns;

    public DartObjectPatternNode(org.dartj.types.DartTypeTest type, String[] getters, DartPatternNode[] patterns) {
        this.type = type;
        this.getters = getters;
        this.patterns = patterns;
    }

    @Override
    @ExplodeLoop
    public boolean match(VirtualFrame frame, Object value) {
        if (!type.matches(value)) {
            return false;
        }
        for (int i = 0; i < getters.length; i++) {
            if (!patterns[i].match(frame, DartPropertyReader.read(value, getters[i], this))) {
                return false;
            }
        }
        return true;
    }
}
