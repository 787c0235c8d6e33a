package org.dartj.nodes.call;

import org.dartj.runtime.DartFunction;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

/** Calls a function value: a monomorphic inline cache on its code, then an indirect call. */
@GenerateInline(false)
public abstract class DartDispatchNode extends Node {
    public abstract Object executeDispatch(DartFunction function, Object[] arguments);

    @Specialization(guards = "function.callTarget == cachedTarget", limit = "3")
    protected static Object doDirect(DartFunction function, Object[] arguments,
                    @Cached("function.callTarget") RootCallTarget cachedTarget,
                    @Cached("create(cachedTarget)") DirectCallNode callNode) {
        arguments[0] = function.captured;
        return callNode.call(arguments);
    }

    @Specialization(replaces = "doDirect")
    protected static Object doIndirect(DartFunction function, Object[] arguments, @Cached IndirectCallNode callNode) {
        arguments[0] = function.captured;
        return callNode.call(function.callTarget, arguments);
    }
}
