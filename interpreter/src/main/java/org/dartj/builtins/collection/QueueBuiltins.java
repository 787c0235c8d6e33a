package org.dartj.builtins.collection;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.builtins.core.DartIterables;
import org.dartj.builtins.core.MapBuiltins;
import org.dartj.builtins.core.SetBuiltins;
import org.dartj.runtime.DartMap;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.DartSet;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/** dart:collection: Queue/ListQueue, and LinkedHashMap/LinkedHashSet (the default Map and Set). */
public final class QueueBuiltins {
    private QueueBuiltins() {
    }

    @TruffleBoundary
    static DartQueue newQueue(Node node, Object from) {
        var classes = DartLanguage.get(node).coreClasses();
        DartQueue queue = new DartQueue(classes, classes.byName("ListQueue"));
        if (from != null) {
            for (Object e : DartIterables.toArray(from)) {
                queue.elements.addLast(e);
            }
        }
        return queue;
    }

    @DartBuiltin(library = "dart:collection", owner = "Queue", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR)
    public abstract static class NewQueueNode extends DartBuiltinNode {
        @Specialization
        protected DartQueue create() {
            return newQueue(this, null);
        }
    }

    @DartBuiltin(library = "dart:collection", owner = "ListQueue", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, optional = 1)
    public abstract static class NewListQueueNode extends DartBuiltinNode {
        @Specialization
        protected DartQueue create(Object initialCapacity) {
            return newQueue(this, null);
        }
    }

    /** {@code Queue.castFrom<S, T>(source)}: every element checked to be a T now; the queue itself (the VM: a checked view). */
    @DartBuiltin(library = "dart:collection", owner = "Queue", name = "castFrom", kind = DartBuiltin.Kind.STATIC, required = 1, optional = 2)
    public abstract static class CastFromNode extends DartBuiltinNode {
        @Specialization
        protected Object castFrom(Object source, @SuppressWarnings("unused") Object sourceType, Object targetType) {
            return org.dartj.builtins.core.IterableBuiltins.checkElements(source, targetType, this);
        }
    }

    @DartBuiltin(library = "dart:collection", owner = "Queue", name = "of", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class QueueOfNode extends DartBuiltinNode {
        @Specialization
        protected DartQueue create(Object elements) {
            return newQueue(this, elements);
        }
    }

    @DartBuiltin(library = "dart:collection", owner = "Queue", name = "from", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class QueueFromNode extends DartBuiltinNode {
        @Specialization
        protected DartQueue create(Object elements) {
            return newQueue(this, elements);
        }
    }

    @DartBuiltin(library = "dart:collection", owner = "ListQueue", name = "of", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class ListQueueOfNode extends DartBuiltinNode {
        @Specialization
        protected DartQueue create(Object elements) {
            return newQueue(this, elements);
        }
    }

    @DartBuiltin(library = "dart:collection", owner = "ListQueue", name = "from", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class ListQueueFromNode extends DartBuiltinNode {
        @Specialization
        protected DartQueue create(Object elements) {
            return newQueue(this, elements);
        }
    }

    @DartBuiltin(library = "dart:collection", owner = "Queue", name = "add", required = 1)
    public abstract static class AddNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object add(DartQueue self, Object value) {
            self.elements.addLast(value);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:collection", owner = "Queue", name = "addLast", required = 1)
    public abstract static class AddLastNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object addLast(DartQueue self, Object value) {
            self.elements.addLast(value);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:collection", owner = "Queue", name = "addFirst", required = 1)
    public abstract static class AddFirstNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object addFirst(DartQueue self, Object value) {
            self.elements.addFirst(value);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:collection", owner = "Queue", name = "addAll", required = 1)
    public abstract static class AddAllNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object addAll(DartQueue self, Object values) {
            for (Object e : DartIterables.toArray(values)) {
                self.elements.addLast(e);
            }
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:collection", owner = "Queue", name = "removeFirst")
    public abstract static class RemoveFirstNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object removeFirst(DartQueue self) {
            if (self.elements.isEmpty()) {
                throw DartErrors.stateError("No element", this);
            }
            return self.elements.removeFirst();
        }
    }

    @DartBuiltin(library = "dart:collection", owner = "Queue", name = "removeLast")
    public abstract static class RemoveLastNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object removeLast(DartQueue self) {
            if (self.elements.isEmpty()) {
                throw DartErrors.stateError("No element", this);
            }
            return self.elements.removeLast();
        }
    }

    @DartBuiltin(library = "dart:collection", owner = "Queue", name = "clear")
    public abstract static class ClearNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object clear(DartQueue self) {
            self.elements.clear();
            return DartNull.INSTANCE;
        }
    }

    /**
     * {@code LinkedHashMap()}: the default Map (insertion-ordered), as {@code {}} is on the VM;
     * with {@code equals}, {@code hashCode} or {@code isValidKey}, one comparing keys with them.
     */
    @DartBuiltin(library = "dart:collection", owner = "LinkedHashMap", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, named = {"equals", "hashCode", "isValidKey"})
    public abstract static class NewLinkedHashMapNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartMap create(Object equals, Object hashCode, Object isValidKey) {
            DartCustomKeyEquality equality = DartCustomKeyEquality.of(equals, hashCode, isValidKey);
            DartMap map = new DartMap(null, null);
            return equality == null ? map : map.makeCustom(equality);
        }
    }

    @DartBuiltin(library = "dart:collection", owner = "LinkedHashMap", name = "identity", kind = DartBuiltin.Kind.CONSTRUCTOR)
    public abstract static class NewIdentityLinkedHashMapNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartMap create() {
            return new DartMap(null, null).makeIdentity();
        }
    }

    @DartBuiltin(library = "dart:collection", owner = "LinkedHashMap", name = "of", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class LinkedHashMapOfNode extends DartBuiltinNode {
        @Specialization
        protected DartMap of(Object other) {
            return MapBuiltins.copyOf(other, this);
        }
    }

    @DartBuiltin(library = "dart:collection", owner = "LinkedHashMap", name = "from", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class LinkedHashMapFromNode extends DartBuiltinNode {
        @Specialization
        protected DartMap from(Object other) {
            return MapBuiltins.copyOf(other, this);
        }
    }

    @DartBuiltin(library = "dart:collection", owner = "LinkedHashMap", name = "fromIterables", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 2)
    public abstract static class LinkedHashMapFromIterablesNode extends DartBuiltinNode {
        @Specialization
        protected DartMap fromIterables(Object keys, Object values) {
            return MapBuiltins.pairUp(keys, values, this);
        }
    }

    @DartBuiltin(library = "dart:collection", owner = "LinkedHashMap", name = "fromEntries", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class LinkedHashMapFromEntriesNode extends DartBuiltinNode {
        @Specialization
        protected DartMap fromEntries(Object entries) {
            return MapBuiltins.ofEntries(entries, this);
        }
    }

    @DartBuiltin(library = "dart:collection", owner = "LinkedHashSet", name = "of", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class LinkedHashSetOfNode extends DartBuiltinNode {
        @Specialization
        protected DartSet of(Object elements) {
            return SetBuiltins.copyOf(elements, this);
        }
    }

    @DartBuiltin(library = "dart:collection", owner = "LinkedHashSet", name = "from", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class LinkedHashSetFromNode extends DartBuiltinNode {
        @Specialization
        protected DartSet from(Object elements) {
            return SetBuiltins.copyOf(elements, this);
        }
    }

    /** {@code LinkedHashSet()}: the default Set (insertion-ordered), or one with the given equality. */
    @DartBuiltin(library = "dart:collection", owner = "LinkedHashSet", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, named = {"equals", "hashCode", "isValidKey"})
    public abstract static class NewLinkedHashSetNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartSet create(Object equals, Object hashCode, Object isValidKey) {
            DartCustomKeyEquality equality = DartCustomKeyEquality.of(equals, hashCode, isValidKey);
            DartSet set = new DartSet(null);
            return equality == null ? set : set.makeCustom(equality);
        }
    }

    @DartBuiltin(library = "dart:collection", owner = "LinkedHashSet", name = "identity", kind = DartBuiltin.Kind.CONSTRUCTOR)
    public abstract static class NewIdentityLinkedHashSetNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartSet create() {
            return new DartSet(null).makeIdentity();
        }
    }
}
