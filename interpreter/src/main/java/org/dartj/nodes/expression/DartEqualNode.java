package org.dartj.nodes.expression;

import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code ==}: numeric equality across int and double, string contents, otherwise identity. */
@NodeInfo(shortName = "==")
public abstract class DartEqualNode extends DartBinaryNode {
    public abstract boolean executeEquals(Object left, Object right);

    @Specialization
    protected boolean doLong(long left, long right) {
        return left == right;
    }

    @Specialization
    protected boolean doDouble(double left, double right) {
        return left == right;
    }

    @Specialization
    protected boolean doLongDouble(long left, double right) {
        return left == right;
    }

    @Specialization
    protected boolean doDoubleLong(double left, long right) {
        return left == right;
    }

    @Specialization
    protected boolean doBoolean(boolean left, boolean right) {
        return left == right;
    }

    @Specialization
    protected boolean doString(TruffleString left, TruffleString right, @Cached TruffleString.EqualNode equalNode) {
        return equalNode.execute(left, right, TruffleString.Encoding.UTF_16);
    }

    @Specialization(replaces = {"doLong", "doDouble", "doLongDouble", "doDoubleLong", "doBoolean", "doString"})
    protected boolean doGeneric(Object left, Object right) {
        return dartEquals(left, right);
    }

    /** Dart {@code ==} for the core value types (user-defined {@code ==} arrives with classes). */
    @TruffleBoundary
    public static boolean dartEquals(Object left, Object right) {
        if (left == right) {
            return true;
        }
        if (left instanceof Long || left instanceof Double) {
            if (right instanceof Long || right instanceof Double) {
                return ((Number) left).doubleValue() == ((Number) right).doubleValue() &&
                                (!(left instanceof Long l) || !(right instanceof Long r) || l.longValue() == r.longValue());
            }
            return false;
        }
        if (left == DartNull.INSTANCE || right == DartNull.INSTANCE) {
            return false;
        }
        // DartInstance.equals calls a Dart `==` the class declares.
        return left.equals(right);
    }
}
