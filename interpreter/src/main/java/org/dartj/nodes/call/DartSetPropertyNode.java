package org.dartj.nodes.call;

import org.dartj.builtins.DartErrors;
import org.dartj.builtins.core.DartToString;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartInstance;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartFunction;
import org.dartj.types.DartType;
import org.dartj.types.DartTypeSystem;
import org.dartj.types.DartTypeTest;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code receiver.name = value}: a field store or a setter call; yields the value. A store to
 * a field with a declared type checks the value as the VM's implicit setter does, whose
 * parameter is named {@code value} ({@code type 'String' is not a subtype of type 'int' of
 * 'value'}).
 */
public final class DartSetPropertyNode extends DartExpressionNode {
    @Child private DartExpressionNode receiver;
    @Child private DartExpressionNode value;
    @Child private DartClassOfNode classOf = DartClassOfNodeGen.create();
    private final String name;
    @CompilerDirectives.CompilationFinal private DartClass cachedClass;
    @CompilerDirectives.CompilationFinal private int cachedField = -1;
    /** The cached field's declared type (null: not checked) and the class declaring it. */
    @CompilerDirectives.CompilationFinal private DartTypeTest cachedFieldType;
    @CompilerDirectives.CompilationFinal private DartClass cachedFieldOwner;

    /** An assignment to a field of {@code this} by its bare name: Dart casts the value, the TypeError has no parameter name. */
    private boolean implicitThis;

    public DartSetPropertyNode implicitThis() {
        implicitThis = true;
        return this;
    }

    public DartSetPropertyNode(DartExpressionNode receiver, String name, DartExpressionNode value) {
        this.receiver = receiver;
        this.name = name;
        this.value = value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object self = receiver.executeGeneric(frame);
        Object v = value.executeGeneric(frame);
        DartClass cls = classOf.execute(self);
        if (cls == cachedClass && cachedField >= 0) {
            if (cachedFieldType != null) {
                checkField(cachedFieldType, cachedFieldOwner, (DartInstance) self, v);
            }
            ((DartInstance) self).fields[cachedField] = v;
            return v;
        }
        CompilerDirectives.transferToInterpreterAndInvalidate();
        set(cls, self, v);
        return v;
    }

    private void checkField(DartTypeTest type, DartClass owner, DartInstance self, Object v) {
        if (!type.type().hasTypeParameters()) {
            if (!type.matches(v)) {
                fail(type, type.type(), v);
            }
            return;
        }
        checkGeneric(type, owner, self, v);
    }

    @TruffleBoundary
    private void checkGeneric(DartTypeTest type, DartClass owner, DartInstance self, Object v) {
        DartType[] own = self.typeArguments() != null ? self.typeArguments() : DartTypeSystem.defaultArguments(self.dartClass());
        DartType[] args = self.dartClass().argumentsAs(owner, own);
        if (args == null) {
            return;
        }
        DartType resolved = type.substitute(args);
        if (!resolved.isTop() && !type.matches(v, args)) {
            fail(type, resolved, v);
        }
    }

    private void fail(DartTypeTest type, DartType resolved, Object v) {
        CompilerDirectives.transferToInterpreter();
        if (!type.matchesLoosely(v, resolved)) {
            throw implicitThis ? DartErrors.typeErrorFor(v, resolved.toString(), this) : DartErrors.argumentTypeError(v, resolved.toString(), "value", this);
        }
    }

    @TruffleBoundary
    private void set(DartClass cls, Object self, Object v) {
        Object member = cls.lookupSetterOrField(name);
        if (member instanceof Integer index) {
            DartClass owner = cls.fieldTypeOwner(index);
            DartTypeTest type = owner == null ? null : cls.fieldType(index);
            if (cachedClass == null) {
                cachedClass = cls;
                cachedField = index;
                cachedFieldType = type;
                cachedFieldOwner = owner;
            }
            if (type != null) {
                checkField(type, owner, (DartInstance) self, v);
            }
            ((DartInstance) self).fields[index] = v;
            return;
        }
        if (member instanceof DartFunction setter) {
            setter.callTarget.call(self, v);
            return;
        }
        org.dartj.builtins.core.DartInvocation.noSuchMethod(self, cls, name, org.dartj.builtins.core.DartInvocation.Kind.SETTER, new Object[]{self, v}, this);
    }
}
