package org.dartj.nodes.pattern;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartErrors;
import org.dartj.builtins.core.DartToString;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.DartStatementNode;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code var (a, b) = e;}: the pattern must match (it is irrefutable in checked Dart). */
public final class DartPatternDeclarationNode extends DartStatementNode {
    @Child private DartExpressionNode value;
    @Child private DartPatternNode pattern;

    public DartPatternDeclarationNode(DartExpressionNode value, DartPatternNode pattern) {
        this.value = value;
        this.pattern = pattern;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        if (!pattern.match(frame, v)) {
            CompilerDirectives.transferToInterpreter();
            throw DartErrors.error(DartLanguage.get(this).coreClasses().stateErrorClass, DartNull.INSTANCE,
                            "Bad state: Pattern did not match " + DartToString.toDisplayString(v), this);
        }
    }
}
