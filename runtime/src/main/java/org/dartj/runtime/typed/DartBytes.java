package org.dartj.runtime.typed;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Multi-byte reads and writes on a byte array in either byte order, through VarHandles
 * (unaligned access is allowed). Typed lists use the host order, {@code ByteData} the order
 * its caller names.
 */
public final class DartBytes {
    public static final boolean HOST_LITTLE_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

    private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT_BE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private DartBytes() {
    }

    public static short getShort(byte[] b, int at, boolean little) {
        return little ? (short) SHORT_LE.get(b, at) : (short) SHORT_BE.get(b, at);
    }

    public static void setShort(byte[] b, int at, short value, boolean little) {
        if (little) {
            SHORT_LE.set(b, at, value);
        } else {
            SHORT_BE.set(b, at, value);
        }
    }

    public static int getInt(byte[] b, int at, boolean little) {
        return little ? (int) INT_LE.get(b, at) : (int) INT_BE.get(b, at);
    }

    public static void setInt(byte[] b, int at, int value, boolean little) {
        if (little) {
            INT_LE.set(b, at, value);
        } else {
            INT_BE.set(b, at, value);
        }
    }

    public static long getLong(byte[] b, int at, boolean little) {
        return little ? (long) LONG_LE.get(b, at) : (long) LONG_BE.get(b, at);
    }

    public static void setLong(byte[] b, int at, long value, boolean little) {
        if (little) {
            LONG_LE.set(b, at, value);
        } else {
            LONG_BE.set(b, at, value);
        }
    }
}
