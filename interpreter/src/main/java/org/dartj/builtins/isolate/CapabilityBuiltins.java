package org.dartj.builtins.isolate;

import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.runtime.isolate.DartCapability;

import com.oracle.truffle.api.dsl.Specialization;

/** Capability: a fresh unforgeable token; == and hashCode are Object's (identity). */
public final class CapabilityBuiltins {
    private CapabilityBuiltins() {
    }

    @DartBuiltin(library = "dart:isolate", owner = "Capability", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR)
    public abstract static class NewNode extends DartBuiltinNode {
        @Specialization
        protected DartCapability create() {
            return new DartCapability();
        }
    }
}
