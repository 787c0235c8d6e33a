package org.dartj.isolate;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.runtime.isolate.DartReceivePortState;
import org.dartj.runtime.isolate.DartSendPort;

/** A Dart {@code ReceivePort}: a keep-alive port whose messages form a single-subscription stream. */
public final class DartReceivePort implements DartObject, org.dartj.runtime.isolate.DartUnsendable {
    private final DartClass dartClass;
    private final DartReceivePortState state;
    private final DartSendPort sendPort;
    private boolean listened;

    public DartReceivePort(DartClass dartClass, DartReceivePortState state) {
        this.dartClass = dartClass;
        this.state = state;
        this.sendPort = new DartSendPort(state);
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    public DartReceivePortState state() {
        return state;
    }

    public DartSendPort sendPort() {
        return sendPort;
    }

    /** Marks the single subscription as taken; false if it already was. */
    public boolean takeSubscription() {
        if (listened) {
            return false;
        }
        listened = true;
        return true;
    }

    @Override
    public String unsendableKind() {
        return "ReceivePort";
    }

    @Override
    public String toString() {
        return "Instance of '_ReceivePortImpl'";
    }
}
