package org.dartj.nodes.async;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.DartStatementNode;
import org.dartj.nodes.controlflow.DartBreakException;
import org.dartj.nodes.controlflow.DartContinueException;
import org.dartj.nodes.expression.DartConditionNode;
import org.dartj.runtime.DartEnvironment;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A while/do/for loop whose body contains an await: resuming re-enters the body directly. */
public final class DartResumableLoopNode extends DartStatementNode {
    @Child private DartConditionNode condition;
    @Child private DartStatementNode body;
    @Child private DartStatementNode update;
    private final boolean conditionFirst;
    private final int id;
    private final int perIterationEnvSlot;
    private final int stateSlot;

    public DartResumableLoopNode(DartExpressionNode condition, DartStatementNode body, DartStatementNode update, boolean conditionFirst, int id,
                    int perIterationEnvSlot, int stateSlot) {
        this.condition = condition == null ? null : new DartConditionNode(condition);
        this.body = body;
        this.update = update;
        this.conditionFirst = conditionFirst;
        this.id = id;
        this.perIterationEnvSlot = perIterationEnvSlot;
        this.stateSlot = stateSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        // Suspended in the body: Boolean.TRUE; in the update (`for (...; ...; i = await f(i))`): Boolean.FALSE.
        Object state = frame.getValue(stateSlot);
        boolean resumeBody = state == Boolean.TRUE;
        boolean resumeUpdate = state == Boolean.FALSE;
        if (state != null) {
            frame.setObject(stateSlot, null);
        }
        while (true) {
            if (!resumeUpdate) {
                if (!resumeBody && conditionFirst && condition != null && !condition.executeCondition(frame)) {
                    return;
                }
                resumeBody = false;
                if (!runBody(frame, body, stateSlot, id)) {
                    return;
                }
                if (perIterationEnvSlot >= 0) {
                    frame.setObject(perIterationEnvSlot, ((DartEnvironment) frame.getObject(perIterationEnvSlot)).copy());
                }
            }
            resumeUpdate = false;
            if (update != null) {
                try {
                    update.executeVoid(frame);
                } catch (DartYieldException y) {
                    frame.setObject(stateSlot, Boolean.FALSE);
                    throw y;
                }
            }
            if (!conditionFirst && !condition.executeCondition(frame)) {
                return;
            }
        }
    }

    /**
     * Runs a resumable loop's body once: false when it breaks out of the loop {@code id}; a
     * suspension marks the body as the place to resume ({@code stateSlot}) and unwinds.
     */
    static boolean runBody(VirtualFrame frame, DartStatementNode body, int stateSlot, int id) {
        try {
            body.executeVoid(frame);
        } catch (DartYieldException y) {
            frame.setObject(stateSlot, Boolean.TRUE);
            throw y;
        } catch (DartBreakException b) {
            if (b.target != id) {
                throw b;
            }
            return false;
        } catch (DartContinueException c) {
            if (c.target != id) {
                throw c;
            }
        }
        return true;
    }
}
