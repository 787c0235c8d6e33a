package org.dartj.nodes.async;

import org.dartj.builtins.async.DartAsyncStarStream;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.DartStatementNode;
import org.dartj.nodes.controlflow.DartReturnException;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code yield e} and {@code yield* stream} in an {@code async*} body: hand the event (or the
 * stream) to the generator's stream and suspend; a cancelled subscription makes the
 * {@code yield} act as a {@code return}.
 */
public final class DartAsyncYieldNode extends DartStatementNode {
    private static final Object YIELDED = new Object();

    @Child private DartExpressionNode value;
    private final boolean star;
    private final int stateSlot;
    private final int generatorSlot;

    public DartAsyncYieldNode(DartExpressionNode value, boolean star, int stateSlot, int generatorSlot) {
        this.value = value;
        this.star = star;
        this.stateSlot = stateSlot;
        this.generatorSlot = generatorSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        DartAsyncStarStream generator = (DartAsyncStarStream) frame.getObject(generatorSlot);
        if (frame.getValue(stateSlot) == YIELDED) {
            frame.setObject(stateSlot, null);
            if (generator.isCancelled()) {
                throw new DartReturnException(DartNull.INSTANCE);
            }
            return;
        }
        Object v = value.executeGeneric(frame);
        boolean mustReturn = star ? generator.addStream(v, this) : generator.add(v, this);
        if (mustReturn) {
            throw new DartReturnException(DartNull.INSTANCE);
        }
        frame.setObject(stateSlot, YIELDED);
        throw DartYieldException.INSTANCE;
    }
}
