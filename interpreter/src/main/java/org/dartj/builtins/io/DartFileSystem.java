package org.dartj.builtins.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import org.dartj.DartContext;
import org.dartj.DartLanguage;
import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartCoreClasses;
import org.dartj.runtime.DartException;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * File access for dart:io through Truffle's file system ({@code Env.getPublicTruffleFile}), so
 * that the embedder's IO policy applies: a denied access becomes a Dart
 * {@code FileSystemException}, as every Java IO failure does (with the POSIX errno the VM
 * would report).
 */
final class DartFileSystem {
    private DartFileSystem() {
    }

    /** What a file operation does; throws Java IO exceptions, which {@link #run} translates. */
    interface Operation<T> {
        T run() throws IOException;
    }

    static String string(Object value, String name, Node location) {
        if (value instanceof TruffleString s) {
            return s.toJavaStringUncached();
        }
        throw DartErrors.typeErrorFor(value, "String", location);
    }

    static TruffleFile file(DartContext context, String path) {
        return context.getEnv().getPublicTruffleFile(path);
    }

    /** Runs {@code op}, turning IO and access failures into {@code FileSystemException}s. */
    static <T> T run(String message, String path, Node location, Operation<T> op) {
        try {
            return op.run();
        } catch (IOException e) {
            throw fromIOException(message, path, e, location);
        } catch (SecurityException | UnsupportedOperationException e) {
            throw exception(message, path, 1, "Operation not permitted", location);
        }
    }

    static DartException fromIOException(String message, String path, IOException e, Node location) {
        if (e instanceof NoSuchFileException) {
            return exception(message, path, 2, "No such file or directory", location);
        } else if (e instanceof AccessDeniedException) {
            return exception(message, path, 13, "Permission denied", location);
        } else if (e instanceof FileAlreadyExistsException) {
            return exception(message, path, 17, "File exists", location);
        } else if (e instanceof NotDirectoryException) {
            return exception(message, path, 20, "Not a directory", location);
        } else if (e instanceof DirectoryNotEmptyException) {
            return exception(message, path, 39, "Directory not empty", location);
        }
        String text = e.getMessage() == null ? "" : e.getMessage();
        if (text.contains("Is a directory")) {
            return exception(message, path, 21, "Is a directory", location);
        }
        return exception(message, path, 5, "Input/output error", location);
    }

    /** The VM's {@code FileSystemException._fromOSError}: a subclass for some errno values. */
    static DartException exception(String message, String path, int errno, String osMessage, Node location) {
        DartCoreClasses classes = DartLanguage.get(location).coreClasses();
        String className = switch (errno) {
            case 2 -> "PathNotFoundException";
            case 13, 1 -> "PathAccessException";
            case 17 -> "PathExistsException";
            default -> "FileSystemException";
        };
        DartOSError osError = new DartOSError(classes.osErrorClass, osMessage, errno);
        return new DartException(new DartFileSystemException(classes.byName(className), message, path, osError), location);
    }

    static DartException exception(String message, String path, Node location) {
        DartCoreClasses classes = DartLanguage.get(location).coreClasses();
        return new DartException(new DartFileSystemException(classes.fileSystemExceptionClass, message, path, null), location);
    }

    static Object nullIfAbsent(Object value) {
        return value == null ? DartNull.INSTANCE : value;
    }
}
