package org.dartj.isolate;

import org.dartj.runtime.isolate.DartSendPort;

/** The optional arguments of {@code Isolate.spawn} and {@code Isolate.spawnUri}. */
public record DartSpawnOptions(String debugName, DartSendPort onExit, DartSendPort onError, boolean errorsAreFatal, boolean paused) {
    public DartSpawnOptions(String debugName, DartSendPort onExit, DartSendPort onError, boolean errorsAreFatal) {
        this(debugName, onExit, onError, errorsAreFatal, false);
    }
}
