package org.dartj.nodes.global;

import org.dartj.DartContext;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;

/** Reads a top-level variable of this isolate, running its initializer on first read. */
public final class DartReadGlobalNode extends DartExpressionNode {
    private final DartGlobalVariable variable;
    private final BranchProfile initialize = BranchProfile.create();

    public DartReadGlobalNode(DartGlobalVariable variable) {
        this.variable = variable;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        if (variable.shared) {
            Object shared = variable.sharedValue;
            if (shared == null) {
                initialize.enter();
                shared = initializeShared();
            }
            return shared;
        }
        Object[] values = DartContext.get(this).globals(variable.libraryId, variable.librarySize);
        Object value = values[variable.slot];
        if (value == null) {
            initialize.enter();
            value = initialize(values);
        }
        return value;
    }

    @TruffleBoundary
    private Object initializeShared() {
        synchronized (variable) {
            if (variable.sharedValue == null) {
                variable.sharedValue = variable.initializer.call(new Object[]{null});
            }
            return variable.sharedValue;
        }
    }

    @TruffleBoundary
    private Object initialize(Object[] values) {
        if (variable.initializer == null && variable.isLate) {
            throw org.dartj.builtins.DartErrors.lateInitialization("Field", variable.simpleName(), "has not been initialized", this);
        }
        Object value = variable.initializer == null ? DartNull.INSTANCE : variable.initializer.call(new Object[]{null});
        values[variable.slot] = value;
        return value;
    }
}
