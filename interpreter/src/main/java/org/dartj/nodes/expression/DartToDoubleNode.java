package org.dartj.nodes.expression;

import org.dartj.nodes.DartExpressionNode;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * A value flowing into something declared {@code double}: an int there can only come from
 * an integer literal, which Dart makes a double at compile time ({@code double d = 1} is
 * {@code 1.0}), so ints become doubles; anything else passes unchanged.
 */
@NodeChild("value")
public abstract class DartToDoubleNode extends DartExpressionNode {
    @Specialization
    protected double fromLong(long value) {
        return value;
    }

    @Specialization
    protected double fromDouble(double value) {
        return value;
    }

    @Fallback
    protected Object other(Object value) {
        return value;
    }
}
