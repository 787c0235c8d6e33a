package org.dartj.builtins.io;

import java.io.IOException;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;

import org.dartj.DartContext;
import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.async.StreamBuiltins;
import org.dartj.builtins.core.DartDateTime;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartCoreClasses;
import org.dartj.runtime.DartException;
import org.dartj.runtime.DartList;
import org.dartj.runtime.async.DartFuture;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * What dart:io asks about a path rather than does to it: {@code FileSystemEntity}'s static
 * type tests, {@code FileSystemEntityType}, {@code FileStat}, modification times; renames and
 * copies (one implementation for the sync and Future members), and {@code Directory.list} as
 * a stream.
 */
public final class FileSystemEntityBuiltins {
    private FileSystemEntityBuiltins() {
    }

    /** The type of what is at {@code path}; a broken link or an unreadable path is notFound. */
    @TruffleBoundary
    static DartFileSystemEntityType typeOf(Node node, String path, boolean followLinks) {
        DartClass typeClass = DartLanguage.get(node).coreClasses().byName("FileSystemEntityType");
        String name;
        try {
            TruffleFile file = DartFileSystem.file(DartContext.get(node), path);
            if (!followLinks && file.isSymbolicLink()) {
                name = "link";
            } else if (file.isDirectory()) {
                name = "directory";
            } else if (file.isRegularFile()) {
                name = "file";
            } else if (file.exists(LinkOption.NOFOLLOW_LINKS) && !file.isSymbolicLink()) {
                name = "pipe";
            } else {
                name = "notFound";
            }
        } catch (SecurityException e) {
            name = "notFound";
        }
        return new DartFileSystemEntityType(typeClass, name);
    }

    static boolean followLinks(Object value) {
        return value != Boolean.FALSE;
    }

    @TruffleBoundary
    static DartDateTime lastModified(Node node, Object self) {
        String path = FileBuiltins.path(self);
        long millis = DartFileSystem.run("Cannot retrieve modification time", path, node,
                        () -> DartFileSystem.file(DartContext.get(node), path).getLastModifiedTime().toMillis());
        return new DartDateTime(DartLanguage.get(node).coreClasses().dateTimeClass, millis * 1000, false);
    }

    /** {@code FileStat}: what {@code stat} finds; a missing path has type notFound and size -1. */
    @TruffleBoundary
    static DartFileStat stat(Node node, String path) {
        DartCoreClasses classes = DartLanguage.get(node).coreClasses();
        DartFileSystemEntityType type = typeOf(node, path, true);
        if (type.name().equals("notFound")) {
            return new DartFileStat(classes.byName("FileStat"), type, -1, null);
        }
        TruffleFile file = DartFileSystem.file(DartContext.get(node), path);
        long[] sizeAndTime = DartFileSystem.run("Cannot stat", path, node, () -> new long[]{file.size(), file.getLastModifiedTime().toMillis()});
        return new DartFileStat(classes.byName("FileStat"), type, sizeAndTime[0], new DartDateTime(classes.dateTimeClass, sizeAndTime[1] * 1000, false));
    }

    @TruffleBoundary
    static Object rename(Node node, Object self, Object newPath, String message) {
        DartFileEntity entity = (DartFileEntity) self;
        String path = entity.path();
        String target = DartFileSystem.string(newPath, "newPath", node);
        DartContext context = DartContext.get(node);
        DartFileSystem.run(message, path, node, () -> {
            TruffleFile source = DartFileSystem.file(context, path);
            if (!source.exists(LinkOption.NOFOLLOW_LINKS)) {
                throw new java.nio.file.NoSuchFileException(path);
            }
            source.move(DartFileSystem.file(context, target), StandardCopyOption.REPLACE_EXISTING);
            return null;
        });
        return new DartFileEntity(entity.dartClass(), target);
    }

    static String renameFileMessage(Object newPath, Node node) {
        return "Cannot rename file to '" + DartFileSystem.string(newPath, "newPath", node) + "'";
    }

    @TruffleBoundary
    static Object copyFile(Node node, Object self, Object newPath) {
        String path = FileBuiltins.path(self);
        String target = DartFileSystem.string(newPath, "newPath", node);
        DartContext context = DartContext.get(node);
        DartFileSystem.run("Cannot copy file to '" + target + "'", path, node, () -> {
            DartFileSystem.file(context, path).copy(DartFileSystem.file(context, target), StandardCopyOption.REPLACE_EXISTING);
            return null;
        });
        return new DartFileEntity(DartLanguage.get(node).coreClasses().fileClass, target);
    }

    @DartBuiltin(library = "dart:io", owner = "FileSystemEntity", name = "typeSync", kind = DartBuiltin.Kind.STATIC, required = 1, named = {"followLinks"})
    public abstract static class TypeSyncNode extends DartBuiltinNode {
        @Specialization
        protected Object typeSync(Object path, Object followLinks) {
            return typeOf(this, DartFileSystem.string(path, "path", this), followLinks(followLinks));
        }
    }

    @DartBuiltin(library = "dart:io", owner = "FileSystemEntity", name = "type", kind = DartBuiltin.Kind.STATIC, required = 1, named = {"followLinks"})
    public abstract static class TypeNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture type(Object path, Object followLinks) {
            String p = DartFileSystem.string(path, "path", this);
            return FileBuiltins.later(this, () -> typeOf(this, p, followLinks(followLinks)));
        }
    }

    @DartBuiltin(library = "dart:io", owner = "FileSystemEntity", name = "isFileSync", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class IsFileSyncNode extends DartBuiltinNode {
        @Specialization
        protected boolean isFile(Object path) {
            return typeOf(this, DartFileSystem.string(path, "path", this), true).name().equals("file");
        }
    }

    @DartBuiltin(library = "dart:io", owner = "FileSystemEntity", name = "isDirectorySync", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class IsDirectorySyncNode extends DartBuiltinNode {
        @Specialization
        protected boolean isDirectory(Object path) {
            return typeOf(this, DartFileSystem.string(path, "path", this), true).name().equals("directory");
        }
    }

    @DartBuiltin(library = "dart:io", owner = "FileSystemEntity", name = "isLinkSync", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class IsLinkSyncNode extends DartBuiltinNode {
        @Specialization
        protected boolean isLink(Object path) {
            return typeOf(this, DartFileSystem.string(path, "path", this), false).name().equals("link");
        }
    }

    @DartBuiltin(library = "dart:io", owner = "FileSystemEntity", name = "isFile", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class IsFileNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture isFile(Object path) {
            String p = DartFileSystem.string(path, "path", this);
            return FileBuiltins.later(this, () -> typeOf(this, p, true).name().equals("file"));
        }
    }

    @DartBuiltin(library = "dart:io", owner = "FileSystemEntity", name = "isDirectory", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class IsDirectoryNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture isDirectory(Object path) {
            String p = DartFileSystem.string(path, "path", this);
            return FileBuiltins.later(this, () -> typeOf(this, p, true).name().equals("directory"));
        }
    }

    @DartBuiltin(library = "dart:io", owner = "FileSystemEntityType", name = "file", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class TypeFileNode extends DartBuiltinNode {
        @Specialization
        protected Object file() {
            return new DartFileSystemEntityType(DartLanguage.get(this).coreClasses().byName("FileSystemEntityType"), "file");
        }
    }

    @DartBuiltin(library = "dart:io", owner = "FileSystemEntityType", name = "directory", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class TypeDirectoryNode extends DartBuiltinNode {
        @Specialization
        protected Object directory() {
            return new DartFileSystemEntityType(DartLanguage.get(this).coreClasses().byName("FileSystemEntityType"), "directory");
        }
    }

    @DartBuiltin(library = "dart:io", owner = "FileSystemEntityType", name = "link", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class TypeLinkNode extends DartBuiltinNode {
        @Specialization
        protected Object link() {
            return new DartFileSystemEntityType(DartLanguage.get(this).coreClasses().byName("FileSystemEntityType"), "link");
        }
    }

    @DartBuiltin(library = "dart:io", owner = "FileSystemEntityType", name = "notFound", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class TypeNotFoundNode extends DartBuiltinNode {
        @Specialization
        protected Object notFound() {
            return new DartFileSystemEntityType(DartLanguage.get(this).coreClasses().byName("FileSystemEntityType"), "notFound");
        }
    }

    @DartBuiltin(library = "dart:io", owner = "FileSystemEntity", name = "statSync")
    public abstract static class StatSyncNode extends DartBuiltinNode {
        @Specialization
        protected Object statSync(DartFileEntity self) {
            return stat(this, self.path());
        }
    }

    @DartBuiltin(library = "dart:io", owner = "FileSystemEntity", name = "stat")
    public abstract static class StatNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture statAsync(DartFileEntity self) {
            return FileBuiltins.later(this, () -> stat(this, self.path()));
        }
    }

    @DartBuiltin(library = "dart:io", owner = "FileStat", name = "statSync", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class StaticStatSyncNode extends DartBuiltinNode {
        @Specialization
        protected Object statSync(Object path) {
            return stat(this, DartFileSystem.string(path, "path", this));
        }
    }

    @DartBuiltin(library = "dart:io", owner = "FileStat", name = "type", kind = DartBuiltin.Kind.GETTER)
    public abstract static class StatTypeNode extends DartBuiltinNode {
        @Specialization
        protected Object type(DartFileStat self) {
            return self.type();
        }
    }

    @DartBuiltin(library = "dart:io", owner = "FileStat", name = "size", kind = DartBuiltin.Kind.GETTER)
    public abstract static class StatSizeNode extends DartBuiltinNode {
        @Specialization
        protected long size(DartFileStat self) {
            return self.size();
        }
    }

    /** {@code modified}: the epoch for a missing path, as the VM's zeroed stat. */
    @DartBuiltin(library = "dart:io", owner = "FileStat", name = "modified", kind = DartBuiltin.Kind.GETTER)
    public abstract static class StatModifiedNode extends DartBuiltinNode {
        @Specialization
        protected Object modified(DartFileStat self) {
            return self.modified() != null ? self.modified() : new DartDateTime(DartLanguage.get(this).coreClasses().dateTimeClass, 0, false);
        }
    }

    @DartBuiltin(library = "dart:io", owner = "File", name = "lastModifiedSync")
    public abstract static class LastModifiedSyncNode extends DartBuiltinNode {
        @Specialization
        protected Object lastModifiedSync(Object self) {
            return lastModified(this, self);
        }
    }

    @DartBuiltin(library = "dart:io", owner = "File", name = "lastModified")
    public abstract static class LastModifiedNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture lastModifiedAsync(Object self) {
            return FileBuiltins.later(this, () -> lastModified(this, self));
        }
    }

    @DartBuiltin(library = "dart:io", owner = "File", name = "rename", required = 1)
    public abstract static class FileRenameNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture renameAsync(Object self, Object newPath) {
            return FileBuiltins.later(this, () -> rename(this, self, newPath, renameFileMessage(newPath, this)));
        }
    }

    @DartBuiltin(library = "dart:io", owner = "File", name = "copy", required = 1)
    public abstract static class FileCopyNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture copyAsync(Object self, Object newPath) {
            return FileBuiltins.later(this, () -> copyFile(this, self, newPath));
        }
    }

    @DartBuiltin(library = "dart:io", owner = "Directory", name = "renameSync", required = 1)
    public abstract static class DirectoryRenameSyncNode extends DartBuiltinNode {
        @Specialization
        protected Object renameSync(Object self, Object newPath) {
            return rename(this, self, newPath, "Rename failed");
        }
    }

    @DartBuiltin(library = "dart:io", owner = "Directory", name = "rename", required = 1)
    public abstract static class DirectoryRenameNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture renameAsync(Object self, Object newPath) {
            return FileBuiltins.later(this, () -> rename(this, self, newPath, "Rename failed"));
        }
    }

    /** {@code list({recursive, followLinks})}: the entries as a stream; a failed listing is its one error event. */
    @DartBuiltin(library = "dart:io", owner = "Directory", name = "list", named = {"recursive", "followLinks"})
    public abstract static class DirectoryListNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object list(Object self, Object recursive, Object followLinks) {
            DartList entries;
            try {
                entries = DirectoryBuiltins.list(this, self, recursive == Boolean.TRUE);
            } catch (DartException e) {
                return StreamBuiltins.errorStream(this, e.getValue());
            }
            return StreamBuiltins.streamOf(this, entries.toArray());
        }
    }

    /** {@code ProcessInfo.currentRss}: the resident set size in bytes, from /proc on Linux. */
    @DartBuiltin(library = "dart:io", owner = "ProcessInfo", name = "currentRss", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class CurrentRssNode extends DartBuiltinNode {
        @Specialization
        protected long currentRss() {
            return processStatusBytes("VmRSS:");
        }
    }

    /** {@code ProcessInfo.maxRss}: the peak resident set size in bytes. */
    @DartBuiltin(library = "dart:io", owner = "ProcessInfo", name = "maxRss", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class MaxRssNode extends DartBuiltinNode {
        @Specialization
        protected long maxRss() {
            return processStatusBytes("VmHWM:");
        }
    }

    /**
     * A kB figure from /proc/self/status. Read directly, not through the embedder's file
     * system: it describes this process, as the VM asks the OS, and is no user file access.
     * Where there is no /proc the JVM's committed heap is the closest figure.
     */
    @TruffleBoundary
    static long processStatusBytes(String key) {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Fall through to the JVM's figure.
        }
        return Runtime.getRuntime().totalMemory();
    }
}
