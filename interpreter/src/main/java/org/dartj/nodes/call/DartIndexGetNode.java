package org.dartj.nodes.call;

import org.dartj.builtins.DartErrors;
import org.dartj.builtins.core.DartToString;
import org.dartj.nodes.expression.DartBinaryNode;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartMap;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code receiver[index]} on lists and maps. */
@NodeInfo(shortName = "[]")
public abstract class DartIndexGetNode extends DartBinaryNode {
    @Specialization
    protected Object doList(DartList list, long index) {
        if (!list.inRange(index)) {
            throw DartErrors.indexOutOfRange(index, list.size(), this);
        }
        return list.get((int) index);
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

    @Fallback
    protected Object fallback(Object receiver, Object index) {
        return org.dartj.nodes.expression.DartOperatorFallback.dispatch(this, "[]", receiver, index);
    }
}
