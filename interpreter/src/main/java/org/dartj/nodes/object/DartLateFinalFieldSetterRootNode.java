package org.dartj.nodes.object;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartInstance;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * The setter of a {@code late final} field without an initializer: the first assignment
 * stores the value, a second one throws LateInitializationError.
 */
public final class DartLateFinalFieldSetterRootNode extends RootNode {
    private final int index;
    private final String fieldName;

    public DartLateFinalFieldSetterRootNode(DartLanguage language, int index, String fieldName) {
        super(language);
        this.index = index;
        this.fieldName = fieldName;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        DartInstance self = (DartInstance) frame.getArguments()[0];
        Object value = frame.getArguments()[1];
        if (self.getField(index) != DartLateFieldGetterRootNode.UNINITIALIZED) {
            CompilerDirectives.transferToInterpreter();
            throw DartErrors.lateInitialization("Field", fieldName, "has already been initialized", this);
        }
        self.setField(index, value);
        return value;
    }

    @Override
    public boolean isInternal() {
        return true;
    }

    @Override
    public String getName() {
        return fieldName + "=";
    }
}
