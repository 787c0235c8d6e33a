package org.dartj.nodes.literal;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.DartStatementNode;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartMap;
import org.dartj.runtime.DartSet;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/**
 * A collection literal with spreads, collection {@code if} or {@code for}: the collection is
 * built in a frame slot by element statements ({@link DartAddElementNode} and friends).
 * {@code {...a, ...b}} is a map or a set depending on what the first spread yields.
 */
public final class DartCollectionBuildNode extends DartExpressionNode {
    public enum Kind { LIST, SET, MAP, SET_OR_MAP }

    private final Kind kind;
    private final int slot;
    private final String elementType;
    private final String valueType;
    @Children private final DartStatementNode[] elements;

    public DartCollectionBuildNode(Kind kind, int slot, String elementType, String valueType, DartStatementNode[] elements) {
        this.kind = kind;
        this.slot = slot;
        this.elementType = elementType;
        this.valueType = valueType;
        this.elements = elements;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        frame.setObject(slot, create());
        for (DartStatementNode e : elements) {
            e.executeVoid(frame);
        }
        Object result = frame.getObject(slot);
        return result == null ? new DartMap("dynamic", "dynamic") : result;
    }

    @TruffleBoundary
    private Object create() {
        return switch (kind) {
            case LIST -> new DartList(new Object[8], 0, true, elementType);
            case SET -> new DartSet(elementType);
            case MAP -> new DartMap(elementType, valueType);
            case SET_OR_MAP -> null;
        };
    }
}
