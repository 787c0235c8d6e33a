package org.dartj.classes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/**
 * The kinds of value (int, double, anything else) one field access site has read or stored,
 * so that compiled code keeps only those paths of {@link DartInstance}'s field storage: a
 * double field read is one marker compare and a primitive load, a double store writes the raw
 * bits and no box. A kind seen for the first time deoptimizes once and widens the profile.
 * One per node (or per cached class of a node); not shared.
 */
public final class DartFieldProfile {
    private static final int LONG = 1;
    private static final int DOUBLE = 2;
    private static final int OBJECT = 4;

    @CompilationFinal private int seen;

    private DartFieldProfile() {
    }

    public static DartFieldProfile create() {
        return new DartFieldProfile();
    }

    /** The value of field {@code index} of {@code self} (boxed only where it escapes). */
    public Object read(DartInstance self, int index) {
        Object slot = self.slot(index);
        if (slot == DartInstance.DOUBLE) {
            see(DOUBLE);
            return self.doubleAt(index);
        }
        if (slot == DartInstance.LONG) {
            see(LONG);
            return self.longAt(index);
        }
        see(OBJECT);
        return slot;
    }

    public void write(DartInstance self, int index, Object value) {
        if (value instanceof Double d) {
            see(DOUBLE);
            self.setDouble(index, d);
        } else if (value instanceof Long l) {
            see(LONG);
            self.setLong(index, l);
        } else {
            see(OBJECT);
            self.setObject(index, value);
        }
    }

    private void see(int kind) {
        if ((seen & kind) == 0) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            seen |= kind;
        }
    }
}
