package org.dartj.builtins.core;

import org.dartj.nodes.DartNode;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.number.DartDoubleFormat;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** Converts a value to its Dart {@code toString()} as a string (interpolation, print). */
public abstract class DartToStringNode extends DartNode {
    static final TruffleString TRUE = TruffleString.fromJavaStringUncached("true", TruffleString.Encoding.UTF_16);
    static final TruffleString FALSE = TruffleString.fromJavaStringUncached("false", TruffleString.Encoding.UTF_16);
    static final TruffleString NULL = TruffleString.fromJavaStringUncached("null", TruffleString.Encoding.UTF_16);

    public abstract TruffleString execute(Object value);

    @Specialization
    protected TruffleString doString(TruffleString value) {
        return value;
    }

    @Specialization
    protected TruffleString doLong(long value, @Cached TruffleString.FromLongNode fromLong) {
        return fromLong.execute(value, TruffleString.Encoding.UTF_16, true);
    }

    @Specialization
    protected TruffleString doBoolean(boolean value) {
        return value ? TRUE : FALSE;
    }

    @Specialization
    protected TruffleString doDouble(double value) {
        return toTruffleString(DartDoubleFormat.toString(value));
    }

    @Specialization
    protected TruffleString doNull(DartNull value) {
        return NULL;
    }

    @Specialization(replaces = {"doString", "doLong", "doBoolean", "doDouble", "doNull"})
    protected TruffleString doGeneric(Object value) {
        return toTruffleString(DartToString.toDisplayString(value));
    }

    @TruffleBoundary
    public static TruffleString toTruffleString(String s) {
        return TruffleString.fromJavaStringUncached(s, TruffleString.Encoding.UTF_16);
    }
}
