package org.dartj.nodes.controlflow;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.DartStatementNode;
import org.dartj.nodes.expression.DartConditionNode;
import org.dartj.runtime.DartEnvironment;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;

/**
 * {@code while}, {@code do} and classic {@code for} loops on a Truffle {@link LoopNode}, so
 * hot loops get on-stack replacement. A {@code for} loop whose variables are captured by
 * closures copies their environment before each update: every iteration has its own
 * variables, as Dart specifies.
 */
public final class DartLoopNode extends DartStatementNode {
    @Child private LoopNode loop;

    public DartLoopNode(DartExpressionNode condition, DartStatementNode body, DartStatementNode update, boolean conditionFirst, int id, int perIterationEnvSlot) {
        this.loop = Truffle.getRuntime().createLoopNode(new Body(condition, body, update, conditionFirst, id, perIterationEnvSlot));
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        loop.execute(frame);
    }

    static final class Body extends Node implements RepeatingNode {
        @Child private DartConditionNode condition;
        @Child private DartStatementNode body;
        @Child private DartStatementNode update;
        private final boolean conditionFirst;
        private final int id;
        private final int perIterationEnvSlot;
        private final BranchProfile breakTaken = BranchProfile.create();
        private final BranchProfile continueTaken = BranchProfile.create();

        Body(DartExpressionNode condition, DartStatementNode body, DartStatementNode update, boolean conditionFirst, int id, int perIterationEnvSlot) {
            this.condition = condition == null ? null : new DartConditionNode(condition);
            this.body = body;
            this.update = update;
            this.conditionFirst = conditionFirst;
            this.id = id;
            this.perIterationEnvSlot = perIterationEnvSlot;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            if (conditionFirst && condition != null && !condition.executeCondition(frame)) {
                return false;
            }
            try {
                body.executeVoid(frame);
            } catch (DartBreakException b) {
                if (b.target != id) {
                    throw b;
                }
                breakTaken.enter();
                return false;
            } catch (DartContinueException c) {
                if (c.target != id) {
                    throw c;
                }
                continueTaken.enter();
            }
            if (perIterationEnvSlot >= 0) {
                frame.setObject(perIterationEnvSlot, ((DartEnvironment) frame.getObject(perIterationEnvSlot)).copy());
            }
            if (update != null) {
                update.executeVoid(frame);
            }
            if (!conditionFirst) {
                return condition.executeCondition(frame);
            }
            return true;
        }
    }
}
