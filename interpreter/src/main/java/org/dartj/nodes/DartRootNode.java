package org.dartj.nodes;

import org.dartj.DartLanguage;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

/** Base of the roots of Dart code: a name for stack traces and a source section. */
public abstract class DartRootNode extends RootNode {
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
