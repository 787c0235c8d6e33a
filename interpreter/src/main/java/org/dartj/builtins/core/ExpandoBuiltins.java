package org.dartj.builtins.core;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/** Expando: extra properties on objects, held weakly by identity, as sdk/lib/core/expando.dart. */
public final class ExpandoBuiltins {
    private ExpandoBuiltins() {
    }

    /** The Dart object behind an Expando: its name and its weak identity table. */
    public static final class DartExpando implements DartObject {
        private final DartClass dartClass;
        final Object name;
        final DartWeakKeys values = new DartWeakKeys();

        DartExpando(DartClass dartClass, Object name) {
            this.dartClass = dartClass;
            this.name = name;
        }

        @Override
        public DartClass dartClass() {
            return dartClass;
        }

        @Override
        public String toString() {
            return "Expando:" + DartToString.toDisplayString(name);
        }
    }

    static void checkKey(Object key, Node node) {
        if (!DartWeakKeys.canBeWeak(key)) {
            throw DartErrors.argumentValueError(key, "object", "Expandos are not allowed on strings, numbers, bools, records or null", node);
        }
    }

    @DartBuiltin(owner = "Expando", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, optional = 1)
    public abstract static class NewNode extends DartBuiltinNode {
        @Specialization
        protected DartExpando create(Object name) {
            return new DartExpando(DartLanguage.get(this).coreClasses().expandoClass, name);
        }
    }

    @DartBuiltin(owner = "Expando", name = "name", kind = DartBuiltin.Kind.GETTER)
    public abstract static class NameNode extends DartBuiltinNode {
        @Specialization
        protected Object name(DartExpando self) {
            return self.name;
        }
    }

    @DartBuiltin(owner = "Expando", name = "[]", required = 1)
    public abstract static class GetNode extends DartBuiltinNode {
        @Specialization
        protected Object get(DartExpando self, Object key) {
            checkKey(key, this);
            Object value = self.values.get(key);
            return value == null ? DartNull.INSTANCE : value;
        }
    }

    @DartBuiltin(owner = "Expando", name = "[]=", required = 2)
    public abstract static class SetNode extends DartBuiltinNode {
        @Specialization
        protected Object set(DartExpando self, Object key, Object value) {
            checkKey(key, this);
            self.values.put(key, value == DartNull.INSTANCE ? null : value);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "Expando", name = "toString")
    public abstract static class ToStringNode extends DartBuiltinNode {
        @Specialization
        protected TruffleString toStr(DartExpando self) {
            return DartToStringNode.toTruffleString(self.toString());
        }
    }
}
