package org.dartj.nodes.pattern;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartErrors;
import org.dartj.builtins.core.DartToString;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.expression.DartConditionNode;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/** {@code switch (e) { p when g => v, ... }}: the value of the first matching case. */
public final class DartSwitchExpressionNode extends DartExpressionNode {
    @Child private DartExpressionNode subject;
    @Children private final DartPatternNode[] patterns;
    @Children private final DartConditionNode[] guards;
    @Children private final DartExpressionNode[] values;

    public DartSwitchExpressionNode(DartExpressionNode subject, DartPatternNode[] patterns, DartConditionNode[] guards, DartExpressionNode[] values) {
        this.subject = subject;
        this.patterns = patterns;
        this.guards = guards;
        this.values = values;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object value = subject.executeGeneric(frame);
        for (int i = 0; i < patterns.length; i++) {
            if (patterns[i].match(frame, value) && (guards[i] == null || guards[i].executeCondition(frame))) {
                return values[i].executeGeneric(frame);
            }
        }
        CompilerDirectives.transferToInterpreter();
        throw noCaseMatched(value, this);
    }

    /** Dart proves switch expressions exhaustive at compile time; DartJ checks at run time. */
    public static org.dartj.runtime.DartException noCaseMatched(Object value, Node location) {
        return DartErrors.error(DartLanguage.get(location).coreClasses().stateErrorClass, DartNull.INSTANCE,
                        "Bad state: No case of the switch expression matched " + DartToString.toDisplayString(value), location);
    }
}
