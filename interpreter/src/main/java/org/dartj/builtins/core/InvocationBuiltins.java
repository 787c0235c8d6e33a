package org.dartj.builtins.core;

import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartMap;

import com.oracle.truffle.api.dsl.Specialization;

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
}
