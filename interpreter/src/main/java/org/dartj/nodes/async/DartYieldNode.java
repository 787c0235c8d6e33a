package org.dartj.nodes.async;

import org.dartj.builtins.core.DartIterables;
import org.dartj.builtins.core.DartIterator;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.DartStatementNode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code yield e} and {@code yield* e} in a {@code sync*} body: store the element in the
 * generator's current-value slot and suspend; resuming goes on after the yield (or, for
 * {@code yield*}, with the next element of the inner iterable).
 */
public final class DartYieldNode extends DartStatementNode {
    private static final Object YIELDED = new Object();

    @Child private DartExpressionNode value;
    private final boolean star;
    private final int stateSlot;
    private final int currentSlot;

    public DartYieldNode(DartExpressionNode value, boolean star, int stateSlot, int currentSlot) {
        this.value = value;
        this.star = star;
        this.stateSlot = stateSlot;
        this.currentSlot = currentSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object state = frame.getValue(stateSlot);
        if (!star) {
            if (state == YIELDED) {
                frame.setObject(stateSlot, null);
                return;
            }
            frame.setObject(currentSlot, value.executeGeneric(frame));
            frame.setObject(stateSlot, YIELDED);
            throw DartYieldException.INSTANCE;
        }
        DartIterator iterator = state instanceof DartIterator it ? it : iterator(value.executeGeneric(frame));
        if (advance(iterator)) {
            frame.setObject(currentSlot, current(iterator));
            frame.setObject(stateSlot, iterator);
            throw DartYieldException.INSTANCE;
        }
        frame.setObject(stateSlot, null);
    }

    @TruffleBoundary
    private static DartIterator iterator(Object iterable) {
        return DartIterables.iterator(iterable);
    }

    @TruffleBoundary
    private static boolean advance(DartIterator iterator) {
        return iterator.moveNext();
    }

    @TruffleBoundary
    private static Object current(DartIterator iterator) {
        return iterator.current();
    }
}
