package org.dartj.isolate;

import java.io.PrintStream;
import java.util.List;

import org.dartj.DartContext;
import org.dartj.runtime.DartException;
import org.dartj.runtime.DartList;
import org.dartj.runtime.isolate.DartEventLoop;
import org.dartj.runtime.isolate.DartIsolateControl;
import org.dartj.runtime.isolate.DartSendPort;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleStackTrace;
import com.oracle.truffle.api.TruffleStackTraceElement;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import com.oracle.truffle.api.strings.TruffleString;

/** Prints uncaught errors and Dart stack traces the way the Dart VM does. */
public final class DartUncaughtErrors {
    private DartUncaughtErrors() {
    }

    /** What an uncaught error does to its isolate. */
    public enum Outcome {
        /** Errors are not fatal: the isolate goes on with its next event. */
        CONTINUE,
        /** The isolate ends; its error listeners have the error, nothing is printed. */
        END,
        /** The isolate ends and nobody heard of the error: it is printed. */
        END_UNREPORTED
    }

    /**
     * The VM's handling of an error that left an event (isolate.cc,
     * ProcessUnhandledException): every error listener gets {@code [error, stack]} as strings;
     * with errors not fatal the isolate goes on and nothing is printed, else it ends, and the
     * error is printed only if there was no listener. Control requests sent before the error
     * (setErrorsFatal, addErrorListener) are applied first.
     */
    @TruffleBoundary
    public static Outcome dispatch(DartContext context, DartException error) {
        DartEventLoop loop = context.getLoop();
        loop.runControlRequests();
        DartIsolateControl control = loop.control();
        List<DartSendPort> listeners = control.errorListeners();
        if (!listeners.isEmpty()) {
            Object text = TruffleString.fromJavaStringUncached(error.getMessage(), TruffleString.Encoding.UTF_16);
            Object stack = TruffleString.fromJavaStringUncached(formatStackTrace(error), TruffleString.Encoding.UTF_16);
            for (DartSendPort listener : listeners) {
                listener.sendCopied(DartList.of(text, stack));
            }
        }
        if (!control.errorsAreFatal()) {
            return Outcome.CONTINUE;
        }
        return listeners.isEmpty() ? Outcome.END_UNREPORTED : Outcome.END;
    }

    @TruffleBoundary
    public static void report(PrintStream err, DartException e) {
        err.println("Unhandled exception:");
        err.println(e.getMessage());
        err.print(formatStackTrace(e));
        err.flush();
    }

    /** A Java exception inside the interpreter: a DartJ bug, reported with its Java trace. */
    @TruffleBoundary
    public static void reportInternal(PrintStream err, String isolate, Throwable t) {
        err.println("dartj: internal error in isolate '" + isolate + "' (a bug in DartJ, please report it with this trace):");
        t.printStackTrace(err);
        err.flush();
    }

    /** {@code #0      main (file:///path/x.dart:3:5)} lines, internal frames left out. */
    @TruffleBoundary
    public static String formatStackTrace(DartException e) {
        if (e.stackTrace() != null) {
            // Thrown with a StackTrace of its own (Error.throwWithStackTrace): its text.
            String text = org.dartj.builtins.core.DartToString.toDisplayString(e.stackTrace());
            return text.isEmpty() || text.endsWith("\n") ? text : text + System.lineSeparator();
        }
        StringBuilder sb = new StringBuilder();
        List<TruffleStackTraceElement> frames = TruffleStackTrace.getStackTrace(e);
        int index = 0;
        if (frames == null) {
            return "";
        }
        for (TruffleStackTraceElement frame : frames) {
            RootNode root = frame.getTarget().getRootNode();
            if (root.isInternal()) {
                continue;
            }
            Node location = frame.getLocation();
            SourceSection section = location == null ? null : location.getEncapsulatingSourceSection();
            if (section == null) {
                section = root.getSourceSection();
            }
            sb.append(String.format("#%-6d %s (%s)%n", index++, root.getName(), describe(section)));
        }
        if (e.awaiters() != null) {
            // The error ended an async function resumed by the event loop: then its awaiters.
            sb.append("<asynchronous suspension>").append(System.lineSeparator());
            for (Object o : e.awaiters()) {
                org.dartj.nodes.async.DartAwaiter awaiter = (org.dartj.nodes.async.DartAwaiter) o;
                sb.append(String.format("#%-6d %s (%s)%n", index++, awaiter.name(), describe(awaiter.section())));
                sb.append("<asynchronous suspension>").append(System.lineSeparator());
            }
        }
        return sb.toString();
    }

    public static String describe(SourceSection section) {
        if (section == null) {
            return "<unknown>";
        }
        String path = section.getSource().getPath();
        String file = path != null ? "file://" + java.nio.file.Path.of(path).toAbsolutePath() : section.getSource().getName();
        return file + ":" + section.getStartLine() + ":" + section.getStartColumn();
    }
}
