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
import org.dartj.runtime.isolate.DartIsolateControl;
import org.dartj.runtime.isolate.DartMessageCopier;
import org.dartj.runtime.isolate.DartReceivePortState;
import org.dartj.runtime.isolate.DartSendPort;
import org.dartj.DartLanguage;
import org.dartj.parser.DartProgram;
import org.dartj.parser.DartTranslator;
import com.oracle.truffle.api.source.Source;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.TruffleContext;
import com.oracle.truffle.api.TruffleLanguage;
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
            // One fixed-length list, as the VM copies the entry point and message together: an
            // unsendable object's retaining path ends in it.
            copied = (DartList) DartMessageCopier.copy(new DartList(new Object[]{entryPoint, message}, 2, false, null));
        } catch (DartMessageCopier.UnsendableException e) {
            throw DartErrors.argumentError(DartRetainingPath.message(e, parent.getLanguage()), location);
        }
        DartFunction entry = (DartFunction) copied.get(0);
        Object entryMessage = copied.get(1);
        DartEventLoop childLoop = parent.getGroup().newLoop(options.debugName());
        childLoop.setProgram(parent.getLoop().program(), parent.getLoop().rootScript());
        org.dartj.parser.DartPackageResolution packages = parent.getPackageResolution();
        return launch(parent, childLoop, options, location, context -> {
            context.setPackageResolution(packages);
            context.getLoop().post(() -> DartCalls.call(entry, entryMessage));
            return null;
        });
    }

    /**
     * How a new isolate starts, on its own thread: posts its first event, or returns why it
     * cannot start (the spawner's future then fails with an IsolateSpawnException).
     */
    private interface IsolateStart {
        String start(DartContext context);
    }

    private static DartFuture launch(DartContext parent, DartEventLoop childLoop, DartSpawnOptions options, Node location, IsolateStart start) {
        DartEventLoop parentLoop = parent.getLoop();
        DartFuture spawned = new DartFuture(parentLoop, DartIsolateSpawner::rethrow);
        DartIsolateHandle handle = DartIsolateHandle.withCapabilities(parent.getLanguage().coreClasses().isolateClass, childLoop);
        DartIsolateControl control = childLoop.control();
        if (options.onExit() != null) {
            control.addExitListener(options.onExit(), DartNull.INSTANCE);
        }
        if (options.onError() != null) {
            control.addErrorListener(options.onError());
        }
        control.setErrorsFatal(control.terminateCapability(), options.errorsAreFatal());
        if (options.paused()) {
            // Starts paused just before its entry point; resumed with its own pause capability.
            control.pause(control.pauseCapability(), control.pauseCapability());
        }
        if (!parent.getEnv().isCreateThreadAllowed()) {
            childLoop.markExited();
            throw spawnException(parent, "Unable to spawn isolate: the embedder does not allow creating threads (Context.Builder.allowCreateThread)",
                            location);
        }
        TruffleContext inner = parent.getEnv().newInnerContextBuilder().initializeCreatorContext(true).inheritAllAccess(true).config(DartSpawnInfo.CONFIG_KEY,
                        new DartSpawnInfo(parent.getGroup(), childLoop)).build();
        if (!sharesCode(parent, inner, location)) {
            inner.close();
            childLoop.markExited();
            throw spawnException(parent, "Unable to spawn isolate: the program's code cannot be shared with a new isolate; " +
                                            "create the polyglot Context with an explicit Engine (Context.newBuilder().engine(engine)) " +
                                            "or with the option engine.ForceCodeSharing=true",
                            location);
        }
        // Like the VM's ready port: keeps the spawner alive until the new isolate has started.
        DartReceivePortState ready = parentLoop.openPort("Isolate.spawn", true, false);
        ready.setHandler(readyMessage -> {
            ready.close();
            if (readyMessage instanceof String failure) {
                spawned.completeError(spawnException(parent, "Unable to spawn isolate: " + failure, location));
            } else {
                spawned.complete(readyMessage);
            }
        });
        DartSendPort readyPort = new DartSendPort(ready);
        Thread thread = parent.getEnv().newTruffleThreadBuilder(() -> runIsolate(start, readyPort, handle)).context(inner).stackSize(64L << 20).build();
        thread.setName("dartj-isolate-" + childLoop.isolateId());
        DartIsolateThread isolateThread = new DartIsolateThread(childLoop, inner, thread);
        parent.addChild(isolateThread);
        isolateThread.start();
        return spawned;
    }

    /**
     * {@code Isolate.spawnUri}: a new isolate that loads and runs another program (parsed in
     * the new isolate, relative URIs resolved against the spawner's root script) and calls its
     * {@code main} with as many of {@code (args, message)} as it takes. Only data may cross
     * between programs: no class instances, closures or records.
     */
    @TruffleBoundary
    public static DartFuture spawnUri(DartContext parent, String uri, Object args, Object message, DartSpawnOptions options, Node location) {
        return spawnUri(parent, uri, args, message, options, null, location);
    }

    /** As above; {@code packages} says how the new program resolves {@code package:} imports (null: as the spawner's). */
    @TruffleBoundary
    public static DartFuture spawnUri(DartContext parent, String uri, Object args, Object message, DartSpawnOptions options,
                    org.dartj.parser.DartPackageResolution packages, Node location) {
        String path = resolveScript(parent.getLoop().rootScript(), uri);
        if (path == null) {
            throw spawnException(parent, "Unable to spawn isolate: unsupported URI '" + uri + "'", location);
        }
        DartList copied;
        try {
            copied = (DartList) DartMessageCopier.copyBetweenPrograms(DartList.of(args, message));
        } catch (DartMessageCopier.UnsendableException e) {
            throw DartErrors.argumentError(DartRetainingPath.message(e, parent.getLanguage()), location);
        }
        DartEventLoop childLoop = parent.getGroup().newLoop(options.debugName() != null ? options.debugName() : "main");
        childLoop.setProgram(new Object(), path);
        return launch(parent, childLoop, options, location, context -> {
            DartProgram program;
            context.setPackageResolution(packages);
            try {
                Source source = Source.newBuilder(DartLanguage.ID, context.getEnv().getPublicTruffleFile(path)).build();
                program = DartTranslator.translate(context.getLanguage(), source, packages);
            } catch (IOException | SecurityException e) {
                return "Error when reading '" + path + "': " + describeIOException(e);
            } catch (AbstractTruffleException e) {
                return e.getMessage();
            }
            DartFunction main = program.main().get();
            int arity = program.mainParameterCount();
            context.getLoop().post(() -> {
                if (arity == 0) {
                    DartCalls.call(main);
                } else if (arity == 1) {
                    DartCalls.call(main, copied.get(0));
                } else {
                    DartCalls.call(main, copied.get(0), copied.get(1));
                }
            });
            return null;
        });
    }

    /** The file a spawnUri URI names: resolved against the root script, file: URIs only. */
    static String resolveScript(String rootScript, String uri) {
        try {
            URI base = rootScript != null ? Path.of(rootScript).toAbsolutePath().toUri() : Path.of("").toAbsolutePath().toUri();
            URI resolved = base.resolve(uri);
            if (!"file".equals(resolved.getScheme())) {
                return null;
            }
            return Path.of(resolved).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String describeIOException(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "No such file or directory";
        }
        return e.getMessage();
    }

    /** Dart's IsolateSpawnException with {@code message}. */
    static org.dartj.runtime.DartException spawnException(DartContext context, String message, Node location) {
        return DartErrors.error(context.getLanguage().coreClasses().isolateSpawnExceptionClass, message, "IsolateSpawnException: " + message, location);
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

    private static void runIsolate(IsolateStart start, DartSendPort readyPort, DartIsolateHandle handle) {
        DartContext context = DartContext.get(null);
        DartEventLoop loop = context.getLoop();
        context.setIsolateHandle(handle);
        acceptControlInterrupts(context, loop);
        try {
            String failure = start.start(context);
            if (failure != null) {
                // Never started: the spawner's future fails; no exit notice.
                readyPort.sendCopied(failure);
                loop.setControlInterrupt(null);
                loop.markExited();
                return;
            }
            readyPort.sendCopied(handle);
            loop.run(false, error -> reportUncaught(context, error));
        } catch (DartException | DartIsolateExitException e) {
            // A fatal error (already reported) or Isolate.exit: the isolate ends.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (AbstractTruffleException | ThreadDeath t) {
            // Cancellation (kill, program end) and exits: not errors of this isolate.
            exit(loop);
            throw t;
        } catch (RuntimeException | Error t) {
            DartUncaughtErrors.reportInternal(context.getErr(), loop.debugName(), t);
        }
        exit(loop);
    }

    /**
     * Control requests (pause, ping, listeners...) that arrive while this isolate runs code
     * are applied at the code's next safepoint, as the VM handles out-of-band messages at
     * its interrupt checks.
     */
    public static void acceptControlInterrupts(DartContext context, DartEventLoop loop) {
        Thread owner = Thread.currentThread();
        TruffleLanguage.Env env = context.getEnv();
        loop.setControlInterrupt(() -> {
            try {
                env.submitThreadLocal(new Thread[]{owner}, new ThreadLocalAction(true, false) {
                    @Override
                    protected void perform(Access access) {
                        loop.runControlRequests();
                    }
                });
            } catch (IllegalStateException closed) {
                // The isolate's context is closing: it will not run code again.
            }
        });
    }

    /** The exit messages go out before the isolate stops counting as busy (quiescence). */
    private static void exit(DartEventLoop loop) {
        loop.setControlInterrupt(null);
        loop.control().notifyExit();
        loop.markExited();
    }

    /** An uncaught error: to the error listeners, or stderr if it ends the isolate unheard; true if the isolate goes on. */
    private static boolean reportUncaught(DartContext context, DartException error) {
        DartUncaughtErrors.Outcome outcome = DartUncaughtErrors.dispatch(context, error);
        if (outcome == DartUncaughtErrors.Outcome.END_UNREPORTED) {
            DartUncaughtErrors.report(context.getErr(), error);
        }
        return outcome == DartUncaughtErrors.Outcome.CONTINUE;
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
                String stack = ((com.oracle.truffle.api.strings.TruffleString) parts.get(2)).toJavaStringUncached();
                result.completeError(new DartException(new DartRemoteError(classes.remoteErrorClass, text, stack), location));
            } else {
                result.completeError(new DartException(new DartRemoteError(classes.remoteErrorClass, "Computation ended without result", ""), location));
            }
        });
        DartReceivePortState exit = parent.getLoop().openPort("Isolate.run exit", false, false);
        exit.setHandler(ignored -> {
            exit.close();
            // Ignored by the closed reply port when a result came first.
            reply.sendCopied(DartList.of(RUN_NO_RESULT));
        });
        DartFunction runner = new DartFunction("Isolate.run", new RunnerRootNode(parent.getLanguage()).getCallTarget(), null);
        try {
            spawn(parent, runner, DartList.of(computation, reply), new DartSpawnOptions(debugName, new DartSendPort(exit), null, true), location);
        } catch (DartException e) {
            // The computation could not be sent: nothing will reply.
            keepAlive.close();
            exit.close();
            throw e;
        }
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
                reply.sendCopied(DartList.of(RUN_REMOTE_ERROR, ts("Invalid argument(s): " + DartRetainingPath.message(e, DartContext.get(null).getLanguage())), ts("")));
            }
        }

        private static void sendError(DartSendPort reply, DartException e) {
            try {
                reply.sendCopied(DartMessageCopier.copy(DartList.of(RUN_ERROR, e.getValue())));
            } catch (DartMessageCopier.UnsendableException u) {
                reply.sendCopied(DartList.of(RUN_REMOTE_ERROR, ts(e.getMessage()), ts(DartUncaughtErrors.formatStackTrace(e))));
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
