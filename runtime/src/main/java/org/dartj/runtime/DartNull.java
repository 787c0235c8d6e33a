package org.dartj.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** Dart's {@code null}: one immutable singleton shared by every isolate. */
@ExportLibrary(InteropLibrary.class)
public final class DartNull implements TruffleObject {
    public static final DartNull INSTANCE = new DartNull();

    private DartNull() {
    }

    @Override
    public String toString() {
        return "null";
    }

    @ExportMessage
    boolean isNull() {
        return true;
    }
}
