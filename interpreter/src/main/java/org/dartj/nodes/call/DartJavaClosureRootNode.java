package org.dartj.nodes.call;

import java.util.function.Function;

import org.dartj.DartLanguage;
import org.dartj.runtime.DartFunction;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * The one call target of Dart function values whose body is a Java lambda held as the
 * function's captured value (zone-bound callbacks, runtime tasks handed to Dart zone
 * handlers). Unlike {@link DartJavaFunctionRootNode} it makes no root node per function, so
 * it suits functions made at run time in numbers. Slow path by design.
 */
public final class DartJavaClosureRootNode extends RootNode {
    private DartJavaClosureRootNode(DartLanguage language) {
        super(language);
    }

    /** The shared call target; one per language. */
    public static com.oracle.truffle.api.RootCallTarget createTarget(DartLanguage language) {
        return new DartJavaClosureRootNode(language).getCallTarget();
    }

    /** A function value calling {@code body} with the positional arguments. */
    public static DartFunction create(DartLanguage language, String name, Function<Object[], Object> body) {
        return new DartFunction(name, language.javaClosureTarget(), body);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return call(frame.getArguments());
    }

    @SuppressWarnings("unchecked")
    @TruffleBoundary
    private static Object call(Object[] args) {
        Object[] positional = new Object[Math.max(0, DartArguments.positionalCount(args))];
        System.arraycopy(args, 1, positional, 0, positional.length);
        return ((Function<Object[], Object>) args[0]).apply(positional);
    }

    @Override
    public boolean isInternal() {
        return true;
    }

    @Override
    public String getName() {
        return "closure";
    }
}
