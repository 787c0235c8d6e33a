package org.dartj.builtins.core;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.nodes.call.DartCalls;
import org.dartj.nodes.expression.DartEqualNode;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartMap;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/** Members of {@code list.asMap()} (the SDK's ListMapView, an unmodifiable {@code Map<int, E>}). */
public final class ListMapViewBuiltins {
    private ListMapViewBuiltins() {
    }

    static RuntimeException unmodifiable(Node node) {
        return DartErrors.unsupported("Cannot modify unmodifiable map", node);
    }

    @DartBuiltin(owner = "ListMapView", name = "[]", required = 1)
    public abstract static class IndexNode extends DartBuiltinNode {
        @Specialization
        protected Object get(DartListMapView self, Object key) {
            return self.containsKey(key) ? self.list().get((int) (long) (Long) key) : DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "ListMapView", name = "[]=", required = 2)
    public abstract static class IndexSetNode extends DartBuiltinNode {
        @Specialization
        protected Object set(DartListMapView self, Object key, Object value) {
            throw unmodifiable(this);
        }
    }

    @DartBuiltin(owner = "ListMapView", name = "length", kind = DartBuiltin.Kind.GETTER)
    public abstract static class LengthNode extends DartBuiltinNode {
        @Specialization
        protected long length(DartListMapView self) {
            return self.list().size();
        }
    }

    @DartBuiltin(owner = "ListMapView", name = "isEmpty", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsEmptyNode extends DartBuiltinNode {
        @Specialization
        protected boolean isEmpty(DartListMapView self) {
            return self.list().size() == 0;
        }
    }

    @DartBuiltin(owner = "ListMapView", name = "isNotEmpty", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsNotEmptyNode extends DartBuiltinNode {
        @Specialization
        protected boolean isNotEmpty(DartListMapView self) {
            return self.list().size() != 0;
        }
    }

    @DartBuiltin(owner = "ListMapView", name = "keys", kind = DartBuiltin.Kind.GETTER)
    public abstract static class KeysNode extends DartBuiltinNode {
        @Specialization
        protected Object keys(DartListMapView self) {
            return new DartLazyIterables.ListIndices(DartLanguage.get(this).coreClasses(), self.list());
        }
    }

    @DartBuiltin(owner = "ListMapView", name = "values", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ValuesNode extends DartBuiltinNode {
        @Specialization
        protected Object values(DartListMapView self) {
            return new DartLazyIterables.SubList(DartLanguage.get(this).coreClasses(), self.list(), 0, null);
        }
    }

    @DartBuiltin(owner = "ListMapView", name = "entries", kind = DartBuiltin.Kind.GETTER)
    public abstract static class EntriesNode extends DartBuiltinNode {
        @Specialization
        protected Object entries(DartListMapView self) {
            return new DartLazyIterables.ListEntries(DartLanguage.get(this).coreClasses(), self.list());
        }
    }

    @DartBuiltin(owner = "ListMapView", name = "containsKey", required = 1)
    public abstract static class ContainsKeyNode extends DartBuiltinNode {
        @Specialization
        protected boolean containsKey(DartListMapView self, Object key) {
            return self.containsKey(key);
        }
    }

    @DartBuiltin(owner = "ListMapView", name = "containsValue", required = 1)
    public abstract static class ContainsValueNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean containsValue(DartListMapView self, Object value) {
            DartList list = self.list();
            int length = list.size();
            for (int i = 0; i < length; i++) {
                if (DartEqualNode.dartEquals(list.get(i), value)) {
                    return true;
                }
                if (length != list.size()) {
                    throw DartErrors.concurrentModification(list, this);
                }
            }
            return false;
        }
    }

    @DartBuiltin(owner = "ListMapView", name = "forEach", required = 1)
    public abstract static class ForEachNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object forEach(DartListMapView self, DartFunction action) {
            DartList list = self.list();
            int length = list.size();
            for (int i = 0; i < length; i++) {
                DartCalls.call(action, (long) i, list.get(i));
                if (length != list.size()) {
                    throw DartErrors.concurrentModification(list, this);
                }
            }
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "ListMapView", name = "map", required = 1)
    public abstract static class MapNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object map(DartListMapView self, DartFunction transform) {
            DartMap result = new DartMap(null, null);
            DartIterator keys = new DartLazyIterables.ListIndices(DartLanguage.get(this).coreClasses(), self.list()).iterator();
            while (keys.moveNext()) {
                Object key = keys.current();
                DartMapEntry entry = MapBuiltins.asEntry(DartCalls.call(transform, key, self.list().get((int) (long) (Long) key)), this);
                result.put(entry.key(), entry.value());
            }
            return result;
        }
    }

    @DartBuiltin(owner = "ListMapView", name = "remove", required = 1)
    public abstract static class RemoveNode extends DartBuiltinNode {
        @Specialization
        protected Object remove(DartListMapView self, Object key) {
            throw unmodifiable(this);
        }
    }

    @DartBuiltin(owner = "ListMapView", name = "clear")
    public abstract static class ClearNode extends DartBuiltinNode {
        @Specialization
        protected Object clear(DartListMapView self) {
            throw unmodifiable(this);
        }
    }

    @DartBuiltin(owner = "ListMapView", name = "addAll", required = 1)
    public abstract static class AddAllNode extends DartBuiltinNode {
        @Specialization
        protected Object addAll(DartListMapView self, Object other) {
            throw unmodifiable(this);
        }
    }

    @DartBuiltin(owner = "ListMapView", name = "putIfAbsent", required = 2)
    public abstract static class PutIfAbsentNode extends DartBuiltinNode {
        @Specialization
        protected Object putIfAbsent(DartListMapView self, Object key, Object ifAbsent) {
            throw unmodifiable(this);
        }
    }
}
