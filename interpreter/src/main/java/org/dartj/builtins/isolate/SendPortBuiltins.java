package org.dartj.builtins.isolate;

import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.isolate.DartSendPort;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

/** SendPort: {@code send} copies the message graph now, on the sender's thread. */
public final class SendPortBuiltins {
    private SendPortBuiltins() {
    }

    @DartBuiltin(library = "dart:isolate", owner = "SendPort", name = "send", required = 1)
    public abstract static class SendNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object send(DartSendPort self, Object message) {
            Object copy = IsolateBuiltins.copyMessageTo(self, message, this);
            self.sendCopied(copy);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "SendPort", name = "hashCode", kind = DartBuiltin.Kind.GETTER)
    public abstract static class HashCodeNode extends DartBuiltinNode {
        @Specialization
        protected long hashCode(DartSendPort self) {
            return self.hashCode() & 0x3FFFFFFFL;
        }
    }
}
