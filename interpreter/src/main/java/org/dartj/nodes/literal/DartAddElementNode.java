package org.dartj.nodes.literal;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.DartStatementNode;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartMap;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.DartSet;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * One element (or map entry, when {@code value} is set) of a collection being built. A
 * null-aware element ({@code ?e}, {@code ?k: v}, {@code k: ?v}) adds nothing when its marked
 * expression is null; a null key leaves its value unevaluated.
 */
public final class DartAddElementNode extends DartStatementNode {
    private final int slot;
    @Child private DartExpressionNode element;
    @Child private DartExpressionNode value;
    private final boolean nullAwareElement;
    private final boolean nullAwareValue;

    public DartAddElementNode(int slot, DartExpressionNode element, DartExpressionNode value) {
        this(slot, element, value, false, false);
    }

    public DartAddElementNode(int slot, DartExpressionNode element, DartExpressionNode value, boolean nullAwareElement, boolean nullAwareValue) {
        this.slot = slot;
        this.element = element;
        this.value = value;
        this.nullAwareElement = nullAwareElement;
        this.nullAwareValue = nullAwareValue;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object target = frame.getObject(slot);
        Object e = element.executeGeneric(frame);
        if (nullAwareElement && e == DartNull.INSTANCE) {
            return;
        }
        if (value != null) {
            Object v = value.executeGeneric(frame);
            if (nullAwareValue && v == DartNull.INSTANCE) {
                return;
            }
            put(target, e, v);
        } else {
            add(target, e);
        }
    }

    @TruffleBoundary
    static void add(Object target, Object e) {
        if (target instanceof DartList list) {
            list.add(e);
        } else {
            ((DartSet) target).add(e);
        }
    }

    @TruffleBoundary
    static void put(Object target, Object key, Object v) {
        ((DartMap) target).put(key, v);
    }
}
