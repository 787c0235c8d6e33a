package org.dartj.isolate;

import org.dartj.runtime.isolate.DartSendPort;

/** The optional arguments of {@code Isolate.spawn}. */
public record DartSpawnOptions(String debugName, DartSendPort onExit, DartSendPort onError, boolean errorsAreFatal) {
}
