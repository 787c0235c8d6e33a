package org.dartj.nodes.literal;

import java.util.Map;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartErrors;
import org.dartj.builtins.core.MapBuiltins;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.DartStatementNode;
import org.dartj.nodes.controlflow.DartForInNode;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartMap;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.DartSet;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code ...e} and {@code ...?e} in a collection literal. */
public final class DartSpreadElementNode extends DartStatementNode {
    private final int slot;
    private final boolean nullAware;
    @Child private DartExpressionNode iterable;

    public DartSpreadElementNode(int slot, DartExpressionNode iterable, boolean nullAware) {
        this.slot = slot;
        this.iterable = iterable;
        this.nullAware = nullAware;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object value = iterable.executeGeneric(frame);
        if (value == DartNull.INSTANCE) {
            if (nullAware) {
                return;
            }
            throw DartErrors.typeError("Null", "Iterable<dynamic>", this);
        }
        Object target = frame.getObject(slot);
        if (target == null) {
            target = value instanceof DartMap || MapBuiltins.isMapInstance(value, this) ? new DartMap(null, null) : new DartSet(null);
            frame.setObject(slot, target);
        }
        spread(target, value);
    }

    @TruffleBoundary
    private void spread(Object target, Object value) {
        if (target instanceof DartMap map) {
            if (value instanceof DartMap source) {
                for (Map.Entry<Object, Object> e : source.entries()) {
                    map.put(e.getKey(), e.getValue());
                }
                return;
            }
            if (!MapBuiltins.isMapInstance(value, this)) {
                throw DartErrors.typeError(DartLanguage.get(this).coreClasses().classOf(value).getName(), "Map<dynamic, dynamic>", this);
            }
            for (Object[] e : MapBuiltins.entriesOf(value, this)) {
                map.put(e[0], e[1]);
            }
            return;
        }
        Object[] elements;
        if (value instanceof DartList l) {
            elements = l.toArray();
        } else if (value instanceof DartSet s) {
            elements = s.toArray();
        } else {
            elements = org.dartj.builtins.core.DartIterables.toArray(value);
        }
        for (Object e : elements) {
            DartAddElementNode.add(target, e);
        }
    }
}
