package org.dartj.nodes.local;

import org.dartj.builtins.DartErrors;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.expression.DartClassTypeArgumentsNode;
import org.dartj.nodes.call.DartArguments;
import org.dartj.runtime.DartNamedArguments;
import org.dartj.types.DartType;
import org.dartj.types.DartTypeTest;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;
import com.oracle.truffle.api.profiles.ConditionProfile;

/**
 * Reads a parameter's argument: positional {@code index} (1-based in the arguments array) or
 * the named argument {@code name}; evaluates the default value when it was not passed. A
 * passed argument must be of the parameter's declared type (a default value is not checked).
 */
public final class DartReadArgumentNode extends DartExpressionNode {
    private final int index;
    private final String name;
    @Child private DartExpressionNode defaultValue;
    private final ConditionProfile passed = ConditionProfile.create();
    /** The declared type a passed argument is checked against (null: a top type, no check). */
    private final DartTypeTest type;
    @Child private DartClassTypeArgumentsNode typeArguments;
    private final String parameterName;
    private final BranchProfile looseCheck = BranchProfile.create();
    /** A {@code double} parameter: an int argument is the literal Dart's static typing made a double (the body converts it). */
    private final boolean doubleParameter;
    /** The check of a class type without type arguments, cached per class; else null. */
    @Child private org.dartj.nodes.expression.DartTypeMatchNode classMatch;
    /** The check of a type with type arguments ({@code List<int>}), cached per reified list type; else null. */
    @Child private org.dartj.nodes.expression.DartCollectionTypeMatchNode collectionMatch;

    public DartReadArgumentNode(int index, String name, DartExpressionNode defaultValue) {
        this(index, name, defaultValue, null, null, null);
    }

    /**
     * @param type the parameter's declared type, or null to pass any value
     * @param typeArguments what the type's type parameters stand for, or null if it has none
     * @param parameterName the name a TypeError names ({@code of 'x'})
     */
    public DartReadArgumentNode(int index, String name, DartExpressionNode defaultValue, DartTypeTest type, DartClassTypeArgumentsNode typeArguments, String parameterName) {
        this.index = index;
        this.name = name;
        this.defaultValue = defaultValue;
        this.type = type;
        this.typeArguments = typeArguments;
        this.parameterName = parameterName;
        this.doubleParameter = type != null && type.type() instanceof org.dartj.types.DartInterfaceType t && t.dartClass().getName().equals("double");
        this.classMatch = typeArguments == null ? org.dartj.nodes.expression.DartTypeMatchNode.createIfClassTest(type) : null;
        this.collectionMatch = typeArguments == null ? org.dartj.nodes.expression.DartCollectionTypeMatchNode.createIfGeneric(type) : null;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        Object value = null;
        if (name == null) {
            if (index < args.length && !(args[index] instanceof DartNamedArguments)) {
                value = args[index];
            }
        } else {
            DartNamedArguments named = DartArguments.named(args);
            if (named != null) {
                value = named.get(name);
            }
        }
        if (passed.profile(value != null)) {
            if (type != null) {
                check(frame, value);
            }
            return value;
        }
        return defaultValue == null ? org.dartj.runtime.DartNull.INSTANCE : defaultValue.executeGeneric(frame);
    }

    /** The TypeError of an argument that is not of the parameter's declared type. */
    private void check(VirtualFrame frame, Object value) {
        if (doubleParameter && value instanceof Long) {
            return;
        }
        if (typeArguments == null) {
            boolean matches = classMatch != null ? classMatch.execute(value)
                            : collectionMatch != null ? collectionMatch.execute(value) : type.matches(value);
            if (!matches) {
                fail(value, type.type());
            }
            return;
        }
        DartType[] args = typeArguments.executeArguments(frame);
        if (!type.matches(value, args)) {
            fail(value, type.substitute(args));
        }
    }

    private void fail(Object value, DartType resolved) {
        // A value the strict test rejects may still pass the loose one (DartJ has no static
        // types: an int literal passed for a double); it must not deoptimize every time.
        looseCheck.enter();
        if (!matchesLoosely(value, resolved)) {
            throw DartErrors.argumentTypeError(value, resolved.toString(), parameterName, this);
        }
    }

    @TruffleBoundary
    private boolean matchesLoosely(Object value, DartType resolved) {
        return type.matchesLoosely(value, resolved);
    }
}
