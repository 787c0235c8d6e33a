package org.dartj.nodes;

import org.dartj.DartContext;
import org.dartj.DartLanguage;
import org.dartj.nodes.controlflow.DartReturnException;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;
import com.oracle.truffle.api.source.SourceSection;

/** The root of a (synchronous) Dart function: runs the body; {@code return} ends it. */
public final class DartFunctionRootNode extends DartRootNode {
    @Child private DartStatementNode body;
    private final BranchProfile returned = BranchProfile.create();

    public DartFunctionRootNode(DartLanguage language, FrameDescriptor descriptor, DartStatementNode body, String name, SourceSection section) {
        super(language, descriptor, name, section);
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        DartContext context = DartContext.get(this);
        context.enterCall(this);
        try {
            body.executeVoid(frame);
        } catch (DartReturnException r) {
            returned.enter();
            return r.result;
        } finally {
            context.exitCall();
        }
        return DartNull.INSTANCE;
    }
}
