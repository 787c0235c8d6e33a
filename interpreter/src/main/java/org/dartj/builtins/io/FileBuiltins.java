package org.dartj.builtins.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.dartj.DartContext;
import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.async.DartAsyncSupport;
import org.dartj.builtins.core.DartToStringNode;
import org.dartj.runtime.DartException;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.async.DartFuture;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code File} and the members every {@code FileSystemEntity} has. The synchronous members do
 * the work at once; the asynchronous ones do it in a later event and complete their future
 * there, as the VM's IO service answers in a later message.
 */
public final class FileBuiltins {
    private FileBuiltins() {
    }

    /** Runs {@code work} in a later event of this isolate; its result or error completes the future. */
    @TruffleBoundary
    static DartFuture later(Node node, Supplier<Object> work) {
        DartContext context = DartContext.get(node);
        DartFuture f = DartAsyncSupport.newFuture(context);
        context.getLoop().addTimer(0, false, () -> {
            Object value;
            try {
                value = work.get();
            } catch (DartException e) {
                f.completeError(e);
                return;
            }
            f.complete(value);
        });
        return f;
    }

    static String path(Object self) {
        return ((DartFileEntity) self).path();
    }

    @TruffleBoundary
    static boolean existsSync(Node node, Object self) {
        TruffleFile file = DartFileSystem.file(DartContext.get(node), path(self));
        try {
            return ((DartFileEntity) self).dartClass() == DartLanguage.get(node).coreClasses().directoryClass ? file.isDirectory() : file.isRegularFile();
        } catch (SecurityException e) {
            return false;
        }
    }

    @TruffleBoundary
    static String readAsString(Node node, Object self) {
        String path = path(self);
        byte[] bytes = DartFileSystem.run("Cannot open file", path, node, () -> DartFileSystem.file(DartContext.get(node), path).readAllBytes());
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The lines as the VM's {@code LineSplitter} gives them: "\n", "\r\n" or "\r" end a line. */
    @TruffleBoundary
    static DartList readAsLines(Node node, Object self) {
        String text = readAsString(node, self);
        List<Object> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(DartToStringNode.toTruffleString(text.substring(start, i)));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
            i++;
        }
        if (start < text.length()) {
            lines.add(DartToStringNode.toTruffleString(text.substring(start)));
        }
        Object[] values = lines.toArray();
        return new DartList(values, values.length, true, null);
    }

    @TruffleBoundary
    static Object writeAsString(Node node, Object self, Object contents, Object mode) {
        String path = path(self);
        String text = DartFileSystem.string(contents, "contents", node);
        boolean append = mode instanceof DartFileMode m && m.appends();
        DartFileSystem.run("Cannot open file", path, node, () -> {
            TruffleFile file = DartFileSystem.file(DartContext.get(node), path);
            StandardOpenOption[] options = append ? new StandardOpenOption[]{StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND}
                            : new StandardOpenOption[]{StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING};
            try (OutputStream out = file.newOutputStream(options)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            return null;
        });
        return self;
    }

    @TruffleBoundary
    static Object delete(Node node, Object self) {
        String path = path(self);
        DartFileSystem.run("Cannot delete file", path, node, () -> {
            TruffleFile file = DartFileSystem.file(DartContext.get(node), path);
            if (file.isDirectory()) {
                throw new IOException("Is a directory");
            }
            file.delete();
            return null;
        });
        return self;
    }

    @TruffleBoundary
    static long length(Node node, Object self) {
        String path = path(self);
        return DartFileSystem.run("Cannot retrieve length of file", path, node, () -> DartFileSystem.file(DartContext.get(node), path).size());
    }

    @DartBuiltin(library = "dart:io", owner = "File", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class NewNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object create(Object path) {
            return new DartFileEntity(DartLanguage.get(this).coreClasses().fileClass, DartFileSystem.string(path, "path", this));
        }
    }

    @DartBuiltin(library = "dart:io", owner = "FileSystemEntity", name = "path", kind = DartBuiltin.Kind.GETTER)
    public abstract static class PathNode extends DartBuiltinNode {
        @Specialization
        protected Object path(DartFileEntity self) {
            return DartToStringNode.toTruffleString(self.path());
        }
    }

    /** {@code uri}: the path as a file URI; a directory's ends with a slash ({@code Uri.directory}). */
    @DartBuiltin(library = "dart:io", owner = "FileSystemEntity", name = "uri", kind = DartBuiltin.Kind.GETTER)
    public abstract static class UriNode extends DartBuiltinNode {
        @Specialization
        protected Object uri(DartFileEntity self) {
            boolean directory = self.dartClass() == DartLanguage.get(this).coreClasses().directoryClass;
            return org.dartj.builtins.core.UriBuiltins.file(this, DartToStringNode.toTruffleString(self.path()), DartNull.INSTANCE, directory);
        }
    }

    @DartBuiltin(library = "dart:io", owner = "FileSystemEntity", name = "existsSync")
    public abstract static class ExistsSyncNode extends DartBuiltinNode {
        @Specialization
        protected boolean exists(Object self) {
            return existsSync(this, self);
        }
    }

    @DartBuiltin(library = "dart:io", owner = "FileSystemEntity", name = "exists")
    public abstract static class ExistsNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture exists(Object self) {
            return later(this, () -> existsSync(this, self));
        }
    }

    @DartBuiltin(library = "dart:io", owner = "File", name = "readAsStringSync", named = {"encoding"})
    public abstract static class ReadAsStringSyncNode extends DartBuiltinNode {
        @Specialization
        protected Object read(Object self, Object encoding) {
            return DartToStringNode.toTruffleString(readAsString(this, self));
        }
    }

    @DartBuiltin(library = "dart:io", owner = "File", name = "readAsString", named = {"encoding"})
    public abstract static class ReadAsStringNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture read(Object self, Object encoding) {
            return later(this, () -> DartToStringNode.toTruffleString(readAsString(this, self)));
        }
    }

    @DartBuiltin(library = "dart:io", owner = "File", name = "readAsLinesSync", named = {"encoding"})
    public abstract static class ReadAsLinesSyncNode extends DartBuiltinNode {
        @Specialization
        protected Object read(Object self, Object encoding) {
            return readAsLines(this, self);
        }
    }

    @DartBuiltin(library = "dart:io", owner = "File", name = "readAsLines", named = {"encoding"})
    public abstract static class ReadAsLinesNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture read(Object self, Object encoding) {
            return later(this, () -> readAsLines(this, self));
        }
    }

    @DartBuiltin(library = "dart:io", owner = "File", name = "writeAsStringSync", required = 1, named = {"mode", "encoding", "flush"})
    public abstract static class WriteAsStringSyncNode extends DartBuiltinNode {
        @Specialization
        protected Object write(Object self, Object contents, Object mode, Object encoding, Object flush) {
            writeAsString(this, self, contents, mode);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:io", owner = "File", name = "writeAsString", required = 1, named = {"mode", "encoding", "flush"})
    public abstract static class WriteAsStringNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture write(Object self, Object contents, Object mode, Object encoding, Object flush) {
            return later(this, () -> writeAsString(this, self, contents, mode));
        }
    }

    @DartBuiltin(library = "dart:io", owner = "File", name = "deleteSync", named = {"recursive"})
    public abstract static class DeleteSyncNode extends DartBuiltinNode {
        @Specialization
        protected Object deleteSync(Object self, Object recursive) {
            delete(this, self);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:io", owner = "File", name = "delete", named = {"recursive"})
    public abstract static class DeleteNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture deleteAsync(Object self, Object recursive) {
            return later(this, () -> delete(this, self));
        }
    }

    @DartBuiltin(library = "dart:io", owner = "File", name = "lengthSync")
    public abstract static class LengthSyncNode extends DartBuiltinNode {
        @Specialization
        protected long lengthSync(Object self) {
            return length(this, self);
        }
    }

    @DartBuiltin(library = "dart:io", owner = "File", name = "length")
    public abstract static class LengthNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture lengthAsync(Object self) {
            return later(this, () -> length(this, self));
        }
    }

    @TruffleBoundary
    static DartList readAsBytes(Node node, Object self) {
        String path = path(self);
        byte[] bytes = DartFileSystem.run("Cannot open file", path, node, () -> DartFileSystem.file(DartContext.get(node), path).readAllBytes());
        return org.dartj.builtins.convert.CodecBuiltins.byteList(bytes);
    }

    @TruffleBoundary
    static Object writeAsBytes(Node node, Object self, Object data, Object mode) {
        String path = path(self);
        byte[] bytes = org.dartj.builtins.io.StdioBuiltins.bytesOf(data, node);
        boolean append = mode instanceof DartFileMode m && m.appends();
        DartFileSystem.run("Cannot open file", path, node, () -> {
            TruffleFile file = DartFileSystem.file(DartContext.get(node), path);
            StandardOpenOption[] options = append ? new StandardOpenOption[]{StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND}
                            : new StandardOpenOption[]{StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING};
            try (OutputStream out = file.newOutputStream(options)) {
                out.write(bytes);
            }
            return null;
        });
        return self;
    }

    @TruffleBoundary
    static Object createFile(Node node, Object self, boolean recursive, boolean exclusive) {
        String path = path(self);
        DartFileSystem.run("Cannot create file", path, node, () -> {
            TruffleFile file = DartFileSystem.file(DartContext.get(node), path);
            if (recursive && file.getParent() != null) {
                file.getParent().createDirectories();
            }
            if (file.exists() && !exclusive) {
                return null;
            }
            file.createFile();
            return null;
        });
        return self;
    }

    /** {@code FileSystemEntity.parentOf}: up to the last separator run that has a name after it. */
    @TruffleBoundary
    static String parentOf(String path) {
        int rootEnd = path.startsWith("/") ? 0 : -1;
        java.util.regex.Matcher m = PARENT.matcher(path);
        int pos = -1;
        int from = 0;
        while (from < path.length() && m.find(from)) {
            pos = m.start();
            from = m.start() + 1;
        }
        if (pos > rootEnd) {
            return path.substring(0, pos + 1);
        } else if (rootEnd > -1) {
            return path.substring(0, rootEnd + 1);
        }
        return ".";
    }

    private static final java.util.regex.Pattern PARENT = java.util.regex.Pattern.compile("[^/]/+[^/]");

    @DartBuiltin(library = "dart:io", owner = "File", name = "createSync", named = {"recursive", "exclusive"})
    public abstract static class CreateSyncNode extends DartBuiltinNode {
        @Specialization
        protected Object createSync(Object self, Object recursive, Object exclusive) {
            createFile(this, self, recursive == Boolean.TRUE, exclusive == Boolean.TRUE);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:io", owner = "File", name = "create", named = {"recursive", "exclusive"})
    public abstract static class CreateNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture create(Object self, Object recursive, Object exclusive) {
            return later(this, () -> createFile(this, self, recursive == Boolean.TRUE, exclusive == Boolean.TRUE));
        }
    }

    @DartBuiltin(library = "dart:io", owner = "File", name = "renameSync", required = 1)
    public abstract static class RenameSyncNode extends DartBuiltinNode {
        @Specialization
        protected Object renameSync(Object self, Object newPath) {
            return FileSystemEntityBuiltins.rename(this, self, newPath, FileSystemEntityBuiltins.renameFileMessage(newPath, this));
        }
    }

    @DartBuiltin(library = "dart:io", owner = "File", name = "copySync", required = 1)
    public abstract static class CopySyncNode extends DartBuiltinNode {
        @Specialization
        protected Object copySync(Object self, Object newPath) {
            return FileSystemEntityBuiltins.copyFile(this, self, newPath);
        }
    }

    @DartBuiltin(library = "dart:io", owner = "FileSystemEntity", name = "parent", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ParentNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object parent(DartFileEntity self) {
            return DirectoryBuiltins.directory(this, parentOf(self.path()));
        }
    }

    /** {@code absolute}: a relative path is put after the current directory's. */
    @DartBuiltin(library = "dart:io", owner = "FileSystemEntity", name = "absolute", kind = DartBuiltin.Kind.GETTER)
    public abstract static class AbsoluteNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object absolute(DartFileEntity self) {
            if (self.path().startsWith("/")) {
                return self;
            }
            String current = DartContext.get(this).getEnv().getCurrentWorkingDirectory().getPath();
            return new DartFileEntity(self.dartClass(), current + "/" + self.path());
        }
    }

    @DartBuiltin(library = "dart:io", owner = "FileSystemEntity", name = "isAbsolute", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsAbsoluteNode extends DartBuiltinNode {
        @Specialization
        protected boolean isAbsolute(DartFileEntity self) {
            return self.path().startsWith("/");
        }
    }

    /** {@code openWrite({mode, encoding})}: an {@code IOSink} on the file. */
    @DartBuiltin(library = "dart:io", owner = "File", name = "openWrite", named = {"mode", "encoding"})
    public abstract static class OpenWriteNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object openWrite(DartFileEntity self, Object mode, Object encoding) {
            boolean append = mode instanceof DartFileMode m && m.appends();
            return new DartFileSink(DartLanguage.get(this).coreClasses().ioSinkClass, self, append);
        }
    }

    /** {@code readAsBytesSync()}: the bytes as a Uint8List. */
    @DartBuiltin(library = "dart:io", owner = "File", name = "readAsBytesSync")
    public abstract static class ReadAsBytesSyncNode extends DartBuiltinNode {
        @Specialization
        protected Object read(Object self) {
            return readAsBytes(this, self);
        }
    }

    /** {@code readAsBytes()}: a future of the bytes as a Uint8List. */
    @DartBuiltin(library = "dart:io", owner = "File", name = "readAsBytes")
    public abstract static class ReadAsBytesNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture read(Object self) {
            return later(this, () -> readAsBytes(this, self));
        }
    }

    @DartBuiltin(library = "dart:io", owner = "File", name = "writeAsBytes", required = 1, named = {"mode", "flush"})
    public abstract static class WriteAsBytesNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture write(Object self, Object bytes, Object mode, Object flush) {
            return later(this, () -> writeAsBytes(this, self, bytes, mode));
        }
    }

    @DartBuiltin(library = "dart:io", owner = "File", name = "writeAsBytesSync", required = 1, named = {"mode", "flush"})
    public abstract static class WriteAsBytesSyncNode extends DartBuiltinNode {
        @Specialization
        protected Object write(Object self, Object bytes, Object mode, Object flush) {
            writeAsBytes(this, self, bytes, mode);
            return DartNull.INSTANCE;
        }
    }

    /**
     * {@code FileSystemException([message = "", path = "", osError])}. An omitted path reads
     * as null here, so it is taken as the default "".
     */
    @DartBuiltin(library = "dart:io", owner = "FileSystemException", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, optional = 3)
    public abstract static class NewExceptionNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object create(Object message, Object path, Object osError) {
            String m = message == DartNull.INSTANCE ? "" : DartFileSystem.string(message, "message", this);
            String p = path == DartNull.INSTANCE ? "" : DartFileSystem.string(path, "path", this);
            return new DartFileSystemException(DartLanguage.get(this).coreClasses().fileSystemExceptionClass, m, p, osError instanceof DartOSError e ? e : null);
        }
    }

    @DartBuiltin(library = "dart:io", owner = "OSError", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, optional = 2)
    public abstract static class NewOSErrorNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object create(Object message, Object errorCode) {
            String m = message == DartNull.INSTANCE ? "" : DartFileSystem.string(message, "message", this);
            long code = errorCode instanceof Long c ? c : DartOSError.NO_ERROR_CODE;
            return new DartOSError(DartLanguage.get(this).coreClasses().osErrorClass, m, code);
        }
    }

    @DartBuiltin(library = "dart:io", owner = "OSError", name = "errorCode", kind = DartBuiltin.Kind.GETTER)
    public abstract static class OSErrorCodeNode extends DartBuiltinNode {
        @Specialization
        protected long errorCode(DartOSError self) {
            return self.errorCode();
        }
    }

    @DartBuiltin(library = "dart:io", owner = "FileSystemException", name = "path", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ExceptionPathNode extends DartBuiltinNode {
        @Specialization
        protected Object path(DartFileSystemException self) {
            return self.path() == null ? DartNull.INSTANCE : DartToStringNode.toTruffleString(self.path());
        }
    }

    @DartBuiltin(library = "dart:io", owner = "FileSystemException", name = "osError", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ExceptionOsErrorNode extends DartBuiltinNode {
        @Specialization
        protected Object osError(DartFileSystemException self) {
            return DartFileSystem.nullIfAbsent(self.osError());
        }
    }

    @DartBuiltin(library = "dart:io", owner = "FileMode", name = "read", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class ModeReadNode extends DartBuiltinNode {
        @Specialization
        protected Object mode() {
            return new DartFileMode(DartLanguage.get(this).coreClasses().fileModeClass, DartFileMode.READ);
        }
    }

    @DartBuiltin(library = "dart:io", owner = "FileMode", name = "write", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class ModeWriteNode extends DartBuiltinNode {
        @Specialization
        protected Object mode() {
            return new DartFileMode(DartLanguage.get(this).coreClasses().fileModeClass, DartFileMode.WRITE);
        }
    }

    @DartBuiltin(library = "dart:io", owner = "FileMode", name = "append", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class ModeAppendNode extends DartBuiltinNode {
        @Specialization
        protected Object mode() {
            return new DartFileMode(DartLanguage.get(this).coreClasses().fileModeClass, DartFileMode.APPEND);
        }
    }

    @DartBuiltin(library = "dart:io", owner = "FileMode", name = "writeOnly", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class ModeWriteOnlyNode extends DartBuiltinNode {
        @Specialization
        protected Object mode() {
            return new DartFileMode(DartLanguage.get(this).coreClasses().fileModeClass, DartFileMode.WRITE_ONLY);
        }
    }

    @DartBuiltin(library = "dart:io", owner = "FileMode", name = "writeOnlyAppend", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class ModeWriteOnlyAppendNode extends DartBuiltinNode {
        @Specialization
        protected Object mode() {
            return new DartFileMode(DartLanguage.get(this).coreClasses().fileModeClass, DartFileMode.WRITE_ONLY_APPEND);
        }
    }
}
