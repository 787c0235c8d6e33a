package org.dartj.builtins.math;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.core.DartToString;
import org.dartj.builtins.core.DartToStringNode;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.nodes.expression.DartEqualNode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** dart:math's {@code Point<T extends num>}: x and y keep their number types, as in Dart. */
public final class PointBuiltins {
    private PointBuiltins() {
    }

    /** An immutable point; isolates may share it. */
    public static final class DartPoint implements DartObject, org.dartj.runtime.DartImmutableValue {
        final DartClass dartClass;
        final Object x;
        final Object y;

        DartPoint(DartClass dartClass, Object x, Object y) {
            this.dartClass = dartClass;
            this.x = x;
            this.y = y;
        }

        @Override
        public DartClass dartClass() {
            return dartClass;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DartPoint p && DartEqualNode.dartEquals(x, p.x) && DartEqualNode.dartEquals(y, p.y);
        }

        @Override
        public int hashCode() {
            return 31 * Double.hashCode(((Number) x).doubleValue()) + Double.hashCode(((Number) y).doubleValue());
        }

        @Override
        @TruffleBoundary
        public String toString() {
            return "Point(" + DartToString.toDisplayString(x) + ", " + DartToString.toDisplayString(y) + ")";
        }
    }

    static Object add(Object a, Object b) {
        return a instanceof Long x && b instanceof Long y ? (Object) (x + y) : (Object) (((Number) a).doubleValue() + ((Number) b).doubleValue());
    }

    static Object subtract(Object a, Object b) {
        return a instanceof Long x && b instanceof Long y ? (Object) (x - y) : (Object) (((Number) a).doubleValue() - ((Number) b).doubleValue());
    }

    static Object multiply(Object a, Object b) {
        return a instanceof Long x && b instanceof Long y ? (Object) (x * y) : (Object) (((Number) a).doubleValue() * ((Number) b).doubleValue());
    }

    static double d(Object n) {
        return ((Number) n).doubleValue();
    }

    @DartBuiltin(library = "dart:math", owner = "Point", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 2)
    public abstract static class NewNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartPoint create(Object x, Object y) {
            return new DartPoint(DartLanguage.get(this).coreClasses().byName("Point"), x, y);
        }
    }

    @DartBuiltin(library = "dart:math", owner = "Point", name = "x", kind = DartBuiltin.Kind.GETTER)
    public abstract static class XNode extends DartBuiltinNode {
        @Specialization
        protected Object x(DartPoint self) {
            return self.x;
        }
    }

    @DartBuiltin(library = "dart:math", owner = "Point", name = "y", kind = DartBuiltin.Kind.GETTER)
    public abstract static class YNode extends DartBuiltinNode {
        @Specialization
        protected Object y(DartPoint self) {
            return self.y;
        }
    }

    @DartBuiltin(library = "dart:math", owner = "Point", name = "+", required = 1)
    public abstract static class PlusNode extends DartBuiltinNode {
        @Specialization
        protected DartPoint plus(DartPoint self, DartPoint other) {
            return new DartPoint(self.dartClass, add(self.x, other.x), add(self.y, other.y));
        }
    }

    @DartBuiltin(library = "dart:math", owner = "Point", name = "-", required = 1)
    public abstract static class MinusNode extends DartBuiltinNode {
        @Specialization
        protected DartPoint minus(DartPoint self, DartPoint other) {
            return new DartPoint(self.dartClass, subtract(self.x, other.x), subtract(self.y, other.y));
        }
    }

    @DartBuiltin(library = "dart:math", owner = "Point", name = "*", required = 1)
    public abstract static class TimesNode extends DartBuiltinNode {
        @Specialization
        protected DartPoint times(DartPoint self, Object factor) {
            return new DartPoint(self.dartClass, multiply(self.x, factor), multiply(self.y, factor));
        }
    }

    @DartBuiltin(library = "dart:math", owner = "Point", name = "==", required = 1)
    public abstract static class EqualsNode extends DartBuiltinNode {
        @Specialization
        protected boolean equals(DartPoint self, Object other) {
            return self.equals(other);
        }
    }

    @DartBuiltin(library = "dart:math", owner = "Point", name = "magnitude", kind = DartBuiltin.Kind.GETTER)
    public abstract static class MagnitudeNode extends DartBuiltinNode {
        @Specialization
        protected double magnitude(DartPoint self) {
            return Math.sqrt(d(self.x) * d(self.x) + d(self.y) * d(self.y));
        }
    }

    @DartBuiltin(library = "dart:math", owner = "Point", name = "distanceTo", required = 1)
    public abstract static class DistanceToNode extends DartBuiltinNode {
        @Specialization
        protected double distanceTo(DartPoint self, DartPoint other) {
            double dx = d(self.x) - d(other.x);
            double dy = d(self.y) - d(other.y);
            return Math.sqrt(dx * dx + dy * dy);
        }
    }

    @DartBuiltin(library = "dart:math", owner = "Point", name = "squaredDistanceTo", required = 1)
    public abstract static class SquaredDistanceToNode extends DartBuiltinNode {
        @Specialization
        protected Object squaredDistanceTo(DartPoint self, DartPoint other) {
            Object dx = subtract(self.x, other.x);
            Object dy = subtract(self.y, other.y);
            return add(multiply(dx, dx), multiply(dy, dy));
        }
    }

    @DartBuiltin(library = "dart:math", owner = "Point", name = "toString")
    public abstract static class ToStringNode extends DartBuiltinNode {
        @Specialization
        protected TruffleString toDartString(DartPoint self) {
            return DartToStringNode.toTruffleString(self.toString());
        }
    }
}
