package org.dartj.nodes.async;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.DartStatementNode;
import org.dartj.nodes.controlflow.DartForInNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code for (x in iterable)} whose body awaits: the iteration state lives in frame slots
 * (as for {@link DartForInNode}), so resuming re-enters the body of the current element.
 */
public final class DartResumableForInNode extends DartStatementNode {
    @Child private DartExpressionNode iterable;
    @Child private DartStatementNode body;
    private final int iteratorSlot;
    private final int indexSlot;
    private final int lengthSlot;
    private final int elementSlot;
    private final int id;
    private final int stateSlot;

    public DartResumableForInNode(DartExpressionNode iterable, int iteratorSlot, int indexSlot, int lengthSlot, int elementSlot, DartStatementNode body, int id,
                    int stateSlot) {
        this.iterable = iterable;
        this.iteratorSlot = iteratorSlot;
        this.indexSlot = indexSlot;
        this.lengthSlot = lengthSlot;
        this.elementSlot = elementSlot;
        this.body = body;
        this.id = id;
        this.stateSlot = stateSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        boolean resuming = frame.getValue(stateSlot) == Boolean.TRUE;
        if (resuming) {
            frame.setObject(stateSlot, null);
        } else {
            DartForInNode.start(frame, iterable.executeGeneric(frame), iteratorSlot, indexSlot, lengthSlot);
        }
        while (true) {
            if (!resuming) {
                Object element = DartForInNode.next(frame, iteratorSlot, indexSlot, lengthSlot, this);
                if (element == DartForInNode.DONE) {
                    return;
                }
                frame.setObject(elementSlot, element);
            }
            resuming = false;
            if (!DartResumableLoopNode.runBody(frame, body, stateSlot, id)) {
                return;
            }
        }
    }
}
