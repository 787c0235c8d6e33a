package org.dartj.nodes.pattern;

import java.util.Arrays;

import org.dartj.runtime.DartRecord;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** {@code (p1, p2, name: p3)}: a record of exactly this shape whose fields match. */
public final class DartRecordPatternNode extends DartPatternNode {
    @Children private final DartPatternNode[] positional;
    @Children private final DartPatternNode[] named;
    private final String[] names;

    /** {@code names} sorted, {@code named} in the same order. */
    public DartRecordPatternNode(DartPatternNode[] positional, String[] names, DartPatternNode[] named) {
        this.positional = positional;
        this.names = names;
        this.named = named;
    }

    @Override
    @ExplodeLoop
    public boolean match(VirtualFrame frame, Object value) {
        if (!(value instanceof DartRecord record) || record.positionalCount() != positional.length || !sameNames(record)) {
            return false;
        }
        for (int i = 0; i < positional.length; i++) {
            if (!positional[i].match(frame, record.positional(i))) {
                return false;
            }
        }
        for (int i = 0; i < named.length; i++) {
            if (!named[i].match(frame, record.named(i))) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    private boolean sameNames(DartRecord record) {
        return Arrays.equals(record.names(), names);
    }
}
