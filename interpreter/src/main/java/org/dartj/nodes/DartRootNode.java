package org.dartj.nodes;

import org.dartj.DartLanguage;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Base of the roots of Dart code: a name for stack traces and a source section. Function
 * values of a top-level function or method compare as the VM's tear-offs do: equal when they
 * run the same code on the same receiver (see {@link #comparesAsTearOff}).
 */
public abstract class DartRootNode extends RootNode implements org.dartj.runtime.DartTearOffEquality {
    private final String name;
    private final SourceSection sourceSection;

    protected DartRootNode(DartLanguage language, FrameDescriptor descriptor, String name, SourceSection sourceSection) {
        super(language, descriptor);
        this.name = name;
        this.sourceSection = sourceSection;
    }

    /** The most positional parameters the function takes; -1 when unknown (Java-implemented). */
    private int maxPositional = -1;

    /** Set by the translator once the root is built. */
    public final void declareArity(int max) {
        this.maxPositional = max;
    }

    /** A generic function whose prologue takes type arguments from its caller. */
    private boolean takesTypeArguments;

    public final void declareTakesTypeArguments() {
        this.takesTypeArguments = true;
    }

    public final boolean takesTypeArguments() {
        return takesTypeArguments;
    }

    /** The function's declared type when its signature is known (closures, functions); else null. */
    private org.dartj.types.DartFunctionType functionType;

    public final void declareFunctionType(org.dartj.types.DartFunctionType type) {
        this.functionType = type;
    }

    public final org.dartj.types.DartFunctionType functionType() {
        return functionType;
    }

    /**
     * A closure's signature in terms of the type parameters of the generic code it is created
     * in (class ones, then function ones, as {@code DartClassTypeArgumentsNode} numbers them),
     * when it mentions them; each closure substitutes them as it is created. Else null.
     */
    private org.dartj.types.DartFunctionType openSignature;

    public final void declareOpenSignature(org.dartj.types.DartFunctionType signature) {
        this.openSignature = signature;
    }

    public final org.dartj.types.DartFunctionType openSignature() {
        return openSignature;
    }

    /**
     * The name a tear-off of this function prints ({@code from Function 'name': static.}), set
     * for top-level functions and methods; null for closures and local functions, which the
     * Dart VM prints by signature only.
     */
    private String tearOffName;
    private boolean isStatic;

    public final void declareTearOff(String simpleName, boolean staticFunction) {
        this.tearOffName = simpleName;
        this.isStatic = staticFunction;
    }

    public final String tearOffName() {
        return tearOffName;
    }

    /** A top-level function or static method (as opposed to an instance method). */
    public final boolean isStatic() {
        return isStatic;
    }

    /**
     * An instance method's signature in terms of its class's type parameters, when its
     * {@link #functionType()} depends on them; a tear-off instantiates it with its receiver's
     * type arguments.
     */
    private org.dartj.types.DartFunctionType memberSignature;
    private org.dartj.classes.DartClass declaringClass;

    public final void declareMemberSignature(org.dartj.types.DartFunctionType signature, org.dartj.classes.DartClass cls) {
        this.memberSignature = signature;
        this.declaringClass = cls;
    }

    public final org.dartj.types.DartFunctionType memberSignature() {
        return memberSignature;
    }

    public final org.dartj.classes.DartClass declaringClass() {
        return declaringClass;
    }

    /**
     * The signature of a generic function or method in terms of its type parameters: those of
     * its class (when it is an instance method) by their index, then its own, numbered after
     * them; an instantiation substitutes them ({@code id<int>} prints {@code (int) => int}).
     */
    private org.dartj.types.DartFunctionType genericSignature;
    private int classTypeParameterCount;

    /** {@code cls}: the class of an instance method (whose type parameters the signature may use), else null. */
    public final void declareGenericSignature(org.dartj.types.DartFunctionType signature, int classParameters, org.dartj.classes.DartClass cls) {
        this.genericSignature = signature;
        this.classTypeParameterCount = classParameters;
        if (cls != null) {
            this.declaringClass = cls;
        }
    }

    public final org.dartj.types.DartFunctionType genericSignature() {
        return genericSignature;
    }

    /** How many of the generic signature's type parameters are its class's (0 unless an instance method). */
    public final int classTypeParameterCount() {
        return classTypeParameterCount;
    }

    /** Whether function values of this code are tear-offs (of a top-level function, a method, a builtin), not closures. */
    protected boolean comparesAsTearOff() {
        return tearOffName != null;
    }

    @Override
    public boolean tearOffEquals(org.dartj.runtime.DartFunction self, org.dartj.runtime.DartFunction other) {
        return comparesAsTearOff() && other.callTarget == self.callTarget && sameReceiver(self.captured, other.captured);
    }

    @Override
    public int tearOffHash(org.dartj.runtime.DartFunction self) {
        if (!comparesAsTearOff()) {
            return System.identityHashCode(self);
        }
        Object receiver = self.captured;
        int receiverHash = receiver instanceof Long || receiver instanceof Double || receiver instanceof Boolean ? receiver.hashCode() : System.identityHashCode(receiver);
        return System.identityHashCode(self.callTarget) * 31 + receiverHash;
    }

    /** {@code identical} on receivers: numbers and bools by value, everything else by identity. */
    private static boolean sameReceiver(Object a, Object b) {
        if (a instanceof Long || a instanceof Double || a instanceof Boolean) {
            return a.equals(b);
        }
        return a == b;
    }

    public final int maxPositional() {
        return maxPositional;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public SourceSection getSourceSection() {
        return sourceSection;
    }

    @Override
    public boolean isCloningAllowed() {
        return true;
    }
}
