package org.dartj.nodes.pattern;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** {@code {k1: p1, k2: p2}}: a map that has every key, with matching values. */
public final class DartMapPatternNode extends DartPatternNode {
    @Children private final DartExpressionNode[] keys;
    @Children private final DartPatternNode[] values;

    public DartMapPatternNode(DartExpressionNode[] keys, DartPatternNode[] values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    @ExplodeLoop
    public boolean match(VirtualFrame frame, Object value) {
        if (!(value instanceof DartMap map)) {
            return false;
        }
        for (int i = 0; i < keys.length; i++) {
            Object key = keys[i].executeGeneric(frame);
            Object v = get(map, key);
            if (v == null || !values[i].match(frame, v)) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    private static Object get(DartMap map, Object key) {
        return map.containsKey(key) ? map.get(key) : null;
    }
}
