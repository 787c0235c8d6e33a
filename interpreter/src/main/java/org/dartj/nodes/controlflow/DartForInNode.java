package org.dartj.nodes.controlflow;

import org.dartj.builtins.DartErrors;
import org.dartj.builtins.core.DartIterables;
import org.dartj.builtins.core.DartIterator;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.DartStatementNode;
import org.dartj.runtime.DartList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;

/**
 * {@code for (var x in iterable)}; the element is written to a frame slot that the body's
 * variable declaration reads. A list is iterated by index (the fast path) and, like Dart's
 * {@code ListIterator}, throws ConcurrentModificationError when its length differs from the
 * length it had when the loop started. Any other iterable (lazy iterables, map views,
 * user-defined iterables) is iterated through its iterator, one element at a time.
 */
public final class DartForInNode extends DartStatementNode {
    @Child private DartExpressionNode iterable;
    @Child private LoopNode loop;
    private final int iteratorSlot;
    private final int indexSlot;
    private final int lengthSlot;

    public DartForInNode(DartExpressionNode iterable, int iteratorSlot, int indexSlot, int lengthSlot, int elementSlot, DartStatementNode body, int id) {
        this.iterable = iterable;
        this.iteratorSlot = iteratorSlot;
        this.indexSlot = indexSlot;
        this.lengthSlot = lengthSlot;
        this.loop = Truffle.getRuntime().createLoopNode(new Body(iteratorSlot, indexSlot, lengthSlot, elementSlot, body, id));
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        start(frame, iterable.executeGeneric(frame), iteratorSlot, indexSlot, lengthSlot);
        loop.execute(frame);
    }

    /** Stores the iteration state of {@code value}: a list and its length, or an iterator. */
    public static void start(VirtualFrame frame, Object value, int iteratorSlot, int indexSlot, int lengthSlot) {
        if (value instanceof DartList list) {
            frame.setObject(iteratorSlot, list);
            frame.setLong(lengthSlot, list.size());
        } else {
            frame.setObject(iteratorSlot, iteratorOf(value));
        }
        frame.setLong(indexSlot, 0);
    }

    /**
     * The next element of the iteration whose state is in the frame, or {@link #DONE}.
     */
    public static Object next(VirtualFrame frame, int iteratorSlot, int indexSlot, int lengthSlot, Node location) {
        Object source = frame.getObject(iteratorSlot);
        if (source instanceof DartList list) {
            long length = frame.getLong(lengthSlot);
            if (list.size() != length) {
                throw concurrentModification(list, location);
            }
            long index = frame.getLong(indexSlot);
            if (index >= length) {
                return DONE;
            }
            frame.setLong(indexSlot, index + 1);
            return list.get((int) index);
        }
        return nextOf((DartIterator) source);
    }

    /** The marker {@link #next} returns after the last element. */
    public static final Object DONE = new Object();

    @TruffleBoundary
    private static DartIterator iteratorOf(Object value) {
        return DartIterables.iterator(value);
    }

    @TruffleBoundary
    private static Object nextOf(DartIterator iterator) {
        return iterator.moveNext() ? iterator.current() : DONE;
    }

    @TruffleBoundary
    private static RuntimeException concurrentModification(DartList list, Node location) {
        return DartErrors.concurrentModification(list, location);
    }

    static final class Body extends Node implements RepeatingNode {
        private final int iteratorSlot;
        private final int indexSlot;
        private final int lengthSlot;
        private final int elementSlot;
        @Child private DartStatementNode body;
        private final int id;

        Body(int iteratorSlot, int indexSlot, int lengthSlot, int elementSlot, DartStatementNode body, int id) {
            this.iteratorSlot = iteratorSlot;
            this.indexSlot = indexSlot;
            this.lengthSlot = lengthSlot;
            this.elementSlot = elementSlot;
            this.body = body;
            this.id = id;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            Object element = next(frame, iteratorSlot, indexSlot, lengthSlot, this);
            if (element == DONE) {
                return false;
            }
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
