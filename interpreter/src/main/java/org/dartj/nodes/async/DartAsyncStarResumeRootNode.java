package org.dartj.nodes.async;

import org.dartj.DartLanguage;
import org.dartj.builtins.async.DartAsyncStarStream;
import org.dartj.nodes.DartRootNode;
import org.dartj.nodes.DartStatementNode;
import org.dartj.nodes.controlflow.DartReturnException;
import org.dartj.runtime.DartException;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Runs (or resumes) an {@code async*} body on its materialized frame, arguments
 * {@code [frame, resumeValue, firstRun]} as for async functions: a suspension (at an
 * {@code await} or a {@code yield}) just returns; the body's end closes the stream.
 */
public final class DartAsyncStarResumeRootNode extends DartRootNode {
    @Child private DartStatementNode body;
    private final int generatorSlot;
    private final int resumeValueSlot;

    public DartAsyncStarResumeRootNode(DartLanguage language, DartStatementNode body, int generatorSlot, int resumeValueSlot, String name, SourceSection section) {
        super(language, new FrameDescriptor(), name, section);
        this.body = body;
        this.generatorSlot = generatorSlot;
        this.resumeValueSlot = resumeValueSlot;
    }

    @Override
    public Object execute(VirtualFrame ownFrame) {
        Object[] args = ownFrame.getArguments();
        MaterializedFrame frame = (MaterializedFrame) args[0];
        frame.setObject(resumeValueSlot, args[1]);
        DartAsyncStarStream generator = (DartAsyncStarStream) frame.getObject(generatorSlot);
        try {
            body.executeVoid(frame);
        } catch (DartYieldException y) {
            return DartNull.INSTANCE;
        } catch (DartReturnException r) {
            // the body ended with return
        } catch (DartException e) {
            generator.finish(e.getValue(), this);
            return DartNull.INSTANCE;
        }
        generator.finish(null, this);
        return DartNull.INSTANCE;
    }
}
