package org.dartj.nodes.object;

import org.dartj.DartLanguage;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * A generative constructor of an extension type called as {@code E.name(...)}. An extension
 * type is erased, so the constructor makes no object: its initialization
 * ({@code [box, args...]}) computes the representation value (initializing formal,
 * initializer or redirection), stores it in the box it gets as receiver
 * ({@link DartStoreRepresentationNode}), then runs the body with {@code this} bound to it; the
 * value in the box is the result.
 */
public final class DartExtensionTypeConstructorRootNode extends RootNode {
    @Child private DirectCallNode initialize;
    private final String name;

    public DartExtensionTypeConstructorRootNode(DartLanguage language, CallTarget initializer, String name) {
        super(language);
        this.initialize = Truffle.getRuntime().createDirectCallNode(initializer);
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments().clone();
        Object[] box = new Object[1];
        args[0] = box;
        initialize.call(args);
        return box[0];
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
