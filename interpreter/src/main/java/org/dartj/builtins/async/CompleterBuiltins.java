package org.dartj.builtins.async;

import org.dartj.DartContext;
import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.runtime.DartException;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.async.DartFuture;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

/** Completer (asynchronous completion, as {@code Completer()}; {@code Completer.sync()} completes at once). */
public final class CompleterBuiltins {
    private CompleterBuiltins() {
    }

    /** The Dart object behind a Completer. */
    public static final class DartCompleter implements DartObject {
        final DartClass dartClass;
        final DartFuture future;
        final boolean sync;
        boolean completed;

        DartCompleter(DartClass dartClass, DartFuture future, boolean sync) {
            this.dartClass = dartClass;
            this.future = future;
            this.sync = sync;
        }

        @Override
        public DartClass dartClass() {
            return dartClass;
        }

        @Override
        public String toString() {
            return "Instance of '" + (sync ? "_SyncCompleter" : "_AsyncCompleter") + "'";
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Completer", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR)
    public abstract static class NewNode extends DartBuiltinNode {
        @Specialization
        protected DartCompleter create() {
            DartContext context = DartContext.get(this);
            var future = DartAsyncSupport.newFuture(context).withTypeArgument(DartAsyncSupport.typeArgument(context));
            return new DartCompleter(DartLanguage.get(this).coreClasses().completerClass, future, false);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Completer", name = "sync", kind = DartBuiltin.Kind.CONSTRUCTOR)
    public abstract static class SyncNode extends DartBuiltinNode {
        @Specialization
        protected DartCompleter create() {
            DartContext context = DartContext.get(this);
            var future = DartAsyncSupport.newFuture(context).withTypeArgument(DartAsyncSupport.typeArgument(context));
            return new DartCompleter(DartLanguage.get(this).coreClasses().completerClass, future, true);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Completer", name = "future", kind = DartBuiltin.Kind.GETTER)
    public abstract static class FutureNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture future(DartCompleter self) {
            return self.future;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Completer", name = "isCompleted", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsCompletedNode extends DartBuiltinNode {
        @Specialization
        protected boolean isCompleted(DartCompleter self) {
            return self.completed;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Completer", name = "complete", optional = 1)
    public abstract static class CompleteNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object complete(DartCompleter self, Object value) {
            if (self.completed) {
                throw DartErrors.stateError("Future already completed", this);
            }
            self.completed = true;
            if (self.sync) {
                self.future.complete(value);
            } else {
                self.future.completeAsync(value);
            }
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Completer", name = "completeError", required = 1, optional = 1)
    public abstract static class CompleteErrorNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object completeError(DartCompleter self, Object error, Object stackTrace) {
            if (self.completed) {
                throw DartErrors.stateError("Future already completed", this);
            }
            self.completed = true;
            DartException e = AsyncErrorBuiltins.userError(DartContext.get(this), error, stackTrace, this);
            if (self.sync) {
                self.future.completeError(e);
            } else {
                self.future.completeErrorAsync(e);
            }
            return DartNull.INSTANCE;
        }
    }
}
