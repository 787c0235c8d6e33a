package org.dartj.builtins.isolate;

import org.dartj.DartContext;
import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.builtins.core.DartToString;
import org.dartj.isolate.DartIsolateExitException;
import org.dartj.builtins.async.DartStreams;
import org.dartj.builtins.async.StreamBuiltins;
import org.dartj.isolate.DartIsolateHandle;
import org.dartj.isolate.DartRemoteError;
import org.dartj.isolate.DartRetainingPath;
import org.dartj.nodes.call.DartJavaFunctionRootNode;
import org.dartj.runtime.DartList;
import org.dartj.isolate.DartIsolateSpawner;
import org.dartj.isolate.DartSpawnOptions;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.async.DartFuture;
import org.dartj.runtime.isolate.DartCapability;
import org.dartj.runtime.isolate.DartIsolateControl;
import org.dartj.runtime.isolate.DartMessageCopier;
import org.dartj.runtime.isolate.DartReceivePortState;
import org.dartj.runtime.isolate.DartSendPort;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * Isolate: spawning, running a computation, exiting, the current isolate, and the control
 * requests (pause, resume, ping, kill, exit and error listeners, errors-are-fatal).
 */
public final class IsolateBuiltins {
    private IsolateBuiltins() {
    }

    static DartSendPort portOrNull(Object value) {
        return value instanceof DartSendPort p ? p : null;
    }

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "spawn", kind = DartBuiltin.Kind.STATIC, required = 2, named = {"paused", "errorsAreFatal",
                    "onExit", "onError", "debugName"})
    public abstract static class SpawnNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture spawn(DartFunction entryPoint, Object message, Object paused, Object errorsAreFatal, Object onExit, Object onError, Object debugName) {
            DartContext context = DartContext.get(this);
            String name = debugName instanceof TruffleString s ? s.toJavaStringUncached() : entryPoint.name;
            DartSpawnOptions options = new DartSpawnOptions(name, portOrNull(onExit), portOrNull(onError), errorsAreFatal != Boolean.FALSE, paused == Boolean.TRUE);
            try {
                return DartIsolateSpawner.spawn(context, entryPoint, message, options, this);
            } catch (org.dartj.runtime.DartException e) {
                return failed(this, e);
            }
        }
    }

    /**
     * The VM's {@code spawn}, {@code spawnUri} and {@code run} are async: a message that cannot
     * be sent (or a spawn that cannot start) fails the returned future, nothing is thrown.
     */
    static DartFuture failed(DartBuiltinNode node, org.dartj.runtime.DartException error) {
        DartFuture future = org.dartj.builtins.async.DartAsyncSupport.newFuture(DartContext.get(node));
        future.completeErrorAsync(error);
        return future;
    }

    /**
     * {@code Isolate.spawnUri(uri, args, message, ...)}: {@code uri} is a Uri (its text is
     * used). {@code packageConfig} names the package_config.json that resolves the new
     * program's {@code package:} imports; {@code automaticPackageResolution} looks for the one
     * nearest to it. As the VM's (an async method), bad options give a failed future: an
     * {@code environment} is not supported there (UnimplementedError), and
     * {@code automaticPackageResolution} excludes {@code packageRoot} and {@code packageConfig},
     * which exclude each other (ArgumentError).
     */
    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "spawnUri", kind = DartBuiltin.Kind.STATIC, required = 3, named = {"paused", "onExit",
                    "onError", "errorsAreFatal", "checked", "environment", "packageRoot", "packageConfig", "automaticPackageResolution", "debugName"})
    public abstract static class SpawnUriNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture spawnUri(Object uri, DartList args, Object message, Object paused, Object onExit, Object onError, Object errorsAreFatal, Object checked,
                        Object environment, Object packageRoot, Object packageConfig, Object automaticPackageResolution, Object debugName) {
            DartContext context = DartContext.get(this);
            boolean automatic = automaticPackageResolution == Boolean.TRUE;
            boolean hasRoot = packageRoot != DartNull.INSTANCE;
            boolean hasConfig = packageConfig != DartNull.INSTANCE;
            org.dartj.runtime.DartException refused = null;
            if (environment != DartNull.INSTANCE) {
                refused = DartErrors.unimplemented("environment", this);
            } else if (automatic && hasRoot) {
                refused = DartErrors.argumentError("Cannot simultaneously request automaticPackageResolution and specify a packageRoot.", this);
            } else if (automatic && hasConfig) {
                refused = DartErrors.argumentError("Cannot simultaneously request automaticPackageResolution and specify a packageConfig.", this);
            } else if (hasRoot && hasConfig) {
                refused = DartErrors.argumentError("Cannot simultaneously specify a packageRoot and a packageConfig.", this);
            }
            if (refused != null) {
                return failed(this, refused);
            }
            String name = debugName instanceof TruffleString s ? s.toJavaStringUncached() : null;
            DartSpawnOptions options = new DartSpawnOptions(name, portOrNull(onExit), portOrNull(onError), errorsAreFatal != Boolean.FALSE, paused == Boolean.TRUE);
            var packages = hasConfig || automatic ? new org.dartj.parser.DartPackageResolution(hasConfig ? configFile(context, packageConfig) : null, automatic)
                            : null;
            try {
                return DartIsolateSpawner.spawnUri(context, DartToString.toDisplayString(uri), args, message, options, packages, this);
            } catch (org.dartj.runtime.DartException e) {
                return failed(this, e);
            }
        }

        /** The file a packageConfig Uri names, resolved against the spawner's root script. */
        private static String configFile(DartContext context, Object packageConfig) {
            String text = DartToString.toDisplayString(packageConfig);
            String root = context.getLoop().rootScript();
            java.net.URI base = root != null ? java.nio.file.Path.of(root).toAbsolutePath().toUri() : java.nio.file.Path.of("").toAbsolutePath().toUri();
            try {
                java.net.URI resolved = base.resolve(text);
                return "file".equals(resolved.getScheme()) ? java.nio.file.Path.of(resolved).toString() : text;
            } catch (IllegalArgumentException e) {
                return text;
            }
        }
    }

    /** The package configuration of the current isolate's program, or null (none, or unreadable). */
    @TruffleBoundary
    static org.dartj.parser.DartPackageConfig packages(DartContext context) {
        String explicit = context.getEnv().getOptions().get(DartLanguage.PACKAGES);
        String script = context.getLoop().rootScript();
        java.nio.file.Path dir = script != null ? java.nio.file.Path.of(script).toAbsolutePath().getParent() : java.nio.file.Path.of("").toAbsolutePath();
        try {
            return org.dartj.parser.DartPackageConfig.forProgram(context.getPackageResolution(), explicit, dir);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /** {@code Isolate.packageConfigSync}: the file: Uri of the program's package_config.json, or null. */
    @TruffleBoundary
    static Object packageConfig(DartBuiltinNode node) {
        var config = packages(DartContext.get(node));
        return config == null ? DartNull.INSTANCE : org.dartj.builtins.core.UriBuiltins.fileUri(node, config.file());
    }

    /**
     * {@code Isolate.resolvePackageUriSync(uri)}: a package: Uri's file, null if the package is
     * unknown (or there is no configuration); any other Uri as it is.
     */
    @TruffleBoundary
    static Object resolvePackage(DartBuiltinNode node, Object uri) {
        String text = DartToString.toDisplayString(uri);
        if (!text.startsWith("package:")) {
            return uri;
        }
        var config = packages(DartContext.get(node));
        java.nio.file.Path file = config == null ? null : config.resolve(text);
        return file == null ? DartNull.INSTANCE : org.dartj.builtins.core.UriBuiltins.fileUri(node, file);
    }

    static DartFuture completed(DartBuiltinNode node, Object value) {
        DartFuture future = org.dartj.builtins.async.DartAsyncSupport.newFuture(DartContext.get(node));
        future.complete(value);
        return future;
    }

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "packageConfigSync", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class PackageConfigSyncNode extends DartBuiltinNode {
        @Specialization
        protected Object packageConfigSync() {
            return packageConfig(this);
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "packageConfig", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class PackageConfigNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture packageConfigFuture() {
            return completed(this, packageConfig(this));
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "resolvePackageUriSync", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class ResolvePackageUriSyncNode extends DartBuiltinNode {
        @Specialization
        protected Object resolveSync(Object packageUri) {
            return resolvePackage(this, packageUri);
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "resolvePackageUri", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class ResolvePackageUriNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture resolve(Object packageUri) {
            return completed(this, resolvePackage(this, packageUri));
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "run", kind = DartBuiltin.Kind.STATIC, required = 1, named = {"debugName"})
    public abstract static class RunNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture run(DartFunction computation, Object debugName) {
            String name = debugName instanceof TruffleString s ? s.toJavaStringUncached() : "run";
            try {
                return DartIsolateSpawner.run(DartContext.get(this), computation, name, this);
            } catch (org.dartj.runtime.DartException e) {
                return failed(this, e);
            }
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "exit", kind = DartBuiltin.Kind.STATIC, optional = 2)
    public abstract static class ExitNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object exit(Object port, Object message) {
            if (port instanceof DartSendPort p) {
                // The copy also checks the message: an unsendable one throws here, and the
                // isolate goes on.
                p.sendCopied(copyMessageTo(p, message, this));
            }
            throw new DartIsolateExitException();
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "current", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class CurrentNode extends DartBuiltinNode {
        @Specialization
        protected DartIsolateHandle current() {
            return DartContext.get(this).currentIsolate();
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, named = {"pauseCapability",
                    "terminateCapability"})
    public abstract static class NewNode extends DartBuiltinNode {
        @Specialization
        protected DartIsolateHandle create(DartSendPort controlPort, Object pauseCapability, Object terminateCapability) {
            return new DartIsolateHandle(DartLanguage.get(this).coreClasses().isolateClass, controlPort, pauseCapability, terminateCapability);
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "debugName", kind = DartBuiltin.Kind.GETTER)
    public abstract static class DebugNameNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object debugName(DartIsolateHandle self) {
            Object name = self.debugName();
            return name instanceof String s ? TruffleString.fromJavaStringUncached(s, TruffleString.Encoding.UTF_16) : name;
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "controlPort", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ControlPortNode extends DartBuiltinNode {
        @Specialization
        protected DartSendPort controlPort(DartIsolateHandle self) {
            return self.controlPort();
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "pauseCapability", kind = DartBuiltin.Kind.GETTER)
    public abstract static class PauseCapabilityNode extends DartBuiltinNode {
        @Specialization
        protected Object pauseCapability(DartIsolateHandle self) {
            return self.pauseCapability();
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "terminateCapability", kind = DartBuiltin.Kind.GETTER)
    public abstract static class TerminateCapabilityNode extends DartBuiltinNode {
        @Specialization
        protected Object terminateCapability(DartIsolateHandle self) {
            return self.terminateCapability();
        }
    }

    /** Sends a control request; requests to a port that controls no isolate are dropped, as the VM drops them. */
    static void request(DartIsolateHandle self, DartIsolateControl.Request request) {
        DartIsolateControl target = self.target();
        if (target != null) {
            target.send(request);
        }
    }

    /** A copy for {@code port}: with the rules between programs if it belongs to another program. */
    static Object copyMessageTo(DartSendPort port, Object message, DartBuiltinNode node) {
        try {
            boolean otherProgram = port.targetProgram() != DartContext.get(node).getLoop().program();
            return otherProgram ? DartMessageCopier.copyBetweenPrograms(message) : DartMessageCopier.copy(message);
        } catch (DartMessageCopier.UnsendableException e) {
            throw DartErrors.argumentError(DartRetainingPath.message(e, DartLanguage.get(node)), node);
        }
    }

    static Object copyMessage(Object message, DartBuiltinNode node) {
        try {
            return DartMessageCopier.copy(message);
        } catch (DartMessageCopier.UnsendableException e) {
            throw DartErrors.argumentError(DartRetainingPath.message(e, DartLanguage.get(node)), node);
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "pause", optional = 1)
    public abstract static class PauseNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartCapability pause(DartIsolateHandle self, Object resumeCapability) {
            DartCapability resume = resumeCapability instanceof DartCapability c ? c : new DartCapability();
            DartCapability capability = self.pauseCapabilityOrNull();
            request(self, control -> control.pause(capability, resume));
            return resume;
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "resume", required = 1)
    public abstract static class ResumeNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object resume(DartIsolateHandle self, DartCapability resumeCapability) {
            DartCapability capability = self.pauseCapabilityOrNull();
            request(self, control -> control.resume(capability, resumeCapability));
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "ping", required = 1, named = {"response", "priority"})
    public abstract static class PingNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object ping(DartIsolateHandle self, DartSendPort responsePort, Object response, Object priority) {
            Object copy = copyMessage(response, this);
            boolean immediate = !(priority instanceof Long p) || p == IMMEDIATE;
            request(self, control -> control.ping(responsePort, copy, immediate));
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "kill", named = {"priority"})
    public abstract static class KillNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object kill(DartIsolateHandle self, Object priority) {
            DartCapability capability = self.terminateCapabilityOrNull();
            DartIsolateControl target = self.target();
            if (priority instanceof Long p && p == IMMEDIATE) {
                if (target == null || capability != target.terminateCapability()) {
                    return DartNull.INSTANCE;
                }
                if (target.loop() == DartContext.get(this).getLoop()) {
                    // Killing itself immediately: nothing after this call runs.
                    target.loop().requestTerminate();
                    target.loop().runControlRequests();
                    throw new DartIsolateExitException(DartIsolateExitException.KILL);
                }
                target.killNow();
            } else {
                request(self, control -> control.kill(capability, false));
            }
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "addOnExitListener", required = 1, named = {"response"})
    public abstract static class AddOnExitListenerNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object add(DartIsolateHandle self, DartSendPort responsePort, Object response) {
            Object copy = copyMessage(response, this);
            request(self, control -> control.addExitListener(responsePort, copy));
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "removeOnExitListener", required = 1)
    public abstract static class RemoveOnExitListenerNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object remove(DartIsolateHandle self, DartSendPort responsePort) {
            request(self, control -> control.removeExitListener(responsePort));
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "addErrorListener", required = 1)
    public abstract static class AddErrorListenerNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object add(DartIsolateHandle self, DartSendPort port) {
            request(self, control -> control.addErrorListener(port));
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "removeErrorListener", required = 1)
    public abstract static class RemoveErrorListenerNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object remove(DartIsolateHandle self, DartSendPort port) {
            request(self, control -> control.removeErrorListener(port));
            return DartNull.INSTANCE;
        }
    }

    /**
     * {@code errors}: a broadcast stream of the isolate's uncaught errors as RemoteErrors.
     * Listening opens a keep-alive port registered as an error listener; cancelling
     * removes and closes it.
     */
    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "errors", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ErrorsNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartStreams.Stream errors(DartIsolateHandle self) {
            DartContext context = DartContext.get(this);
            DartLanguage language = DartLanguage.get(this);
            DartReceivePortState[] port = new DartReceivePortState[1];
            DartStreams.Controller[] controller = new DartStreams.Controller[1];
            DartFunction onListen = DartJavaFunctionRootNode.create(language, "onListen", args -> {
                DartReceivePortState listener = context.getLoop().openPort("Isolate.errors", true, false);
                listener.setHandler(message -> {
                    DartList parts = (DartList) message;
                    DartRemoteError error = new DartRemoteError(language.coreClasses().remoteErrorClass, String.valueOf(parts.get(0)), String.valueOf(parts.get(1)));
                    StreamBuiltins.addErrorEvent(controller[0], error, this);
                });
                port[0] = listener;
                DartSendPort sendPort = new DartSendPort(listener);
                request(self, control -> control.addErrorListener(sendPort));
                return DartNull.INSTANCE;
            });
            DartFunction onCancel = DartJavaFunctionRootNode.create(language, "onCancel", args -> {
                DartReceivePortState listener = port[0];
                port[0] = null;
                DartSendPort sendPort = new DartSendPort(listener);
                request(self, control -> control.removeErrorListener(sendPort));
                listener.close();
                return DartNull.INSTANCE;
            });
            controller[0] = StreamBuiltins.runtimeBroadcastController(this, onListen, onCancel);
            return StreamBuiltins.controllerStream(controller[0]);
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "setErrorsFatal", required = 1)
    public abstract static class SetErrorsFatalNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object set(DartIsolateHandle self, boolean errorsAreFatal) {
            DartCapability capability = self.terminateCapabilityOrNull();
            request(self, control -> control.setErrorsFatal(capability, errorsAreFatal));
            return DartNull.INSTANCE;
        }
    }

    static final long IMMEDIATE = 0;
    static final long BEFORE_NEXT_EVENT = 1;

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "immediate", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class ImmediateNode extends DartBuiltinNode {
        @Specialization
        protected long immediate() {
            return IMMEDIATE;
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "beforeNextEvent", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class BeforeNextEventNode extends DartBuiltinNode {
        @Specialization
        protected long beforeNextEvent() {
            return BEFORE_NEXT_EVENT;
        }
    }
}
