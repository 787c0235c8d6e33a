package org.dartj.nodes.async;

import org.dartj.DartContext;
import org.dartj.DartLanguage;
import org.dartj.nodes.DartRootNode;
import org.dartj.runtime.async.DartFuture;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.source.SourceSection;

/**
 * The root of an {@code async} function: creates its future and a materialized frame that
 * survives suspensions, then runs the body (in {@link DartAsyncResumeRootNode}) until the
 * first {@code await}; returns the future.
 */
public final class DartAsyncFunctionRootNode extends DartRootNode {
    private final FrameDescriptor bodyDescriptor;
    private final int futureSlot;
    /** T of the declared {@code Future<T>} return type, reified in the future; null when not known. */
    private final Object futureType;
    @Child private DirectCallNode start;

    public DartAsyncFunctionRootNode(DartLanguage language, FrameDescriptor bodyDescriptor, int futureSlot, CallTarget resume, String name, SourceSection section,
                    Object futureType) {
        super(language, new FrameDescriptor(), name, section);
        this.bodyDescriptor = bodyDescriptor;
        this.futureSlot = futureSlot;
        this.futureType = futureType;
        this.start = Truffle.getRuntime().createDirectCallNode(resume);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        DartContext context = DartContext.get(this);
        DartFuture future = new DartFuture(context.getLoop(), context::reportUncaught).withTypeArgument(futureType);
        MaterializedFrame body = Truffle.getRuntime().createMaterializedFrame(frame.getArguments(), bodyDescriptor);
        body.setObject(futureSlot, future);
        start.call(body, null, Boolean.TRUE);
        return future;
    }
}
