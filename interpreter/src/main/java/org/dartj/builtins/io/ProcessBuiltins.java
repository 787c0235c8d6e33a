package org.dartj.builtins.io;

import org.dartj.DartContext;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.builtins.core.DartDuration;
import org.dartj.isolate.DartIsolateExitException;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/** dart:io's process-wide functions: {@code exit}, {@code exitCode}, {@code pid}, {@code sleep}. */
public final class ProcessBuiltins {
    private ProcessBuiltins() {
    }

    /**
     * {@code exit(code)}: flushes the output and ends the whole program, from any isolate, as
     * the VM ends its process: a hard exit of the main isolate's polyglot context, which stops
     * every isolate's thread. Truffle lets only a thread inside that context start it, so a
     * spawned isolate ends itself at once and asks the main isolate's thread to exit
     * ({@link #acceptExitRequests}).
     * The status is the code's low 8 bits, as the operating system reports it.
     */
    @DartBuiltin(library = "dart:io", name = "exit", kind = DartBuiltin.Kind.FUNCTION, required = 1)
    public abstract static class ExitNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object exit(long code) {
            DartContext context = DartContext.get(this);
            int status = (int) (code & 0xFF);
            context.getOut().flush();
            context.getErr().flush();
            if (context.isMainIsolate()) {
                exitProgram(context, status, this);
            }
            context.getGroup().requestExit(status);
            throw new DartIsolateExitException();
        }
    }

    private static void exitProgram(DartContext main, int status, Node location) {
        main.getOut().flush();
        main.getErr().flush();
        main.getEnv().getContext().closeExited(location, status);
    }

    /**
     * Lets spawned isolates end the program: the main isolate's thread exits at its next
     * safepoint (even inside a long computation), or in its next event if it waits idle.
     */
    @TruffleBoundary
    public static void acceptExitRequests(DartContext main) {
        Thread mainThread = Thread.currentThread();
        main.getGroup().setExitRequestHandler(status -> {
            main.getEnv().submitThreadLocal(new Thread[]{mainThread}, new ThreadLocalAction(true, false) {
                @Override
                protected void perform(Access access) {
                    exitProgram(main, status, access.getLocation());
                }
            });
            main.getLoop().post(() -> exitProgram(main, status, null));
        });
    }

    @DartBuiltin(library = "dart:io", name = "exitCode", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ExitCodeNode extends DartBuiltinNode {
        @Specialization
        protected long exitCode() {
            return DartContext.get(this).getGroup().exitCode();
        }
    }

    /** {@code exitCode = code}: the status the program ends with when it ends normally. */
    @DartBuiltin(library = "dart:io", name = "exitCode", kind = DartBuiltin.Kind.SETTER, required = 1)
    public abstract static class SetExitCodeNode extends DartBuiltinNode {
        @Specialization
        protected Object setExitCode(long code) {
            DartContext.get(this).getGroup().setExitCode((int) code);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:io", name = "pid", kind = DartBuiltin.Kind.GETTER)
    public abstract static class PidNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long pid() {
            return ProcessHandle.current().pid();
        }
    }

    /** {@code sleep(duration)}: blocks this isolate; other isolates go on. */
    @DartBuiltin(library = "dart:io", name = "sleep", kind = DartBuiltin.Kind.FUNCTION, required = 1, parameterTypes = "Duration", returnType = "void")
    public abstract static class SleepNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object sleep(DartDuration duration) {
            if (duration.micros < 0) {
                throw DartErrors.argumentError("sleep: duration cannot be negative", this);
            }
            long end = System.nanoTime() + duration.micros * 1000;
            long left = end - System.nanoTime();
            // Interruptible at safepoints (a cancel or an exit from another thread stops the
            // wait); after a safepoint action the rest of the time is slept.
            while (left > 0) {
                TruffleSafepoint.setBlockedThreadInterruptible(this, (Long nanos) -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)), left);
                left = end - System.nanoTime();
            }
            return DartNull.INSTANCE;
        }
    }
}
