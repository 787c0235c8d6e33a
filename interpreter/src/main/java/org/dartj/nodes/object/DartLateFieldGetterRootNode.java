package org.dartj.nodes.object;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartInstance;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * The getter of a {@code late} field: runs the initializer on first read (with
 * {@code this}), or throws LateInitializationError when there is none and nothing was
 * assigned yet.
 */
public final class DartLateFieldGetterRootNode extends RootNode {
    /** The value of a late field that has not been initialized. */
    public static final Object UNINITIALIZED = new Object() {
        @Override
        public String toString() {
            return "<uninitialized>";
        }
    };

    private final int index;
    private final String fieldName;
    @Child private DirectCallNode initializer;

    public DartLateFieldGetterRootNode(DartLanguage language, int index, String fieldName, CallTarget initializer) {
        super(language);
        this.index = index;
        this.fieldName = fieldName;
        this.initializer = initializer == null ? null : Truffle.getRuntime().createDirectCallNode(initializer);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        DartInstance self = (DartInstance) frame.getArguments()[0];
        Object value = self.getField(index);
        if (value == UNINITIALIZED) {
            if (initializer == null) {
                CompilerDirectives.transferToInterpreter();
                throw DartErrors.lateInitialization("Field", fieldName, "has not been initialized", this);
            }
            value = initializer.call(self);
            self.setField(index, value);
        }
        return value;
    }

    @Override
    public boolean isInternal() {
        return true;
    }

    @Override
    public String getName() {
        return fieldName;
    }
}
