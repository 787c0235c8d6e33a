package org.dartj.nodes.call;

import org.dartj.builtins.DartErrors;
import org.dartj.builtins.core.DartToString;
import org.dartj.builtins.core.StringBuiltins;
import org.dartj.classes.DartInstance;
import org.dartj.nodes.expression.DartBinaryNode;
import org.dartj.nodes.expression.DartUserOperatorNode;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartMap;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code receiver[index]} on lists, maps and strings. */
@NodeInfo(shortName = "[]")
public abstract class DartIndexGetNode extends DartBinaryNode {
    @Specialization
    protected Object doList(DartList list, long index) {
        if (!list.inRange(index)) {
            throw DartErrors.indexOutOfRange(index, list.size(), this);
        }
        return list.get((int) index);
    }

    /** {@code string[index]}: the code unit at index as a one-unit string. */
    @Specialization
    protected TruffleString doString(TruffleString string, long index,
                    @Cached TruffleString.ReadCharUTF16Node readChar,
                    @Cached TruffleString.FromCodePointNode fromCodePoint) {
        int length = string.byteLength(TruffleString.Encoding.UTF_16) >> 1;
        if (index < 0 || index >= length) {
            throw StringBuiltins.indexError(index, length, this);
        }
        return fromCodePoint.execute(readChar.execute(string, (int) index), TruffleString.Encoding.UTF_16, true);
    }

    @Specialization
    protected Object doMap(DartMap map, Object key) {
        return mapGet(map, key);
    }

    @TruffleBoundary
    static Object mapGet(DartMap map, Object key) {
        Object v = map.get(key);
        return v == null ? DartNull.INSTANCE : v;
    }

    /** A list indexed by a non-int (possible only through dynamic): the VM's parameter type check. */
    @Specialization(guards = "!isInt(index)")
    protected Object doListBadIndex(DartList list, Object index) {
        throw DartErrors.argumentTypeError(index, "int", "index", this);
    }

    static boolean isInt(Object value) {
        return value instanceof Long;
    }

    /** An operator declared by the instance's class: cached per class, a direct call. */
    @Specialization
    protected Object doInstance(DartInstance left, Object right,
                    @Cached("createOperator()") DartUserOperatorNode operator) {
        return operator.execute(left, right);
    }

    protected static DartUserOperatorNode createOperator() {
        return DartUserOperatorNode.create("[]");
    }

    @Fallback
    protected Object fallback(Object receiver, Object index) {
        return org.dartj.nodes.expression.DartOperatorFallback.dispatch(this, "[]", receiver, index);
    }
}
