package org.dartj.nodes.async;

import org.dartj.DartLanguage;
import org.dartj.nodes.DartRootNode;
import org.dartj.nodes.DartStatementNode;
import org.dartj.nodes.controlflow.DartReturnException;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Runs a {@code sync*} body on its materialized frame up to the next {@code yield}:
 * returns true when an element was yielded (it is in the current-value slot), false when
 * the body finished. Errors propagate to the caller of {@code moveNext}.
 */
public final class DartGeneratorResumeRootNode extends DartRootNode {
    @Child private DartStatementNode body;

    public DartGeneratorResumeRootNode(DartLanguage language, DartStatementNode body, String name, SourceSection section) {
        super(language, new FrameDescriptor(), name, section);
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame ownFrame) {
        MaterializedFrame frame = (MaterializedFrame) ownFrame.getArguments()[0];
        try {
            body.executeVoid(frame);
        } catch (DartYieldException y) {
            return Boolean.TRUE;
        } catch (DartReturnException r) {
            return Boolean.FALSE;
        }
        return Boolean.FALSE;
    }
}
