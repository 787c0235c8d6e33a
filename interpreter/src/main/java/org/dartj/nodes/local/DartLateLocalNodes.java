package org.dartj.nodes.local;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartFunction;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;

/** The nodes of {@code late} local variables; see {@link DartLateLocal}. */
public final class DartLateLocalNodes {
    private DartLateLocalNodes() {
    }

    /** The declaration: a new cell, with a closure for the initializer if there is one. */
    public static final class DeclareNode extends DartExpressionNode {
        private final String name;
        private final boolean isFinal;
        @Child private DartExpressionNode initializer;

        public DeclareNode(String name, boolean isFinal, DartExpressionNode initializer) {
            this.name = name;
            this.isFinal = isFinal;
            this.initializer = initializer;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return new DartLateLocal(name, isFinal, initializer == null ? null : (DartFunction) initializer.executeGeneric(frame));
        }
    }

    /** A read: the value, running the initializer (or throwing LateInitializationError) the first time. */
    public static final class ReadNode extends DartExpressionNode {
        @Child private DartExpressionNode cell;
        private final BranchProfile uninitialized = BranchProfile.create();

        public ReadNode(DartExpressionNode cell) {
            this.cell = cell;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            DartLateLocal c = (DartLateLocal) cell.executeGeneric(frame);
            Object value = c.value;
            if (value == null) {
                uninitialized.enter();
                value = c.initialize(this);
            }
            return value;
        }
    }

    /** An assignment: a {@code late final} local takes one value only. */
    public static final class WriteNode extends DartExpressionNode {
        @Child private DartExpressionNode cell;
        @Child private DartExpressionNode value;

        public WriteNode(DartExpressionNode cell, DartExpressionNode value) {
            this.cell = cell;
            this.value = value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            DartLateLocal c = (DartLateLocal) cell.executeGeneric(frame);
            Object v = value.executeGeneric(frame);
            c.assign(v, this);
            return v;
        }
    }
}
