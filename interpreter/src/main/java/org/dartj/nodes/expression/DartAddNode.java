package org.dartj.nodes.expression;

import org.dartj.classes.DartInstance;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code +}: wrapping 64-bit int addition (as the Dart VM), double addition, string concatenation. */
@NodeInfo(shortName = "+")
public abstract class DartAddNode extends DartBinaryNode {
    @Specialization
    protected long addLong(long left, long right) {
        return left + right;
    }

    @Specialization
    protected double addDouble(double left, double right) {
        return left + right;
    }

    @Specialization
    protected double addLongDouble(long left, double right) {
        return left + right;
    }

    @Specialization
    protected double addDoubleLong(double left, long right) {
        return left + right;
    }

    @Specialization
    protected TruffleString concat(TruffleString left, TruffleString right, @Cached TruffleString.ConcatNode concatNode) {
        return concatNode.execute(left, right, TruffleString.Encoding.UTF_16, true);
    }

    /** An operator declared by the instance's class: cached per class, a direct call. */
    @Specialization
    protected Object doInstance(DartInstance left, Object right,
                    @Cached("createOperator()") DartUserOperatorNode operator) {
        return operator.execute(left, right);
    }

    protected static DartUserOperatorNode createOperator() {
        return DartUserOperatorNode.create("+");
    }

    @Fallback
    protected Object fallback(Object left, Object right) {
        return DartOperatorFallback.dispatch(this, "+", left, right);
    }
}
