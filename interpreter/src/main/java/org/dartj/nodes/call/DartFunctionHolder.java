package org.dartj.nodes.call;

import org.dartj.runtime.DartFunction;

/**
 * A top-level function of a library, filled in once its body is translated, so that calls
 * may refer to functions declared further down.
 */
public final class DartFunctionHolder {
    public final String name;
    public final int minPositional;
    public final int maxPositional;
    private DartFunction function;

    public DartFunctionHolder(String name, int minPositional, int maxPositional) {
        this.name = name;
        this.minPositional = minPositional;
        this.maxPositional = maxPositional;
    }

    public DartFunction get() {
        return function;
    }

    public void set(DartFunction f) {
        this.function = f;
    }

    /** The function's tear-off named {@code tearOffName}, one object for the program ({@code C.new}). */
    private DartFunction tearOff;

    public synchronized DartFunction tearOff(String tearOffName) {
        if (tearOff == null) {
            tearOff = new DartFunction(tearOffName, function.callTarget, null);
        }
        return tearOff;
    }
}
