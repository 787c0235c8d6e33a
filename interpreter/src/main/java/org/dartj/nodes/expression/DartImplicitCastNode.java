package org.dartj.nodes.expression;

import org.dartj.builtins.DartErrors;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.types.DartType;
import org.dartj.types.DartTypeTest;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;

/**
 * The implicit downcast of a value stored in a typed variable ({@code int y = d;} with
 * {@code d} dynamic): a value not of the declared type throws the VM's TypeError
 * {@code type 'String' is not a subtype of type 'int'}.
 */
public final class DartImplicitCastNode extends DartExpressionNode {
    @Child private DartExpressionNode value;
    @Child private DartClassTypeArgumentsNode typeArguments;
    private final DartTypeTest type;
    private final BranchProfile looseCheck = BranchProfile.create();

    public DartImplicitCastNode(DartExpressionNode value, DartTypeTest type, DartClassTypeArgumentsNode typeArguments) {
        this.value = value;
        this.type = type;
        this.typeArguments = typeArguments;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object result = value.executeGeneric(frame);
        if (typeArguments == null) {
            if (!type.matches(result)) {
                fail(result, type.type());
            }
            return result;
        }
        DartType[] args = typeArguments.executeArguments(frame);
        if (!type.matches(result, args)) {
            fail(result, type.substitute(args));
        }
        return result;
    }

    private void fail(Object result, DartType resolved) {
        // A value the strict test rejects may still pass the loose one (DartJ has no static
        // types: an int literal passed for a double); it must not deoptimize every time.
        looseCheck.enter();
        if (!matchesLoosely(result, resolved)) {
            throw DartErrors.typeErrorFor(result, resolved.toString(), this);
        }
    }

    @TruffleBoundary
    private boolean matchesLoosely(Object value, DartType resolved) {
        return type.matchesLoosely(value, resolved);
    }
}
