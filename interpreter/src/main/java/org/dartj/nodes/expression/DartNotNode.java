package org.dartj.nodes.expression;

import org.dartj.builtins.DartErrors;
import org.dartj.nodes.DartExpressionNode;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code !}. */
@NodeChild("operand")
@NodeInfo(shortName = "!")
public abstract class DartNotNode extends DartExpressionNode {
    @Specialization
    protected boolean doBoolean(boolean value) {
        return !value;
    }

    @Fallback
    protected Object fallback(Object value) {
        throw DartErrors.typeError(org.dartj.DartLanguage.get(this).coreClasses().classOf(value).getName(), "bool", this);
    }
}
