package org.dartj.builtins.core;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * WeakReference and Finalizer (sdk/lib/core/weak.dart). A weak reference is a Java weak
 * reference. A finalizer keeps its attachments weakly so {@code detach} works; the SDK does not
 * promise that finalization callbacks ever run, and these never do (running Dart code from the
 * JVM's collector thread would break the one-thread-per-isolate rule).
 */
public final class WeakReferenceBuiltins {
    private WeakReferenceBuiltins() {
    }

    public static final class DartWeakReference implements DartObject {
        private final DartClass dartClass;
        final java.lang.ref.WeakReference<Object> target;

        DartWeakReference(DartClass dartClass, Object target) {
            this.dartClass = dartClass;
            this.target = new java.lang.ref.WeakReference<>(target);
        }

        @Override
        public DartClass dartClass() {
            return dartClass;
        }

        @Override
        public String toString() {
            return "Instance of 'WeakReference<Object>'";
        }
    }

    /** A finalizer cannot be sent to another isolate (the VM refuses it at the send). */
    public static final class DartFinalizer implements DartObject, org.dartj.runtime.isolate.DartUnsendable {
        private final DartClass dartClass;
        final DartFunction callback;
        /** value → (token, detach key or null). */
        final DartWeakKeys attachments = new DartWeakKeys();

        DartFinalizer(DartClass dartClass, DartFunction callback) {
            this.dartClass = dartClass;
            this.callback = callback;
        }

        @Override
        public DartClass dartClass() {
            return dartClass;
        }

        @Override
        public String toString() {
            return "Instance of 'Finalizer<dynamic>'";
        }

        @Override
        public String unsendableKind() {
            return "Finalizer";
        }
    }

    private record Attachment(Object token, java.lang.ref.WeakReference<Object> detachKey) {
    }

    static void checkWeakable(Object value, String name, Node node) {
        if (!DartWeakKeys.canBeWeak(value)) {
            throw DartErrors.argumentValueError(value, name, "Cannot be a string, number, boolean, record, null, Pointer, Struct or Union", node);
        }
    }

    @DartBuiltin(owner = "WeakReference", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class NewNode extends DartBuiltinNode {
        @Specialization
        protected DartWeakReference create(Object target) {
            checkWeakable(target, "target", this);
            return new DartWeakReference(DartLanguage.get(this).coreClasses().weakReferenceClass, target);
        }
    }

    @DartBuiltin(owner = "WeakReference", name = "target", kind = DartBuiltin.Kind.GETTER)
    public abstract static class TargetNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object target(DartWeakReference self) {
            Object target = self.target.get();
            return target == null ? DartNull.INSTANCE : target;
        }
    }

    @DartBuiltin(owner = "Finalizer", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class NewFinalizerNode extends DartBuiltinNode {
        @Specialization
        protected DartFinalizer create(DartFunction callback) {
            return new DartFinalizer(DartLanguage.get(this).coreClasses().finalizerClass, callback);
        }
    }

    @DartBuiltin(owner = "Finalizer", name = "attach", required = 2, named = {"detach"})
    public abstract static class AttachNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object attach(DartFinalizer self, Object value, Object token, Object detach) {
            checkWeakable(value, "value", this);
            if (detach != DartNull.INSTANCE) {
                checkWeakable(detach, "detach", this);
            }
            self.attachments.put(value, new Attachment(token, detach == DartNull.INSTANCE ? null : new java.lang.ref.WeakReference<>(detach)));
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "Finalizer", name = "detach", required = 1)
    public abstract static class DetachNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object detach(DartFinalizer self, Object detach) {
            checkWeakable(detach, "detach", this);
            self.attachments.removeValues(a -> a instanceof Attachment at && at.detachKey() != null && at.detachKey().get() == detach);
            return DartNull.INSTANCE;
        }
    }
}
