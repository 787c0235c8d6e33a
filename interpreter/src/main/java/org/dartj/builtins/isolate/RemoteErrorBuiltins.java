package org.dartj.builtins.isolate;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.classes.DartErrorObject;
import org.dartj.classes.DartStackTraceObject;
import org.dartj.isolate.DartRemoteError;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** RemoteError and IsolateSpawnException: the errors dart:isolate reports. */
public final class RemoteErrorBuiltins {
    private RemoteErrorBuiltins() {
    }

    @DartBuiltin(library = "dart:isolate", owner = "RemoteError", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 2)
    public abstract static class NewNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartRemoteError create(TruffleString description, TruffleString stackDescription) {
            return new DartRemoteError(DartLanguage.get(this).coreClasses().remoteErrorClass, description.toJavaStringUncached(), stackDescription.toJavaStringUncached());
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "RemoteError", name = "stackTrace", kind = DartBuiltin.Kind.GETTER)
    public abstract static class StackTraceNode extends DartBuiltinNode {
        @Specialization
        protected DartStackTraceObject stackTrace(DartRemoteError self) {
            return new DartStackTraceObject(DartLanguage.get(this).coreClasses().stringStackTraceClass, self.stackDescription());
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "IsolateSpawnException", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class NewSpawnExceptionNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartErrorObject create(TruffleString message) {
            return new DartErrorObject(DartLanguage.get(this).coreClasses().isolateSpawnExceptionClass, message, "IsolateSpawnException: " + message.toJavaStringUncached());
        }
    }
}
