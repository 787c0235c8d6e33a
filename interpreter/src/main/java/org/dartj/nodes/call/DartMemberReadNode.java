package org.dartj.nodes.call;

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
 * Reads the field or getter {@code name} of a receiver of a given class: a polymorphic inline
 * cache on the class (a field index, or a direct call of the getter). Gives {@link #ABSENT}
 * when the class has neither, so the caller decides (a method tear-off, noSuchMethod).
 */
@GenerateInline(false)
public abstract class DartMemberReadNode extends Node {
    static final int LIMIT = 4;

    /** The result for a class without such a field or getter (immutable marker). */
    public static final Object ABSENT = new Object();

    protected final String name;

    protected DartMemberReadNode(String name) {
        this.name = name;
    }

    public static DartMemberReadNode create(String name) {
        return DartMemberReadNodeGen.create(name);
    }

    public abstract Object executeValue(DartClass cls, Object self);

    @Specialization(guards = {"cls == cachedClass", "index >= 0"}, limit = "LIMIT")
    protected static Object doField(DartClass cls, Object self,
                    @Cached("cls") DartClass cachedClass,
                    @Cached("fieldIndex(cls)") int index,
                    @Cached("create()") DartFieldProfile profile) {
        return profile.read((DartInstance) self, index);
    }

    @Specialization(guards = {"cls == cachedClass", "getter != null"}, limit = "LIMIT")
    protected static Object doGetter(DartClass cls, Object self,
                    @Cached("cls") DartClass cachedClass,
                    @Cached("getter(cls)") DartFunction getter,
                    @Cached("create(getter.callTarget)") DirectCallNode call) {
        return call.call(self);
    }

    /** A class with neither (the caller's slow path): cached so the other entries stay. */
    @Specialization(guards = {"cls == cachedClass", "index < 0", "getter == null"}, limit = "LIMIT")
    protected static Object doAbsent(DartClass cls, Object self,
                    @Cached("cls") DartClass cachedClass,
                    @Cached("fieldIndex(cls)") int index,
                    @Cached("getter(cls)") DartFunction getter) {
        return ABSENT;
    }

    @Specialization(replaces = {"doField", "doGetter", "doAbsent"})
    protected Object doLookup(DartClass cls, Object self, @Cached IndirectCallNode call) {
        Object member = lookup(cls);
        if (member instanceof Integer index) {
            return ((DartInstance) self).getField(index);
        }
        if (member instanceof DartFunction getter) {
            return call.call(getter.callTarget, self);
        }
        return ABSENT;
    }

    @TruffleBoundary
    private Object lookup(DartClass cls) {
        return cls.lookupGetterOrField(name);
    }

    protected final int fieldIndex(DartClass cls) {
        return lookup(cls) instanceof Integer index ? index : -1;
    }

    protected final DartFunction getter(DartClass cls) {
        return lookup(cls) instanceof DartFunction getter ? getter : null;
    }
}
