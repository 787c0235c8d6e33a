package org.dartj.nodes.expression;

import org.dartj.runtime.DartList;
import org.dartj.runtime.DartReifiedType;
import org.dartj.types.DartInterfaceType;
import org.dartj.types.DartTypeTest;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code value is C<T...>} for a type with type arguments and no type parameters (a parameter
 * typed {@code List<Body>}): for a plain list reified with an element type, whose runtime type is
 * {@code List<E>} for that type alone, the answer is cached per element type (up to
 * {@link #LIMIT}), so the check costs a compare in compiled code instead of a call into the type
 * system. Other values use {@link DartTypeTest#matches(Object)}.
 */
@GenerateInline(false)
public abstract class DartCollectionTypeMatchNode extends Node {
    static final int LIMIT = 3;

    protected final DartTypeTest type;

    protected DartCollectionTypeMatchNode(DartTypeTest type) {
        this.type = type;
    }

    /** The node for a test of a type with type arguments, else null. */
    public static DartCollectionTypeMatchNode createIfGeneric(DartTypeTest type) {
        return type != null && type.type() instanceof DartInterfaceType t && t.arguments().length > 0 ? DartCollectionTypeMatchNodeGen.create(type) : null;
    }

    public abstract boolean execute(Object value);

    @Specialization(guards = {"isPlainList(list)", "list.elementType() == elementType", "elementType != null"}, limit = "LIMIT")
    protected static boolean doReifiedList(DartList list,
                    @Cached("list.elementType()") DartReifiedType elementType,
                    @Cached("matchesUncached(list)") boolean result) {
        return result;
    }

    @Specialization(replaces = "doReifiedList")
    protected boolean doOther(Object value) {
        return type.matches(value);
    }

    protected final boolean matchesUncached(Object value) {
        return type.matches(value);
    }

    /** A list whose Dart class its Java class decides (not a typed list). */
    protected static boolean isPlainList(DartList list) {
        return list.getClass() == DartList.class;
    }
}
