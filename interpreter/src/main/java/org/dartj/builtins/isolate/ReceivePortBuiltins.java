package org.dartj.builtins.isolate;

import org.dartj.DartContext;
import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.builtins.async.DartAsyncSupport;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.isolate.DartReceivePort;
import org.dartj.nodes.call.DartCalls;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.async.DartFuture;
import org.dartj.runtime.isolate.DartReceivePortState;
import org.dartj.runtime.isolate.DartSendPort;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;

/** ReceivePort: a keep-alive port whose messages are a single-subscription stream. */
public final class ReceivePortBuiltins {
    private ReceivePortBuiltins() {
    }

    /** What {@code listen} returns: cancelling closes the port. */
    public static final class DartPortSubscription implements DartObject {
        final DartClass dartClass;
        final DartReceivePort port;

        DartPortSubscription(DartClass dartClass, DartReceivePort port) {
            this.dartClass = dartClass;
            this.port = port;
        }

        @Override
        public DartClass dartClass() {
            return dartClass;
        }

        @Override
        public String toString() {
            return "Instance of '_ControllerSubscription<dynamic>'";
        }
    }

    /** Where the Dart code that is calling this builtin is: {@code file:line:col}. */
    @TruffleBoundary
    static String callerLocation() {
        String location = Truffle.getRuntime().iterateFrames(frame -> {
            Node call = frame.getCallNode();
            if (call == null) {
                return null;
            }
            SourceSection s = call.getEncapsulatingSourceSection();
            if (s == null || !s.isAvailable()) {
                return null;
            }
            return s.getSource().getName() + ":" + s.getStartLine() + ":" + s.getStartColumn();
        });
        return location == null ? "<unknown>" : location;
    }


    @DartBuiltin(library = "dart:isolate", owner = "ReceivePort", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, optional = 1)
    public abstract static class NewNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartReceivePort create(Object debugName) {
            DartReceivePortState state = DartContext.get(this).getLoop().openPort(callerLocation(), true, true);
            return new DartReceivePort(DartLanguage.get(this).coreClasses().receivePortClass, state);
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "ReceivePort", name = "fromRawReceivePort", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class FromRawReceivePortNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartReceivePort create(RawReceivePortBuiltins.DartRawReceivePort rawPort) {
            // The raw port's handler becomes the stream's: messages now wait for a listener.
            DartReceivePortState state = rawPort.state();
            state.setHandler(null);
            state.bufferUntilListened();
            return new DartReceivePort(DartLanguage.get(this).coreClasses().receivePortClass, state);
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "ReceivePort", name = "sendPort", kind = DartBuiltin.Kind.GETTER)
    public abstract static class SendPortNode extends DartBuiltinNode {
        @Specialization
        protected DartSendPort sendPort(DartReceivePort self) {
            return self.sendPort();
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "ReceivePort", name = "close")
    public abstract static class CloseNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object close(DartReceivePort self) {
            self.state().close();
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "ReceivePort", name = "listen", required = 1, named = {"onError", "onDone", "cancelOnError"})
    public abstract static class ListenNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartPortSubscription listen(DartReceivePort self, DartFunction onData, Object onError, Object onDone, Object cancelOnError) {
            if (!self.takeSubscription()) {
                throw DartErrors.stateError("Stream has already been listened to.", this);
            }
            // The subscription's zone: messages run onData there, errors go to its handler.
            org.dartj.runtime.async.DartAsyncZone zone = DartContext.get(this).getLoop().currentZone();
            if (zone == null) {
                self.state().setHandler(message -> DartCalls.call(onData, message));
            } else {
                org.dartj.builtins.async.DartZone z = (org.dartj.builtins.async.DartZone) zone;
                Object registered = z.register(onData, 1);
                self.state().setHandler(message -> z.runFunctionGuarded(registered, message));
            }
            return new DartPortSubscription(DartLanguage.get(this).coreClasses().streamSubscriptionClass, self);
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "ReceivePort", name = "first", kind = DartBuiltin.Kind.GETTER)
    public abstract static class FirstNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture first(DartReceivePort self) {
            if (!self.takeSubscription()) {
                throw DartErrors.stateError("Stream has already been listened to.", this);
            }
            DartFuture result = DartAsyncSupport.newFuture(DartContext.get(this));
            DartReceivePortState state = self.state();
            state.setHandler(message -> {
                state.close();
                result.complete(message);
            });
            return result;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "StreamSubscription", name = "cancel")
    public abstract static class CancelNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture cancel(DartPortSubscription self) {
            self.port.state().close();
            DartFuture done = DartAsyncSupport.newFuture(DartContext.get(this));
            done.complete(DartNull.INSTANCE);
            return done;
        }
    }
}
