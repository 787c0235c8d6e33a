package org.dartj.nodes.call;

import org.dartj.DartLanguage;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartFieldProfile;
import org.dartj.classes.DartInstance;
import org.dartj.runtime.DartFunction;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

/**
 * Assigns the field or setter {@code name} of a receiver of a given class: a polymorphic
 * inline cache on the class (a field index with its declared type's check, or a direct call of
 * the setter); a class with neither goes to noSuchMethod (a final field has no setter).
 */
@GenerateInline(false)
public abstract class DartMemberWriteNode extends Node {
    static final int LIMIT = 4;

    protected final String name;
    /** A bare field name inside the class: a failing check is a cast error, not an argument's. */
    protected boolean implicitThis;

    protected DartMemberWriteNode(String name) {
        this.name = name;
    }

    public static DartMemberWriteNode create(String name) {
        return DartMemberWriteNodeGen.create(name);
    }

    public abstract void execute(DartClass cls, Object self, Object value);

    void setImplicitThis() {
        this.implicitThis = true;
    }

    @Specialization(guards = {"cls == cachedClass", "index >= 0"}, limit = "LIMIT")
    protected void doField(DartClass cls, Object self, Object value,
                    @Cached("cls") DartClass cachedClass,
                    @Cached("fieldIndex(cls)") int index,
                    @Cached("fieldCheck(cls, index)") DartFieldCheck check,
                    @Cached("create()") DartFieldProfile profile) {
        profile.write((DartInstance) self, index, check == null ? value : check.checked((DartInstance) self, value, implicitThis, this));
    }

    @Specialization(guards = {"cls == cachedClass", "setter != null"}, limit = "LIMIT")
    protected static void doSetter(DartClass cls, Object self, Object value,
                    @Cached("cls") DartClass cachedClass,
                    @Cached("setter(cls)") DartFunction setter,
                    @Cached("create(setter.callTarget)") DirectCallNode call) {
        call.call(self, value);
    }

    @Specialization(replaces = {"doField", "doSetter"})
    protected void doLookup(DartClass cls, Object self, Object value, @Cached IndirectCallNode call) {
        Object member = lookup(cls);
        if (member instanceof Integer index) {
            DartFieldCheck check = fieldCheck(cls, index);
            ((DartInstance) self).setField(index, check == null ? value : check.checked((DartInstance) self, value, implicitThis, this));
        } else if (member instanceof DartFunction setter) {
            call.call(setter.callTarget, self, value);
        } else {
            noSuchMethod(cls, self, value);
        }
    }

    @TruffleBoundary
    private Object lookup(DartClass cls) {
        return cls.lookupSetterOrField(name);
    }

    @TruffleBoundary
    private void noSuchMethod(DartClass cls, Object self, Object value) {
        org.dartj.builtins.core.DartInvocation.noSuchMethod(self, cls, name, org.dartj.builtins.core.DartInvocation.Kind.SETTER, new Object[]{self, value}, this);
    }

    protected final int fieldIndex(DartClass cls) {
        return lookup(cls) instanceof Integer index ? index : -1;
    }

    @TruffleBoundary
    protected final DartFieldCheck fieldCheck(DartClass cls, int index) {
        DartClass owner = cls.fieldTypeOwner(index);
        return owner == null ? null : DartFieldCheck.of(cls.fieldType(index), owner, DartLanguage.get(this).coreClasses());
    }

    protected final DartFunction setter(DartClass cls) {
        return lookup(cls) instanceof DartFunction setter ? setter : null;
    }
}
