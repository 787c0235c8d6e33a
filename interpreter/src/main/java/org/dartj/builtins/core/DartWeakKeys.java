package org.dartj.builtins.core;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

import org.dartj.runtime.DartNull;
import org.dartj.runtime.DartRecord;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * A map from objects, compared by identity and held weakly, to values: the table of an
 * {@code Expando}. Entries of collected keys are
 * dropped at the next access.
 */
public final class DartWeakKeys {
    private final Map<Key, Object> entries = new HashMap<>();
    private final ReferenceQueue<Object> collected = new ReferenceQueue<>();

    private static final class Key extends WeakReference<Object> {
        private final int hash;

        Key(Object referent, ReferenceQueue<Object> queue) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            Object referent = get();
            return o instanceof Key k && referent != null && k.get() == referent;
        }
    }

    /** Whether Dart lets {@code value} be held weakly (not a string, number, bool, record or null). */
    static boolean canBeWeak(Object value) {
        return !(value == DartNull.INSTANCE || value instanceof Boolean || value instanceof Long || value instanceof Double || value instanceof TruffleString ||
                        value instanceof DartRecord);
    }

    private void expunge() {
        for (Object k; (k = collected.poll()) != null;) {
            entries.remove(k);
        }
    }

    @TruffleBoundary
    public synchronized Object get(Object key) {
        expunge();
        return entries.get(new Key(key, null));
    }

    @TruffleBoundary
    public synchronized void put(Object key, Object value) {
        expunge();
        if (value == null) {
            entries.remove(new Key(key, null));
        } else {
            entries.put(new Key(key, collected), value);
        }
    }

    @TruffleBoundary
    synchronized int size() {
        expunge();
        return entries.size();
    }
}
