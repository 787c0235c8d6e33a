package org.dartj.nodes.async;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.DartStatementNode;
import org.dartj.nodes.expression.DartConditionNode;
import org.dartj.nodes.pattern.DartPatternNode;
import org.dartj.nodes.pattern.DartSwitchExpressionNode;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/**
 * Selects the case of a switch statement, switch expression or if-case whose guards await:
 * tries the cases in order; a guard's lowered awaits ({@code guardPre}) and the guard itself run
 * only after its pattern matched. Writes the index of the first case that holds, or -1, to
 * {@code selectedSlot}, where a {@link org.dartj.nodes.controlflow.DartSwitchNode} in
 * selected-case mode picks it up. A guard that suspends resumes in the same case without
 * matching again (its pattern's variables are already bound).
 */
public final class DartResumableCaseSelectNode extends DartStatementNode {
    /** Reads the subject from the temporary it was evaluated into (read again after a resume). */
    @Child private DartExpressionNode subject;
    @Children private final DartPatternNode[] patterns;
    /** Per case, the statements that run a guard's awaits, or null. */
    @Children private final DartStatementNode[] guardPre;
    /** Per case, the guard, or null. */
    @Children private final DartConditionNode[] guards;
    private final int selectedSlot;
    private final int stateSlot;
    /** A switch expression: no case holding is a StateError. */
    private final boolean switchExpression;

    public DartResumableCaseSelectNode(DartExpressionNode subject, DartPatternNode[] patterns, DartStatementNode[] guardPre, DartConditionNode[] guards,
                    int selectedSlot, int stateSlot, boolean switchExpression) {
        this.subject = subject;
        this.patterns = patterns;
        this.guardPre = guardPre;
        this.guards = guards;
        this.selectedSlot = selectedSlot;
        this.stateSlot = stateSlot;
        this.switchExpression = switchExpression;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        int resumeAt = -1;
        if (frame.getValue(stateSlot) instanceof Integer suspendedIn) {
            frame.setObject(stateSlot, null);
            resumeAt = suspendedIn;
        }
        Object value = subject.executeGeneric(frame);
        for (int i = 0; i < patterns.length; i++) {
            if (i < resumeAt || i != resumeAt && !patterns[i].match(frame, value)) {
                continue;
            }
            if (guardPre[i] != null) {
                try {
                    guardPre[i].executeVoid(frame);
                } catch (DartYieldException y) {
                    frame.setObject(stateSlot, i);
                    throw y;
                }
            }
            if (guards[i] == null || guards[i].executeCondition(frame)) {
                frame.setObject(selectedSlot, i);
                return;
            }
        }
        if (switchExpression) {
            CompilerDirectives.transferToInterpreter();
            throw DartSwitchExpressionNode.noCaseMatched(value, this);
        }
        frame.setObject(selectedSlot, -1);
    }
}
