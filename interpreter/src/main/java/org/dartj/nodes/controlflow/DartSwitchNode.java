package org.dartj.nodes.controlflow;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.DartStatementNode;
import org.dartj.nodes.expression.DartConditionNode;
import org.dartj.nodes.pattern.DartPatternNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/**
 * A {@code switch} statement: the first case whose pattern matches (a constant pattern is
 * {@code ==}) and whose guard holds selects a body; bodies do not fall through, but a case
 * without statements shares the next case's body ({@code caseBody[i]} points there). In an
 * async function whose case bodies await, {@code stateSlot} remembers the selected body while
 * the function is suspended, so that resuming re-enters it without matching again. When guards
 * await, a {@link org.dartj.nodes.async.DartResumableCaseSelectNode} selects the case first and
 * this node, in selected-case mode, runs the body of the case index found in
 * {@code selectedSlot} (-1: the default body).
 */
public final class DartSwitchNode extends DartStatementNode {
    @Child private DartExpressionNode subject;
    @Children private final DartPatternNode[] cases;
    @Children private final DartConditionNode[] guards;
    @Children private final DartStatementNode[] bodies;
    @Child private DartStatementNode defaultBody;
    private final int[] caseBody;
    private final int id;
    private final int stateSlot;
    private final int selectedSlot;

    public DartSwitchNode(DartExpressionNode subject, DartPatternNode[] cases, DartConditionNode[] guards, int[] caseBody, DartStatementNode[] bodies,
                    DartStatementNode defaultBody, int id) {
        this(subject, cases, guards, caseBody, bodies, defaultBody, id, -1);
    }

    /** @param stateSlot the frame slot that keeps the selected body across a suspension, or -1 */
    public DartSwitchNode(DartExpressionNode subject, DartPatternNode[] cases, DartConditionNode[] guards, int[] caseBody, DartStatementNode[] bodies,
                    DartStatementNode defaultBody, int id, int stateSlot) {
        this(subject, cases, guards, caseBody, bodies, defaultBody, id, stateSlot, -1);
    }

    private DartSwitchNode(DartExpressionNode subject, DartPatternNode[] cases, DartConditionNode[] guards, int[] caseBody, DartStatementNode[] bodies,
                    DartStatementNode defaultBody, int id, int stateSlot, int selectedSlot) {
        this.stateSlot = stateSlot;
        this.selectedSlot = selectedSlot;
        this.subject = subject;
        this.cases = cases;
        this.guards = guards;
        this.caseBody = caseBody;
        this.bodies = bodies;
        this.defaultBody = defaultBody;
        this.id = id;
    }

    /** Runs the body of the case whose index a case selection left in {@code selectedSlot}. */
    public static DartSwitchNode selectedCase(int selectedSlot, int[] caseBody, DartStatementNode[] bodies, DartStatementNode defaultBody, int id, int stateSlot) {
        return new DartSwitchNode(null, new DartPatternNode[0], new DartConditionNode[0], caseBody, bodies, defaultBody, id, stateSlot, selectedSlot);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int selected;
        Object state = stateSlot >= 0 ? frame.getValue(stateSlot) : null;
        if (state instanceof Integer resumed) {
            frame.setObject(stateSlot, null);
            selected = resumed;
        } else if (selectedSlot >= 0) {
            int c = (Integer) frame.getObject(selectedSlot);
            selected = c < 0 ? -1 : caseBody[c];
        } else {
            selected = select(frame, subject.executeGeneric(frame));
        }
        try {
            if (selected >= 0) {
                runBody(frame, selected);
            } else if (defaultBody != null) {
                defaultBody.executeVoid(frame);
            }
        } catch (org.dartj.nodes.async.DartYieldException y) {
            if (stateSlot >= 0) {
                frame.setObject(stateSlot, selected);
            }
            throw y;
        } catch (DartBreakException b) {
            if (b.target != id) {
                throw b;
            }
        }
    }

    @ExplodeLoop
    private int select(VirtualFrame frame, Object value) {
        for (int i = 0; i < cases.length; i++) {
            if (cases[i].match(frame, value) && (guards[i] == null || guards[i].executeCondition(frame))) {
                return caseBody[i];
            }
        }
        return -1;
    }

    @ExplodeLoop
    private void runBody(VirtualFrame frame, int index) {
        for (int i = 0; i < bodies.length; i++) {
            if (i == index) {
                bodies[i].executeVoid(frame);
                return;
            }
        }
    }
}
