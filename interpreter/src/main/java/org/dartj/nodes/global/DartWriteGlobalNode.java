package org.dartj.nodes.global;

import org.dartj.DartContext;
import org.dartj.nodes.DartExpressionNode;

import org.dartj.builtins.DartErrors;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

/** Writes a top-level variable of this isolate (its initializer then never runs). */
public final class DartWriteGlobalNode extends DartExpressionNode {
    private final DartGlobalVariable variable;
    @Child private DartExpressionNode value;

    public DartWriteGlobalNode(DartGlobalVariable variable, DartExpressionNode value) {
        this.variable = variable;
        this.value = value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        Object[] values = DartContext.get(this).globals(variable.libraryId, variable.librarySize);
        if (variable.assignableOnce && values[variable.slot] != null) {
            CompilerDirectives.transferToInterpreter();
            throw DartErrors.lateInitialization("Field", variable.simpleName(), "has already been initialized", this);
        }
        values[variable.slot] = v;
        return v;
    }
}
