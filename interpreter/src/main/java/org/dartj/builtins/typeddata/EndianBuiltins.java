package org.dartj.builtins.typeddata;

import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;

import com.oracle.truffle.api.dsl.Specialization;

/** The static members of {@code Endian}. */
public final class EndianBuiltins {
    private EndianBuiltins() {
    }

    @DartBuiltin(owner = "Endian", name = "big", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class BigNode extends DartBuiltinNode {
        @Specialization
        protected Object big() {
            return DartEndian.BIG;
        }
    }

    @DartBuiltin(owner = "Endian", name = "little", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class LittleNode extends DartBuiltinNode {
        @Specialization
        protected Object little() {
            return DartEndian.LITTLE;
        }
    }

    @DartBuiltin(owner = "Endian", name = "host", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class HostNode extends DartBuiltinNode {
        @Specialization
        protected Object host() {
            return DartEndian.HOST;
        }
    }
}
