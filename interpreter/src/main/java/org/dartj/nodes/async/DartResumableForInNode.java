package org.dartj.nodes.async;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.DartStatementNode;
import org.dartj.nodes.controlflow.DartBreakException;
import org.dartj.nodes.controlflow.DartContinueException;
import org.dartj.nodes.controlflow.DartForInNode;
import org.dartj.runtime.DartList;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code for (x in iterable)} whose body awaits: the iteration state lives in frame slots,
 * so resuming re-enters the body of the current element.
 */
public final class DartResumableForInNode extends DartStatementNode {
    @Child private DartExpressionNode iterable;
    @Child private DartStatementNode body;
    private final int iteratorSlot;
    private final int indexSlot;
    private final int elementSlot;
    private final int id;
    private final int stateSlot;

    public DartResumableForInNode(DartExpressionNode iterable, int iteratorSlot, int indexSlot, int elementSlot, DartStatementNode body, int id, int stateSlot) {
        this.iterable = iterable;
        this.iteratorSlot = iteratorSlot;
        this.indexSlot = indexSlot;
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
            Object value = iterable.executeGeneric(frame);
            frame.setObject(iteratorSlot, value instanceof DartForInNode.DartIterableView view ? view.elements() : value);
            frame.setLong(indexSlot, 0);
        }
        while (true) {
            if (!resuming) {
                Object source = frame.getObject(iteratorSlot);
                long index = frame.getLong(indexSlot);
                Object element;
                if (source instanceof DartList list) {
                    if (index >= list.size()) {
                        return;
                    }
                    element = list.get((int) index);
                } else {
                    Object[] elements = (Object[]) source;
                    if (index >= elements.length) {
                        return;
                    }
                    element = elements[(int) index];
                }
                frame.setLong(indexSlot, index + 1);
                frame.setObject(elementSlot, element);
            }
            resuming = false;
            try {
                body.executeVoid(frame);
            } catch (DartYieldException y) {
                frame.setObject(stateSlot, Boolean.TRUE);
                throw y;
            } catch (DartBreakException b) {
                if (b.target != id) {
                    throw b;
                }
                return;
            } catch (DartContinueException c) {
                if (c.target != id) {
                    throw c;
                }
            }
        }
    }
}
