package org.dartj.builtins.core;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartMap;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/** The members of Invocation (what a class's noSuchMethod receives). */
public final class InvocationBuiltins {
    private InvocationBuiltins() {
    }

    @DartBuiltin(owner = "Invocation", name = "memberName", kind = DartBuiltin.Kind.GETTER)
    public abstract static class MemberNameNode extends DartBuiltinNode {
        @Specialization
        protected DartSymbol memberName(DartInvocation self) {
            return self.memberName;
        }
    }

    @DartBuiltin(owner = "Invocation", name = "positionalArguments", kind = DartBuiltin.Kind.GETTER)
    public abstract static class PositionalNode extends DartBuiltinNode {
        @Specialization
        protected DartList positional(DartInvocation self) {
            return self.positionalArguments;
        }
    }

    @DartBuiltin(owner = "Invocation", name = "namedArguments", kind = DartBuiltin.Kind.GETTER)
    public abstract static class NamedNode extends DartBuiltinNode {
        @Specialization
        protected DartMap named(DartInvocation self) {
            return self.namedArguments;
        }
    }

    @DartBuiltin(owner = "Invocation", name = "isMethod", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsMethodNode extends DartBuiltinNode {
        @Specialization
        protected boolean isMethod(DartInvocation self) {
            return self.kind == DartInvocation.Kind.METHOD;
        }
    }

    @DartBuiltin(owner = "Invocation", name = "isGetter", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsGetterNode extends DartBuiltinNode {
        @Specialization
        protected boolean isGetter(DartInvocation self) {
            return self.kind == DartInvocation.Kind.GETTER;
        }
    }

    @DartBuiltin(owner = "Invocation", name = "isSetter", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsSetterNode extends DartBuiltinNode {
        @Specialization
        protected boolean isSetter(DartInvocation self) {
            return self.kind == DartInvocation.Kind.SETTER;
        }
    }

    @DartBuiltin(owner = "Invocation", name = "isAccessor", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsAccessorNode extends DartBuiltinNode {
        @Specialization
        protected boolean isAccessor(DartInvocation self) {
            return self.kind != DartInvocation.Kind.METHOD;
        }
    }

    /** {@code typeArguments}: an unmodifiable {@code List<Type>}. */
    @DartBuiltin(owner = "Invocation", name = "typeArguments", kind = DartBuiltin.Kind.GETTER)
    public abstract static class TypeArgumentsNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartList typeArguments(DartInvocation self) {
            org.dartj.classes.DartCoreClasses classes = DartLanguage.get(this).coreClasses();
            Object[] values = self.typeArguments.length == 0 ? new Object[4] : self.typeArguments.clone();
            return new DartList(values, self.typeArguments.length, false, true, classes.types.raw(classes.typeClass));
        }
    }

    private static DartInvocation invocation(Node node, DartSymbol name, Object positional, Object named, DartInvocation.Kind kind) {
        return invocation(node, name, DartNull.INSTANCE, positional, named, kind);
    }

    private static DartInvocation invocation(Node node, DartSymbol name, Object typeArguments, Object positional, Object named, DartInvocation.Kind kind) {
        Object[] types = typeArguments == DartNull.INSTANCE ? new Object[0] : DartIterables.toArray(typeArguments);
        Object[] values = positional == DartNull.INSTANCE ? new Object[0] : DartIterables.toArray(positional);
        DartList list = new DartList(values.length == 0 ? new Object[4] : values, values.length, false, null);
        DartMap map = new DartMap(null, null);
        if (named instanceof DartMap m) {
            for (java.util.Map.Entry<Object, Object> e : m.entries()) {
                map.put(e.getKey(), e.getValue());
            }
        }
        return new DartInvocation(DartLanguage.get(node).coreClasses().byName("Invocation"), name, list, map, kind, types);
    }

    @DartBuiltin(owner = "Invocation", name = "method", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 2, optional = 1)
    public abstract static class MethodNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object create(DartSymbol name, Object positional, Object named) {
            return invocation(this, name, positional, named, DartInvocation.Kind.METHOD);
        }
    }

    /** {@code Invocation.genericMethod(name, typeArguments, positional, [named])}. */
    @DartBuiltin(owner = "Invocation", name = "genericMethod", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 3, optional = 1)
    public abstract static class GenericMethodNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object create(DartSymbol name, Object typeArguments, Object positional, Object named) {
            return invocation(this, name, typeArguments, positional, named, DartInvocation.Kind.METHOD);
        }
    }

    @DartBuiltin(owner = "Invocation", name = "getter", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class GetterNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object create(DartSymbol name) {
            return invocation(this, name, DartNull.INSTANCE, DartNull.INSTANCE, DartInvocation.Kind.GETTER);
        }
    }

    /** {@code Invocation.setter(#name=, value)}: the member name keeps its {@code =}, as the VM's. */
    @DartBuiltin(owner = "Invocation", name = "setter", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 2)
    public abstract static class SetterNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object create(DartSymbol name, Object argument) {
            DartList one = new DartList(new Object[]{argument, null, null, null}, 1, false, null);
            return invocation(this, name, one, DartNull.INSTANCE, DartInvocation.Kind.SETTER);
        }
    }
}
