package org.dartj.builtins.core;

import java.lang.ref.WeakReference;
import java.util.HashSet;
import java.util.Set;

import org.dartj.DartContext;
import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.builtins.async.DartAsyncSupport;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.async.DartAsyncZone;
import org.dartj.runtime.isolate.DartEventLoop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * WeakReference and Finalizer (sdk/lib/core/weak.dart). A weak reference is a Java weak
 * reference. Each attachment of a finalizer is a {@link DartEventLoop.Finalization} of the
 * isolate's loop, held by the finalizer: once the collector finds the value unreachable, the
 * loop runs the callback with the token as a later event on the isolate's own thread, in the
 * zone the finalizer was made in; {@code detach} drops the attachment, so a collected but not
 * yet delivered one does not run either. As on the VM, nothing promises a callback runs (a
 * finalizer that is itself unreachable, or an isolate that ends first, drops them).
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
        /** The zone the finalizer was made in, where its callback runs (null: the root zone). */
        final DartAsyncZone zone;
        /** The live attachments (kept reachable here until delivered or detached). */
        final Set<Attachment> attachments = new HashSet<>();

        DartFinalizer(DartClass dartClass, DartFunction callback, DartAsyncZone zone) {
            this.dartClass = dartClass;
            this.callback = callback;
            this.zone = zone;
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

    /** One {@code attach}: the value held weakly, the token and the detach key (held weakly). */
    static final class Attachment extends DartEventLoop.Finalization {
        private final DartFinalizer finalizer;
        private final Object token;
        private final WeakReference<Object> detachKey;

        Attachment(DartFinalizer finalizer, Object value, Object token, Object detach, DartEventLoop loop) {
            super(value, loop);
            this.finalizer = finalizer;
            this.token = token;
            this.detachKey = detach == DartNull.INSTANCE ? null : new WeakReference<>(detach);
        }

        @Override
        @TruffleBoundary
        protected void finalized() {
            if (finalizer.attachments.remove(this)) {
                DartAsyncSupport.callInZone(finalizer.zone, finalizer.callback, token);
            }
        }
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
            return new DartFinalizer(DartLanguage.get(this).coreClasses().finalizerClass, callback, DartContext.get(this).getLoop().currentZone());
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
            self.attachments.add(new Attachment(self, value, token, detach, DartContext.get(this).getLoop()));
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "Finalizer", name = "detach", required = 1)
    public abstract static class DetachNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object detach(DartFinalizer self, Object detach) {
            checkWeakable(detach, "detach", this);
            self.attachments.removeIf(a -> a.detachKey != null && a.detachKey.get() == detach);
            return DartNull.INSTANCE;
        }
    }
}
