package org.dartj.builtins.async;

import org.dartj.DartContext;
import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.async.DartZone.Delegate;
import org.dartj.builtins.async.DartZone.Handler;
import org.dartj.builtins.async.DartZone.Specification;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

/** Zone, ZoneSpecification, ZoneDelegate, runZoned and runZonedGuarded (see {@link DartZone}). */
public final class ZoneBuiltins {
    private ZoneBuiltins() {
    }

    @DartBuiltin(library = "dart:async", owner = "Zone", name = "current", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class CurrentNode extends DartBuiltinNode {
        @Specialization
        protected DartZone current() {
            return DartZone.current(DartContext.get(this));
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Zone", name = "root", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class RootNode extends DartBuiltinNode {
        @Specialization
        protected DartZone root() {
            return DartContext.get(this).rootZone();
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Zone", name = "parent", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ParentNode extends DartBuiltinNode {
        @Specialization
        protected Object parent(DartZone self) {
            return self.parent() == null ? DartNull.INSTANCE : self.parent();
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Zone", name = "errorZone", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ErrorZoneNode extends DartBuiltinNode {
        @Specialization
        protected DartZone errorZone(DartZone self) {
            return self.errorZoneObject();
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Zone", name = "inSameErrorZone", required = 1)
    public abstract static class InSameErrorZoneNode extends DartBuiltinNode {
        @Specialization
        protected boolean inSameErrorZone(DartZone self, DartZone other) {
            return self.inSameErrorZone(other);
        }
    }

    /** {@code zone[key]}: the value of the nearest zone that has one. */
    @DartBuiltin(library = "dart:async", owner = "Zone", name = "[]", required = 1)
    public abstract static class IndexNode extends DartBuiltinNode {
        @Specialization
        protected Object get(DartZone self, Object key) {
            return self.get(key);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Zone", name = "fork", named = {"specification", "zoneValues"})
    public abstract static class ForkNode extends DartBuiltinNode {
        @Specialization
        protected Object fork(DartZone self, Object specification, Object zoneValues) {
            checkForkArguments(specification, zoneValues, this);
            return self.dispatch(Handler.FORK, specification, zoneValues);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Zone", name = "run", required = 1)
    public abstract static class RunNode extends DartBuiltinNode {
        @Specialization
        protected Object op(DartZone self, DartFunction a0) {
            return self.dispatch(Handler.RUN, a0);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Zone", name = "runUnary", required = 2)
    public abstract static class RunUnaryNode extends DartBuiltinNode {
        @Specialization
        protected Object op(DartZone self, DartFunction a0, Object a1) {
            return self.dispatch(Handler.RUN_UNARY, a0, a1);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Zone", name = "runBinary", required = 3)
    public abstract static class RunBinaryNode extends DartBuiltinNode {
        @Specialization
        protected Object op(DartZone self, DartFunction a0, Object a1, Object a2) {
            return self.dispatch(Handler.RUN_BINARY, a0, a1, a2);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Zone", name = "registerCallback", required = 1)
    public abstract static class RegisterCallbackNode extends DartBuiltinNode {
        @Specialization
        protected Object op(DartZone self, DartFunction a0) {
            return self.dispatch(Handler.REGISTER_CALLBACK, a0);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Zone", name = "registerUnaryCallback", required = 1)
    public abstract static class RegisterUnaryCallbackNode extends DartBuiltinNode {
        @Specialization
        protected Object op(DartZone self, DartFunction a0) {
            return self.dispatch(Handler.REGISTER_UNARY_CALLBACK, a0);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Zone", name = "registerBinaryCallback", required = 1)
    public abstract static class RegisterBinaryCallbackNode extends DartBuiltinNode {
        @Specialization
        protected Object op(DartZone self, DartFunction a0) {
            return self.dispatch(Handler.REGISTER_BINARY_CALLBACK, a0);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Zone", name = "handleUncaughtError", required = 2)
    public abstract static class HandleUncaughtErrorNode extends DartBuiltinNode {
        @Specialization
        protected Object op(DartZone self, Object a0, Object a1) {
            return self.dispatch(Handler.HANDLE_UNCAUGHT_ERROR, a0, a1);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Zone", name = "errorCallback", required = 2)
    public abstract static class ErrorCallbackNode extends DartBuiltinNode {
        @Specialization
        protected Object op(DartZone self, Object a0, Object a1) {
            return self.dispatch(Handler.ERROR_CALLBACK, a0, a1);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Zone", name = "scheduleMicrotask", required = 1)
    public abstract static class ScheduleMicrotaskNode extends DartBuiltinNode {
        @Specialization
        protected Object op(DartZone self, DartFunction a0) {
            return self.dispatch(Handler.SCHEDULE_MICROTASK, a0);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Zone", name = "createTimer", required = 2)
    public abstract static class CreateTimerNode extends DartBuiltinNode {
        @Specialization
        protected Object op(DartZone self, org.dartj.builtins.core.DartDuration a0, DartFunction a1) {
            return self.dispatch(Handler.CREATE_TIMER, a0, a1);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Zone", name = "createPeriodicTimer", required = 2)
    public abstract static class CreatePeriodicTimerNode extends DartBuiltinNode {
        @Specialization
        protected Object op(DartZone self, org.dartj.builtins.core.DartDuration a0, DartFunction a1) {
            return self.dispatch(Handler.CREATE_PERIODIC_TIMER, a0, a1);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Zone", name = "print", required = 1)
    public abstract static class PrintNode extends DartBuiltinNode {
        @Specialization
        protected Object op(DartZone self, Object a0) {
            return self.dispatch(Handler.PRINT, a0);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Zone", name = "runGuarded", required = 1)
    public abstract static class RunGuardedNode extends DartBuiltinNode {
        @Specialization
        protected Object op(DartZone self, DartFunction f) {
            return self.runFunctionGuarded(f);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Zone", name = "runUnaryGuarded", required = 2)
    public abstract static class RunUnaryGuardedNode extends DartBuiltinNode {
        @Specialization
        protected Object op(DartZone self, DartFunction f, Object a0) {
            return self.runFunctionGuarded(f, a0);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Zone", name = "runBinaryGuarded", required = 3)
    public abstract static class RunBinaryGuardedNode extends DartBuiltinNode {
        @Specialization
        protected Object op(DartZone self, DartFunction f, Object a0, Object a1) {
            return self.runFunctionGuarded(f, a0, a1);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Zone", name = "bindCallback", required = 1)
    public abstract static class BindCallbackNode extends DartBuiltinNode {
        @Specialization
        protected DartFunction op(DartZone self, DartFunction f) {
            return self.bindFunction(f, 0, false);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Zone", name = "bindCallbackGuarded", required = 1)
    public abstract static class BindCallbackGuardedNode extends DartBuiltinNode {
        @Specialization
        protected DartFunction op(DartZone self, DartFunction f) {
            return self.bindFunction(f, 0, true);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Zone", name = "bindUnaryCallback", required = 1)
    public abstract static class BindUnaryCallbackNode extends DartBuiltinNode {
        @Specialization
        protected DartFunction op(DartZone self, DartFunction f) {
            return self.bindFunction(f, 1, false);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Zone", name = "bindUnaryCallbackGuarded", required = 1)
    public abstract static class BindUnaryCallbackGuardedNode extends DartBuiltinNode {
        @Specialization
        protected DartFunction op(DartZone self, DartFunction f) {
            return self.bindFunction(f, 1, true);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Zone", name = "bindBinaryCallback", required = 1)
    public abstract static class BindBinaryCallbackNode extends DartBuiltinNode {
        @Specialization
        protected DartFunction op(DartZone self, DartFunction f) {
            return self.bindFunction(f, 2, false);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Zone", name = "bindBinaryCallbackGuarded", required = 1)
    public abstract static class BindBinaryCallbackGuardedNode extends DartBuiltinNode {
        @Specialization
        protected DartFunction op(DartZone self, DartFunction f) {
            return self.bindFunction(f, 2, true);
        }
    }

    /** Dart's TypeError for a specification or values map of another type. */
    @TruffleBoundary
    static void checkForkArguments(Object specification, Object zoneValues, com.oracle.truffle.api.nodes.Node location) {
        if (specification != DartNull.INSTANCE && !(specification instanceof Specification)) {
            throw org.dartj.builtins.DartErrors.typeErrorFor(specification, "ZoneSpecification?", location);
        }
        if (zoneValues != DartNull.INSTANCE && !(zoneValues instanceof org.dartj.runtime.DartMap)) {
            throw org.dartj.builtins.DartErrors.typeErrorFor(zoneValues, "Map<Object?, Object?>?", location);
        }
    }

    @TruffleBoundary
    private static Specification specification(DartLanguage language, DartFunction[] base, Object... handlers) {
        DartFunction[] all = base == null ? new DartFunction[Handler.COUNT] : base.clone();
        for (int i = 0; i < Handler.COUNT; i++) {
            if (handlers[i] instanceof DartFunction f) {
                all[i] = f;
            }
        }
        return new Specification(language.coreClasses().zoneSpecificationClass, all);
    }

    @DartBuiltin(library = "dart:async", owner = "ZoneSpecification", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, named = {"handleUncaughtError", "run", "runUnary", "runBinary", "registerCallback", "registerUnaryCallback", "registerBinaryCallback", "errorCallback", "scheduleMicrotask", "createTimer", "createPeriodicTimer", "print", "fork"})
    public abstract static class SpecificationNode extends DartBuiltinNode {
        @Specialization
        protected Specification create(Object h0, Object h1, Object h2, Object h3, Object h4, Object h5, Object h6, Object h7, Object h8, Object h9, Object h10, Object h11, Object h12) {
            return specification(DartLanguage.get(this), null, h0, h1, h2, h3, h4, h5, h6, h7, h8, h9, h10, h11, h12);
        }
    }

    /** {@code ZoneSpecification.from(other, ...)}: other's handlers, replaced by the given ones. */
    @DartBuiltin(library = "dart:async", owner = "ZoneSpecification", name = "from", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, named = {"handleUncaughtError", "run", "runUnary", "runBinary", "registerCallback", "registerUnaryCallback", "registerBinaryCallback", "errorCallback", "scheduleMicrotask", "createTimer", "createPeriodicTimer", "print", "fork"})
    public abstract static class FromNode extends DartBuiltinNode {
        @Specialization
        protected Specification create(Specification other, Object h0, Object h1, Object h2, Object h3, Object h4, Object h5, Object h6, Object h7, Object h8, Object h9, Object h10, Object h11, Object h12) {
            return specification(DartLanguage.get(this), other.handlers, h0, h1, h2, h3, h4, h5, h6, h7, h8, h9, h10, h11, h12);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "ZoneSpecification", name = "handleUncaughtError", kind = DartBuiltin.Kind.GETTER)
    public abstract static class SpecHandleUncaughtErrorNode extends DartBuiltinNode {
        @Specialization
        protected Object get(Specification self) {
            DartFunction f = self.handlers[Handler.HANDLE_UNCAUGHT_ERROR.ordinal()];
            return f == null ? DartNull.INSTANCE : f;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "ZoneSpecification", name = "run", kind = DartBuiltin.Kind.GETTER)
    public abstract static class SpecRunNode extends DartBuiltinNode {
        @Specialization
        protected Object get(Specification self) {
            DartFunction f = self.handlers[Handler.RUN.ordinal()];
            return f == null ? DartNull.INSTANCE : f;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "ZoneSpecification", name = "runUnary", kind = DartBuiltin.Kind.GETTER)
    public abstract static class SpecRunUnaryNode extends DartBuiltinNode {
        @Specialization
        protected Object get(Specification self) {
            DartFunction f = self.handlers[Handler.RUN_UNARY.ordinal()];
            return f == null ? DartNull.INSTANCE : f;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "ZoneSpecification", name = "runBinary", kind = DartBuiltin.Kind.GETTER)
    public abstract static class SpecRunBinaryNode extends DartBuiltinNode {
        @Specialization
        protected Object get(Specification self) {
            DartFunction f = self.handlers[Handler.RUN_BINARY.ordinal()];
            return f == null ? DartNull.INSTANCE : f;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "ZoneSpecification", name = "registerCallback", kind = DartBuiltin.Kind.GETTER)
    public abstract static class SpecRegisterCallbackNode extends DartBuiltinNode {
        @Specialization
        protected Object get(Specification self) {
            DartFunction f = self.handlers[Handler.REGISTER_CALLBACK.ordinal()];
            return f == null ? DartNull.INSTANCE : f;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "ZoneSpecification", name = "registerUnaryCallback", kind = DartBuiltin.Kind.GETTER)
    public abstract static class SpecRegisterUnaryCallbackNode extends DartBuiltinNode {
        @Specialization
        protected Object get(Specification self) {
            DartFunction f = self.handlers[Handler.REGISTER_UNARY_CALLBACK.ordinal()];
            return f == null ? DartNull.INSTANCE : f;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "ZoneSpecification", name = "registerBinaryCallback", kind = DartBuiltin.Kind.GETTER)
    public abstract static class SpecRegisterBinaryCallbackNode extends DartBuiltinNode {
        @Specialization
        protected Object get(Specification self) {
            DartFunction f = self.handlers[Handler.REGISTER_BINARY_CALLBACK.ordinal()];
            return f == null ? DartNull.INSTANCE : f;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "ZoneSpecification", name = "errorCallback", kind = DartBuiltin.Kind.GETTER)
    public abstract static class SpecErrorCallbackNode extends DartBuiltinNode {
        @Specialization
        protected Object get(Specification self) {
            DartFunction f = self.handlers[Handler.ERROR_CALLBACK.ordinal()];
            return f == null ? DartNull.INSTANCE : f;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "ZoneSpecification", name = "scheduleMicrotask", kind = DartBuiltin.Kind.GETTER)
    public abstract static class SpecScheduleMicrotaskNode extends DartBuiltinNode {
        @Specialization
        protected Object get(Specification self) {
            DartFunction f = self.handlers[Handler.SCHEDULE_MICROTASK.ordinal()];
            return f == null ? DartNull.INSTANCE : f;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "ZoneSpecification", name = "createTimer", kind = DartBuiltin.Kind.GETTER)
    public abstract static class SpecCreateTimerNode extends DartBuiltinNode {
        @Specialization
        protected Object get(Specification self) {
            DartFunction f = self.handlers[Handler.CREATE_TIMER.ordinal()];
            return f == null ? DartNull.INSTANCE : f;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "ZoneSpecification", name = "createPeriodicTimer", kind = DartBuiltin.Kind.GETTER)
    public abstract static class SpecCreatePeriodicTimerNode extends DartBuiltinNode {
        @Specialization
        protected Object get(Specification self) {
            DartFunction f = self.handlers[Handler.CREATE_PERIODIC_TIMER.ordinal()];
            return f == null ? DartNull.INSTANCE : f;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "ZoneSpecification", name = "print", kind = DartBuiltin.Kind.GETTER)
    public abstract static class SpecPrintNode extends DartBuiltinNode {
        @Specialization
        protected Object get(Specification self) {
            DartFunction f = self.handlers[Handler.PRINT.ordinal()];
            return f == null ? DartNull.INSTANCE : f;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "ZoneSpecification", name = "fork", kind = DartBuiltin.Kind.GETTER)
    public abstract static class SpecForkNode extends DartBuiltinNode {
        @Specialization
        protected Object get(Specification self) {
            DartFunction f = self.handlers[Handler.FORK.ordinal()];
            return f == null ? DartNull.INSTANCE : f;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "ZoneDelegate", name = "handleUncaughtError", required = 3)
    public abstract static class DelegateHandleUncaughtErrorNode extends DartBuiltinNode {
        @Specialization
        protected Object op(Delegate self, DartZone zone, Object a0, Object a1) {
            return DartZone.delegate(self.target, Handler.HANDLE_UNCAUGHT_ERROR, zone, a0, a1);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "ZoneDelegate", name = "run", required = 2)
    public abstract static class DelegateRunNode extends DartBuiltinNode {
        @Specialization
        protected Object op(Delegate self, DartZone zone, DartFunction a0) {
            return DartZone.delegate(self.target, Handler.RUN, zone, a0);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "ZoneDelegate", name = "runUnary", required = 3)
    public abstract static class DelegateRunUnaryNode extends DartBuiltinNode {
        @Specialization
        protected Object op(Delegate self, DartZone zone, DartFunction a0, Object a1) {
            return DartZone.delegate(self.target, Handler.RUN_UNARY, zone, a0, a1);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "ZoneDelegate", name = "runBinary", required = 4)
    public abstract static class DelegateRunBinaryNode extends DartBuiltinNode {
        @Specialization
        protected Object op(Delegate self, DartZone zone, DartFunction a0, Object a1, Object a2) {
            return DartZone.delegate(self.target, Handler.RUN_BINARY, zone, a0, a1, a2);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "ZoneDelegate", name = "registerCallback", required = 2)
    public abstract static class DelegateRegisterCallbackNode extends DartBuiltinNode {
        @Specialization
        protected Object op(Delegate self, DartZone zone, DartFunction a0) {
            return DartZone.delegate(self.target, Handler.REGISTER_CALLBACK, zone, a0);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "ZoneDelegate", name = "registerUnaryCallback", required = 2)
    public abstract static class DelegateRegisterUnaryCallbackNode extends DartBuiltinNode {
        @Specialization
        protected Object op(Delegate self, DartZone zone, DartFunction a0) {
            return DartZone.delegate(self.target, Handler.REGISTER_UNARY_CALLBACK, zone, a0);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "ZoneDelegate", name = "registerBinaryCallback", required = 2)
    public abstract static class DelegateRegisterBinaryCallbackNode extends DartBuiltinNode {
        @Specialization
        protected Object op(Delegate self, DartZone zone, DartFunction a0) {
            return DartZone.delegate(self.target, Handler.REGISTER_BINARY_CALLBACK, zone, a0);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "ZoneDelegate", name = "errorCallback", required = 3)
    public abstract static class DelegateErrorCallbackNode extends DartBuiltinNode {
        @Specialization
        protected Object op(Delegate self, DartZone zone, Object a0, Object a1) {
            return DartZone.delegate(self.target, Handler.ERROR_CALLBACK, zone, a0, a1);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "ZoneDelegate", name = "scheduleMicrotask", required = 2)
    public abstract static class DelegateScheduleMicrotaskNode extends DartBuiltinNode {
        @Specialization
        protected Object op(Delegate self, DartZone zone, DartFunction a0) {
            return DartZone.delegate(self.target, Handler.SCHEDULE_MICROTASK, zone, a0);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "ZoneDelegate", name = "createTimer", required = 3)
    public abstract static class DelegateCreateTimerNode extends DartBuiltinNode {
        @Specialization
        protected Object op(Delegate self, DartZone zone, org.dartj.builtins.core.DartDuration a0, DartFunction a1) {
            return DartZone.delegate(self.target, Handler.CREATE_TIMER, zone, a0, a1);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "ZoneDelegate", name = "createPeriodicTimer", required = 3)
    public abstract static class DelegateCreatePeriodicTimerNode extends DartBuiltinNode {
        @Specialization
        protected Object op(Delegate self, DartZone zone, org.dartj.builtins.core.DartDuration a0, DartFunction a1) {
            return DartZone.delegate(self.target, Handler.CREATE_PERIODIC_TIMER, zone, a0, a1);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "ZoneDelegate", name = "print", required = 2)
    public abstract static class DelegatePrintNode extends DartBuiltinNode {
        @Specialization
        protected Object op(Delegate self, DartZone zone, Object a0) {
            return DartZone.delegate(self.target, Handler.PRINT, zone, a0);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "ZoneDelegate", name = "fork", required = 3)
    public abstract static class DelegateForkNode extends DartBuiltinNode {
        @Specialization
        protected Object op(Delegate self, DartZone zone, Object a0, Object a1) {
            checkForkArguments(a0, a1, this);
            return DartZone.delegate(self.target, Handler.FORK, zone, a0, a1);
        }
    }

    /** {@code runZoned(body, ...)}: body in a fork of the current zone; with the deprecated onError, as runZonedGuarded. */
    @DartBuiltin(library = "dart:async", name = "runZoned", kind = DartBuiltin.Kind.FUNCTION, required = 1, named = {"zoneValues", "zoneSpecification", "onError"})
    public abstract static class RunZonedNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object runZoned(DartFunction body, Object zoneValues, Object zoneSpecification, Object onError) {
            DartContext context = DartContext.get(this);
            checkForkArguments(zoneSpecification, zoneValues, this);
            if (onError != DartNull.INSTANCE && !(onError instanceof DartFunction)) {
                throw org.dartj.builtins.DartErrors.typeErrorFor(onError, "Function?", this);
            }
            if (onError instanceof DartFunction handler) {
                return DartZone.runGuardedZone(context, body, handler, zoneValues, zoneSpecification);
            }
            DartZone zone = DartZone.asZone(DartZone.current(context).dispatch(Handler.FORK, zoneSpecification, zoneValues));
            return zone.dispatch(Handler.RUN, body);
        }
    }

    @DartBuiltin(library = "dart:async", name = "runZonedGuarded", kind = DartBuiltin.Kind.FUNCTION, required = 2, named = {"zoneValues", "zoneSpecification"})
    public abstract static class RunZonedGuardedNode extends DartBuiltinNode {
        @Specialization
        protected Object runZonedGuarded(DartFunction body, DartFunction onError, Object zoneValues, Object zoneSpecification) {
            checkForkArguments(zoneSpecification, zoneValues, this);
            return DartZone.runGuardedZone(DartContext.get(this), body, onError, zoneValues, zoneSpecification);
        }
    }
}
