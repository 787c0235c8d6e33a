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
            return self & 0x3FFFFFFFFFFFFFFFL;
        }

        @Specialization
        @TruffleBoundary
        protected long hash(Object self) {
            // Object.hashCode of an instance is its identity hash (a Dart override never reaches here).
            return (self instanceof org.dartj.classes.DartInstance ? System.identityHashCode(self) : self.hashCode()) & 0x3FFFFFFFL;
        }
    }

    @DartBuiltin(owner = "Object", name = "runtimeType", kind = DartBuiltin.Kind.GETTER)
    public abstract static class RuntimeTypeNode extends DartBuiltinNode {
        @Specialization
        protected Object type(Object self) {
            return org.dartj.DartLanguage.get(this).coreClasses().classOf(self);
        }
    }
}
