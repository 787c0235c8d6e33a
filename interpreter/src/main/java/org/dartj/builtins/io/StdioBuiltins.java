package org.dartj.builtins.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.dartj.DartContext;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.builtins.async.DartAsyncSupport;
import org.dartj.builtins.core.DartIterables;
import org.dartj.builtins.core.DartToString;
import org.dartj.builtins.core.DartToStringNode;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.async.DartFuture;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code IOSink}, {@code Stdout} ({@code stdout}, {@code stderr}) and {@code Stdin}
 * ({@code stdin}). Standard output goes through the isolate's print streams, so it interleaves
 * with {@code print} in program order; a file's sink ({@code File.openWrite}) collects bytes
 * until it is flushed or closed.
 */
public final class StdioBuiltins {
    private StdioBuiltins() {
    }

    /**
     * {@code text} with each unpaired surrogate replaced by U+FFFD, as Dart's UTF-8 encoder
     * writes it (Java's would write '?'); the same string when there is none.
     */
    public static String wellFormed(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (paired) {
                    if (sb != null) {
                        sb.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                if (sb == null) {
                    sb = new StringBuilder(text.length()).append(text, 0, i);
                }
                sb.append('\uFFFD');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    @TruffleBoundary
    static void write(DartBuiltinNode node, Object self, String rawText) {
        String text = wellFormed(rawText);
        if (self instanceof DartFileSink sink) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            collect(node, sink, bytes);
            return;
        }
        PrintStream out = stream(node, self);
        synchronized (out) {
            out.print(text);
            out.flush();
        }
    }

    private static PrintStream stream(DartBuiltinNode node, Object self) {
        DartContext context = DartContext.get(node);
        return self instanceof DartStdio s && s.kind() == DartStdio.Kind.ERR ? context.getErr() : context.getOut();
    }

    @DartBuiltin(library = "dart:io", owner = "IOSink", name = "write", required = 1)
    public abstract static class WriteNode extends DartBuiltinNode {
        @Specialization
        protected Object write(Object self, Object value) {
            StdioBuiltins.write(this, self, DartToString.toDisplayString(value));
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:io", owner = "IOSink", name = "writeln", optional = 1)
    public abstract static class WritelnNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object writeln(Object self, Object value) {
            // An omitted argument reads as null, so writeln(null) prints an empty line too.
            String text = value == DartNull.INSTANCE ? "" : DartToString.toDisplayString(value);
            StdioBuiltins.write(this, self, text + "\n");
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:io", owner = "IOSink", name = "writeAll", required = 1, optional = 1)
    public abstract static class WriteAllNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object writeAll(Object self, Object objects, Object separator) {
            String sep = separator == DartNull.INSTANCE ? "" : DartToString.toDisplayString(separator);
            StringBuilder sb = new StringBuilder();
            Object[] values = DartIterables.toArray(objects);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(DartToString.toDisplayString(values[i]));
            }
            StdioBuiltins.write(this, self, sb.toString());
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:io", owner = "IOSink", name = "writeCharCode", required = 1)
    public abstract static class WriteCharCodeNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object writeCharCode(Object self, long code) {
            if (code < 0 || code > 0x10FFFF) {
                throw DartErrors.rangeError(code, 0L, 0x10FFFFL, null, this);
            }
            StdioBuiltins.write(this, self, new String(Character.toChars((int) code)));
            return DartNull.INSTANCE;
        }
    }

    /** The low 8 bits of each int of {@code data} (a Uint8List's bytes with one array copy). */
    @TruffleBoundary
    static byte[] bytesOf(Object data, Node node) {
        byte[] raw = org.dartj.builtins.typeddata.DartTypedData.unsignedBytes(data);
        if (raw != null) {
            return raw;
        }
        Object[] values = DartIterables.toArray(data);
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] instanceof Long b)) {
                throw DartErrors.typeErrorFor(values[i], "int", node);
            }
            bytes[i] = (byte) (long) b;
        }
        return bytes;
    }

    /** {@code add(List<int> data)}: the bytes as they are (each element's low 8 bits). */
    @DartBuiltin(library = "dart:io", owner = "IOSink", name = "add", required = 1)
    public abstract static class AddNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object add(Object self, Object data) {
            byte[] bytes = bytesOf(data, this);
            if (self instanceof DartFileSink sink) {
                collect(this, sink, bytes);
                return DartNull.INSTANCE;
            }
            PrintStream out = stream(this, self);
            synchronized (out) {
                out.write(bytes, 0, bytes.length);
                out.flush();
            }
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:io", owner = "IOSink", name = "flush")
    public abstract static class FlushNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture flush(Object self) {
            if (self instanceof DartFileSink sink) {
                checkOpen(this, sink);
                return FileBuiltins.later(this, () -> writePending(this, sink));
            }
            stream(this, self).flush();
            DartFuture f = DartAsyncSupport.newFuture(DartContext.get(this));
            f.completeAsync(DartNull.INSTANCE);
            return f;
        }
    }

    /** {@code close()}: a file's sink writes what is left, in a later event; later writes are errors. */
    @DartBuiltin(library = "dart:io", owner = "IOSink", name = "close")
    public abstract static class CloseNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture close(Object self) {
            if (self instanceof DartFileSink sink) {
                if (sink.closed) {
                    return FileBuiltins.later(this, () -> DartNull.INSTANCE);
                }
                sink.closed = true;
                return FileBuiltins.later(this, () -> writePending(this, sink));
            }
            stream(this, self).flush();
            DartFuture f = DartAsyncSupport.newFuture(DartContext.get(this));
            f.completeAsync(DartNull.INSTANCE);
            return f;
        }
    }

    private static void checkOpen(DartBuiltinNode node, DartFileSink sink) {
        if (sink.closed) {
            throw DartErrors.stateError("StreamSink is closed", node);
        }
    }

    private static void collect(DartBuiltinNode node, DartFileSink sink, byte[] bytes) {
        checkOpen(node, sink);
        sink.pending.write(bytes, 0, bytes.length);
    }

    /** Writes what the sink collected to its file: truncating the first time unless it appends. */
    @TruffleBoundary
    static Object writePending(DartBuiltinNode node, DartFileSink sink) {
        byte[] bytes = sink.pending.toByteArray();
        sink.pending.reset();
        String path = sink.file.path();
        boolean append = sink.append;
        sink.append = true;
        DartFileSystem.run("Cannot open file", path, node, () -> {
            java.nio.file.StandardOpenOption last = append ? java.nio.file.StandardOpenOption.APPEND : java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
            try (java.io.OutputStream out = DartFileSystem.file(DartContext.get(node), path).newOutputStream(java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.WRITE, last)) {
                out.write(bytes);
            }
            return null;
        });
        return DartNull.INSTANCE;
    }

    @DartBuiltin(library = "dart:io", owner = "Stdout", name = "hasTerminal", kind = DartBuiltin.Kind.GETTER)
    public abstract static class HasTerminalNode extends DartBuiltinNode {
        @Specialization
        protected boolean hasTerminal(Object self) {
            return false;
        }
    }

    /**
     * {@code stdin.readLineSync()}: the bytes up to a line feed, decoded as UTF-8, without
     * the line terminator ("\n" or "\r\n"); null at the end of input when nothing was read.
     * Reads byte by byte so that no input is buffered past the line.
     */
    @DartBuiltin(library = "dart:io", owner = "Stdin", name = "readLineSync", named = {"encoding", "retainNewlines"})
    public abstract static class ReadLineSyncNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object readLineSync(Object self, Object encoding, Object retainNewlines) {
            boolean retain = retainNewlines == Boolean.TRUE;
            InputStream in = DartContext.get(this).getEnv().in();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean any = false;
            try {
                synchronized (in) {
                    int b;
                    while ((b = in.read()) != -1) {
                        any = true;
                        line.write(b);
                        if (b == '\n') {
                            break;
                        }
                    }
                }
            } catch (IOException e) {
                throw DartFileSystem.exception("Error reading from stdin", null, 5, "Input/output error", this);
            }
            if (!any) {
                return DartNull.INSTANCE;
            }
            String text = line.toString(StandardCharsets.UTF_8);
            if (!retain) {
                if (text.endsWith("\r\n")) {
                    text = text.substring(0, text.length() - 2);
                } else if (text.endsWith("\n")) {
                    text = text.substring(0, text.length() - 1);
                }
            }
            return DartToStringNode.toTruffleString(text);
        }
    }

    /**
     * {@code stdin.listen(...)}: stdin is a single-subscription {@code Stream<List<int>>} of
     * byte chunks (so {@code stdin.transform(utf8.decoder)} and every Stream member work).
     */
    @DartBuiltin(library = "dart:io", owner = "Stdin", name = "listen", required = 1, named = {"onError", "onDone", "cancelOnError"})
    public abstract static class ListenNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object listen(Object self, Object onData, Object onError, Object onDone, Object cancelOnError) {
            DartContext context = DartContext.get(this);
            if (context.stdinStream() == null) {
                context.setStdinStream(org.dartj.builtins.async.StreamBuiltins.inputStream(this, context.getEnv().in()));
            }
            var stream = (org.dartj.builtins.async.DartStreams.Stream) context.stdinStream();
            return org.dartj.builtins.async.StreamBuiltins.listenWith(this, stream, onData, onError, onDone, cancelOnError);
        }
    }
}
