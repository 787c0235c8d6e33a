package org.dartj.builtins.isolate;

import org.dartj.DartContext;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.isolate.DartIsolateExitException;
import org.dartj.isolate.DartIsolateHandle;
import org.dartj.isolate.DartIsolateSpawner;
import org.dartj.isolate.DartSpawnOptions;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.async.DartFuture;
import org.dartj.runtime.isolate.DartSendPort;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** Isolate: spawning, running a computation, exiting, killing, the current isolate. */
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
            if (paused == Boolean.TRUE) {
                throw DartErrors.unsupported("Isolate.spawn(paused: true) is not supported yet", this);
            }
            DartContext context = DartContext.get(this);
            String name = debugName instanceof TruffleString s ? s.toJavaStringUncached() : entryPoint.name;
            DartSpawnOptions options = new DartSpawnOptions(name, portOrNull(onExit), portOrNull(onError), errorsAreFatal != Boolean.FALSE);
            return DartIsolateSpawner.spawn(context, entryPoint, message, options, this);
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "run", kind = DartBuiltin.Kind.STATIC, required = 1, named = {"debugName"})
    public abstract static class RunNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture run(DartFunction computation, Object debugName) {
            String name = debugName instanceof TruffleString s ? s.toJavaStringUncached() : "run";
            return DartIsolateSpawner.run(DartContext.get(this), computation, name, this);
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "exit", kind = DartBuiltin.Kind.STATIC, optional = 2)
    public abstract static class ExitNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object exit(Object port, Object message) {
            if (port instanceof DartSendPort p) {
                // The isolate ends here, so its message is handed over, not copied.
                p.sendCopied(message);
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

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "debugName", kind = DartBuiltin.Kind.GETTER)
    public abstract static class DebugNameNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString debugName(DartIsolateHandle self) {
            return TruffleString.fromJavaStringUncached(self.debugName(), TruffleString.Encoding.UTF_16);
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "kill", named = {"priority"})
    public abstract static class KillNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object kill(DartIsolateHandle self, Object priority) {
            self.kill(priority instanceof Long p && p == IMMEDIATE);
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
