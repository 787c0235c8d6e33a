package org.dartj.nodes.call;

import org.dartj.builtins.DartErrors;
import org.dartj.builtins.core.DartToString;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.builtins.typeddata.DartTypedData;
import org.dartj.runtime.DartList;
import org.dartj.runtime.typed.DartTypedList;
import org.dartj.runtime.DartMap;
import org.dartj.types.DartCovariantCheck;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code receiver[index] = value} on lists and maps; yields the value. */
@NodeChild("receiver")
@NodeChild("index")
@NodeChild("value")
@NodeInfo(shortName = "[]=")
public abstract class DartIndexSetNode extends DartExpressionNode {
    @Specialization
    protected Object doList(DartList list, long index, Object value) {
        DartCovariantCheck.check(list.elementType(), value, "value", this);
        if (list.isUnmodifiable()) {
            throw DartErrors.unsupported("Cannot modify an unmodifiable list", this);
        }
        if (!list.inRange(index)) {
            throw DartErrors.indexOutOfRange(index, list.size(), this);
        }
        if (list instanceof DartTypedList typed) {
            DartTypedData.checkElement(typed, value, this);
        }
        list.set((int) index, value);
        return value;
    }

    @Specialization
    protected Object doMap(DartMap map, Object key, Object value) {
        DartCovariantCheck.check(map.keyType(), key, "key", this);
        DartCovariantCheck.check(map.valueType(), value, "value", this);
        if (map.isUnmodifiable()) {
            throw DartErrors.unsupported("Cannot modify unmodifiable map", this);
        }
        put(map, key, value);
        return value;
    }

    @TruffleBoundary
    private static void put(DartMap map, Object key, Object value) {
        map.put(key, value);
    }

    /** A list indexed by a non-int (possible only through dynamic): the VM's parameter type check. */
    @Specialization(guards = "!isInt(index)")
    protected Object doListBadIndex(DartList list, Object index, Object value) {
        DartCovariantCheck.check(list.elementType(), value, "value", this);
        throw DartErrors.argumentTypeError(index, "int", "index", this);
    }

    static boolean isInt(Object value) {
        return value instanceof Long;
    }

    @Fallback
    protected Object fallback(Object receiver, Object index, Object value) {
        return org.dartj.nodes.expression.DartOperatorFallback.dispatchIndexSet(this, receiver, index, value);
    }
}
