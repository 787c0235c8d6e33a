package org.dartj.builtins.core;

import org.dartj.classes.DartCoreClasses;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;

/**
 * The Iterable a {@code sync*} function returns: each iterator runs the body afresh on a new
 * frame (with the call's arguments), one element per {@code moveNext}.
 */
public final class DartGeneratorIterable extends DartLazyIterable {
    private final RootCallTarget resume;
    private final FrameDescriptor descriptor;
    private final Object[] arguments;
    private final int currentSlot;
    private final org.dartj.runtime.DartReifiedType elementType;

    /** {@code elementType}: the T of the function's declared {@code Iterable<T>}, or null if not known. */
    public DartGeneratorIterable(DartCoreClasses classes, RootCallTarget resume, FrameDescriptor descriptor, Object[] arguments, int currentSlot,
                    org.dartj.runtime.DartReifiedType elementType) {
        super(classes);
        this.elementType = elementType;
        this.resume = resume;
        this.descriptor = descriptor;
        this.arguments = arguments;
        this.currentSlot = currentSlot;
    }

    @Override
    public String vmClass() {
        return "_SyncStarIterable";
    }

    @Override
    public org.dartj.runtime.DartReifiedType elementType() {
        return elementType;
    }

    @Override
    @TruffleBoundary
    public DartIterator iterator() {
        MaterializedFrame frame = Truffle.getRuntime().createMaterializedFrame(arguments.clone(), descriptor);
        return new DartIterator() {
            private boolean done;
            private Object current = DartNull.INSTANCE;

            @Override
            public boolean moveNext() {
                if (done) {
                    return false;
                }
                boolean yielded = (Boolean) resume.call(frame);
                if (yielded) {
                    current = frame.getObject(currentSlot);
                    return true;
                }
                done = true;
                current = DartNull.INSTANCE;
                return false;
            }

            @Override
            public Object current() {
                return current;
            }
        };
    }
}
