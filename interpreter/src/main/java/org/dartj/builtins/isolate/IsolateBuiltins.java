package org.dartj.builtins.isolate;

import org.dartj.DartContext;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.isolate.DartIsolateSpawner;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.async.DartFuture;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** Isolate: spawning. */
public final class IsolateBuiltins {
    private IsolateBuiltins() {
    }

    @DartBuiltin(library = "dart:isolate", owner = "Isolate", name = "spawn", kind = DartBuiltin.Kind.STATIC, required = 2, named = {"paused", "errorsAreFatal",
                    "onExit", "onError", "debugName"})
    public abstract static class SpawnNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture spawn(DartFunction entryPoint, Object message, Object paused, Object errorsAreFatal, Object onExit, Object onError, Object debugName) {
            DartContext context = DartContext.get(this);
            String name = debugName instanceof TruffleString s ? s.toJavaStringUncached() : entryPoint.name;
            return DartIsolateSpawner.spawn(context, entryPoint, message, name, this);
        }
    }
}
