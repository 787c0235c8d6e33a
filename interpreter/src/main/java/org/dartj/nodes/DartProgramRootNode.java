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

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
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
        try {
            if (program.mainParameterCount() == 0) {
                DartCalls.call(main);
            } else {
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
            DartEventLoop.Exit exit = loop.run(exitOnQuiescence);
            if (exit == DartEventLoop.Exit.QUIESCENT) {
                reportQuiescence(context);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            loop.markExited();
            throw e;
        }
        return (long) context.getGroup().exitCode();
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
