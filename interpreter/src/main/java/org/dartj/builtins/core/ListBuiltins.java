package org.dartj.builtins.core;

import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.nodes.call.DartCalls;
import org.dartj.nodes.expression.DartEqualNode;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** Members of List. */
public final class ListBuiltins {
    private ListBuiltins() {
    }

    static void checkGrowable(DartList list, String what, DartBuiltinNode node) {
        if (!list.isGrowable()) {
            throw DartErrors.unsupported("Cannot " + what + " a fixed-length list", node);
        }
    }

    @DartBuiltin(owner = "List", name = "add", required = 1)
    public abstract static class AddNode extends DartBuiltinNode {
        @Specialization
        protected Object add(DartList self, Object value) {
            checkGrowable(self, "add to", this);
            self.add(value);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "List", name = "addAll", required = 1)
    public abstract static class AddAllNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object addAll(DartList self, Object values) {
            checkGrowable(self, "add to", this);
            Object[] elements = values instanceof DartList l ? l.toArray() : ((DartIterableView) values).elements();
            for (Object v : elements) {
                self.add(v);
            }
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "List", name = "length", kind = DartBuiltin.Kind.GETTER)
    public abstract static class LengthNode extends DartBuiltinNode {
        @Specialization
        protected long length(DartList self) {
            return self.size();
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

    @DartBuiltin(owner = "List", name = "removeLast")
    public abstract static class RemoveLastNode extends DartBuiltinNode {
        @Specialization
        protected Object removeLast(DartList self) {
            checkGrowable(self, "remove from", this);
            if (self.size() == 0) {
                throw DartErrors.error(org.dartj.DartLanguage.get(this).coreClasses().rangeErrorClass, DartNull.INSTANCE,
                                "RangeError (index): Invalid value: Valid value range is empty: -1", this);
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

    @DartBuiltin(owner = "List", name = "insert", required = 2)
    public abstract static class InsertNode extends DartBuiltinNode {
        @Specialization
        protected Object insert(DartList self, long index, Object value) {
            checkGrowable(self, "add to", this);
            if (index < 0 || index > self.size()) {
                throw DartErrors.indexOutOfRange(index, self.size() + 1, this);
            }
            self.insert((int) index, value);
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

    @DartBuiltin(owner = "List", name = "contains", required = 1)
    public abstract static class ContainsNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean contains(DartList self, Object value) {
            for (int i = 0; i < self.size(); i++) {
                if (DartEqualNode.dartEquals(self.get(i), value)) {
                    return true;
                }
            }
            return false;
        }
    }

    @DartBuiltin(owner = "List", name = "indexOf", required = 1)
    public abstract static class IndexOfNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long indexOf(DartList self, Object value) {
            for (int i = 0; i < self.size(); i++) {
                if (DartEqualNode.dartEquals(self.get(i), value)) {
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
            for (int i = 0; i < length; i++) {
                DartCalls.call(action, self.get(i));
                if (self.size() != length) {
                    throw DartErrors.error(org.dartj.DartLanguage.get(this).coreClasses().errorClass, DartNull.INSTANCE,
                                    "Concurrent modification during iteration: " + DartToString.toDisplayString(self) + ".", this);
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
            long end = endArg instanceof Long e ? e : self.size();
            if (start < 0 || start > self.size() || end < start || end > self.size()) {
                throw DartErrors.error(org.dartj.DartLanguage.get(this).coreClasses().rangeErrorClass, DartNull.INSTANCE,
                                "RangeError: Invalid value: Not in inclusive range " + start + ".." + self.size() + ": " + end, this);
            }
            Object[] values = new Object[(int) Math.max(end - start, 1)];
            for (int i = (int) start; i < end; i++) {
                values[(int) (i - start)] = self.get(i);
            }
            return new DartList(values, (int) (end - start), true, self.elementType());
        }
    }

    /** {@code values.byName(name)} on a list of enum values (Dart's EnumByName extension). */
    @DartBuiltin(owner = "List", name = "byName", required = 1)
    public abstract static class ByNameNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object byName(DartList self, TruffleString name) {
            for (int i = 0; i < self.size(); i++) {
                if (self.get(i) instanceof org.dartj.classes.DartInstance e && e.dartClass().isEnum() && name.equals(e.fields[e.dartClass().fieldIndex("name")])) {
                    return e;
                }
            }
            throw DartErrors.argumentError(DartToString.toDisplayString(name) + " is not a name of an enum value", this);
        }
    }

    @DartBuiltin(owner = "List", name = "toList")
    public abstract static class ToListNode extends DartBuiltinNode {
        @Specialization
        protected DartList toList(DartList self) {
            Object[] values = self.toArray();
            return new DartList(values.length == 0 ? new Object[4] : values, values.length, true, self.elementType());
        }
    }

    @DartBuiltin(owner = "List", name = "filled", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 2, named = {"growable"})
    public abstract static class FilledNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartList filled(long length, Object value, Object growable) {
            if (length < 0) {
                throw DartErrors.argumentError("Illegal length " + length, this);
            }
            Object[] values = new Object[(int) Math.max(length, 1)];
            java.util.Arrays.fill(values, 0, (int) length, value);
            return new DartList(values, (int) length, growable == Boolean.TRUE, "dynamic");
        }
    }

    @DartBuiltin(owner = "List", name = "generate", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 2, named = {"growable"})
    public abstract static class GenerateNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartList generate(long length, DartFunction generator, Object growable) {
            Object[] values = new Object[(int) Math.max(length, 1)];
            for (int i = 0; i < length; i++) {
                values[i] = DartCalls.call(generator, (long) i);
            }
            return new DartList(values, (int) length, growable != Boolean.FALSE, "dynamic");
        }
    }
}
