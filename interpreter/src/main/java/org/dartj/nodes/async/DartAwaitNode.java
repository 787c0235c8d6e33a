package org.dartj.nodes.async;

import org.dartj.DartContext;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.DartStatementNode;
import org.dartj.nodes.local.DartWriteLocalNode;
import org.dartj.runtime.async.DartFuture;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code await e} in statement position (the translator moves every await there): the
 * first execution registers a continuation on the future and suspends; the resumed
 * execution stores the result (or throws the error) and goes on.
 */
public final class DartAwaitNode extends DartStatementNode {
    private static final Object AWAITING = new Object();

    /** The outcome of an awaited future that failed, delivered as the resume value. */
    record Failure(org.dartj.runtime.DartException error) {
    }

    @Child private DartExpressionNode operand;
    @Child private DartWriteLocalNode target;
    private final int stateSlot;
    private final int resumeValueSlot;

    public DartAwaitNode(DartExpressionNode operand, DartWriteLocalNode target, int stateSlot, int resumeValueSlot) {
        this.operand = operand;
        this.target = target;
        this.stateSlot = stateSlot;
        this.resumeValueSlot = resumeValueSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (frame.getValue(stateSlot) == AWAITING) {
            frame.setObject(stateSlot, null);
            Object result = frame.getObject(resumeValueSlot);
            frame.setObject(resumeValueSlot, null);
            if (result instanceof Failure f) {
                throw new org.dartj.runtime.DartException(f.error().getValue(), f.error());
            }
            if (target != null) {
                target.executeWrite(frame, result);
            }
            return;
        }
        Object value = operand.executeGeneric(frame);
        frame.setObject(stateSlot, AWAITING);
        suspend((MaterializedFrame) frame, value, getRootNode().getCallTarget());
        throw DartYieldException.INSTANCE;
    }

    @TruffleBoundary
    private void suspend(MaterializedFrame frame, Object value, RootCallTarget resume) {
        DartFuture future;
        if (value instanceof DartFuture f) {
            future = f;
            if (getRootNode() instanceof DartAsyncResumeRootNode root && frame.getValue(root.futureSlot()) instanceof DartFuture own) {
                future.setAwaiter(new DartAwaiter(root.getName(), getEncapsulatingSourceSection(), own));
            }
        } else {
            DartContext context = DartContext.get(this);
            future = new DartFuture(context.getLoop(), context::reportUncaught);
            future.complete(value);
        }
        // Resumed from the event loop, where no node encloses the call: passing no call-site
        // node directly skips Truffle's thread-local lookup of one (~10% of an await's cost).
        DartFuture.Listener continuation = done -> resume.call((Node) null, frame, done.isError() ? new Failure(done.error()) : done.value(), Boolean.FALSE);
        org.dartj.runtime.async.DartAsyncZone zone = future.loop().currentZone();
        if (zone != null) {
            // In a zone, the continuation is a registered callback run by the zone, as in the VM.
            continuation = org.dartj.builtins.async.DartZone.awaitContinuation((org.dartj.builtins.async.DartZone) zone,
                            result -> resume.call(frame, result, Boolean.FALSE),
                            error -> resume.call(frame, new Failure(error), Boolean.FALSE));
        }
        future.addListener(continuation);
    }
}
