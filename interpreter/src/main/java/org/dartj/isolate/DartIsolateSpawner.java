package org.dartj.isolate;

import org.dartj.DartContext;
import org.dartj.builtins.DartErrors;
import org.dartj.nodes.call.DartCalls;
import org.dartj.runtime.DartException;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.async.DartFuture;
import org.dartj.runtime.isolate.DartEventLoop;
import org.dartj.runtime.isolate.DartMessageCopier;
import org.dartj.runtime.isolate.DartReceivePortState;
import org.dartj.runtime.isolate.DartSendPort;
import org.dartj.DartLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleContext;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code Isolate.spawn}: a new Truffle inner context (same engine, so the program's code is
 * shared and not parsed again) with its own Truffle thread running the new isolate's loop.
 * The entry point and message are copied on the spawning thread, together, so references
 * shared between them stay shared.
 */
public final class DartIsolateSpawner {
    private DartIsolateSpawner() {
    }

    @TruffleBoundary
    public static DartFuture spawn(DartContext parent, DartFunction entryPoint, Object message, String debugName, Node location) {
        return spawn(parent, entryPoint, message, new DartSpawnOptions(debugName, null, null, true), location);
    }

    @TruffleBoundary
    public static DartFuture spawn(DartContext parent, DartFunction entryPoint, Object message, DartSpawnOptions options, Node location) {
        String debugName = options.debugName();
        DartList copied;
        try {
            copied = (DartList) DartMessageCopier.copy(DartList.of(entryPoint, message));
        } catch (DartMessageCopier.UnsendableException e) {
            throw DartErrors.argumentError("Illegal argument in isolate message: " + e.describe(), location);
        }
        DartFunction entry = (DartFunction) copied.get(0);
        Object entryMessage = copied.get(1);

        DartEventLoop parentLoop = parent.getLoop();
        DartFuture spawned = new DartFuture(parentLoop, DartIsolateSpawner::rethrow);
        DartEventLoop childLoop = parent.getGroup().newLoop(debugName);
        DartIsolateHandle handle = new DartIsolateHandle(parent.getLanguage().coreClasses().isolateClass, childLoop, debugName);
        if (!parent.getEnv().isCreateThreadAllowed()) {
            childLoop.markExited();
            throw DartErrors.error(parent.getLanguage().coreClasses().isolateSpawnExceptionClass, DartNull.INSTANCE,
                            "IsolateSpawnException: Unable to spawn isolate: the embedder does not allow creating threads (Context.Builder.allowCreateThread)",
                            location);
        }
        TruffleContext inner = parent.getEnv().newInnerContextBuilder().initializeCreatorContext(true).inheritAllAccess(true).config(DartSpawnInfo.CONFIG_KEY,
                        new DartSpawnInfo(parent.getGroup(), childLoop)).build();
        if (!sharesCode(parent, inner, location)) {
            inner.close();
            childLoop.markExited();
            throw DartErrors.error(parent.getLanguage().coreClasses().isolateSpawnExceptionClass, DartNull.INSTANCE,
                            "IsolateSpawnException: Unable to spawn isolate: the program's code cannot be shared with a new isolate; " +
                                            "create the polyglot Context with an explicit Engine (Context.newBuilder().engine(engine)) " +
                                            "or with the option engine.ForceCodeSharing=true",
                            location);
        }
        Thread thread = parent.getEnv().newTruffleThreadBuilder(() -> runIsolate(entry, entryMessage, parentLoop, spawned, handle, options)).context(inner).stackSize(64L << 20).build();
        thread.setName("dartj-isolate-" + childLoop.isolateId());
        parent.addChild(handle);
        handle.start(inner, thread);
        return spawned;
    }

    /**
     * An isolate runs the spawner's code, so its context must use the same language instance
     * (code-sharing layer). A context on its own (bound) engine gives inner contexts a new one.
     */
    private static boolean sharesCode(DartContext parent, TruffleContext inner, Node location) {
        Object previous = inner.enter(location);
        try {
            return DartContext.get(null).getLanguage() == parent.getLanguage();
        } finally {
            inner.leave(location, previous);
        }
    }

    private static void rethrow(DartException e) {
        throw e;
    }

    private static void runIsolate(DartFunction entry, Object message, DartEventLoop parentLoop, DartFuture spawned, DartIsolateHandle handle, DartSpawnOptions options) {
        DartContext context = DartContext.get(null);
        DartEventLoop loop = context.getLoop();
        context.setIsolateHandle(handle);
        try {
            parentLoop.post(() -> spawned.complete(handle));
            loop.post(() -> DartCalls.call(entry, message));
            loop.run(false, error -> reportUncaught(context, error, options));
        } catch (DartException | DartIsolateExitException e) {
            // A fatal error (already reported) or Isolate.exit: the isolate ends.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (AbstractTruffleException | ThreadDeath t) {
            // Cancellation (kill, program end) and exits: not errors of this isolate.
            exit(loop, options);
            throw t;
        } catch (RuntimeException | Error t) {
            DartUncaughtErrors.reportInternal(context.getErr(), loop.debugName(), t);
        }
        exit(loop, options);
    }

    /** The exit message goes out before the isolate stops counting as busy (quiescence). */
    private static void exit(DartEventLoop loop, DartSpawnOptions options) {
        notifyExit(options);
        loop.markExited();
    }

    private static void notifyExit(DartSpawnOptions options) {
        if (options.onExit() != null) {
            options.onExit().sendCopied(DartNull.INSTANCE);
        }
    }

    /** An uncaught error: to the error listener or stderr; true if the isolate goes on. */
    private static boolean reportUncaught(DartContext context, DartException error, DartSpawnOptions options) {
        if (options.onError() != null) {
            String text = error.getMessage();
            String stack = DartUncaughtErrors.formatStackTrace(error);
            options.onError().sendCopied(DartList.of(ts(text), ts(stack)));
        } else {
            DartUncaughtErrors.report(context.getErr(), error);
        }
        return !options.errorsAreFatal();
    }

    private static Object ts(String s) {
        return com.oracle.truffle.api.strings.TruffleString.fromJavaStringUncached(s, com.oracle.truffle.api.strings.TruffleString.Encoding.UTF_16);
    }

    /**
     * {@code Isolate.run(computation)}: a new isolate runs the computation (awaiting it if it
     * returns a future) and hands back the result, or the error: rethrown with its own type
     * when it can be sent, as a RemoteError otherwise. The spawner stays alive meanwhile.
     */
    @TruffleBoundary
    public static DartFuture run(DartContext parent, DartFunction computation, String debugName, Node location) {
        DartFuture result = new DartFuture(parent.getLoop(), parent::reportUncaught);
        DartReceivePortState keepAlive = parent.getLoop().openPort("Isolate.run", true, false);
        DartSendPort reply = new DartSendPort(keepAlive);
        keepAlive.setHandler(outcome -> {
            keepAlive.close();
            DartList parts = (DartList) outcome;
            Object kind = parts.get(0);
            var classes = parent.getLanguage().coreClasses();
            if (kind.equals(RUN_VALUE)) {
                result.complete(parts.get(1));
            } else if (kind.equals(RUN_ERROR)) {
                result.completeError(new DartException(parts.get(1), location));
            } else if (kind.equals(RUN_REMOTE_ERROR)) {
                String text = ((com.oracle.truffle.api.strings.TruffleString) parts.get(1)).toJavaStringUncached();
                result.completeError(new DartException(new org.dartj.classes.DartErrorObject(classes.remoteErrorClass, parts.get(1), text), location));
            } else {
                result.completeError(new DartException(new org.dartj.classes.DartErrorObject(classes.remoteErrorClass, DartNull.INSTANCE,
                                "Computation ended without result"), location));
            }
        });
        DartReceivePortState exit = parent.getLoop().openPort("Isolate.run exit", false, false);
        exit.setHandler(ignored -> {
            exit.close();
            // Ignored by the closed reply port when a result came first.
            reply.sendCopied(DartList.of(RUN_NO_RESULT));
        });
        DartFunction runner = new DartFunction("Isolate.run", new RunnerRootNode(parent.getLanguage()).getCallTarget(), null);
        spawn(parent, runner, DartList.of(computation, reply), new DartSpawnOptions(debugName, new DartSendPort(exit), null, true), location);
        return result;
    }

    private static final Object RUN_VALUE = ts("value");
    private static final Object RUN_ERROR = ts("error");
    private static final Object RUN_REMOTE_ERROR = ts("remote");
    private static final Object RUN_NO_RESULT = ts("none");

    /** The entry point of an {@code Isolate.run} isolate: {@code [computation, replyPort]}. */
    static final class RunnerRootNode extends RootNode {
        RunnerRootNode(DartLanguage language) {
            super(language);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            DartList message = (DartList) frame.getArguments()[1];
            runComputation((DartFunction) message.get(0), (DartSendPort) message.get(1));
            return DartNull.INSTANCE;
        }

        @TruffleBoundary
        private static void runComputation(DartFunction computation, DartSendPort reply) {
            DartContext context = DartContext.get(null);
            Object value;
            try {
                value = DartCalls.call(computation);
            } catch (DartException e) {
                sendError(reply, e);
                throw new DartIsolateExitException();
            }
            if (value instanceof DartFuture future) {
                future.addListener(done -> {
                    if (done.isError()) {
                        sendError(reply, done.error());
                    } else {
                        sendValue(reply, done.value());
                    }
                    context.getLoop().requestTerminate();
                });
                return;
            }
            sendValue(reply, value);
            throw new DartIsolateExitException();
        }

        private static void sendValue(DartSendPort reply, Object value) {
            try {
                reply.sendCopied(DartMessageCopier.copy(DartList.of(RUN_VALUE, value)));
            } catch (DartMessageCopier.UnsendableException e) {
                reply.sendCopied(DartList.of(RUN_REMOTE_ERROR, ts("Invalid argument(s): Illegal argument in isolate message: " + e.describe())));
            }
        }

        private static void sendError(DartSendPort reply, DartException e) {
            try {
                reply.sendCopied(DartMessageCopier.copy(DartList.of(RUN_ERROR, e.getValue())));
            } catch (DartMessageCopier.UnsendableException u) {
                reply.sendCopied(DartList.of(RUN_REMOTE_ERROR, ts(e.getMessage())));
            }
        }

        @Override
        public boolean isInternal() {
            return true;
        }

        @Override
        public String getName() {
            return "Isolate.run";
        }
    }
}
