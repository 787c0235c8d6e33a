package org.dartj.builtins.core;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartInstance;
import org.dartj.classes.DartCoreClasses;
import org.dartj.nodes.call.DartCalls;
import org.dartj.nodes.expression.DartEqualNode;
import org.dartj.nodes.expression.DartTypeTestNode;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartMap;
import org.dartj.runtime.DartNull;
import org.dartj.types.DartCovariantCheck;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * Members and constructors of Map (the VM's insertion-ordered {@code _Map}): iteration of
 * keys, values and entries and {@code forEach} throw ConcurrentModificationError once a key
 * was added or removed; const maps and {@code Map.unmodifiable} refuse changes.
 */
public final class MapBuiltins {
    private MapBuiltins() {
    }

    static void checkModifiable(DartMap map, Node node) {
        if (map.isUnmodifiable()) {
            throw DartErrors.unsupported("Cannot modify unmodifiable map", node);
        }
    }

    static DartCoreClasses classes(Node node) {
        return DartLanguage.get(node).coreClasses();
    }

    static Object orNull(Object value) {
        return value == null ? DartNull.INSTANCE : value;
    }

    /** The entries of a Map argument ({@code addAll}, {@code Map.of}, ...), in order. */
    @TruffleBoundary
    public static List<Object[]> entriesOf(Object map, Node node) {
        List<Object[]> result = new ArrayList<>();
        if (map instanceof DartMap m) {
            for (Map.Entry<Object, Object> e : m.entryArray()) {
                result.add(new Object[]{e.getKey(), e.getValue()});
            }
        } else if (map instanceof DartListMapView view) {
            for (int i = 0; i < view.list().size(); i++) {
                result.add(new Object[]{(long) i, view.list().get(i)});
            }
        } else if (isMapInstance(map, node)) {
            // a Dart class implementing Map (MapBase, SplayTreeMap, ...): through its keys and []
            DartInstance instance = (DartInstance) map;
            DartIterator keys = DartIterables.iterator(DartIterables.getProperty(instance, "keys"));
            while (keys.moveNext()) {
                Object key = keys.current();
                result.add(new Object[]{key, DartIterables.invokeMethod(instance, "[]", key)});
            }
        } else {
            throw DartErrors.typeError(classes(node).classOf(map).getName(), "Map<dynamic, dynamic>", node);
        }
        return result;
    }

    /** An instance of a Dart class that implements Map. */
    public static boolean isMapInstance(Object value, Node node) {
        return value instanceof DartInstance instance && instance.dartClass().isSubtypeOf(classes(node).mapClass);
    }

    static DartMapEntry asEntry(Object value, Node node) {
        if (value instanceof DartMapEntry entry) {
            return entry;
        }
        throw DartErrors.typeError(classes(node).classOf(value).getName(), "MapEntry<dynamic, dynamic>", node);
    }

    @DartBuiltin(owner = "Map", name = "length", kind = DartBuiltin.Kind.GETTER)
    public abstract static class LengthNode extends DartBuiltinNode {
        @Specialization
        protected long length(DartMap self) {
            return self.size();
        }
    }

    @DartBuiltin(owner = "Map", name = "isEmpty", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsEmptyNode extends DartBuiltinNode {
        @Specialization
        protected boolean isEmpty(DartMap self) {
            return self.size() == 0;
        }
    }

    @DartBuiltin(owner = "Map", name = "isNotEmpty", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsNotEmptyNode extends DartBuiltinNode {
        @Specialization
        protected boolean isNotEmpty(DartMap self) {
            return self.size() != 0;
        }
    }

    @DartBuiltin(owner = "Map", name = "containsKey", required = 1)
    public abstract static class ContainsKeyNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean containsKey(DartMap self, Object key) {
            return self.containsKey(key);
        }
    }

    @DartBuiltin(owner = "Map", name = "containsValue", required = 1)
    public abstract static class ContainsValueNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean containsValue(DartMap self, Object value) {
            DartIterator it = new DartLazyIterables.MapView(classes(this), self, DartLazyIterables.MapPart.VALUES).iterator();
            while (it.moveNext()) {
                if (DartEqualNode.dartEquals(it.current(), value)) {
                    return true;
                }
            }
            return false;
        }
    }

    @DartBuiltin(owner = "Map", name = "remove", required = 1)
    public abstract static class RemoveNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object remove(DartMap self, Object key) {
            checkModifiable(self, this);
            return orNull(self.remove(key));
        }
    }

    @DartBuiltin(owner = "Map", name = "clear")
    public abstract static class ClearNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object clear(DartMap self) {
            checkModifiable(self, this);
            self.clear();
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "Map", name = "putIfAbsent", required = 2)
    public abstract static class PutIfAbsentNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object putIfAbsent(DartMap self, Object key, DartFunction ifAbsent) {
            DartCovariantCheck.check(self.keyType(), key, "key", this);
            checkModifiable(self, this);
            Object v = self.get(key);
            if (v == null) {
                v = DartCalls.call(ifAbsent);
                self.put(key, v);
            }
            return v;
        }
    }

    @DartBuiltin(owner = "Map", name = "update", required = 2, named = {"ifAbsent"})
    public abstract static class UpdateNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object update(DartMap self, Object key, DartFunction update, Object ifAbsent) {
            DartCovariantCheck.check(self.keyType(), key, "key", this);
            checkModifiable(self, this);
            if (self.containsKey(key)) {
                Object value = DartCalls.call(update, self.get(key));
                self.put(key, value);
                return value;
            }
            if (ifAbsent instanceof DartFunction f) {
                Object value = DartCalls.call(f);
                self.put(key, value);
                return value;
            }
            throw DartErrors.argumentValueError(key, "key", "Key not in map.", this);
        }
    }

    @DartBuiltin(owner = "Map", name = "updateAll", required = 1)
    public abstract static class UpdateAllNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object updateAll(DartMap self, DartFunction update) {
            checkModifiable(self, this);
            DartIterator keys = new DartLazyIterables.MapView(classes(this), self, DartLazyIterables.MapPart.KEYS).iterator();
            while (keys.moveNext()) {
                Object key = keys.current();
                self.put(key, DartCalls.call(update, key, self.get(key)));
            }
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "Map", name = "removeWhere", required = 1)
    public abstract static class RemoveWhereNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object removeWhere(DartMap self, DartFunction test) {
            checkModifiable(self, this);
            List<Object> toRemove = new ArrayList<>();
            DartIterator keys = new DartLazyIterables.MapView(classes(this), self, DartLazyIterables.MapPart.KEYS).iterator();
            while (keys.moveNext()) {
                Object key = keys.current();
                Object result = DartCalls.call(test, key, self.get(key));
                if (!(result instanceof Boolean b)) {
                    throw DartErrors.typeError(classes(this).classOf(result).getName(), "bool", this);
                }
                if (b) {
                    toRemove.add(key);
                }
            }
            for (Object key : toRemove) {
                self.remove(key);
            }
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "Map", name = "addAll", required = 1)
    public abstract static class AddAllNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object addAll(DartMap self, Object other) {
            DartCovariantCheck.checkMap(self.keyType(), self.valueType(), other, "other", this);
            checkModifiable(self, this);
            for (Object[] e : entriesOf(other, this)) {
                self.put(e[0], e[1]);
            }
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "Map", name = "addEntries", required = 1)
    public abstract static class AddEntriesNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object addEntries(DartMap self, Object entries) {
            checkModifiable(self, this);
            ListBuiltins.checkIterable(entries, this);
            DartIterator it = DartIterables.iterator(entries);
            while (it.moveNext()) {
                DartMapEntry entry = asEntry(it.current(), this);
                self.put(entry.key(), entry.value());
            }
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "Map", name = "map", required = 1)
    public abstract static class MapNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object map(DartMap self, DartFunction transform) {
            DartMap result = new DartMap(null, null);
            DartIterator keys = new DartLazyIterables.MapView(classes(this), self, DartLazyIterables.MapPart.KEYS).iterator();
            while (keys.moveNext()) {
                Object key = keys.current();
                DartMapEntry entry = asEntry(DartCalls.call(transform, key, self.get(key)), this);
                result.put(entry.key(), entry.value());
            }
            return result;
        }
    }

    @DartBuiltin(owner = "Map", name = "keys", kind = DartBuiltin.Kind.GETTER)
    public abstract static class KeysNode extends DartBuiltinNode {
        @Specialization
        protected Object keys(DartMap self) {
            return new DartLazyIterables.MapView(classes(this), self, DartLazyIterables.MapPart.KEYS);
        }
    }

    @DartBuiltin(owner = "Map", name = "values", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ValuesNode extends DartBuiltinNode {
        @Specialization
        protected Object values(DartMap self) {
            return new DartLazyIterables.MapView(classes(this), self, DartLazyIterables.MapPart.VALUES);
        }
    }

    @DartBuiltin(owner = "Map", name = "entries", kind = DartBuiltin.Kind.GETTER)
    public abstract static class EntriesNode extends DartBuiltinNode {
        @Specialization
        protected Object entries(DartMap self) {
            return new DartLazyIterables.MapView(classes(this), self, DartLazyIterables.MapPart.ENTRIES);
        }
    }

    @DartBuiltin(owner = "Map", name = "forEach", required = 1)
    public abstract static class ForEachNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object forEach(DartMap self, DartFunction action) {
            int modifications = self.modificationCount();
            Iterator<Map.Entry<Object, Object>> it = self.entries().iterator();
            while (it.hasNext()) {
                Map.Entry<Object, Object> e = it.next();
                DartCalls.call(action, e.getKey(), e.getValue());
                if (self.modificationCount() != modifications) {
                    throw DartErrors.concurrentModification(self, this);
                }
            }
            return DartNull.INSTANCE;
        }
    }

    /**
     * {@code cast<K, V>()}. The Dart VM returns a view that checks keys and values when they
     * are read; here all are checked now and the map itself is returned.
     */
    @DartBuiltin(owner = "Map", name = "cast", optional = 2)
    public abstract static class CastNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object cast(DartMap self, Object keyType, Object valueType) {
            org.dartj.types.DartTypeTest k = IterableBuiltins.typeArgument(keyType, this);
            org.dartj.types.DartTypeTest v = IterableBuiltins.typeArgument(valueType, this);
            for (Map.Entry<Object, Object> e : self.entryArray()) {
                check(k, e.getKey());
                check(v, e.getValue());
            }
            return self;
        }

        private void check(org.dartj.types.DartTypeTest type, Object value) {
            if (!type.matches(value)) {
                throw DartErrors.typeCastError(type.describe(value), type.text(), this);
            }
        }
    }

    @DartBuiltin(owner = "Map", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR)
    public abstract static class NewNode extends DartBuiltinNode {
        @Specialization
        protected Object create() {
            org.dartj.types.DartType[] types = ListBuiltins.takeTypeArguments(this);
            return new DartMap(ListBuiltins.typeArgument(types, 0), ListBuiltins.typeArgument(types, 1));
        }
    }

    @TruffleBoundary
    public static DartMap copyOf(Object other, Node node) {
        org.dartj.types.DartType[] types = ListBuiltins.takeTypeArguments(node);
        DartMap result = new DartMap(ListBuiltins.typeArgument(types, 0), ListBuiltins.typeArgument(types, 1));
        for (Object[] e : entriesOf(other, node)) {
            result.put(e[0], e[1]);
        }
        return result;
    }

    @DartBuiltin(owner = "Map", name = "of", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class OfNode extends DartBuiltinNode {
        @Specialization
        protected Object of(Object other) {
            return copyOf(other, this);
        }
    }

    @DartBuiltin(owner = "Map", name = "from", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class FromNode extends DartBuiltinNode {
        @Specialization
        protected Object from(Object other) {
            return copyOf(other, this);
        }
    }

    @DartBuiltin(owner = "Map", name = "unmodifiable", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class UnmodifiableNode extends DartBuiltinNode {
        @Specialization
        protected Object unmodifiable(Object other) {
            return copyOf(other, this).makeUnmodifiableView();
        }
    }

    /** {@code Map.fromIterables(keys, values)}: pairs them up; different lengths are an ArgumentError. */
    @DartBuiltin(owner = "Map", name = "fromIterables", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 2)
    public abstract static class FromIterablesNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object fromIterables(Object keys, Object values) {
            return pairUp(keys, values, this);
        }
    }

    /** {@code Map.fromIterables} (and {@code LinkedHashMap.fromIterables}): keys and values paired up. */
    @TruffleBoundary
    public static DartMap pairUp(Object keys, Object values, Node node) {
        org.dartj.types.DartType[] types = ListBuiltins.takeTypeArguments(node);
        ListBuiltins.checkIterable(keys, node);
        ListBuiltins.checkIterable(values, node);
        DartMap result = new DartMap(ListBuiltins.typeArgument(types, 0), ListBuiltins.typeArgument(types, 1));
        DartIterator k = DartIterables.iterator(keys);
        DartIterator v = DartIterables.iterator(values);
        boolean hasKey = k.moveNext();
        boolean hasValue = v.moveNext();
        while (hasKey && hasValue) {
            result.put(k.current(), v.current());
            hasKey = k.moveNext();
            hasValue = v.moveNext();
        }
        if (hasKey || hasValue) {
            throw org.dartj.builtins.DartErrors.argumentError("Iterables do not have same length.", node);
        }
        return result;
    }

    @DartBuiltin(owner = "Map", name = "fromEntries", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class FromEntriesNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object fromEntries(Object entries) {
            return ofEntries(entries, this);
        }
    }

    /** {@code Map.fromEntries} (and {@code LinkedHashMap.fromEntries}). */
    @TruffleBoundary
    public static DartMap ofEntries(Object entries, Node node) {
        org.dartj.types.DartType[] types = ListBuiltins.takeTypeArguments(node);
        ListBuiltins.checkIterable(entries, node);
        DartMap result = new DartMap(ListBuiltins.typeArgument(types, 0), ListBuiltins.typeArgument(types, 1));
        DartIterator it = DartIterables.iterator(entries);
        while (it.moveNext()) {
            DartMapEntry entry = asEntry(it.current(), node);
            result.put(entry.key(), entry.value());
        }
        return result;
    }

    @DartBuiltin(owner = "Map", name = "fromIterable", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, named = {"key", "value"})
    public abstract static class FromIterableNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object fromIterable(Object iterable, Object key, Object value) {
            org.dartj.types.DartType[] types = ListBuiltins.takeTypeArguments(this);
            ListBuiltins.checkIterable(iterable, this);
            DartMap result = new DartMap(ListBuiltins.typeArgument(types, 0), ListBuiltins.typeArgument(types, 1));
            DartIterator it = DartIterables.iterator(iterable);
            while (it.moveNext()) {
                Object element = it.current();
                Object k = key instanceof DartFunction f ? DartCalls.call(f, element) : element;
                Object v = value instanceof DartFunction f ? DartCalls.call(f, element) : element;
                result.put(k, v);
            }
            return result;
        }
    }

    /** {@code Map.castFrom<K, V, K2, V2>(source)}: keys checked to be K2 and values V2 now; the map itself (the VM: a checked view). */
    @DartBuiltin(owner = "Map", name = "castFrom", kind = DartBuiltin.Kind.STATIC, required = 1, optional = 4)
    public abstract static class CastFromNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object castFrom(Object source, @SuppressWarnings("unused") Object k, @SuppressWarnings("unused") Object v, Object keyType, Object valueType) {
            if (source instanceof DartMap map) {
                org.dartj.types.DartTypeTest kt = IterableBuiltins.typeArgument(keyType, this);
                org.dartj.types.DartTypeTest vt = IterableBuiltins.typeArgument(valueType, this);
                for (Map.Entry<Object, Object> e : map.entryArray()) {
                    check(kt, e.getKey());
                    check(vt, e.getValue());
                }
            }
            return source;
        }

        private void check(org.dartj.types.DartTypeTest type, Object value) {
            if (!type.matches(value)) {
                throw DartErrors.typeCastError(type.describe(value), type.text(), this);
            }
        }
    }

    /** {@code Map.identity()}: keys compared with {@code identical}, not {@code ==}. */
    @DartBuiltin(owner = "Map", name = "identity", kind = DartBuiltin.Kind.CONSTRUCTOR)
    public abstract static class IdentityNode extends DartBuiltinNode {
        @Specialization
        protected Object identity() {
            org.dartj.types.DartType[] types = ListBuiltins.takeTypeArguments(this);
            return new DartMap(ListBuiltins.typeArgument(types, 0), ListBuiltins.typeArgument(types, 1)).makeIdentity();
        }
    }
}
