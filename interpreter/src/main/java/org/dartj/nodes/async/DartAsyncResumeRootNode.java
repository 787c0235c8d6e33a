package org.dartj.nodes.async;

import org.dartj.DartLanguage;
import org.dartj.nodes.DartRootNode;
import org.dartj.nodes.DartStatementNode;
import org.dartj.nodes.controlflow.DartReturnException;
import org.dartj.runtime.DartException;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.async.DartFuture;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Runs (or resumes) an async function's body on its materialized frame. Arguments:
 * {@code [frame, resumeValue, firstRun]}. Ends by completing the function's future with the
 * returned value or the thrown error; a suspension just returns.
 */
public final class DartAsyncResumeRootNode extends DartRootNode {
    @Child private DartStatementNode body;
    private final int futureSlot;
    private final int resumeValueSlot;

    public DartAsyncResumeRootNode(DartLanguage language, DartStatementNode body, int futureSlot, int resumeValueSlot, String name, SourceSection section) {
        super(language, new FrameDescriptor(), name, section);
        this.body = body;
        this.futureSlot = futureSlot;
        this.resumeValueSlot = resumeValueSlot;
    }

    @Override
    public Object execute(VirtualFrame ownFrame) {
        Object[] args = ownFrame.getArguments();
        MaterializedFrame frame = (MaterializedFrame) args[0];
        boolean firstRun = args[2] == Boolean.TRUE;
        frame.setObject(resumeValueSlot, args[1]);
        DartFuture future = (DartFuture) frame.getObject(futureSlot);
        Object result;
        try {
            body.executeVoid(frame);
            result = DartNull.INSTANCE;
        } catch (DartReturnException r) {
            result = r.result;
        } catch (DartYieldException y) {
            return DartNull.INSTANCE;
        } catch (DartException e) {
            // The trace is where the error was thrown: taken now, before an awaiting function rethrows it.
            // Resumed by the event loop, the function's awaiters follow it (<asynchronous suspension>).
            fillInStackTrace(e, firstRun ? null : future);
            if (firstRun) {
                future.completeErrorAsync(e);
            } else {
                future.completeError(e);
            }
            return DartNull.INSTANCE;
        }
        if (firstRun) {
            future.completeAsync(result);
        } else {
            future.complete(result);
        }
        return DartNull.INSTANCE;
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static void fillInStackTrace(DartException e, DartFuture resumed) {
        com.oracle.truffle.api.TruffleStackTrace.fillIn(e);
        if (resumed != null && e.awaiters() == null) {
            e.setAwaiters(DartAwaiter.chain(resumed));
        }
    }

    int futureSlot() {
        return futureSlot;
    }
}
