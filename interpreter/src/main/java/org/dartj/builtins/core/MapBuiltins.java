package org.dartj.builtins.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.nodes.call.DartCalls;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartMap;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

/** Members of Map. */
public final class MapBuiltins {
    private MapBuiltins() {
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

    @DartBuiltin(owner = "Map", name = "remove", required = 1)
    public abstract static class RemoveNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object remove(DartMap self, Object key) {
            Object v = self.remove(key);
            return v == null ? DartNull.INSTANCE : v;
        }
    }

    @DartBuiltin(owner = "Map", name = "putIfAbsent", required = 2)
    public abstract static class PutIfAbsentNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object putIfAbsent(DartMap self, Object key, DartFunction ifAbsent) {
            Object v = self.get(key);
            if (v == null) {
                v = DartCalls.call(ifAbsent);
                self.put(key, v);
            }
            return v;
        }
    }

    @DartBuiltin(owner = "Map", name = "keys", kind = DartBuiltin.Kind.GETTER)
    public abstract static class KeysNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartIterableView keys(DartMap self) {
            List<Object> keys = new ArrayList<>();
            for (Map.Entry<Object, Object> e : self.entries()) {
                keys.add(e.getKey());
            }
            return new DartIterableView(DartLanguage.get(this).coreClasses().iterableClass, keys.toArray());
        }
    }

    @DartBuiltin(owner = "Map", name = "values", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ValuesNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartIterableView values(DartMap self) {
            List<Object> values = new ArrayList<>();
            for (Map.Entry<Object, Object> e : self.entries()) {
                values.add(e.getValue());
            }
            return new DartIterableView(DartLanguage.get(this).coreClasses().iterableClass, values.toArray());
        }
    }

    @DartBuiltin(owner = "Map", name = "forEach", required = 1)
    public abstract static class ForEachNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object forEach(DartMap self, DartFunction action) {
            List<Map.Entry<Object, Object>> entries = new ArrayList<>();
            self.entries().forEach(entries::add);
            for (Map.Entry<Object, Object> e : entries) {
                DartCalls.call(action, e.getKey(), e.getValue());
            }
            return DartNull.INSTANCE;
        }
    }
}
