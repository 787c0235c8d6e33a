package org.dartj.nodes.expression;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartInstance;
import org.dartj.types.DartTypeTest;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code value is T} for a class type without type arguments (a typed parameter, {@code is},
 * {@code as}): for instances of Dart-declared classes the answer is cached per class (up to
 * {@link #LIMIT} classes), so a parameter typed with a superclass or an interface ({@code Shape
 * s}, {@code Object o}) costs a class compare in compiled code instead of a call into the type
 * system. Other values use {@link DartTypeTest#matches(Object)}, whose fast paths cover int,
 * double, bool and String.
 */
@GenerateInline(false)
public abstract class DartTypeMatchNode extends Node {
    static final int LIMIT = 4;

    protected final DartTypeTest type;

    protected DartTypeMatchNode(DartTypeTest type) {
        this.type = type;
    }

    /** The node for a test where {@link DartTypeTest#isClassTest()} holds, else null. */
    public static DartTypeMatchNode createIfClassTest(DartTypeTest type) {
        return type != null && type.isClassTest() ? DartTypeMatchNodeGen.create(type) : null;
    }

    public abstract boolean execute(Object value);

    @Specialization(guards = "value.dartClass() == cachedClass", limit = "LIMIT")
    protected static boolean doCachedClass(DartInstance value,
                    @Cached("value.dartClass()") DartClass cachedClass,
                    @Cached("matchesUncached(value)") boolean result) {
        return result;
    }

    @Specialization(replaces = "doCachedClass")
    protected boolean doInstance(DartInstance value) {
        return type.matches(value);
    }

    @Specialization(guards = "!isInstance(value)")
    protected boolean doOther(Object value) {
        return type.matches(value);
    }

    protected final boolean matchesUncached(DartInstance value) {
        return type.matches(value);
    }

    protected static boolean isInstance(Object value) {
        return value instanceof DartInstance;
    }
}
