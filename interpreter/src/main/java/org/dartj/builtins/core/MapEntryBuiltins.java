package org.dartj.builtins.core;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;

import com.oracle.truffle.api.dsl.Specialization;

/** MapEntry: {@code MapEntry(key, value)}, its {@code key} and {@code value}. */
public final class MapEntryBuiltins {
    private MapEntryBuiltins() {
    }

    @DartBuiltin(owner = "MapEntry", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 2)
    public abstract static class NewNode extends DartBuiltinNode {
        @Specialization
        protected Object create(Object key, Object value) {
            return new DartMapEntry(DartLanguage.get(this).coreClasses().mapEntryClass, key, value);
        }
    }

    @DartBuiltin(owner = "MapEntry", name = "key", kind = DartBuiltin.Kind.GETTER)
    public abstract static class KeyNode extends DartBuiltinNode {
        @Specialization
        protected Object key(DartMapEntry self) {
            return self.key();
        }
    }

    @DartBuiltin(owner = "MapEntry", name = "value", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ValueNode extends DartBuiltinNode {
        @Specialization
        protected Object value(DartMapEntry self) {
            return self.value();
        }
    }
}
