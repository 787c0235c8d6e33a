package org.dartj.nodes.controlflow;

import org.dartj.DartLanguage;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartCoreClasses;
import org.dartj.classes.DartErrorObject;
import org.dartj.classes.DartStackTraceObject;
import org.dartj.nodes.DartStatementNode;
import org.dartj.nodes.async.DartYieldException;
import org.dartj.nodes.expression.DartTypeTestNode;
import org.dartj.runtime.DartException;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/**
 * {@code try} / {@code on T catch (e, s)} / {@code finally}. A Java stack overflow becomes a
 * catchable Dart {@code StackOverflowError}. In an async body the statement is resumable:
 * the phase (body, handler i, finally) and the pending outcome are kept in a frame slot, so
 * a suspension inside any part resumes there and {@code finally} does not run on suspension.
 */
public final class DartTryNode extends DartStatementNode {
    /** One {@code on T catch (e, s) { ... }} clause; {@code type} null catches everything. */
    public static final class Handler {
        final org.dartj.types.DartTypeTest type;
        final int exceptionSlot;
        final int stackSlot;
        final int caughtSlot;

        public Handler(org.dartj.types.DartTypeTest type, int exceptionSlot, int stackSlot, int caughtSlot) {
            this.type = type;
            this.exceptionSlot = exceptionSlot;
            this.stackSlot = stackSlot;
            this.caughtSlot = caughtSlot;
        }
    }

    private static final int BODY = 0;
    private static final int FINALLY = -1;

    /** Saved progress of a suspended try (async bodies only). */
    private record State(int phase, Throwable pending) {
    }

    @Child private DartStatementNode body;
    @Children private final DartStatementNode[] handlerBodies;
    @Child private DartStatementNode finallyBlock;
    /** Per handler, the type arguments its {@code on} type uses ({@code on T} in generic code), or null. */
    @Children private final org.dartj.nodes.expression.DartClassTypeArgumentsNode[] handlerTypeArguments;
    private final Handler[] handlers;
    private final int stateSlot;

    public DartTryNode(DartStatementNode body, Handler[] handlers, org.dartj.nodes.expression.DartClassTypeArgumentsNode[] handlerTypeArguments,
                    DartStatementNode[] handlerBodies, DartStatementNode finallyBlock, int stateSlot) {
        this.body = body;
        this.handlers = handlers;
        this.handlerTypeArguments = handlerTypeArguments;
        this.handlerBodies = handlerBodies;
        this.finallyBlock = finallyBlock;
        this.stateSlot = stateSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int phase = BODY;
        Throwable pending = null;
        if (stateSlot >= 0 && frame.getValue(stateSlot) instanceof State saved) {
            frame.setObject(stateSlot, null);
            phase = saved.phase();
            pending = saved.pending();
        }
        if (phase == BODY) {
            try {
                body.executeVoid(frame);
                phase = FINALLY;
            } catch (DartYieldException y) {
                suspend(frame, BODY, null);
                throw y;
            } catch (DartException e) {
                int handler = selectHandler(frame, e);
                if (handler < 0) {
                    pending = e;
                    phase = FINALLY;
                } else {
                    phase = handler + 1;
                }
            } catch (StackOverflowError e) {
                CompilerDirectives.transferToInterpreter();
                DartException converted = stackOverflow(e);
                int handler = selectHandler(frame, converted);
                if (handler < 0) {
                    pending = converted;
                    phase = FINALLY;
                } else {
                    phase = handler + 1;
                }
            } catch (ControlFlowException c) {
                pending = c;
                phase = FINALLY;
            }
        }
        if (phase > 0) {
            try {
                runHandler(frame, phase - 1);
            } catch (DartYieldException y) {
                suspend(frame, phase, null);
                throw y;
            } catch (DartException | ControlFlowException e) {
                pending = e;
            }
            phase = FINALLY;
        }
        if (finallyBlock != null) {
            try {
                finallyBlock.executeVoid(frame);
            } catch (DartYieldException y) {
                suspend(frame, FINALLY, pending);
                throw y;
            }
        }
        if (pending != null) {
            throw rethrow(pending);
        }
    }

    private void suspend(VirtualFrame frame, int phase, Throwable pending) {
        if (stateSlot < 0) {
            throw CompilerDirectives.shouldNotReachHere("suspension in a non-resumable try");
        }
        frame.setObject(stateSlot, new State(phase, pending));
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        throw (Error) t;
    }

    @ExplodeLoop
    private int selectHandler(VirtualFrame frame, DartException e) {
        Object value = e.getValue();
        for (int i = 0; i < handlers.length; i++) {
            Handler h = handlers[i];
            org.dartj.nodes.expression.DartClassTypeArgumentsNode typeArguments = handlerTypeArguments[i];
            if (h.type == null || (typeArguments == null ? h.type.matches(value) : h.type.matches(value, typeArguments.executeArguments(frame)))) {
                if (h.exceptionSlot >= 0) {
                    frame.setObject(h.exceptionSlot, value);
                }
                if (h.stackSlot >= 0) {
                    frame.setObject(h.stackSlot, stackTrace(e));
                }
                org.dartj.builtins.core.ErrorBuiltins.recordThrown(e, this);
                frame.setObject(h.caughtSlot, e);
                return i;
            }
        }
        return -1;
    }

    @ExplodeLoop
    private void runHandler(VirtualFrame frame, int index) {
        for (int i = 0; i < handlerBodies.length; i++) {
            if (i == index) {
                handlerBodies[i].executeVoid(frame);
                return;
            }
        }
    }

    @TruffleBoundary
    private Object stackTrace(DartException e) {
        // Capture the frames now: an exception caught in the frame that threw it has not yet
        // crossed a call boundary, and a later lazy capture would see the printing site.
        return DartStackTraceObject.of(DartLanguage.get(this).coreClasses().stackTraceImplClass, e);
    }

    @TruffleBoundary
    private DartException stackOverflow(StackOverflowError e) {
        DartCoreClasses classes = DartLanguage.get(this).coreClasses();
        DartClass cls = classes.stackOverflowErrorClass;
        return new DartException(new DartErrorObject(cls, DartNull.INSTANCE, "Stack Overflow"), this);
    }
}
