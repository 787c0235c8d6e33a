package org.dartj.builtins.typeddata;

import org.dartj.runtime.DartImmutableValue;
import org.dartj.runtime.typed.DartBytes;

/**
 * dart:typed_data's {@code Endian}: two immutable values shared by every isolate, so
 * {@code identical(Endian.host, Endian.little)} holds on a little-endian machine as on the VM.
 */
public final class DartEndian implements DartImmutableValue {
    public static final DartEndian BIG = new DartEndian(false);
    public static final DartEndian LITTLE = new DartEndian(true);
    public static final DartEndian HOST = DartBytes.HOST_LITTLE_ENDIAN ? LITTLE : BIG;

    private final boolean little;

    private DartEndian(boolean little) {
        this.little = little;
    }

    public boolean isLittle() {
        return little;
    }

    /** Dart's {@code toString} (the VM's class does not override Object's). */
    @Override
    public String toString() {
        return "Instance of 'Endian'";
    }
}
