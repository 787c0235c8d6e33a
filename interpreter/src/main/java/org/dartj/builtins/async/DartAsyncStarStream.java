package org.dartj.builtins.async;

import org.dartj.DartContext;
import org.dartj.DartLanguage;
import org.dartj.nodes.call.DartJavaFunctionRootNode;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.async.DartFuture;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.nodes.Node;

/**
 * The stream of an {@code async*} function call and the state of its body, as the Dart VM's
 * async-star controller: the body starts in a microtask once the stream is listened to;
 * every {@code yield} adds the event and suspends the body until a later microtask (or
 * until the subscription is resumed when it is paused); after a cancel the body returns
 * at its next {@code yield}. The body's end closes the stream, an uncaught error is added
 * to it first.
 */
public final class DartAsyncStarStream {
    private final DartStreams.Controller controller;
    private final RootCallTarget resume;
    private final MaterializedFrame frame;
    private final DartContext context;
    private boolean scheduled;
    private boolean suspendedAtYield;
    private boolean suspendedAtYieldStar;
    private boolean cancelled;
    private Object innerSubscription;
    private DartFuture cancellation;

    private DartAsyncStarStream(Node node, RootCallTarget resume, MaterializedFrame frame) {
        this.resume = resume;
        this.frame = frame;
        this.context = DartContext.get(node);
        DartLanguage language = DartLanguage.get(node);
        DartFunction onListen = DartJavaFunctionRootNode.create(language, "onListen", a -> {
            schedule();
            return DartNull.INSTANCE;
        });
        DartFunction onCancel = DartJavaFunctionRootNode.create(language, "onCancel", a -> cancel(node));
        this.controller = StreamBuiltins.internalController(node, false, onListen, onCancel);
        controller.onResume = () -> {
            if (suspendedAtYield) {
                schedule();
            }
        };
    }

    /** Creates the stream of a call whose body is run by {@code resume} on {@code frame}; the frame's state slot holds the new object. */
    @TruffleBoundary
    public static DartStreams.Stream start(Node node, RootCallTarget resume, MaterializedFrame frame, int stateSlot) {
        DartAsyncStarStream generator = new DartAsyncStarStream(node, resume, frame);
        frame.setObject(stateSlot, generator);
        return generator.controller.stream;
    }

    private void schedule() {
        if (scheduled || suspendedAtYieldStar || controller.isPaused()) {
            return;
        }
        scheduled = true;
        context.getLoop().scheduleMicrotask(() -> {
            scheduled = false;
            suspendedAtYield = false;
            resume.call(frame, DartNull.INSTANCE, Boolean.FALSE);
        });
    }

    private Object cancel(Node node) {
        if (controller.closed) {
            return DartNull.INSTANCE;
        }
        if (cancellation == null) {
            cancelled = true;
            cancellation = DartAsyncSupport.newFuture(context);
            if (innerSubscription != null) {
                StreamBuiltins.cancelSubscription(innerSubscription, node);
                innerSubscription = null;
                suspendedAtYieldStar = false;
                suspendedAtYield = true;
            }
            if (suspendedAtYield) {
                schedule();
            }
        }
        return cancellation;
    }

    /** Whether the subscription was cancelled: the body then returns at its {@code yield}. */
    public boolean isCancelled() {
        return cancelled;
    }

    /** {@code yield value}: true when the body must return instead of suspending. */
    @TruffleBoundary
    public boolean add(Object value, Node location) {
        if (cancelled) {
            return true;
        }
        controller.add(value, location);
        suspendedAtYield = true;
        schedule();
        return false;
    }

    /** {@code yield* stream}: forwards its events and errors; the body goes on when it is done. */
    @TruffleBoundary
    public boolean addStream(Object stream, Node location) {
        if (cancelled) {
            return true;
        }
        suspendedAtYieldStar = true;
        innerSubscription = StreamBuiltins.listenAny(stream, v -> controller.add(v, location), e -> controller.addError(e.getValue(), location), () -> {
            innerSubscription = null;
            suspendedAtYieldStar = false;
            suspendedAtYield = true;
            schedule();
        }, false, location);
        return false;
    }

    /** The body ended: with {@code error} (a Dart exception value) or normally. */
    @TruffleBoundary
    public void finish(Object error, Node location) {
        if (error != null && !cancelled) {
            controller.addError(error, location);
        }
        controller.close();
        if (cancellation != null) {
            cancellation.complete(DartNull.INSTANCE);
        }
    }
}
