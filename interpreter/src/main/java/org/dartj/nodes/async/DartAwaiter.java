package org.dartj.nodes.async;

import org.dartj.runtime.async.DartFuture;

import com.oracle.truffle.api.source.SourceSection;

/**
 * An async function waiting for a future: its name, where it awaits, and its own future (whose
 * awaiter continues the chain). Recorded on the awaited future, so an error that ends an async
 * function resumed by the event loop can list its awaiters as the VM's stack traces do after
 * {@code <asynchronous suspension>}.
 */
public record DartAwaiter(String name, SourceSection section, DartFuture future) {
    /** The awaiters of {@code future}, innermost first (a chain with a repeated future ends). */
    public static java.util.List<Object> chain(DartFuture future) {
        java.util.List<Object> out = new java.util.ArrayList<>();
        java.util.Set<DartFuture> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (DartFuture f = future; f != null && seen.add(f) && f.awaiter() instanceof DartAwaiter a; f = a.future()) {
            out.add(a);
        }
        return out;
    }
}
