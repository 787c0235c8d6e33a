package org.dartj.nodes.call;

import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartCoreClasses;
import org.dartj.classes.DartInstance;
import org.dartj.types.DartType;
import org.dartj.types.DartTypeSystem;
import org.dartj.types.DartTypeTest;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * The check of a store to a field with a declared type (the VM's implicit setter), made once
 * per class and field and kept in the write node's inline cache. An int stored into a
 * {@code double} field is the double Dart's static typing made of the literal.
 */
final class DartFieldCheck {
    private final DartTypeTest type;
    /** The class declaring the field: a type parameter in the field's type is resolved as its. */
    private final DartClass owner;
    private final boolean isDouble;
    /** Whether the type mentions the class's type parameters (then resolved per instance). */
    private final boolean generic;

    private DartFieldCheck(DartTypeTest type, DartClass owner, boolean isDouble) {
        this.type = type;
        this.owner = owner;
        this.isDouble = isDouble;
        this.generic = type.type().hasTypeParameters();
    }

    static DartFieldCheck of(DartTypeTest type, DartClass owner, DartCoreClasses classes) {
        if (type == null || type.isTop()) {
            return null;
        }
        boolean isDouble = type.type() instanceof org.dartj.types.DartInterfaceType t && t.dartClass() == classes.doubleClass;
        return new DartFieldCheck(type, owner, isDouble);
    }

    /** The value to store: {@code value}, or its double when the field is a double. */
    Object checked(DartInstance self, Object value, boolean implicitThis, Node location) {
        if (isDouble && value instanceof Long l) {
            return (double) l;
        }
        if (!generic) {
            return type.matches(value) ? value : loose(type.type(), value, implicitThis, location);
        }
        return checkGeneric(self, value, implicitThis, location);
    }

    @TruffleBoundary
    private Object checkGeneric(DartInstance self, Object value, boolean implicitThis, Node location) {
        DartType[] own = self.typeArguments() != null ? self.typeArguments() : DartTypeSystem.defaultArguments(self.dartClass());
        DartType[] args = self.dartClass().argumentsAs(owner, own);
        if (args == null) {
            return value;
        }
        DartType resolved = type.substitute(args);
        return resolved.isTop() || type.matches(value, args) ? value : loose(resolved, value, implicitThis, location);
    }

    /** The lenient second chance of DartJ's checks (it has no static types), then the VM's TypeError. */
    @TruffleBoundary
    private Object loose(DartType resolved, Object value, boolean implicitThis, Node location) {
        if (!type.matchesLoosely(value, resolved)) {
            throw implicitThis ? DartErrors.typeErrorFor(value, resolved.toString(), location)
                            : DartErrors.argumentTypeError(value, resolved.toString(), "value", location);
        }
        return value;
    }
}
