package org.dartj.nodes.pattern;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.expression.DartTypeTestNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * A variable pattern ({@code var x}, {@code int x}, {@code final x}) or a wildcard
 * ({@code _}, {@code int _}): an optional type test, then the binding (a write of the value
 * left in {@code valueSlot}).
 */
public final class DartBindingPatternNode extends DartPatternNode {
    private final org.dartj.types.DartTypeTest type;
    private final int valueSlot;
    @Child private DartExpressionNode bind;

    public DartBindingPatternNode(org.dartj.types.DartTypeTest type, int valueSlot, DartExpressionNode bind) {
        this.type = type;
        this.valueSlot = valueSlot;
        this.bind = bind;
    }

    @Override
    public boolean match(VirtualFrame frame, Object value) {
        if (type != null && !type.matches(value)) {
            return false;
        }
        if (bind != null) {
            frame.setObject(valueSlot, value);
            bind.executeGeneric(frame);
        }
        return true;
    }
}
