package org.dartj.builtins.isolate;

import org.dartj.DartContext;
import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.nodes.call.DartCalls;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.isolate.DartReceivePortState;
import org.dartj.runtime.isolate.DartSendPort;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

/** RawReceivePort: a port with a handler; messages that arrive before a handler is set are lost. */
public final class RawReceivePortBuiltins {
    private RawReceivePortBuiltins() {
    }

    /** The Dart object behind a RawReceivePort. */
    public static final class DartRawReceivePort implements DartObject, org.dartj.runtime.isolate.DartUnsendable {
        final DartClass dartClass;
        final DartReceivePortState state;
        final DartSendPort sendPort;

        DartRawReceivePort(DartClass dartClass, DartReceivePortState state) {
            this.dartClass = dartClass;
            this.state = state;
            this.sendPort = new DartSendPort(state);
        }

        @Override
        public DartClass dartClass() {
            return dartClass;
        }

        public DartReceivePortState state() {
            return state;
        }

        @Override
        public String unsendableKind() {
            return "ReceivePort";
        }

        @Override
        public String toString() {
            return "Instance of '_RawReceivePort'";
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "RawReceivePort", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, optional = 2)
    public abstract static class NewNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartRawReceivePort create(Object handler, Object debugName) {
            DartReceivePortState state = DartContext.get(this).getLoop().openPort(ReceivePortBuiltins.callerLocation(), true, false);
            DartRawReceivePort port = new DartRawReceivePort(DartLanguage.get(this).coreClasses().byName("RawReceivePort"), state);
            if (handler instanceof DartFunction f) {
                state.setHandler(message -> DartCalls.call(f, message));
            }
            return port;
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "RawReceivePort", name = "handler", kind = DartBuiltin.Kind.SETTER, required = 1)
    public abstract static class HandlerNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object handler(DartRawReceivePort self, Object handler) {
            self.state.setHandler(handler instanceof DartFunction f ? message -> DartCalls.call(f, message) : null);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "RawReceivePort", name = "sendPort", kind = DartBuiltin.Kind.GETTER)
    public abstract static class SendPortNode extends DartBuiltinNode {
        @Specialization
        protected DartSendPort sendPort(DartRawReceivePort self) {
            return self.sendPort;
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "RawReceivePort", name = "close")
    public abstract static class CloseNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object close(DartRawReceivePort self) {
            self.state.close();
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "RawReceivePort", name = "keepIsolateAlive", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsKeepAliveNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean keepAlive(DartRawReceivePort self) {
            return self.state.isKeepAlive();
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "RawReceivePort", name = "keepIsolateAlive", kind = DartBuiltin.Kind.SETTER, required = 1)
    public abstract static class KeepAliveNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object keepAlive(DartRawReceivePort self, boolean keepAlive) {
            self.state.setKeepAlive(keepAlive);
            return DartNull.INSTANCE;
        }
    }
}
