package org.dartj.nodes;

import org.dartj.DartContext;
import org.dartj.DartLanguage;
import org.dartj.builtins.core.DartToStringNode;
import org.dartj.nodes.call.DartCalls;
import org.dartj.parser.DartProgram;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartList;
import org.dartj.runtime.isolate.DartEventLoop;
import org.dartj.runtime.isolate.DartReceivePortState;

import java.util.concurrent.atomic.AtomicBoolean;

import org.dartj.isolate.DartIsolateExitException;
import org.dartj.isolate.DartIsolateSpawner;
import org.dartj.isolate.DartUncaughtErrors;
import org.dartj.runtime.DartException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * Runs a program in the main isolate: calls {@code main} (with the command-line arguments
 * if it takes them), then runs the event loop until the isolate ends. Returns the exit code:
 * dart:io's {@code exitCode} (0 unless the program set it).
 */
public final class DartProgramRootNode extends DartRootNode {
    private final DartProgram program;

    public DartProgramRootNode(DartLanguage language, DartProgram program) {
        super(language, new FrameDescriptor(), "<program>", program.source().createUnavailableSection());
        this.program = program;
    }

    @Override
    public boolean isInternal() {
        return true;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return run(DartContext.get(this));
    }

    @TruffleBoundary
    private Object run(DartContext context) {
        DartFunction main = program.main().get();
        DartEventLoop loop = context.getLoop();
        loop.setProgram(loop.program(), program.source().getPath());
        boolean exitOnQuiescence = context.getEnv().getOptions().get(DartLanguage.EXIT_ON_QUIESCENCE);
        org.dartj.builtins.io.ProcessBuiltins.acceptExitRequests(context);
        DartIsolateSpawner.acceptControlInterrupts(context, loop);
        AtomicBoolean ended = new AtomicBoolean();
        acceptImmediateKills(context, ended);
        try {
            try {
                callMain(context, main);
            } catch (DartException e) {
                // main() runs as the isolate's first event: its error is handled like any other.
                if (!goesOn(context, e)) {
                    throw e;
                }
            }
            DartEventLoop.Exit exit = loop.run(exitOnQuiescence, e -> goesOn(context, e));
            if (exit == DartEventLoop.Exit.QUIESCENT) {
                reportQuiescence(context);
            } else if (exit == DartEventLoop.Exit.TERMINATED) {
                return killed(context, ended, DartIsolateExitException.KILL);
            }
        } catch (DartIsolateExitException e) {
            loop.setControlInterrupt(null);
            loop.control().notifyExit();
            loop.markExited();
            if (e.getMessage() != null) {
                return killed(context, ended, e.getMessage());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (DartException e) {
            loop.markExited();
            if (!context.getEnv().getOptions().get(DartLanguage.REPORT_UNCAUGHT)) {
                throw e;
            }
            // The launcher's policy: reported here, where the stack trace's awaiters are known.
            context.getOut().flush();
            DartUncaughtErrors.report(context.getErr(), e);
            return (long) EXIT_KILLED;
        } catch (RuntimeException e) {
            loop.markExited();
            throw e;
        }
        return (long) context.getGroup().exitCode();
    }

    private void callMain(DartContext context, DartFunction main) {
        if (program.mainParameterCount() == 0) {
            DartCalls.call(main);
            return;
        }
        String[] argv = context.getEnv().getApplicationArguments();
        Object[] values = new Object[argv.length];
        for (int i = 0; i < argv.length; i++) {
            values[i] = DartToStringNode.toTruffleString(argv[i]);
        }
        DartList args = new DartList(values, values.length, true, null);
        if (program.mainParameterCount() == 1) {
            DartCalls.call(main, args);
        } else {
            DartCalls.call(main, args, org.dartj.runtime.DartNull.INSTANCE);
        }
    }

    /**
     * An uncaught error of the main isolate, as the VM's message handler treats it: true to go
     * on (errors not fatal, set by {@code Isolate.current.setErrorsFatal(false)}); false to end
     * the program with the error printed (exit code 255). A fatal error that error listeners
     * were given ends the main isolate without a report, and the program with its exit code.
     */
    private static boolean goesOn(DartContext context, DartException error) {
        return switch (DartUncaughtErrors.dispatch(context, error)) {
            case CONTINUE -> true;
            case END -> throw new DartIsolateExitException(null);
            case END_UNREPORTED -> false;
        };
    }

    /**
     * The VM ends the program when the main isolate is killed or exits: the reason on stderr,
     * exit code 255. Reported once, whether the kill arrives at a safepoint or between events.
     */
    private static long killed(DartContext context, AtomicBoolean ended, String reason) {
        if (ended.compareAndSet(false, true)) {
            context.getOut().flush();
            context.getErr().println(reason);
            context.getErr().flush();
        }
        return EXIT_KILLED;
    }

    private static final int EXIT_KILLED = 255;

    /**
     * {@code kill(priority: immediate)} of the main isolate from another isolate stops main's
     * running code at its next safepoint (even {@code while (true) {}}): a thread-local action
     * that ends the program; when main waits for events its loop ends instead.
     */
    private static void acceptImmediateKills(DartContext context, AtomicBoolean ended) {
        Thread mainThread = Thread.currentThread();
        TruffleLanguage.Env env = context.getEnv();
        context.getLoop().control().setStopRunningCode(() -> {
            try {
                env.submitThreadLocal(new Thread[]{mainThread}, new ThreadLocalAction(true, false) {
                    @Override
                    protected void perform(Access access) {
                        if (!ended.get()) {
                            killed(context, ended, DartIsolateExitException.KILL);
                            env.getContext().closeExited(access.getLocation(), EXIT_KILLED);
                        }
                    }
                });
            } catch (IllegalStateException closed) {
                // The program is ending already.
            }
        });
    }

    private static void reportQuiescence(DartContext context) {
        StringBuilder sb = new StringBuilder("dartj: exiting: no isolate can receive another message; open ");
        var ports = context.getGroup().quiescentPorts();
        sb.append(ports.size() == 1 ? "port: " : "ports: ");
        for (int i = 0; i < ports.size(); i++) {
            DartReceivePortState p = ports.get(i);
            if (i > 0) {
                sb.append(", ");
            }
            sb.append("ReceivePort created at ").append(p.createdAt()).append(" (isolate '").append(p.ownerName()).append("')");
        }
        sb.append(" (use --wait-forever to wait like the Dart VM)");
        context.getErr().println(sb);
        context.getErr().flush();
    }
}
