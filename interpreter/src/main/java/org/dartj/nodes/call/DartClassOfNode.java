package org.dartj.nodes.call;

import org.dartj.DartLanguage;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartInstance;
import org.dartj.classes.DartObject;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/** The Dart class of a value, cached on the value's Java class for the core types. */
@GenerateInline(false)
public abstract class DartClassOfNode extends Node {
    public abstract DartClass execute(Object value);

    /** An instance of a Dart-declared class: an exact type check and a field read. */
    @Specialization
    protected static DartClass doInstance(DartInstance value) {
        return value.dartClass();
    }

    @Specialization
    protected static DartClass doObject(DartObject value) {
        return value.dartClass();
    }

    @Specialization(guards = {"!isDartObject(value)", "value.getClass() == javaClass"}, limit = "8")
    protected DartClass doCached(Object value,
                    @Cached("value.getClass()") Class<?> javaClass,
                    @Cached("lookup(javaClass)") DartClass dartClass) {
        return dartClass;
    }

    @Specialization(replaces = "doCached", guards = "!isDartObject(value)")
    protected DartClass doGeneric(Object value) {
        return lookup(value.getClass());
    }

    protected DartClass lookup(Class<?> javaClass) {
        return DartLanguage.get(this).coreClasses().forJavaClass(javaClass);
    }

    protected static boolean isDartObject(Object value) {
        return value instanceof DartObject;
    }
}
