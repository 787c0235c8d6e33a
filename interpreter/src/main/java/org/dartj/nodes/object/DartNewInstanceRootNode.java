package org.dartj.nodes.object;

import org.dartj.DartLanguage;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartInstance;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * A generative constructor called as {@code C(...)}: allocates the instance, runs the
 * constructor's initialization ({@code [instance, args...]}) and returns the instance. A
 * generic class's type arguments arrive in the receiver slot ({@code Box<int>(1)}).
 */
public final class DartNewInstanceRootNode extends RootNode implements org.dartj.runtime.DartTearOffEquality {
    private final DartClass dartClass;
    @Child private DirectCallNode initialize;
    private final String name;
    /** The class's field count, read at the first call (classes are laid out before any code runs). */
    @CompilationFinal private int fieldCount = -1;

    public DartNewInstanceRootNode(DartLanguage language, DartClass dartClass, CallTarget initializer, String name) {
        super(language);
        this.dartClass = dartClass;
        this.initialize = Truffle.getRuntime().createDirectCallNode(initializer);
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (fieldCount < 0) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            fieldCount = dartClass.fieldCount();
        }
        Object[] args = frame.getArguments().clone();
        // The call site passes a generic class's type arguments in the receiver slot.
        DartInstance instance = new DartInstance(dartClass, args[0] instanceof org.dartj.types.DartType[] typeArguments ? typeArguments : null, fieldCount);
        args[0] = instance;
        initialize.call(args);
        return instance;
    }

    /** Constructor tear-offs ({@code Box<int>.new}) are equal when their type arguments are (the VM canonicalizes them as constants). */
    @Override
    public boolean tearOffEquals(org.dartj.runtime.DartFunction self, org.dartj.runtime.DartFunction other) {
        if (other.callTarget != self.callTarget) {
            return false;
        }
        if (self.captured instanceof org.dartj.types.DartType[] a && other.captured instanceof org.dartj.types.DartType[] b) {
            return java.util.Arrays.equals(a, b);
        }
        return self.captured == other.captured;
    }

    @Override
    public int tearOffHash(org.dartj.runtime.DartFunction self) {
        int types = self.captured instanceof org.dartj.types.DartType[] a ? java.util.Arrays.hashCode(a) : System.identityHashCode(self.captured);
        return System.identityHashCode(self.callTarget) * 31 + types;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
