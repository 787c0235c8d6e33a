package org.dartj.nodes.async;

import org.dartj.DartLanguage;
import org.dartj.builtins.core.DartGeneratorIterable;
import org.dartj.nodes.DartRootNode;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

/** The root of a {@code sync*} function: returns the lazy iterable; the body runs on iteration. */
public final class DartGeneratorFunctionRootNode extends DartRootNode {
    private final RootCallTarget resume;
    private final FrameDescriptor bodyDescriptor;
    private final int currentSlot;
    private final org.dartj.types.DartType elementType;

    /** {@code elementType}: the T of a declared {@code Iterable<T>} return type, or null when not known. */
    public DartGeneratorFunctionRootNode(DartLanguage language, FrameDescriptor bodyDescriptor, RootCallTarget resume, int currentSlot, String name, SourceSection section,
                    org.dartj.types.DartType elementType) {
        super(language, new FrameDescriptor(), name, section);
        this.elementType = elementType;
        this.bodyDescriptor = bodyDescriptor;
        this.resume = resume;
        this.currentSlot = currentSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return new DartGeneratorIterable(DartLanguage.get(this).coreClasses(), resume, bodyDescriptor, frame.getArguments(), currentSlot, elementType);
    }
}
