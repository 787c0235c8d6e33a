package org.dartj.nodes.controlflow;

import org.dartj.nodes.DartStatementNode;

import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.profiles.BranchProfile;

/**
 * A counted {@code for} loop: {@code for (var i = start; i <op> limit; i += step) body}
 * where {@code i} is a frame-slot int that the body never assigns, and the limit is a
 * constant or such a local. The induction variable lives in a Java local; when the body is
 * one reduction {@code acc <op>= i / constant / local} on another int local, the loop runs
 * without dispatching to nodes at all. The Graal compiler warms up for seconds on a stock
 * JDK, so this shape (the classic summing or counting loop) is worth running at Java speed
 * in the interpreter too. Any other value shape runs the plain condition and update nodes.
 */
public final class DartCountedLoopNode extends DartStatementNode {
    public enum Compare { LT, LE, GT, GE }

    /** A reduction body {@code acc op= operand}. */
    public enum Reduce { ADD, SUB, MUL, AND, OR, XOR }

    private final int indexSlot;
    private final Compare compare;
    private final long limitConstant;
    private final int limitSlot;
    private final long step;
    private final int id;
    /** The loop for any body but a reduction: a Truffle loop, so it is OSR-compiled. */
    @Child private LoopNode loop;
    private final Counted counted;

    private final Reduce reduce;
    private final int accumulatorSlot;
    /** -1: the operand is the induction variable; otherwise a slot or, with operandIsConstant, a value. */
    private final int operandSlot;
    private final boolean operandIsConstant;
    private final long operandConstant;
    private final BranchProfile breakOrContinue = BranchProfile.create();
    /** The index or limit is not an int (a double loop, say): the general loop runs. */
    private final BranchProfile notCounted = BranchProfile.create();

    public DartCountedLoopNode(int indexSlot, Compare compare, long limitConstant, int limitSlot, long step, int id, DartStatementNode body,
                    org.dartj.nodes.DartExpressionNode condition, DartStatementNode update, Reduce reduce, int accumulatorSlot, int operandSlot, boolean operandIsConstant,
                    long operandConstant) {
        this.indexSlot = indexSlot;
        this.compare = compare;
        this.limitConstant = limitConstant;
        this.limitSlot = limitSlot;
        this.step = step;
        this.id = id;
        this.counted = new Counted(body, new org.dartj.nodes.expression.DartConditionNode(condition), update);
        this.loop = com.oracle.truffle.api.Truffle.getRuntime().createLoopNode(counted);
        this.reduce = reduce;
        this.accumulatorSlot = accumulatorSlot;
        this.operandSlot = operandSlot;
        this.operandIsConstant = operandIsConstant;
        this.operandConstant = operandConstant;
    }

    private boolean test(long i, long limit) {
        switch (compare) {
            case LT:
                return i < limit;
            case LE:
                return i <= limit;
            case GT:
                return i > limit;
            default:
                return i >= limit;
        }
    }

    private long apply(long acc, long operand) {
        switch (reduce) {
            case ADD:
                return acc + operand;
            case SUB:
                return acc - operand;
            case MUL:
                return acc * operand;
            case AND:
                return acc & operand;
            case OR:
                return acc | operand;
            default:
                return acc ^ operand;
        }
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (!frame.isLong(indexSlot) || (limitSlot >= 0 && !frame.isLong(limitSlot))) {
            notCounted.enter();
            generalLoop(frame);
            return;
        }
        if (reduce != null && frame.isLong(accumulatorSlot) && (operandSlot < 0 || operandIsConstant || frame.isLong(operandSlot))) {
            reduceLoop(frame);
            return;
        }
        loop.execute(frame);
    }

    /**
     * One iteration of the counted loop: test, body, step. The induction variable stays in its
     * frame slot (compiled code keeps it in a register); when the limit stops being an int
     * the rest runs as the general loop.
     */
    final class Counted extends com.oracle.truffle.api.nodes.Node implements com.oracle.truffle.api.nodes.RepeatingNode {
        @Child DartStatementNode body;
        @Child org.dartj.nodes.expression.DartConditionNode condition;
        @Child DartStatementNode update;

        Counted(DartStatementNode body, org.dartj.nodes.expression.DartConditionNode condition, DartStatementNode update) {
            this.body = body;
            this.condition = condition;
            this.update = update;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            long i = frame.getLong(indexSlot);
            if (!test(i, limitSlot >= 0 ? frame.getLong(limitSlot) : limitConstant)) {
                return false;
            }
            try {
                body.executeVoid(frame);
            } catch (DartBreakException b) {
                if (b.target != id) {
                    throw b;
                }
                breakOrContinue.enter();
                return false;
            } catch (DartContinueException c) {
                if (c.target != id) {
                    throw c;
                }
                breakOrContinue.enter();
            }
            if (limitSlot >= 0 && !frame.isLong(limitSlot)) {
                notCounted.enter();
                update.executeVoid(frame);
                generalLoop(frame);
                return false;
            }
            frame.setLong(indexSlot, i + step);
            return true;
        }
    }

    /** The loop with its plain condition and update nodes, for values of other types. */
    private void generalLoop(VirtualFrame frame) {
        while (counted.condition.executeCondition(frame)) {
            try {
                counted.body.executeVoid(frame);
            } catch (DartBreakException b) {
                if (b.target != id) {
                    throw b;
                }
                return;
            } catch (DartContinueException c) {
                if (c.target != id) {
                    throw c;
                }
            }
            counted.update.executeVoid(frame);
            TruffleSafepoint.poll(this);
        }
    }

    private void reduceLoop(VirtualFrame frame) {
        long i = frame.getLong(indexSlot);
        long acc = frame.getLong(accumulatorSlot);
        long operand = operandIsConstant ? operandConstant : operandSlot >= 0 ? frame.getLong(operandSlot) : 0;
        long limit = limitSlot >= 0 ? frame.getLong(limitSlot) : limitConstant;
        long count = 0;
        while (test(i, limit)) {
            acc = apply(acc, operandSlot < 0 && !operandIsConstant ? i : operand);
            i += step;
            if ((++count & 0xFFFF) == 0) {
                // Stay stoppable (Isolate.kill, context cancel) inside long loops.
                frame.setLong(indexSlot, i);
                frame.setLong(accumulatorSlot, acc);
                TruffleSafepoint.poll(this);
            }
        }
        frame.setLong(accumulatorSlot, acc);
        frame.setLong(indexSlot, i);
        LoopNode.reportLoopCount(this, (int) Math.min(count, Integer.MAX_VALUE));
    }
}
