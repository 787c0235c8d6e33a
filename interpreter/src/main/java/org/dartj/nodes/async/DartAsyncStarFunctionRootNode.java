package org.dartj.nodes.async;

import org.dartj.DartLanguage;
import org.dartj.builtins.async.DartAsyncStarStream;
import org.dartj.nodes.DartRootNode;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

/** The root of an {@code async*} function: returns the stream; the body runs once it is listened to. */
public final class DartAsyncStarFunctionRootNode extends DartRootNode {
    private final FrameDescriptor bodyDescriptor;
    private final RootCallTarget resume;
    private final int generatorSlot;

    public DartAsyncStarFunctionRootNode(DartLanguage language, FrameDescriptor bodyDescriptor, RootCallTarget resume, int generatorSlot, String name, SourceSection section) {
        super(language, new FrameDescriptor(), name, section);
        this.bodyDescriptor = bodyDescriptor;
        this.resume = resume;
        this.generatorSlot = generatorSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return DartAsyncStarStream.start(this, resume, Truffle.getRuntime().createMaterializedFrame(frame.getArguments(), bodyDescriptor), generatorSlot);
    }
}
