package org.dartj.nodes.call;

import org.dartj.DartContext;
import org.dartj.DartLanguage;
import org.dartj.nodes.DartRootNode;
import org.dartj.runtime.DartFunction;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.IndirectCallNode;

/**
 * The code of an instantiated generic function (its value captures a {@link DartInstantiation}):
 * calls the generic function with the captured type arguments, handed over as a call with
 * written type arguments does ({@link DartContext#passTypeArguments}).
 */
public final class DartInstantiationRootNode extends DartRootNode {
    @Child private IndirectCallNode call = Truffle.getRuntime().createIndirectCallNode();

    public DartInstantiationRootNode(DartLanguage language, String name) {
        super(language, null, name, null);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        DartInstantiation instantiation = (DartInstantiation) args[0];
        DartFunction generic = instantiation.function();
        Object[] forwarded = args.clone();
        forwarded[0] = generic.captured;
        DartContext context = DartContext.get(this);
        context.passTypeArguments(instantiation.typeArguments());
        try {
            return call.call(generic.callTarget, forwarded);
        } finally {
            context.passTypeArguments(null);
        }
    }

    /** Equal to another instantiation (made anywhere) of an equal function with the same type arguments. */
    @Override
    public boolean tearOffEquals(DartFunction self, DartFunction other) {
        return other.captured instanceof DartInstantiation i && i.equals(self.captured);
    }

    @Override
    public int tearOffHash(DartFunction self) {
        return self.captured.hashCode();
    }
}
