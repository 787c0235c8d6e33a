package org.dartj.builtins.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.dartj.DartContext;
import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.classes.DartCoreClasses;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.async.DartFuture;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/** {@code Directory}: create, list, delete, the system temp directory and temp directories. */
public final class DirectoryBuiltins {
    private DirectoryBuiltins() {
    }

    static DartFileEntity directory(Node node, String path) {
        return new DartFileEntity(DartLanguage.get(node).coreClasses().directoryClass, path);
    }

    /** A child's path as the VM writes it: the parent's path, a separator unless it ends in one, the name. */
    static String child(String parent, String name) {
        return parent.endsWith("/") ? parent + name : parent + "/" + name;
    }

    @TruffleBoundary
    static Object create(Node node, Object self, boolean recursive) {
        String path = FileBuiltins.path(self);
        DartFileSystem.run("Creation failed", path, node, () -> {
            TruffleFile dir = DartFileSystem.file(DartContext.get(node), path);
            if (dir.isDirectory()) {
                return null;
            }
            if (recursive) {
                dir.createDirectories();
            } else {
                dir.createDirectory();
            }
            return null;
        });
        return self;
    }

    @TruffleBoundary
    static Object delete(Node node, Object self, boolean recursive) {
        String path = FileBuiltins.path(self);
        DartFileSystem.run("Deletion failed", path, node, () -> {
            TruffleFile dir = DartFileSystem.file(DartContext.get(node), path);
            if (recursive) {
                deleteTree(dir);
            } else {
                if (!dir.isDirectory()) {
                    throw new java.nio.file.NotDirectoryException(path);
                }
                dir.delete();
            }
            return null;
        });
        return self;
    }

    private static void deleteTree(TruffleFile file) throws IOException {
        if (file.isDirectory() && !file.isSymbolicLink()) {
            for (TruffleFile child : file.list()) {
                deleteTree(child);
            }
        }
        file.delete();
    }

    @TruffleBoundary
    static DartList list(Node node, Object self, boolean recursive) {
        String path = FileBuiltins.path(self);
        DartCoreClasses classes = DartLanguage.get(node).coreClasses();
        List<Object> entries = new ArrayList<>();
        DartFileSystem.run("Directory listing failed", path, node, () -> {
            TruffleFile dir = DartFileSystem.file(DartContext.get(node), path);
            if (!dir.exists()) {
                throw new java.nio.file.NoSuchFileException(path);
            }
            addEntries(dir, path, recursive, classes, entries);
            return null;
        });
        Object[] values = entries.toArray();
        return new DartList(values, values.length, true, null);
    }

    private static void addEntries(TruffleFile dir, String path, boolean recursive, DartCoreClasses classes, List<Object> entries) throws IOException {
        for (TruffleFile child : dir.list()) {
            String childPath = child(path, child.getName());
            boolean isDirectory = child.isDirectory();
            entries.add(new DartFileEntity(isDirectory ? classes.directoryClass : classes.fileClass, childPath));
            if (isDirectory && recursive && !child.isSymbolicLink()) {
                addEntries(child, childPath, true, classes, entries);
            }
        }
    }

    @DartBuiltin(library = "dart:io", owner = "Directory", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class NewNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object create(Object path) {
            return directory(this, DartFileSystem.string(path, "path", this));
        }
    }

    /** {@code Directory.systemTemp}: {@code $TMPDIR}, else /tmp, as the VM on Linux. */
    @DartBuiltin(library = "dart:io", owner = "Directory", name = "systemTemp", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class SystemTempNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object systemTemp() {
            String tmp = DartContext.get(this).getEnv().getEnvironment().get("TMPDIR");
            return directory(this, tmp == null || tmp.isEmpty() ? "/tmp" : tmp);
        }
    }

    @DartBuiltin(library = "dart:io", owner = "Directory", name = "current", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class CurrentNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object current() {
            DartContext context = DartContext.get(this);
            String path = DartFileSystem.run("Getting current working directory failed", null, this, () -> context.getEnv().getCurrentWorkingDirectory().getPath());
            return directory(this, path);
        }
    }

    @DartBuiltin(library = "dart:io", owner = "Directory", name = "createSync", named = {"recursive"})
    public abstract static class CreateSyncNode extends DartBuiltinNode {
        @Specialization
        protected Object createSync(Object self, Object recursive) {
            create(this, self, recursive == Boolean.TRUE);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:io", owner = "Directory", name = "create", named = {"recursive"})
    public abstract static class CreateNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture createAsync(Object self, Object recursive) {
            return FileBuiltins.later(this, () -> create(this, self, recursive == Boolean.TRUE));
        }
    }

    @DartBuiltin(library = "dart:io", owner = "Directory", name = "deleteSync", named = {"recursive"})
    public abstract static class DeleteSyncNode extends DartBuiltinNode {
        @Specialization
        protected Object deleteSync(Object self, Object recursive) {
            delete(this, self, recursive == Boolean.TRUE);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:io", owner = "Directory", name = "delete", named = {"recursive"})
    public abstract static class DeleteNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture deleteAsync(Object self, Object recursive) {
            return FileBuiltins.later(this, () -> delete(this, self, recursive == Boolean.TRUE));
        }
    }

    @DartBuiltin(library = "dart:io", owner = "Directory", name = "listSync", named = {"recursive", "followLinks"})
    public abstract static class ListSyncNode extends DartBuiltinNode {
        @Specialization
        protected Object listSync(Object self, Object recursive, Object followLinks) {
            return list(this, self, recursive == Boolean.TRUE);
        }
    }

    /** {@code createTempSync([prefix])}: a new directory in this one named prefix + a random suffix. */
    @DartBuiltin(library = "dart:io", owner = "Directory", name = "createTempSync", optional = 1)
    public abstract static class CreateTempSyncNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object createTempSync(Object self, Object prefix) {
            return createTemp(this, self, prefix);
        }
    }

    /** {@code createTemp([prefix])}: createTempSync's work, completing the future in a later event. */
    @DartBuiltin(library = "dart:io", owner = "Directory", name = "createTemp", optional = 1)
    public abstract static class CreateTempNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture createTempAsync(Object self, Object prefix) {
            return FileBuiltins.later(this, () -> createTemp(this, self, prefix));
        }
    }

    @TruffleBoundary
    static Object createTemp(Node node, Object self, Object prefix) {
        String path = FileBuiltins.path(self);
        String p = prefix == DartNull.INSTANCE ? "" : DartFileSystem.string(prefix, "prefix", node);
        DartContext context = DartContext.get(node);
        TruffleFile created = DartFileSystem.run("Creation of temporary directory failed", child(path, p), node,
                        () -> context.getEnv().createTempDirectory(DartFileSystem.file(context, path), p));
        return directory(node, child(path, created.getName()));
    }
}
