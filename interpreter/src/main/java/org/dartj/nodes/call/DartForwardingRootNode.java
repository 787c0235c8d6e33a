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
 * generic function instantiated ({@code f<int>} as a value), a generic class's factory torn
 * off with its type arguments, a redirecting factory constructor ({@code factory C.of(x) = D;}).
 * The type arguments are handed over as a direct call with written type arguments does
 * ({@link DartContext#passTypeArguments}).
 */
public final class DartForwardingRootNode extends RootNode {
    private final DartFunctionHolder function;
    @CompilerDirectives.CompilationFinal(dimensions = 1) private final DartType[] typeArguments;
    private final String name;
    @Child private DirectCallNode call;

    public DartForwardingRootNode(DartLanguage language, String name, DartFunctionHolder function, DartType[] typeArguments) {
        super(language);
        this.name = name;
        this.function = function;
        this.typeArguments = typeArguments;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (call == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            call = insert(Truffle.getRuntime().createDirectCallNode(function.get().callTarget));
        }
        DartContext context = DartContext.get(this);
        context.passTypeArguments(typeArguments);
        try {
            return call.call(frame.getArguments());
        } finally {
            context.passTypeArguments(null);
        }
    }

    @Override
    public String getName() {
        return name;
    }
}
