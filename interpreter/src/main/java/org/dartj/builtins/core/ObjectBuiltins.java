package org.dartj.builtins.core;

import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** Members every Dart value has (class Object). */
public final class ObjectBuiltins {
    private ObjectBuiltins() {
    }

    /** {@code Symbol(name)}: equal to the literal {@code #name}, though not identical to it. */
    @DartBuiltin(owner = "Symbol", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class NewSymbolNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object create(TruffleString name) {
            return new DartSymbol(org.dartj.DartLanguage.get(this).coreClasses().symbolClass, name.toJavaStringUncached());
        }
    }

    /** The hash of one value as Dart computes it (a class's own hashCode included; 1 and 1.0 alike). */
    @TruffleBoundary
    public static long hashOf(Object value) {
        if (value instanceof Long l) {
            return DartNumbers.hashInt(l);
        } else if (value instanceof Double d) {
            return DartNumbers.hashDouble(d);
        } else if (value instanceof TruffleString t) {
            return org.dartj.runtime.DartHashCodes.ofString(t.toJavaStringUncached());
        } else if (value instanceof Boolean b) {
            return org.dartj.runtime.DartHashCodes.ofBool(b);
        } else if (value == org.dartj.runtime.DartNull.INSTANCE) {
            return org.dartj.runtime.DartHashCodes.NULL;
        } else if (value instanceof org.dartj.runtime.DartRecord record && record.names().length == 0) {
            return positionalRecordHash(record);
        }
        return value.hashCode();
    }

    /**
     * The VM's hash of a record with positional fields only: its shape (then just the field
     * count) combined with each field's hash, as {@code _Record.hashCode}. A record with named
     * fields has a shape the VM numbers per program, so its hash cannot be the VM's.
     */
    @TruffleBoundary
    static long positionalRecordHash(org.dartj.runtime.DartRecord record) {
        long h = record.positionalCount();
        for (int i = 0; i < record.positionalCount(); i++) {
            h = combine(h, hashOf(record.positional(i)));
        }
        return finish(h);
    }

    /** Combines hashes in order (Jenkins one-at-a-time steps, as the SDK's SystemHash). */
    static long combine(long hash, long value) {
        long h = (hash + value) & 0x1fffffffL;
        h = (h + ((h & 0x0007ffffL) << 10)) & 0x1fffffffL;
        return h ^ (h >> 6);
    }

    static long finish(long hash) {
        long h = (hash + ((hash & 0x03ffffffL) << 3)) & 0x1fffffffL;
        h ^= h >> 11;
        return (h + ((h & 0x00003fffL) << 15)) & 0x1fffffffL;
    }

    /** {@code Object.hash(a, b, ...)} (up to 20 values): equal arguments give equal hashes. */
    @DartBuiltin(owner = "Object", name = "hash", kind = DartBuiltin.Kind.STATIC, required = 2, optional = 18)
    public abstract static class HashNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long hash(Object v1, Object v2, Object v3, Object v4, Object v5, Object v6, Object v7, Object v8, Object v9, Object v10, Object v11, Object v12,
                        Object v13, Object v14, Object v15, Object v16, Object v17, Object v18, Object v19, Object v20) {
            Object[] values = {v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20};
            int count = values.length;
            // Omitted arguments read as null: trailing nulls are dropped (a hash may collide).
            while (count > 2 && values[count - 1] == org.dartj.runtime.DartNull.INSTANCE) {
                count--;
            }
            long h = 0;
            for (int i = 0; i < count; i++) {
                h = combine(h, hashOf(values[i]));
            }
            return finish(h);
        }
    }

    @DartBuiltin(owner = "Object", name = "hashAll", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class HashAllNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long hashAll(Object values) {
            long h = 0;
            for (Object v : DartIterables.toArray(values)) {
                h = combine(h, hashOf(v));
            }
            return finish(h);
        }
    }

    /** {@code Object.hashAllUnordered}: the same hash for any order of the values. */
    @DartBuiltin(owner = "Object", name = "hashAllUnordered", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class HashAllUnorderedNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long hashAllUnordered(Object values) {
            long sum = 0;
            long count = 0;
            for (Object v : DartIterables.toArray(values)) {
                sum = (sum + (hashOf(v) & 0x3fffffffL)) & 0x3fffffffL;
                count++;
            }
            return finish(combine(sum, count));
        }
    }

    /** {@code Object()}: a plain object, equal only to itself (a common sentinel). */
    @DartBuiltin(owner = "Object", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR)
    public abstract static class NewNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object create() {
            return new org.dartj.classes.DartInstance(org.dartj.DartLanguage.get(this).coreClasses().objectClass);
        }
    }

    @DartBuiltin(owner = "Object", name = "toString")
    public abstract static class ToStringNode extends DartBuiltinNode {
        /** Object's own toString (also what {@code super.toString()} reaches). */
        @Specialization
        protected TruffleString instance(org.dartj.classes.DartInstance self) {
            return DartToStringNode.toTruffleString(self.defaultToString());
        }

        @Specialization(guards = "!isInstance(self)")
        protected TruffleString toDartString(Object self, @Cached DartToStringNode toString) {
            return toString.execute(self);
        }

        protected static boolean isInstance(Object o) {
            return o instanceof org.dartj.classes.DartInstance;
        }
    }

    @DartBuiltin(owner = "Object", name = "hashCode", kind = DartBuiltin.Kind.GETTER)
    public abstract static class HashCodeNode extends DartBuiltinNode {
        @Specialization
        protected long hash(long self) {
            return DartNumbers.hashInt(self);
        }

        @Specialization
        @TruffleBoundary
        protected long hash(Object self) {
            // Object.hashCode of an instance is its identity hash (a Dart override never reaches here).
            if (self == org.dartj.runtime.DartNull.INSTANCE) {
                return org.dartj.runtime.DartHashCodes.NULL;
            }
            if (self instanceof org.dartj.runtime.DartRecord record && record.names().length == 0) {
                return positionalRecordHash(record);
            }
            return (self instanceof org.dartj.classes.DartInstance ? System.identityHashCode(self) : self.hashCode()) & 0x3FFFFFFFL;
        }
    }

    @DartBuiltin(owner = "Object", name = "runtimeType", kind = DartBuiltin.Kind.GETTER)
    public abstract static class RuntimeTypeNode extends DartBuiltinNode {
        @Specialization
        protected Object type(Object self) {
            return org.dartj.DartLanguage.get(this).coreClasses().types.typeOf(self);
        }
    }
}
