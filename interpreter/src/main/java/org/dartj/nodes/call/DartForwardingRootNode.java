package org.dartj.nodes.call;

import org.dartj.DartContext;
import org.dartj.DartLanguage;
import org.dartj.types.DartType;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * Code that forwards every call to another function with fixed type arguments (or none): a
 * generic class's factory torn off with its type arguments, a redirecting factory constructor
 * ({@code factory C.of(x) = D;}). (A generic function instantiated as a value is a
 * {@link DartInstantiationRootNode}'s.)
 * The type arguments are handed over as a direct call with written type arguments does
 * ({@link DartContext#passTypeArguments}).
 */
public final class DartForwardingRootNode extends RootNode {
    private final DartFunctionHolder function;
    @CompilerDirectives.CompilationFinal(dimensions = 1) private final DartType[] typeArguments;
    private final String name;
    @Child private DirectCallNode call;
    /** A redirecting factory of a generic class: the caller's type arguments go on to the target (through {@link #typeArguments} when not null). */
    private final boolean forwardsClassTypeArguments;
    private final boolean targetIsGenerative;

    public DartForwardingRootNode(DartLanguage language, String name, DartFunctionHolder function, DartType[] typeArguments) {
        super(language);
        this.name = name;
        this.function = function;
        this.typeArguments = typeArguments;
        this.forwardsClassTypeArguments = false;
        this.targetIsGenerative = false;
    }

    /**
     * Forwards a generic class's redirecting factory: the type arguments its caller passes go to
     * the target, in the receiver slot of a generative constructor or as a factory's.
     */
    public DartForwardingRootNode(DartLanguage language, String name, DartFunctionHolder function, boolean targetIsGenerative) {
        this(language, name, function, null, targetIsGenerative);
    }

    /**
     * Forwards a generic class's redirecting factory whose target has other type arguments
     * ({@code factory C.of(T x) = D<List<T>>;}): {@code targetTypes}, written in terms of the
     * class's type parameters, are instantiated with the caller's type arguments.
     */
    public DartForwardingRootNode(DartLanguage language, String name, DartFunctionHolder function, DartType[] targetTypes, boolean targetIsGenerative) {
        super(language);
        this.name = name;
        this.function = function;
        this.typeArguments = targetTypes;
        this.forwardsClassTypeArguments = true;
        this.targetIsGenerative = targetIsGenerative;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (call == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            call = insert(Truffle.getRuntime().createDirectCallNode(function.get().callTarget));
        }
        DartContext context = DartContext.get(this);
        Object[] args = frame.getArguments();
        DartType[] types = typeArguments;
        if (forwardsClassTypeArguments) {
            types = typeArguments == null ? context.takeTypeArguments() : instantiate(typeArguments, context.takeTypeArguments());
            if (targetIsGenerative) {
                args = args.clone();
                args[0] = types;
                types = null;
            }
        }
        context.passTypeArguments(types);
        try {
            return call.call(args);
        } finally {
            context.passTypeArguments(null);
        }
    }

    @CompilerDirectives.TruffleBoundary
    private static DartType[] instantiate(DartType[] written, DartType[] callerTypes) {
        DartType[] result = new DartType[written.length];
        for (int i = 0; i < written.length; i++) {
            result[i] = written[i].substitute(callerTypes);
        }
        return result;
    }

    @Override
    public String getName() {
        return name;
    }
}
