package org.dartj.builtins.core;

import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartInstance;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/** Enum's static members: the comparators {@code Enum.compareByIndex} and {@code Enum.compareByName}. */
public final class EnumBuiltins {
    private EnumBuiltins() {
    }

    /** A field every enum value has ({@code index}, {@code name}); a non-enum argument is a TypeError. */
    @TruffleBoundary
    static Object enumField(Object value, String field, Node node) {
        if (!(value instanceof DartInstance e && e.dartClass().isEnum())) {
            throw DartErrors.typeErrorFor(value, "Enum", node);
        }
        return e.getField(e.dartClass().fieldIndex(field));
    }

    @DartBuiltin(owner = "Enum", name = "compareByIndex", kind = DartBuiltin.Kind.STATIC, required = 2)
    public abstract static class CompareByIndexNode extends DartBuiltinNode {
        @Specialization
        protected long compare(Object a, Object b) {
            return (long) enumField(a, "index", this) - (long) enumField(b, "index", this);
        }
    }

    @DartBuiltin(owner = "Enum", name = "compareByName", kind = DartBuiltin.Kind.STATIC, required = 2)
    public abstract static class CompareByNameNode extends DartBuiltinNode {
        @Specialization
        protected long compare(Object a, Object b) {
            return DartCompare.compareAny((TruffleString) enumField(a, "name", this), (TruffleString) enumField(b, "name", this));
        }
    }
}
