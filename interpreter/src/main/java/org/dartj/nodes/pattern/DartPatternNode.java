package org.dartj.nodes.pattern;

import org.dartj.nodes.DartNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * A Dart 3 pattern: tests a value and, on success, binds its variables (frame or
 * environment writes). Used by switch cases and expressions, if-case, pattern variable
 * declarations and for-in with patterns.
 */
public abstract class DartPatternNode extends DartNode {
    public abstract boolean match(VirtualFrame frame, Object value);
}
