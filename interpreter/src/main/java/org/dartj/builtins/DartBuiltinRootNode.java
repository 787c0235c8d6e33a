package org.dartj.builtins;

import org.dartj.DartLanguage;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.DartRootNode;
import org.dartj.nodes.call.DartArguments;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.UnsupportedSpecializationException;
import com.oracle.truffle.api.frame.VirtualFrame;

/** Root of one builtin member: checks the argument shape, then runs the builtin node. */
public final class DartBuiltinRootNode extends DartRootNode {
    @Child private DartExpressionNode body;
    private final String name;
    private final int minPositional;
    private final int maxPositional;
    private final String[] named;

    public DartBuiltinRootNode(DartLanguage language, DartExpressionNode body, String name, int minPositional, int maxPositional, String[] named) {
        super(language, null, name, null);
        this.body = body;
        this.name = name;
        this.minPositional = minPositional;
        this.maxPositional = maxPositional;
        this.named = named;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        DartArguments.checkShape(frame.getArguments(), minPositional, maxPositional, named, name, this);
        try {
            return body.executeGeneric(frame);
        } catch (UnsupportedSpecializationException e) {
            throw argumentTypeError(e);
        }
    }

    /** A builtin called with an argument of a type it does not take: Dart's TypeError. */
    @TruffleBoundary
    private RuntimeException argumentTypeError(UnsupportedSpecializationException e) {
        var classes = DartLanguage.get(this).coreClasses();
        Object[] values = e.getSuppliedValues();
        StringBuilder types = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                types.append(", ");
            }
            types.append(values[i] == null ? "Null" : classes.classOf(values[i]).getName());
        }
        return DartErrors.error(classes.typeErrorClass, org.dartj.runtime.DartNull.INSTANCE,
                        "type error: '" + name + "' does not take arguments of types (" + types + ")", this);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isCloningAllowed() {
        return false;
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
