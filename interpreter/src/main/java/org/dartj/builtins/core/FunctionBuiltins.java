package org.dartj.builtins.core;

import java.util.Map;

import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartMap;
import org.dartj.runtime.DartNamedArguments;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

/** Static members of the class {@code Function}. */
public final class FunctionBuiltins {
    private FunctionBuiltins() {
    }

    /**
     * {@code Function.apply(function, positionalArguments, [namedArguments])}: a dynamic call;
     * the named arguments are keyed by Symbols. The callee checks the arguments as for any call.
     */
    @DartBuiltin(owner = "Function", name = "apply", kind = DartBuiltin.Kind.STATIC, required = 2, optional = 1)
    public abstract static class ApplyNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object apply(DartFunction function, Object positional, Object named) {
            java.util.List<Object> positionalList = new java.util.ArrayList<>();
            if (positional != DartNull.INSTANCE) {
                DartIterator it = DartIterables.iterator(positional);
                while (it.moveNext()) {
                    positionalList.add(it.current());
                }
            }
            Object[] positionalValues = positionalList.toArray();
            int namedCount = named instanceof DartMap map ? map.size() : 0;
            Object[] args = new Object[1 + positionalValues.length + (namedCount > 0 ? 1 : 0)];
            args[0] = function.captured;
            System.arraycopy(positionalValues, 0, args, 1, positionalValues.length);
            if (namedCount > 0) {
                String[] names = new String[namedCount];
                Object[] values = new Object[namedCount];
                int i = 0;
                for (Map.Entry<Object, Object> e : ((DartMap) named).entryArray()) {
                    if (!(e.getKey() instanceof DartSymbol symbol)) {
                        throw DartErrors.typeErrorFor(e.getKey(), "Symbol", this);
                    }
                    names[i] = symbol.name;
                    values[i++] = e.getValue();
                }
                args[args.length - 1] = new DartNamedArguments(names, values);
            }
            return function.callTarget.call(args);
        }
    }
}
