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
        Thread thread = parent.getEnv().newTruffleThreadBuilder(() -> runIsolate(entry, entryMessage, parentLoop, spawned, handle)).context(inner).stackSize(64L << 20).build();
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

    private static void runIsolate(DartFunction entry, Object message, DartEventLoop parentLoop, DartFuture spawned, DartIsolateHandle handle) {
        DartContext context = DartContext.get(null);
        DartEventLoop loop = context.getLoop();
        try {
            parentLoop.post(() -> spawned.complete(handle));
            loop.post(() -> DartCalls.call(entry, message));
            loop.run(false);
        } catch (DartException e) {
            loop.markExited();
            DartUncaughtErrors.report(context.getErr(), e);
        } catch (InterruptedException e) {
            loop.markExited();
        } catch (AbstractTruffleException | ThreadDeath t) {
            // Cancellation (kill, program end) and exits: not errors of this isolate.
            loop.markExited();
            throw t;
        } catch (RuntimeException | Error t) {
            loop.markExited();
            DartUncaughtErrors.reportInternal(context.getErr(), loop.debugName(), t);
        }
    }
}
