package org.dartj.builtins.core;

import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.number.DartNumberParser;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** The constants of double and double.parse / tryParse. */
public final class DoubleBuiltins {
    private DoubleBuiltins() {
    }

    @DartBuiltin(owner = "double", name = "infinity", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class InfinityNode extends DartBuiltinNode {
        @Specialization
        protected double value() {
            return Double.POSITIVE_INFINITY;
        }
    }

    @DartBuiltin(owner = "double", name = "negativeInfinity", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class NegativeInfinityNode extends DartBuiltinNode {
        @Specialization
        protected double value() {
            return Double.NEGATIVE_INFINITY;
        }
    }

    @DartBuiltin(owner = "double", name = "nan", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class NaNNode extends DartBuiltinNode {
        @Specialization
        protected double value() {
            return Double.NaN;
        }
    }

    @DartBuiltin(owner = "double", name = "maxFinite", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class MaxFiniteNode extends DartBuiltinNode {
        @Specialization
        protected double value() {
            return Double.MAX_VALUE;
        }
    }

    @DartBuiltin(owner = "double", name = "minPositive", kind = DartBuiltin.Kind.STATIC_GETTER)
    public abstract static class MinPositiveNode extends DartBuiltinNode {
        @Specialization
        protected double value() {
            return Double.MIN_VALUE;
        }
    }

    @DartBuiltin(owner = "double", name = "parse", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class ParseNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected double parse(TruffleString source) {
            Double result = DartNumberParser.parseDouble(source.toJavaStringUncached());
            if (result == null) {
                throw DartErrors.formatException("Invalid double", source, this);
            }
            return result;
        }
    }

    @DartBuiltin(owner = "double", name = "tryParse", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class TryParseNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object tryParse(TruffleString source) {
            Double result = DartNumberParser.parseDouble(source.toJavaStringUncached());
            return result == null ? DartNull.INSTANCE : (Object) result;
        }
    }
}
