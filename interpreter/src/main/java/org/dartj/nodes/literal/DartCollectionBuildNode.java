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
 * {@code {...a, ...b}} is a map or a set depending on what the first spread yields. In an
 * async function whose elements await, this node only creates the collection (no element
 * statements): the translator runs the element statements as resumable statements and
 * {@link DartCollectionResultNode} gives the collection.
 */
public final class DartCollectionBuildNode extends DartExpressionNode {
    public enum Kind { LIST, SET, MAP, SET_OR_MAP }

    private final Kind kind;
    private final int slot;
    private final org.dartj.types.DartType elementType;
    private final org.dartj.types.DartType valueType;
    @Children private final DartStatementNode[] elements;

    @Child private org.dartj.nodes.expression.DartClassTypeArgumentsNode classArguments;

    /** Completes type arguments that use the enclosing class's type parameters ({@code <T>[]}). */
    public void setClassArguments(org.dartj.nodes.expression.DartClassTypeArgumentsNode node) {
        this.classArguments = node;
    }

    public DartCollectionBuildNode(Kind kind, int slot, org.dartj.types.DartType elementType, org.dartj.types.DartType valueType, DartStatementNode[] elements) {
        this.kind = kind;
        this.slot = slot;
        this.elementType = elementType;
        this.valueType = valueType;
        this.elements = elements;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        frame.setObject(slot, create(org.dartj.nodes.expression.DartClassTypeArgumentsNode.resolve(elementType, classArguments, frame), org.dartj.nodes.expression.DartClassTypeArgumentsNode.resolve(valueType, classArguments, frame)));
        for (DartStatementNode e : elements) {
            e.executeVoid(frame);
        }
        return result(frame.getObject(slot));
    }

    /** The built collection: a braced literal whose elements added nothing is an empty map. */
    static Object result(Object built) {
        return built == null ? emptyMap() : built;
    }

    @TruffleBoundary
    private static Object emptyMap() {
        return new DartMap(org.dartj.types.DartSpecialType.DYNAMIC, org.dartj.types.DartSpecialType.DYNAMIC);
    }

    @TruffleBoundary
    private Object create(org.dartj.types.DartType elementType, org.dartj.types.DartType valueType) {
        return switch (kind) {
            case LIST -> new DartList(new Object[8], 0, true, elementType);
            case SET -> new DartSet(elementType);
            case MAP -> new DartMap(elementType, valueType);
            case SET_OR_MAP -> null;
        };
    }
}
