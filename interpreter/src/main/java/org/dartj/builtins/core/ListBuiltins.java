package org.dartj.builtins.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartCoreClasses;
import org.dartj.classes.DartInstance;
import org.dartj.nodes.call.DartCalls;
import org.dartj.nodes.expression.DartEqualNode;
import org.dartj.nodes.expression.DartTypeTestNode;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartMap;
import org.dartj.runtime.DartNull;
import org.dartj.types.DartCovariantCheck;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * Members and constructors of List, with the Dart VM's behaviour for its three kinds of list:
 * growable ({@code []}), fixed-length ({@code List.filled}, ...) and unmodifiable (const
 * lists, {@code List.unmodifiable}), including their error texts. The members of Iterable
 * that List does not redefine work on lists through {@link IterableBuiltins}.
 */
public final class ListBuiltins {
    private ListBuiltins() {
    }

    /**
     * The check of an operation that changes the length: {@code what} is "add to", "remove
     * from", "clear" or "change the length of".
     */
    static void checkGrowable(DartList list, String what, Node node) {
        if (!list.isGrowable()) {
            // An unmodifiable typed-data view is a fixed-length list that refuses element writes.
            boolean unmodifiable = list.isUnmodifiable() && !(list instanceof org.dartj.runtime.typed.DartTypedList);
            throw DartErrors.unsupported("Cannot " + what + (unmodifiable ? " an unmodifiable list" : " a fixed-length list"), node);
        }
    }

    /** The check of an operation that sets elements. */
    static void checkModifiable(DartList list, Node node) {
        if (list.isUnmodifiable()) {
            throw DartErrors.unsupported("Cannot modify an unmodifiable list", node);
        }
    }

    static Long optionalInt(Object value) {
        return value instanceof Long l ? l : null;
    }

    static DartCoreClasses classes(Node node) {
        return DartLanguage.get(node).coreClasses();
    }

    static void checkIterable(Object value, Node node) {
        DartCoreClasses classes = classes(node);
        if (!DartIterables.isIterable(value, classes)) {
            throw DartIterables.notIterable(value, classes);
        }
    }

    /**
     * The type arguments a List, Set or Map constructor was called with (the translator passes
     * written ones, as to a generic function); null when none were given: the collection made is
     * then not reified. A constructor takes them before it runs any Dart code.
     */
    static org.dartj.types.DartType[] takeTypeArguments(Node node) {
        return org.dartj.DartContext.get(node).takeTypeArguments();
    }

    static org.dartj.types.DartType typeArgument(org.dartj.types.DartType[] types, int index) {
        return types == null ? null : types[index];
    }

    /** Sets the length of a growable list; new elements are null. */
    static void setLength(DartList list, long newLength, Node node) {
        DartErrors.checkNotNegative(newLength, "length", node);
        if (newLength > list.size()) {
            org.dartj.runtime.DartReifiedType type = list.elementType();
            if (type != null && !type.admitsNull()) {
                throw DartErrors.typeCastError("Null", type.toString(), node);
            }
        }
        list.setSize((int) newLength, DartNull.INSTANCE);
    }

    @DartBuiltin(owner = "List", name = "add", required = 1)
    public abstract static class AddNode extends DartBuiltinNode {
        @Specialization
        protected Object add(DartList self, Object value) {
            DartCovariantCheck.check(self.elementType(), value, "value", this);
            checkGrowable(self, "add to", this);
            self.add(value);
            return DartNull.INSTANCE;
        }
    }

    /** The VM's {@code _GrowableList.addAll}. */
    @DartBuiltin(owner = "List", name = "addAll", required = 1)
    public abstract static class AddAllNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object addAll(DartList self, Object values) {
            DartCovariantCheck.checkIterable(self.elementType(), values, "iterable", this);
            checkGrowable(self, "add to", this);
            checkIterable(values, this);
            if (values instanceof DartList other) {
                int count = other.size();
                if (count == 0) {
                    return DartNull.INSTANCE;
                }
                if (other == self) {
                    throw DartErrors.concurrentModification(self, this);
                }
                for (int i = 0; i < count; i++) {
                    self.add(other.get(i));
                }
                return DartNull.INSTANCE;
            }
            if (DartIterables.isEfficientLength(values) && DartIterables.length(values) == 0) {
                return DartNull.INSTANCE;
            }
            DartIterator it = DartIterables.iterator(values);
            if (!it.moveNext()) {
                return DartNull.INSTANCE;
            }
            int length = self.size();
            while (true) {
                int newLength = length + 1;
                self.add(it.current());
                if (!it.moveNext()) {
                    return DartNull.INSTANCE;
                }
                if (self.size() != newLength) {
                    throw DartErrors.concurrentModification(self, this);
                }
                length = newLength;
            }
        }
    }

    @DartBuiltin(owner = "List", name = "length", kind = DartBuiltin.Kind.GETTER)
    public abstract static class LengthNode extends DartBuiltinNode {
        @Specialization
        protected long length(DartList self) {
            return self.size();
        }
    }

    @DartBuiltin(owner = "List", name = "length", kind = DartBuiltin.Kind.SETTER, required = 1)
    public abstract static class SetLengthNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object setLength(DartList self, long length) {
            checkGrowable(self, "change the length of", this);
            ListBuiltins.setLength(self, length, this);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "List", name = "isEmpty", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsEmptyNode extends DartBuiltinNode {
        @Specialization
        protected boolean isEmpty(DartList self) {
            return self.size() == 0;
        }
    }

    @DartBuiltin(owner = "List", name = "isNotEmpty", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsNotEmptyNode extends DartBuiltinNode {
        @Specialization
        protected boolean isNotEmpty(DartList self) {
            return self.size() != 0;
        }
    }

    @DartBuiltin(owner = "List", name = "first", kind = DartBuiltin.Kind.GETTER)
    public abstract static class FirstNode extends DartBuiltinNode {
        @Specialization
        protected Object first(DartList self) {
            if (self.size() == 0) {
                throw DartErrors.stateError("No element", this);
            }
            return self.get(0);
        }
    }

    @DartBuiltin(owner = "List", name = "first", kind = DartBuiltin.Kind.SETTER, required = 1)
    public abstract static class SetFirstNode extends DartBuiltinNode {
        @Specialization
        protected Object setFirst(DartList self, Object value) {
            DartCovariantCheck.check(self.elementType(), value, "value", this);
            if (self.size() == 0) {
                throw DartErrors.stateError("No element", this);
            }
            checkModifiable(self, this);
            self.set(0, value);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "List", name = "last", kind = DartBuiltin.Kind.GETTER)
    public abstract static class LastNode extends DartBuiltinNode {
        @Specialization
        protected Object last(DartList self) {
            if (self.size() == 0) {
                throw DartErrors.stateError("No element", this);
            }
            return self.get(self.size() - 1);
        }
    }

    @DartBuiltin(owner = "List", name = "last", kind = DartBuiltin.Kind.SETTER, required = 1)
    public abstract static class SetLastNode extends DartBuiltinNode {
        @Specialization
        protected Object setLast(DartList self, Object value) {
            DartCovariantCheck.check(self.elementType(), value, "value", this);
            if (self.size() == 0) {
                throw DartErrors.stateError("No element", this);
            }
            checkModifiable(self, this);
            self.set(self.size() - 1, value);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "List", name = "single", kind = DartBuiltin.Kind.GETTER)
    public abstract static class SingleNode extends DartBuiltinNode {
        @Specialization
        protected Object single(DartList self) {
            if (self.size() == 1) {
                return self.get(0);
            }
            throw DartErrors.stateError(self.size() == 0 ? "No element" : "Too many elements", this);
        }
    }

    @DartBuiltin(owner = "List", name = "removeLast")
    public abstract static class RemoveLastNode extends DartBuiltinNode {
        @Specialization
        protected Object removeLast(DartList self) {
            checkGrowable(self, "remove from", this);
            if (self.size() == 0) {
                throw DartErrors.indexOutOfRange(-1, 0, this);
            }
            return self.removeLast();
        }
    }

    @DartBuiltin(owner = "List", name = "removeAt", required = 1)
    public abstract static class RemoveAtNode extends DartBuiltinNode {
        @Specialization
        protected Object removeAt(DartList self, long index) {
            checkGrowable(self, "remove from", this);
            if (!self.inRange(index)) {
                throw DartErrors.indexOutOfRange(index, self.size(), this);
            }
            return self.removeAt((int) index);
        }
    }

    @DartBuiltin(owner = "List", name = "remove", required = 1)
    public abstract static class RemoveNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean remove(DartList self, Object value) {
            checkGrowable(self, "remove from", this);
            for (int i = 0; i < self.size(); i++) {
                if (DartEqualNode.dartEquals(self.get(i), value)) {
                    self.removeAt(i);
                    return true;
                }
            }
            return false;
        }
    }

    /** ListBase's {@code _filter}: {@code removeWhere} and {@code retainWhere}. */
    @TruffleBoundary
    static void filter(DartList self, DartFunction test, boolean retainMatching, Node node) {
        checkGrowable(self, "remove from", node);
        List<Object> retained = new ArrayList<>();
        int length = self.size();
        for (int i = 0; i < length; i++) {
            Object element = self.get(i);
            if (DartIterables.test(test, element) == retainMatching) {
                retained.add(element);
            }
            if (length != self.size()) {
                throw DartErrors.concurrentModification(self, node);
            }
        }
        if (retained.size() != self.size()) {
            for (int i = 0; i < retained.size(); i++) {
                self.set(i, retained.get(i));
            }
            self.setSize(retained.size(), DartNull.INSTANCE);
        }
    }

    @DartBuiltin(owner = "List", name = "removeWhere", required = 1)
    public abstract static class RemoveWhereNode extends DartBuiltinNode {
        @Specialization
        protected Object removeWhere(DartList self, DartFunction test) {
            filter(self, test, false, this);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "List", name = "retainWhere", required = 1)
    public abstract static class RetainWhereNode extends DartBuiltinNode {
        @Specialization
        protected Object retainWhere(DartList self, DartFunction test) {
            filter(self, test, true, this);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "List", name = "insert", required = 2)
    public abstract static class InsertNode extends DartBuiltinNode {
        @Specialization
        protected Object insert(DartList self, long index, Object value) {
            DartCovariantCheck.check(self.elementType(), value, "element", this);
            checkGrowable(self, "add to", this);
            if (index < 0 || index > self.size()) {
                throw DartErrors.rangeError(index, 0L, (long) self.size(), null, this);
            }
            self.insert((int) index, value);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "List", name = "insertAll", required = 2)
    public abstract static class InsertAllNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object insertAll(DartList self, long index, Object values) {
            DartCovariantCheck.checkIterable(self.elementType(), values, "iterable", this);
            checkGrowable(self, "add to", this);
            if (index < 0 || index > self.size()) {
                throw DartErrors.rangeError(index, 0L, (long) self.size(), null, this);
            }
            checkIterable(values, this);
            self.insertAll((int) index, DartIterables.toArray(values));
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "List", name = "clear")
    public abstract static class ClearNode extends DartBuiltinNode {
        @Specialization
        protected Object clear(DartList self) {
            checkGrowable(self, "clear", this);
            self.clear();
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "List", name = "removeRange", required = 2)
    public abstract static class RemoveRangeNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object removeRange(DartList self, long start, long end) {
            checkGrowable(self, "remove from", this);
            DartErrors.checkValidRange(start, end, self.size(), this);
            self.removeRange((int) start, (int) end);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "List", name = "replaceRange", required = 3)
    public abstract static class ReplaceRangeNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object replaceRange(DartList self, long start, long end, Object contents) {
            DartCovariantCheck.checkIterable(self.elementType(), contents, "newContents", this);
            checkGrowable(self, "remove from", this);
            DartErrors.checkValidRange(start, end, self.size(), this);
            checkIterable(contents, this);
            Object[] values = DartIterables.toArray(contents);
            self.removeRange((int) start, (int) end);
            self.insertAll((int) start, values);
            return DartNull.INSTANCE;
        }
    }

    /** {@code setRange}: ListBase's for growable lists, the VM's {@code _List} one for fixed-length lists. */
    @DartBuiltin(owner = "List", name = "setRange", required = 3, optional = 1)
    public abstract static class SetRangeNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object setRange(DartList self, long start, long end, Object source, Object skipArg) {
            DartCovariantCheck.checkIterable(self.elementType(), source, "iterable", this);
            checkModifiable(self, this);
            long skip = skipArg instanceof Long l ? l : 0;
            if (self.isGrowable()) {
                DartErrors.checkValidRange(start, end, self.size(), this);
            } else {
                if (start < 0 || start > self.size()) {
                    throw DartErrors.rangeError(start, 0L, (long) self.size(), null, this);
                }
                if (end < start || end > self.size()) {
                    throw DartErrors.rangeError(end, start, (long) self.size(), null, this);
                }
            }
            int length = (int) (end - start);
            if (length == 0) {
                return DartNull.INSTANCE;
            }
            checkIterable(source, this);
            if (!self.isGrowable()) {
                fixedSetRange(self, (int) start, length, source, skip);
                return DartNull.INSTANCE;
            }
            DartErrors.checkNotNegative(skip, "skipCount", this);
            Object[] other;
            int otherStart;
            if (source instanceof DartList list) {
                other = list.toArray();
                otherStart = (int) Math.min(skip, Integer.MAX_VALUE);
            } else {
                other = DartIterables.lazy(source, classes(this)).skip(skip).toList(false).toArray();
                otherStart = 0;
            }
            if ((long) otherStart + length > other.length) {
                throw DartErrors.stateError("Too few elements", this);
            }
            for (int i = 0; i < length; i++) {
                self.set((int) start + i, other[otherStart + i]);
            }
            return DartNull.INSTANCE;
        }

        private void fixedSetRange(DartList self, int start, int length, Object source, long skip) {
            if (source instanceof DartList list) {
                Object[] other = list.toArray();
                // Lists.copy: backwards when the source range starts before the target range.
                if (skip < start) {
                    for (long i = skip + length - 1, j = start + length - 1; i >= skip; i--, j--) {
                        self.set((int) j, elementOf(other, i));
                    }
                } else {
                    for (long i = skip, j = start; i < skip + length; i++, j++) {
                        self.set((int) j, elementOf(other, i));
                    }
                }
                return;
            }
            DartIterator it = DartIterables.iterator(source);
            for (long s = skip; s > 0; s--) {
                if (!it.moveNext()) {
                    return;
                }
            }
            for (int i = start; i < start + length; i++) {
                if (!it.moveNext()) {
                    return;
                }
                self.set(i, it.current());
            }
        }

        private Object elementOf(Object[] other, long index) {
            if (index < 0 || index >= other.length) {
                throw DartErrors.indexOutOfRange(index, other.length, this);
            }
            return other[(int) index];
        }
    }

    @DartBuiltin(owner = "List", name = "setAll", required = 2)
    public abstract static class SetAllNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object setAll(DartList self, long index, Object source) {
            DartCovariantCheck.checkIterable(self.elementType(), source, "iterable", this);
            checkModifiable(self, this);
            checkIterable(source, this);
            if (source instanceof DartList list) {
                long end = index + list.size();
                if (self.isGrowable()) {
                    DartErrors.checkValidRange(index, end, self.size(), this);
                } else {
                    if (index < 0 || index > self.size()) {
                        throw DartErrors.rangeError(index, 0L, (long) self.size(), "index", this);
                    }
                    if (end > self.size()) {
                        throw DartErrors.rangeError(end, 0L, (long) self.size(), null, this);
                    }
                }
                Object[] values = list.toArray();
                for (int i = 0; i < values.length; i++) {
                    self.set((int) index + i, values[i]);
                }
                return DartNull.INSTANCE;
            }
            if (!self.isGrowable() && (index < 0 || index > self.size())) {
                throw DartErrors.rangeError(index, 0L, (long) self.size(), "index", this);
            }
            DartIterator it = DartIterables.iterator(source);
            long i = index;
            while (it.moveNext()) {
                if (!self.inRange(i)) {
                    throw DartErrors.indexOutOfRange(i, self.size(), this);
                }
                self.set((int) i++, it.current());
            }
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "List", name = "fillRange", required = 2, optional = 1)
    public abstract static class FillRangeNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object fillRange(DartList self, long start, long end, Object fill) {
            // The VM's ListBase.fillRange takes [E? fill] and casts it to E first.
            org.dartj.runtime.DartReifiedType type = self.elementType();
            if (fill != DartNull.INSTANCE) {
                DartCovariantCheck.check(type == null ? null : ((org.dartj.types.DartType) type).withNullable(true), fill, "fill", this);
            } else if (type != null && !type.admitsNull()) {
                throw DartErrors.typeCastError("Null", type.toString(), this);
            }
            checkModifiable(self, this);
            DartErrors.checkValidRange(start, end, self.size(), this);
            for (long i = start; i < end; i++) {
                self.set((int) i, fill);
            }
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "List", name = "getRange", required = 2)
    public abstract static class GetRangeNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object getRange(DartList self, long start, long end) {
            DartErrors.checkValidRange(start, end, self.size(), this);
            return new DartLazyIterables.SubList(classes(this), self, start, end);
        }
    }

    @DartBuiltin(owner = "List", name = "reversed", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ReversedNode extends DartBuiltinNode {
        @Specialization
        protected Object reversed(DartList self) {
            return new DartLazyIterables.ReversedList(classes(this), self);
        }
    }

    @DartBuiltin(owner = "List", name = "asMap")
    public abstract static class AsMapNode extends DartBuiltinNode {
        @Specialization
        protected Object asMap(DartList self) {
            return new DartListMapView(classes(this).listMapViewClass, self);
        }
    }

    @DartBuiltin(owner = "List", name = "contains", required = 1)
    public abstract static class ContainsNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean contains(DartList self, Object value) {
            int length = self.size();
            for (int i = 0; i < length; i++) {
                if (DartEqualNode.dartEquals(self.get(i), value)) {
                    return true;
                }
                if (length != self.size()) {
                    throw DartErrors.concurrentModification(self, this);
                }
            }
            return false;
        }
    }

    @DartBuiltin(owner = "List", name = "indexOf", required = 1, optional = 1)
    public abstract static class IndexOfNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long indexOf(DartList self, Object value, Object startArg) {
            long start = startArg instanceof Long l ? Math.max(l, 0) : 0;
            for (long i = start; i < self.size(); i++) {
                if (DartEqualNode.dartEquals(self.get((int) i), value)) {
                    return i;
                }
            }
            return -1;
        }
    }

    @DartBuiltin(owner = "List", name = "lastIndexOf", required = 1, optional = 1)
    public abstract static class LastIndexOfNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long lastIndexOf(DartList self, Object value, Object startArg) {
            long start = startArg instanceof Long l && l < self.size() ? l : self.size() - 1;
            for (long i = start; i >= 0; i--) {
                if (DartEqualNode.dartEquals(self.get((int) i), value)) {
                    return i;
                }
            }
            return -1;
        }
    }

    @DartBuiltin(owner = "List", name = "indexWhere", required = 1, optional = 1)
    public abstract static class IndexWhereNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long indexWhere(DartList self, DartFunction test, Object startArg) {
            long start = startArg instanceof Long l ? Math.max(l, 0) : 0;
            for (long i = start; i < self.size(); i++) {
                if (DartIterables.test(test, self.get((int) i))) {
                    return i;
                }
            }
            return -1;
        }
    }

    @DartBuiltin(owner = "List", name = "lastIndexWhere", required = 1, optional = 1)
    public abstract static class LastIndexWhereNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long lastIndexWhere(DartList self, DartFunction test, Object startArg) {
            long start = startArg instanceof Long l && l < self.size() ? l : self.size() - 1;
            for (long i = start; i >= 0; i--) {
                if (DartIterables.test(test, self.get((int) i))) {
                    return i;
                }
            }
            return -1;
        }
    }

    @DartBuiltin(owner = "List", name = "join", optional = 1)
    public abstract static class JoinNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString join(DartList self, Object separator) {
            String sep = separator instanceof TruffleString s ? s.toJavaStringUncached() : "";
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < self.size(); i++) {
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(DartToString.toDisplayString(self.get(i)));
            }
            return DartToStringNode.toTruffleString(sb.toString());
        }
    }

    @DartBuiltin(owner = "List", name = "forEach", required = 1)
    public abstract static class ForEachNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object forEach(DartList self, DartFunction action) {
            int length = self.size();
            for (int i = 0; i < self.size(); i++) {
                DartCalls.call(action, self.get(i));
                if (self.size() != length) {
                    throw DartErrors.concurrentModification(self, this);
                }
            }
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "List", name = "sublist", required = 1, optional = 1)
    public abstract static class SublistNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartList sublist(DartList self, long start, Object endArg) {
            long end = DartErrors.checkValidRange(start, optionalInt(endArg), self.size(), this);
            Object[] values = Arrays.copyOfRange(self.toArray(), (int) start, (int) end);
            return new DartList(values, values.length, true, self.elementType());
        }
    }

    /** {@code values.byName(name)} on a list of enum values (Dart's EnumByName extension). */
    @DartBuiltin(owner = "List", name = "byName", required = 1)
    public abstract static class ByNameNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object byName(DartList self, TruffleString name) {
            for (int i = 0; i < self.size(); i++) {
                if (self.get(i) instanceof DartInstance e && e.dartClass().isEnum() && name.equals(e.getField(e.dartClass().fieldIndex("name")))) {
                    return e;
                }
            }
            throw DartErrors.argumentValueError(name, "name", "No enum value with that name", this);
        }
    }

    /** {@code values.asNameMap()} on a list of enum values (Dart's EnumByName extension): name to value, in list order. */
    @DartBuiltin(owner = "List", name = "asNameMap")
    public abstract static class AsNameMapNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartMap asNameMap(DartList self) {
            DartMap map = new DartMap(DartLanguage.get(this).coreClasses().types.stringType, self.elementType());
            for (int i = 0; i < self.size(); i++) {
                if (!(self.get(i) instanceof DartInstance e && e.dartClass().isEnum())) {
                    throw DartErrors.typeErrorFor(self.get(i), "Enum", this);
                }
                map.put(e.getField(e.dartClass().fieldIndex("name")), e);
            }
            return map;
        }
    }

    @DartBuiltin(owner = "List", name = "toList", named = {"growable"})
    public abstract static class ToListNode extends DartBuiltinNode {
        @Specialization
        protected DartList toList(DartList self, Object growable) {
            return DartList.copyOf(self.toArray(), self.size(), growable != Boolean.FALSE, false, self.elementType());
        }
    }

    @DartBuiltin(owner = "List", name = "sort", optional = 1)
    public abstract static class SortNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object sort(DartList self, Object compare) {
            checkModifiable(self, this);
            if (compare instanceof DartFunction f) {
                DartSort.sort(self, (a, b) -> comparatorResult(DartCalls.call(f, a, b)));
            } else if (compare == DartNull.INSTANCE) {
                DartSort.sort(self, DartCompare::compareAny);
            } else {
                throw DartErrors.typeError(classes(this).classOf(compare).getName(), "((dynamic, dynamic) => int)?", this);
            }
            return DartNull.INSTANCE;
        }

        private long comparatorResult(Object result) {
            if (result instanceof Long l) {
                return l;
            }
            throw DartErrors.typeError(classes(this).classOf(result).getName(), "int", this);
        }
    }

    /** {@code list + other}: a new growable list. */
    @DartBuiltin(owner = "List", name = "+", required = 1)
    public abstract static class PlusNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartList plus(DartList self, Object other) {
            if (!(other instanceof DartList list)) {
                throw DartErrors.typeError(classes(this).classOf(other).getName(), "List<dynamic>", this);
            }
            Object[] values = Arrays.copyOf(self.toArray(), self.size() + list.size());
            System.arraycopy(list.toArray(), 0, values, self.size(), list.size());
            return DartIterables.newList(values, values.length, true);
        }
    }

    /**
     * {@code cast<T>()}. The Dart VM returns a view that checks each element when it is read;
     * here every element is checked now (a TypeError at once instead of later) and the list
     * itself is returned, so changes through either are seen by both as in Dart.
     */
    @DartBuiltin(owner = "List", name = "cast", optional = 1)
    public abstract static class CastNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartList cast(DartList self, Object typeArgument) {
            org.dartj.types.DartTypeTest type = IterableBuiltins.typeArgument(typeArgument, this);
            for (int i = 0; i < self.size(); i++) {
                if (!type.matches(self.get(i))) {
                    throw DartErrors.typeCastError(type.describe(self.get(i)), type.text(), this);
                }
            }
            return self;
        }
    }

    @DartBuiltin(owner = "List", name = "filled", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 2, named = {"growable"})
    public abstract static class FilledNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartList filled(long length, Object value, Object growable) {
            org.dartj.types.DartType[] types = takeTypeArguments(this);
            if (length < 0) {
                throw DartErrors.argumentError("Illegal length " + length, this);
            }
            Object[] values = new Object[(int) Math.max(length, 1)];
            Arrays.fill(values, 0, (int) length, value);
            return new DartList(values, (int) length, growable == Boolean.TRUE, typeArgument(types, 0));
        }
    }

    @DartBuiltin(owner = "List", name = "generate", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 2, named = {"growable"})
    public abstract static class GenerateNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartList generate(long length, DartFunction generator, Object growable) {
            org.dartj.types.DartType[] types = takeTypeArguments(this);
            if (length < 0) {
                throw DartErrors.rangeError(length, 0L, null, "length", this);
            }
            Object[] values = new Object[(int) Math.max(length, 1)];
            for (int i = 0; i < length; i++) {
                values[i] = DartCalls.call(generator, (long) i);
            }
            return new DartList(values, (int) length, growable != Boolean.FALSE, typeArgument(types, 0));
        }
    }

    @DartBuiltin(owner = "List", name = "empty", kind = DartBuiltin.Kind.CONSTRUCTOR, named = {"growable"})
    public abstract static class EmptyNode extends DartBuiltinNode {
        @Specialization
        protected DartList empty(Object growable) {
            return new DartList(new Object[4], 0, growable == Boolean.TRUE, typeArgument(takeTypeArguments(this), 0));
        }
    }

    @DartBuiltin(owner = "List", name = "of", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, named = {"growable"})
    public abstract static class OfNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartList of(Object elements, Object growable) {
            org.dartj.types.DartType[] types = takeTypeArguments(this);
            checkIterable(elements, this);
            return DartIterables.listOf(elements, growable != Boolean.FALSE, typeArgument(types, 0));
        }
    }

    @DartBuiltin(owner = "List", name = "from", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, named = {"growable"})
    public abstract static class FromNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartList from(Object elements, Object growable) {
            org.dartj.types.DartType[] types = takeTypeArguments(this);
            checkIterable(elements, this);
            return DartIterables.listOf(elements, growable != Boolean.FALSE, typeArgument(types, 0));
        }
    }

    @DartBuiltin(owner = "List", name = "unmodifiable", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class UnmodifiableNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartList unmodifiable(Object elements) {
            org.dartj.types.DartType[] types = takeTypeArguments(this);
            checkIterable(elements, this);
            DartList list = DartIterables.listOf(elements, false);
            return DartList.copyOf(list.toArray(), list.size(), false, true, typeArgument(types, 0));
        }
    }

    /** {@code List.copyRange(target, at, source, [start, end])}: copies as if through a temporary. */
    @DartBuiltin(owner = "List", name = "copyRange", kind = DartBuiltin.Kind.STATIC, required = 3, optional = 2)
    public abstract static class CopyRangeNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object copyRange(DartList target, long at, DartList source, Object start, Object end) {
            long from = start instanceof Long l ? l : 0;
            long to = DartErrors.checkValidRange(from, optionalInt(end), source.size(), this);
            long length = to - from;
            if (target.size() < at + length) {
                throw DartErrors.argumentValueError(target, "target", "Not big enough to hold " + length + " elements at position " + at, this);
            }
            checkModifiable(target, this);
            Object[] values = Arrays.copyOfRange(source.toArray(), (int) from, (int) to);
            for (int i = 0; i < values.length; i++) {
                target.set((int) at + i, values[i]);
            }
            return DartNull.INSTANCE;
        }
    }

    /** {@code List.writeIterable(target, at, source)}: overwrites target from at on. */
    @DartBuiltin(owner = "List", name = "writeIterable", kind = DartBuiltin.Kind.STATIC, required = 3)
    public abstract static class WriteIterableNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object writeIterable(DartList target, long at, Object source) {
            if (at < 0 || at > target.size()) {
                throw DartErrors.rangeError(at, 0L, (long) target.size(), "at", this);
            }
            checkIterable(source, this);
            int index = (int) at;
            int length = target.size();
            DartIterator it = DartIterables.iterator(source);
            while (it.moveNext()) {
                if (index == length) {
                    throw DartErrors.indexOutOfRange(length, length, this);
                }
                checkModifiable(target, this);
                target.set(index++, it.current());
            }
            return DartNull.INSTANCE;
        }
    }

    /** {@code List.castFrom<S, T>(source)}: every element checked to be a T now; the list itself (the VM: a checked view). */
    @DartBuiltin(owner = "List", name = "castFrom", kind = DartBuiltin.Kind.STATIC, required = 1, optional = 2)
    public abstract static class CastFromNode extends DartBuiltinNode {
        @Specialization
        protected Object castFrom(Object source, @SuppressWarnings("unused") Object sourceType, Object targetType) {
            return IterableBuiltins.checkElements(source, targetType, this);
        }
    }

    /** {@code shuffle([random])}: the SDK's ListBase algorithm, so a seeded Random gives the VM's order. */
    @DartBuiltin(owner = "List", name = "shuffle", optional = 1)
    public abstract static class ShuffleNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object shuffle(DartList self, Object random) {
            checkModifiable(self, this);
            int length = self.size();
            java.util.Random fallback = random instanceof org.dartj.builtins.math.MathBuiltins.DartRandom ? null : new java.util.Random();
            while (length > 1) {
                int pos = fallback != null ? fallback.nextInt(length) : (int) ((org.dartj.builtins.math.MathBuiltins.DartRandom) random).nextInt(length);
                length -= 1;
                Object tmp = self.get(length);
                self.set(length, self.get(pos));
                self.set(pos, tmp);
            }
            return DartNull.INSTANCE;
        }
    }
}
