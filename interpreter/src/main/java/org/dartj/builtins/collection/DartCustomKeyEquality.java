package org.dartj.builtins.collection;

import org.dartj.builtins.core.ObjectBuiltins;
import org.dartj.nodes.call.DartCalls;
import org.dartj.nodes.expression.DartEqualNode;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartKeyEquality;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The key equality of {@code LinkedHashMap(equals:, hashCode:, isValidKey:)} and
 * {@code LinkedHashSet(...)}: calls of the given Dart functions, with {@code ==} and
 * {@code hashCode} for the ones left out, and every key valid when {@code isValidKey} is.
 */
final class DartCustomKeyEquality implements DartKeyEquality {
    private final DartFunction equals;
    private final DartFunction hashCode;
    private final DartFunction isValidKey;

    private DartCustomKeyEquality(DartFunction equals, DartFunction hashCode, DartFunction isValidKey) {
        this.equals = equals;
        this.hashCode = hashCode;
        this.isValidKey = isValidKey;
    }

    /** The equality of the named arguments, or null when all three are absent (the default map or set). */
    static DartCustomKeyEquality of(Object equals, Object hashCode, Object isValidKey) {
        if (equals == DartNull.INSTANCE && hashCode == DartNull.INSTANCE && isValidKey == DartNull.INSTANCE) {
            return null;
        }
        return new DartCustomKeyEquality(function(equals), function(hashCode), function(isValidKey));
    }

    private static DartFunction function(Object value) {
        return value instanceof DartFunction f ? f : null;
    }

    @Override
    @TruffleBoundary
    public boolean same(Object stored, Object probe) {
        if (equals == null) {
            return DartEqualNode.dartEquals(stored, probe);
        }
        return DartCalls.call(equals, stored, probe) == Boolean.TRUE;
    }

    @Override
    @TruffleBoundary
    public int hash(Object key) {
        // The low bits of the Dart hash: they choose a HashMap's bucket as on the VM.
        if (hashCode == null) {
            return (int) ObjectBuiltins.hashOf(key);
        }
        Object hash = DartCalls.call(hashCode, key);
        return hash instanceof Long l ? (int) (long) l : hash.hashCode();
    }

    @Override
    @TruffleBoundary
    public boolean accepts(Object key) {
        return isValidKey == null || DartCalls.call(isValidKey, key) == Boolean.TRUE;
    }
}
