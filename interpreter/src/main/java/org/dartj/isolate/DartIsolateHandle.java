package org.dartj.isolate;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.runtime.DartImmutableValue;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.isolate.DartCapability;
import org.dartj.runtime.isolate.DartEventLoop;
import org.dartj.runtime.isolate.DartIsolateControl;
import org.dartj.runtime.isolate.DartSendPort;

/**
 * A Dart {@code Isolate} object: a control port and the capabilities its holder has (null
 * when not given, as for {@code Isolate(controlPort)}). Immutable, so it may be sent to other
 * isolates as it is; every operation is a request to the control port.
 */
public final class DartIsolateHandle implements DartObject, DartImmutableValue {
    private final DartClass dartClass;
    private final DartSendPort controlPort;
    private final Object pauseCapability;
    private final Object terminateCapability;

    public DartIsolateHandle(DartClass dartClass, DartSendPort controlPort, Object pauseCapability, Object terminateCapability) {
        this.dartClass = dartClass;
        this.controlPort = controlPort;
        this.pauseCapability = pauseCapability;
        this.terminateCapability = terminateCapability;
    }

    /** The isolate of {@code loop} with both its capabilities (Isolate.current, spawn results). */
    public static DartIsolateHandle withCapabilities(DartClass dartClass, DartEventLoop loop) {
        DartIsolateControl control = loop.control();
        return new DartIsolateHandle(dartClass, control.controlPort(), control.pauseCapability(), control.terminateCapability());
    }

    public DartSendPort controlPort() {
        return controlPort;
    }

    public Object pauseCapability() {
        return pauseCapability;
    }

    public Object terminateCapability() {
        return terminateCapability;
    }

    /** The isolate the control port belongs to, or null if it is not a control port. */
    public DartIsolateControl target() {
        return controlPort.controlTarget();
    }

    public Object debugName() {
        return target() == null ? DartNull.INSTANCE : controlPort.ownerName();
    }

    public DartCapability pauseCapabilityOrNull() {
        return pauseCapability instanceof DartCapability c ? c : null;
    }

    public DartCapability terminateCapabilityOrNull() {
        return terminateCapability instanceof DartCapability c ? c : null;
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    @Override
    public String toString() {
        return "Instance of 'Isolate'";
    }
}
