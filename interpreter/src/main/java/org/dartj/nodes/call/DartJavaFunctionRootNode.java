package org.dartj.nodes.call;

import java.util.function.Function;

import org.dartj.DartLanguage;
import org.dartj.runtime.DartFunction;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * A Dart function implemented by a Java callback (callbacks the runtime hands to Dart code,
 * e.g. the listeners a stream iterator passes to {@code listen}). Slow path by design.
 */
public final class DartJavaFunctionRootNode extends RootNode {
    private final String name;
    private final Function<Object[], Object> body;
    private final int maxPositional;

    private DartJavaFunctionRootNode(DartLanguage language, String name, int maxPositional, Function<Object[], Object> body) {
        super(language);
        this.name = name;
        this.maxPositional = maxPositional;
        this.body = body;
    }

    /** A function value calling {@code body} with the positional arguments. */
    @TruffleBoundary
    public static DartFunction create(DartLanguage language, String name, Function<Object[], Object> body) {
        return create(language, name, 1, body);
    }

    /**
     * A function value taking up to {@code maxPositional} positional arguments: an error
     * handler declaring 2 is called with the error and its stack trace.
     */
    @TruffleBoundary
    public static DartFunction create(DartLanguage language, String name, int maxPositional, Function<Object[], Object> body) {
        return new DartFunction(name, new DartJavaFunctionRootNode(language, name, maxPositional, body).getCallTarget(), null);
    }

    public int maxPositional() {
        return maxPositional;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return call(frame.getArguments());
    }

    @TruffleBoundary
    private Object call(Object[] args) {
        Object[] positional = new Object[Math.max(0, DartArguments.positionalCount(args))];
        System.arraycopy(args, 1, positional, 0, positional.length);
        return body.apply(positional);
    }

    @Override
    public boolean isInternal() {
        return true;
    }

    @Override
    public String getName() {
        return name;
    }
}
