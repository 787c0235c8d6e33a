package org.dartj.nodes.controlflow;

import org.dartj.builtins.DartErrors;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.DartStatementNode;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;

/**
 * {@code for (var x in iterable)} over the core iterables; the element is written to a
 * frame slot that the body's variable declaration reads. A list that changes length during
 * the loop throws ConcurrentModificationError, as in Dart.
 */
public final class DartForInNode extends DartStatementNode {
    @Child private DartExpressionNode iterable;
    @Child private LoopNode loop;
    private final int iteratorSlot;
    private final int indexSlot;

    public DartForInNode(DartExpressionNode iterable, int iteratorSlot, int indexSlot, int elementSlot, DartStatementNode body, int id) {
        this.iterable = iterable;
        this.iteratorSlot = iteratorSlot;
        this.indexSlot = indexSlot;
        this.loop = Truffle.getRuntime().createLoopNode(new Body(iteratorSlot, indexSlot, elementSlot, body, id));
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object value = iterable.executeGeneric(frame);
        Object[] snapshotOrList = elementsOf(value);
        frame.setObject(iteratorSlot, snapshotOrList == null ? value : snapshotOrList);
        frame.setLong(indexSlot, 0);
        loop.execute(frame);
    }

    @TruffleBoundary
    private Object[] elementsOf(Object value) {
        if (value instanceof DartList) {
            return null;
        }
        if (value instanceof DartMap) {
            throw DartErrors.typeError("_Map", "Iterable<dynamic>", this);
        }
        if (value instanceof DartIterableView view) {
            return view.elements();
        }
        if (value instanceof org.dartj.runtime.DartSet set) {
            return set.toArray();
        }
        throw DartErrors.typeError(org.dartj.DartLanguage.get(this).coreClasses().classOf(value).getName(), "Iterable<dynamic>", this);
    }

    /** A snapshot-able iterable (map keys, values, ...) until lazy iterables arrive. */
    public interface DartIterableView {
        Object[] elements();
    }

    static final class Body extends Node implements RepeatingNode {
        private final int iteratorSlot;
        private final int indexSlot;
        private final int elementSlot;
        @Child private DartStatementNode body;
        private final int id;

        Body(int iteratorSlot, int indexSlot, int elementSlot, DartStatementNode body, int id) {
            this.iteratorSlot = iteratorSlot;
            this.indexSlot = indexSlot;
            this.elementSlot = elementSlot;
            this.body = body;
            this.id = id;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            Object source = frame.getObject(iteratorSlot);
            long index = frame.getLong(indexSlot);
            Object element;
            if (source instanceof DartList list) {
                if (index >= list.size()) {
                    return false;
                }
                element = list.get((int) index);
            } else {
                Object[] elements = (Object[]) source;
                if (index >= elements.length) {
                    return false;
                }
                element = elements[(int) index];
            }
            frame.setLong(indexSlot, index + 1);
            frame.setObject(elementSlot, element);
            try {
                body.executeVoid(frame);
            } catch (DartBreakException b) {
                if (b.target != id) {
                    throw b;
                }
                return false;
            } catch (DartContinueException c) {
                if (c.target != id) {
                    throw c;
                }
            }
            return true;
        }
    }
}
