package org.dartj.builtins.core;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.nodes.call.DartCalls;
import org.dartj.nodes.expression.DartTypeTestNode;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.DartSet;
import org.dartj.types.DartCovariantCheck;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** Members of Set (a LinkedHashSet: insertion order). */
public final class SetBuiltins {
    private SetBuiltins() {
    }

    /** The elements of a list, set or snapshotted iterable. */
    @TruffleBoundary
    static Object[] elementsOf(Object iterable, DartBuiltinNode node) {
        if (iterable instanceof DartList l) {
            return l.toArray();
        } else if (iterable instanceof DartSet s) {
            return s.toArray();
        }
        return org.dartj.builtins.core.DartIterables.toArray(iterable);
    }

    /** {@code self}, unless it is unmodifiable ({@code Set.unmodifiable}, const sets). */
    static DartSet modifiable(DartSet self, DartBuiltinNode node) {
        if (self.isUnmodifiable()) {
            throw DartErrors.unsupported("Cannot change an unmodifiable set", node);
        }
        return self;
    }

    @DartBuiltin(owner = "Set", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR)
    public abstract static class NewNode extends DartBuiltinNode {
        @Specialization
        protected DartSet create() {
            return new DartSet(ListBuiltins.typeArgument(ListBuiltins.takeTypeArguments(this), 0));
        }
    }

    /** {@code Set.of}, {@code Set.from} (and LinkedHashSet's): a new set of the elements, typed by the call's type argument. */
    @TruffleBoundary
    public static DartSet copyOf(Object elements, DartBuiltinNode node) {
        DartSet set = new DartSet(ListBuiltins.typeArgument(ListBuiltins.takeTypeArguments(node), 0));
        for (Object e : elementsOf(elements, node)) {
            set.add(e);
        }
        return set;
    }

    @DartBuiltin(owner = "Set", name = "of", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class OfNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartSet of(Object elements) {
            DartSet set = new DartSet(ListBuiltins.typeArgument(ListBuiltins.takeTypeArguments(this), 0));
            for (Object e : elementsOf(elements, this)) {
                set.add(e);
            }
            return set;
        }
    }

    @DartBuiltin(owner = "Set", name = "from", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class FromNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartSet from(Object elements) {
            DartSet set = new DartSet(ListBuiltins.typeArgument(ListBuiltins.takeTypeArguments(this), 0));
            for (Object e : elementsOf(elements, this)) {
                set.add(e);
            }
            return set;
        }
    }

    @DartBuiltin(owner = "Set", name = "add", required = 1)
    public abstract static class AddNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean add(DartSet self, Object value) {
            DartCovariantCheck.check(self.elementType(), value, "key", this);
            return modifiable(self, this).add(value);
        }
    }

    @DartBuiltin(owner = "Set", name = "addAll", required = 1)
    public abstract static class AddAllNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object addAll(DartSet self, Object values) {
            DartCovariantCheck.checkIterable(self.elementType(), values, "other", this);
            modifiable(self, this);
            for (Object e : elementsOf(values, this)) {
                self.add(e);
            }
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "Set", name = "contains", required = 1)
    public abstract static class ContainsNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean contains(DartSet self, Object value) {
            return self.contains(value);
        }
    }

    @DartBuiltin(owner = "Set", name = "containsAll", required = 1)
    public abstract static class ContainsAllNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean containsAll(DartSet self, Object values) {
            for (Object e : elementsOf(values, this)) {
                if (!self.contains(e)) {
                    return false;
                }
            }
            return true;
        }
    }

    @DartBuiltin(owner = "Set", name = "remove", required = 1)
    public abstract static class RemoveNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean remove(DartSet self, Object value) {
            return modifiable(self, this).remove(value);
        }
    }

    @DartBuiltin(owner = "Set", name = "clear")
    public abstract static class ClearNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object clear(DartSet self) {
            modifiable(self, this).clear();
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "Set", name = "length", kind = DartBuiltin.Kind.GETTER)
    public abstract static class LengthNode extends DartBuiltinNode {
        @Specialization
        protected long length(DartSet self) {
            return self.size();
        }
    }

    @DartBuiltin(owner = "Set", name = "isEmpty", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsEmptyNode extends DartBuiltinNode {
        @Specialization
        protected boolean isEmpty(DartSet self) {
            return self.size() == 0;
        }
    }

    @DartBuiltin(owner = "Set", name = "isNotEmpty", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsNotEmptyNode extends DartBuiltinNode {
        @Specialization
        protected boolean isNotEmpty(DartSet self) {
            return self.size() != 0;
        }
    }

    @DartBuiltin(owner = "Set", name = "first", kind = DartBuiltin.Kind.GETTER)
    public abstract static class FirstNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object first(DartSet self) {
            if (self.size() == 0) {
                throw DartErrors.stateError("No element", this);
            }
            return self.iterator().next();
        }
    }

    @DartBuiltin(owner = "Set", name = "last", kind = DartBuiltin.Kind.GETTER)
    public abstract static class LastNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object last(DartSet self) {
            if (self.size() == 0) {
                throw DartErrors.stateError("No element", this);
            }
            Object[] all = self.toArray();
            return all[all.length - 1];
        }
    }

    @DartBuiltin(owner = "Set", name = "toList", named = {"growable"})
    public abstract static class ToListNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartList toList(DartSet self, Object growable) {
            Object[] all = self.toArray();
            return new DartList(all.length == 0 ? new Object[4] : all, all.length, growable != Boolean.FALSE, self.elementType());
        }
    }

    @DartBuiltin(owner = "Set", name = "toSet")
    public abstract static class ToSetNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartSet toSet(DartSet self) {
            DartSet copy = new DartSet(self.elementType());
            for (Object e : self) {
                copy.add(e);
            }
            return copy;
        }
    }

    @DartBuiltin(owner = "Set", name = "union", required = 1)
    public abstract static class UnionNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartSet union(DartSet self, DartSet other) {
            DartSet result = new DartSet(self.elementType());
            for (Object e : self) {
                result.add(e);
            }
            for (Object e : other) {
                result.add(e);
            }
            return result;
        }
    }

    @DartBuiltin(owner = "Set", name = "intersection", required = 1)
    public abstract static class IntersectionNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartSet intersection(DartSet self, DartSet other) {
            DartSet result = new DartSet(self.elementType());
            for (Object e : self) {
                if (other.contains(e)) {
                    result.add(e);
                }
            }
            return result;
        }
    }

    @DartBuiltin(owner = "Set", name = "difference", required = 1)
    public abstract static class DifferenceNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartSet difference(DartSet self, DartSet other) {
            DartSet result = new DartSet(self.elementType());
            for (Object e : self) {
                if (!other.contains(e)) {
                    result.add(e);
                }
            }
            return result;
        }
    }

    @DartBuiltin(owner = "Set", name = "forEach", required = 1)
    public abstract static class ForEachNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object forEach(DartSet self, DartFunction action) {
            DartIterator it = DartIterables.setIterator(self);
            while (it.moveNext()) {
                DartCalls.call(action, it.current());
            }
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "Set", name = "join", optional = 1)
    public abstract static class JoinNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString join(DartSet self, Object separator) {
            String sep = separator instanceof TruffleString s ? s.toJavaStringUncached() : "";
            StringBuilder sb = new StringBuilder();
            boolean first = true;
            for (Object e : self) {
                if (!first) {
                    sb.append(sep);
                }
                first = false;
                sb.append(DartToString.toDisplayString(e));
            }
            return DartToStringNode.toTruffleString(sb.toString());
        }
    }

    @DartBuiltin(owner = "Set", name = "unmodifiable", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class UnmodifiableNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartSet unmodifiable(Object elements) {
            DartSet set = new DartSet(ListBuiltins.typeArgument(ListBuiltins.takeTypeArguments(this), 0));
            for (Object e : elementsOf(elements, this)) {
                set.add(e);
            }
            return set.makeUnmodifiable();
        }
    }

    /** {@code Set.castFrom<S, T>(source)}: every element checked to be a T now; the set itself (the VM: a checked view). */
    @DartBuiltin(owner = "Set", name = "castFrom", kind = DartBuiltin.Kind.STATIC, required = 1, optional = 2, named = {"newSet"})
    public abstract static class CastFromNode extends DartBuiltinNode {
        @Specialization
        protected Object castFrom(Object source, @SuppressWarnings("unused") Object sourceType, Object targetType, @SuppressWarnings("unused") Object newSet) {
            return IterableBuiltins.checkElements(source, targetType, this);
        }
    }

    /** {@code cast<T>()}: checks every element now and returns the set (the VM returns a checked view). */
    @DartBuiltin(owner = "Set", name = "cast", optional = 1)
    public abstract static class CastNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object cast(DartSet self, Object type) {
            org.dartj.types.DartTypeTest t = IterableBuiltins.typeArgument(type, this);
            for (Object e : self) {
                if (!t.matches(e)) {
                    throw DartErrors.typeCastError(DartLanguage.get(this).coreClasses().classOf(e).getName(), t.text(), this);
                }
            }
            return self;
        }
    }

    /** {@code lookup(object)}: the element equal to it, or null. */
    @DartBuiltin(owner = "Set", name = "lookup", required = 1)
    public abstract static class LookupNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object lookup(DartSet self, Object value) {
            Object found = self.lookup(value);
            return found == null ? DartNull.INSTANCE : found;
        }
    }

    @DartBuiltin(owner = "Set", name = "removeAll", required = 1)
    public abstract static class RemoveAllNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object removeAll(DartSet self, Object values) {
            modifiable(self, this);
            for (Object e : elementsOf(values, this)) {
                self.remove(e);
            }
            return DartNull.INSTANCE;
        }
    }

    /** {@code retainAll(elements)}: keeps the elements that {@code elements} contains (by Set equality). */
    @DartBuiltin(owner = "Set", name = "retainAll", required = 1)
    public abstract static class RetainAllNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object retainAll(DartSet self, Object values) {
            modifiable(self, this);
            DartSet keep = new DartSet(null);
            for (Object e : elementsOf(values, this)) {
                keep.add(e);
            }
            for (Object e : self.toArray()) {
                if (!keep.contains(e)) {
                    self.remove(e);
                }
            }
            return DartNull.INSTANCE;
        }
    }

    /** Removes the elements for which {@code test} is {@code keep == false}: removeWhere and retainWhere. */
    @TruffleBoundary
    static void filter(DartSet self, DartFunction test, boolean removeMatching, DartBuiltinNode node) {
        modifiable(self, node);
        java.util.List<Object> remove = new java.util.ArrayList<>();
        DartIterator it = DartIterables.setIterator(self);
        while (it.moveNext()) {
            Object e = it.current();
            if (DartIterables.test(test, e) == removeMatching) {
                remove.add(e);
            }
        }
        for (Object e : remove) {
            self.remove(e);
        }
    }

    @DartBuiltin(owner = "Set", name = "removeWhere", required = 1)
    public abstract static class RemoveWhereNode extends DartBuiltinNode {
        @Specialization
        protected Object removeWhere(DartSet self, DartFunction test) {
            filter(self, test, true, this);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "Set", name = "retainWhere", required = 1)
    public abstract static class RetainWhereNode extends DartBuiltinNode {
        @Specialization
        protected Object retainWhere(DartSet self, DartFunction test) {
            filter(self, test, false, this);
            return DartNull.INSTANCE;
        }
    }

    /** {@code Set.identity()}: elements compared with {@code identical}, not {@code ==}. */
    @DartBuiltin(owner = "Set", name = "identity", kind = DartBuiltin.Kind.CONSTRUCTOR)
    public abstract static class IdentityNode extends DartBuiltinNode {
        @Specialization
        protected DartSet identity() {
            return new DartSet(ListBuiltins.typeArgument(ListBuiltins.takeTypeArguments(this), 0)).makeIdentity();
        }
    }
}
