package org.dartj.nodes.local;

import org.dartj.builtins.DartErrors;
import org.dartj.nodes.call.DartCalls;
import org.dartj.runtime.DartFunction;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * The storage of a {@code late} local variable: the variable's slot holds this cell, and every
 * read and write of the variable goes through it. Java null means "not initialized yet"; the
 * initializer (a closure over the declaring scope) runs on the first read.
 */
public final class DartLateLocal {
    private final String name;
    private final boolean isFinal;
    private final DartFunction initializer;
    Object value;

    public DartLateLocal(String name, boolean isFinal, DartFunction initializer) {
        this.name = name;
        this.isFinal = isFinal;
        this.initializer = initializer;
    }

    @TruffleBoundary
    Object initialize(Node location) {
        if (initializer == null) {
            throw DartErrors.lateInitialization("Local", name, "has not been initialized", location);
        }
        Object result = DartCalls.call(initializer);
        if (value != null) {
            if (isFinal) {
                throw DartErrors.lateInitialization("Local", name, "has been assigned during initialization", location);
            }
            return value;
        }
        value = result;
        return result;
    }

    void assign(Object newValue, Node location) {
        if (isFinal && value != null) {
            CompilerDirectives.transferToInterpreter();
            throw DartErrors.lateInitialization("Local", name, "has already been initialized", location);
        }
        value = newValue;
    }
}
