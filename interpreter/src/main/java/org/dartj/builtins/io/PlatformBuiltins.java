package org.dartj.builtins.io;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.dartj.DartContext;
import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.core.DartToStringNode;
import org.dartj.runtime.DartMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code Platform}: the host, as the embedder lets the program see it. */
public final class PlatformBuiltins {
    private PlatformBuiltins() {
    }

    /** The VM's operating system names: "linux", "macos", "windows", ... */
    @TruffleBoundary
    static String operatingSystem() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return "windows";
        } else if (os.startsWith("mac")) {
            return "macos";
        } else if (os.contains("linux")) {
            return "linux";
        }
        return os;
    }

    @DartBuiltin(library = "dart:io", owner = "Platform", name = "operatingSystem", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class OperatingSystemNode extends DartBuiltinNode {
        @Specialization
        protected Object get() {
            return DartToStringNode.toTruffleString(operatingSystem());
        }
    }

    @DartBuiltin(library = "dart:io", owner = "Platform", name = "isLinux", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class IsLinuxNode extends DartBuiltinNode {
        @Specialization
        protected boolean get() {
            return operatingSystem().equals("linux");
        }
    }

    @DartBuiltin(library = "dart:io", owner = "Platform", name = "isMacOS", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class IsMacOSNode extends DartBuiltinNode {
        @Specialization
        protected boolean get() {
            return operatingSystem().equals("macos");
        }
    }

    @DartBuiltin(library = "dart:io", owner = "Platform", name = "isWindows", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class IsWindowsNode extends DartBuiltinNode {
        @Specialization
        protected boolean get() {
            return operatingSystem().equals("windows");
        }
    }

    @DartBuiltin(library = "dart:io", owner = "Platform", name = "isAndroid", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class IsAndroidNode extends DartBuiltinNode {
        @Specialization
        protected boolean get() {
            return false;
        }
    }

    @DartBuiltin(library = "dart:io", owner = "Platform", name = "isIOS", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class IsIOSNode extends DartBuiltinNode {
        @Specialization
        protected boolean get() {
            return false;
        }
    }

    @DartBuiltin(library = "dart:io", owner = "Platform", name = "pathSeparator", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class PathSeparatorNode extends DartBuiltinNode {
        @Specialization
        protected Object get() {
            return DartToStringNode.toTruffleString(operatingSystem().equals("windows") ? "\\" : "/");
        }
    }

    @DartBuiltin(library = "dart:io", owner = "Platform", name = "lineTerminator", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class LineTerminatorNode extends DartBuiltinNode {
        @Specialization
        protected Object get() {
            return DartToStringNode.toTruffleString(operatingSystem().equals("windows") ? "\r\n" : "\n");
        }
    }

    @DartBuiltin(library = "dart:io", owner = "Platform", name = "numberOfProcessors", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class NumberOfProcessorsNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long get() {
            return Runtime.getRuntime().availableProcessors();
        }
    }

    /** The environment the embedder gives the program (none unless it allows it), unmodifiable. */
    @DartBuiltin(library = "dart:io", owner = "Platform", name = "environment", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class EnvironmentNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object get() {
            DartMap map = new DartMap(null, null);
            for (Map.Entry<String, String> e : new TreeMap<>(DartContext.get(this).getEnv().getEnvironment()).entrySet()) {
                map.put(DartToStringNode.toTruffleString(e.getKey()), DartToStringNode.toTruffleString(e.getValue()));
            }
            return map.makeUnmodifiable();
        }
    }

    @DartBuiltin(library = "dart:io", owner = "Platform", name = "executable", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class ExecutableNode extends DartBuiltinNode {
        @Specialization
        protected Object get() {
            return DartToStringNode.toTruffleString("dartj");
        }
    }

    /**
     * {@code Platform.script}: the running program's root script as an absolute file URI (for
     * an isolate, the script of the program it belongs to; spawnUri starts a new one).
     */
    @DartBuiltin(library = "dart:io", owner = "Platform", name = "script", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class ScriptNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object get() {
            DartContext context = DartContext.get(this);
            String script = context.getLoop().rootScript();
            if (script == null) {
                script = "";
            }
            if (!script.startsWith("/")) {
                String cwd = context.getEnv().getCurrentWorkingDirectory().getPath();
                script = cwd.endsWith("/") ? cwd + script : cwd + "/" + script;
            }
            return org.dartj.builtins.core.DartUris.file(DartLanguage.get(this).coreClasses().uriClass, java.nio.file.Path.of(script).normalize().toString(), false);
        }
    }

    /** {@code Platform.resolvedExecutable}: the launcher, as {@code executable}. */
    @DartBuiltin(library = "dart:io", owner = "Platform", name = "resolvedExecutable", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class ResolvedExecutableNode extends DartBuiltinNode {
        @Specialization
        protected Object get() {
            return DartToStringNode.toTruffleString("dartj");
        }
    }

    /** {@code Platform.operatingSystemVersion}: the kernel's name and release, as the JVM reports them. */
    @DartBuiltin(library = "dart:io", owner = "Platform", name = "operatingSystemVersion", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class OperatingSystemVersionNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object get() {
            return DartToStringNode.toTruffleString(System.getProperty("os.name") + " " + System.getProperty("os.version"));
        }
    }

    /** {@code Platform.localHostname}. */
    @DartBuiltin(library = "dart:io", owner = "Platform", name = "localHostname", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class LocalHostnameNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object get() {
            String name;
            try {
                name = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                name = "localhost";
            }
            return DartToStringNode.toTruffleString(name);
        }
    }

    /** The VM options the program was started with: none (they are DartJ's, not the VM's). */
    @DartBuiltin(library = "dart:io", owner = "Platform", name = "executableArguments", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class ExecutableArgumentsNode extends DartBuiltinNode {
        @Specialization
        protected Object get() {
            return new org.dartj.runtime.DartList(new Object[1], 0, false, null);
        }
    }

    /** The VM's form: version, then where it runs ({@code on "linux_x64"}). */
    @DartBuiltin(library = "dart:io", owner = "Platform", name = "version", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class VersionNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object get() {
            String arch = System.getProperty("os.arch", "");
            String dartArch = switch (arch) {
                case "amd64", "x86_64" -> "x64";
                case "aarch64" -> "arm64";
                default -> arch;
            };
            return DartToStringNode.toTruffleString(DartLanguage.VERSION + " on \"" + operatingSystem() + "_" + dartArch + "\"");
        }
    }

    @DartBuiltin(library = "dart:io", owner = "Platform", name = "localeName", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class LocaleNameNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object get() {
            String lang = DartContext.get(this).getEnv().getEnvironment().get("LANG");
            return DartToStringNode.toTruffleString(lang == null || lang.isEmpty() ? "en_US" : lang);
        }
    }
}
