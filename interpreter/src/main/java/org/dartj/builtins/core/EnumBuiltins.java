package org.dartj.builtins.core;

import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartInstance;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** The static members of {@code Enum}: comparators of enum values by index and by name. */
public final class EnumBuiltins {
    private EnumBuiltins() {
    }

    /** The value as an enum value, or the VM's TypeError for the parameter. */
    static DartInstance enumValue(Object value, String parameter, DartBuiltinNode node) {
        if (value instanceof DartInstance e && e.dartClass().isEnum()) {
            return e;
        }
        throw DartErrors.argumentTypeError(value, "Enum", parameter, node);
    }

    /** {@code Enum.compareByIndex(a, b)}: by declaration order. */
    @DartBuiltin(owner = "Enum", name = "compareByIndex", kind = DartBuiltin.Kind.STATIC, required = 2)
    public abstract static class CompareByIndexNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long compare(Object a, Object b) {
            DartInstance x = enumValue(a, "value1", this);
            DartInstance y = enumValue(b, "value2", this);
            return (long) x.getField(x.dartClass().fieldIndex("index")) - (long) y.getField(y.dartClass().fieldIndex("index"));
        }
    }

    /** {@code Enum.compareByName(a, b)}: by name, as String.compareTo orders them. */
    @DartBuiltin(owner = "Enum", name = "compareByName", kind = DartBuiltin.Kind.STATIC, required = 2)
    public abstract static class CompareByNameNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long compare(Object a, Object b) {
            DartInstance x = enumValue(a, "value1", this);
            DartInstance y = enumValue(b, "value2", this);
            String first = ((TruffleString) x.getField(x.dartClass().fieldIndex("name"))).toJavaStringUncached();
            String second = ((TruffleString) y.getField(y.dartClass().fieldIndex("name"))).toJavaStringUncached();
            return Integer.signum(first.compareTo(second));
        }
    }
}
