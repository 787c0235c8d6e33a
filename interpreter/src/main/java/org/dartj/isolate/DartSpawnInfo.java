package org.dartj.isolate;

import org.dartj.runtime.isolate.DartEventLoop;
import org.dartj.runtime.isolate.DartIsolateGroup;

/** Handed to a new isolate's context through the inner-context config. */
public record DartSpawnInfo(DartIsolateGroup group, DartEventLoop loop) {
    public static final String CONFIG_KEY = "dartj.isolate";
}
