package org.dartj.builtins.io;

import org.dartj.builtins.core.DartToStringNode;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartErrorObject;

/** An {@code OSError}: the operating system's message and error number (errno). */
public final class DartOSError extends DartErrorObject {
    /** The VM's {@code OSError.noErrorCode}. */
    public static final long NO_ERROR_CODE = -1;

    private final long errorCode;

    public DartOSError(DartClass dartClass, String message, long errorCode) {
        super(dartClass, DartToStringNode.toTruffleString(message), text(message, errorCode));
        this.errorCode = errorCode;
    }

    public long errorCode() {
        return errorCode;
    }

    private static String text(String message, long errorCode) {
        StringBuilder sb = new StringBuilder("OS Error");
        if (!message.isEmpty()) {
            sb.append(": ").append(message);
            if (errorCode != NO_ERROR_CODE) {
                sb.append(", errno = ").append(errorCode);
            }
        } else if (errorCode != NO_ERROR_CODE) {
            sb.append(": errno = ").append(errorCode);
        }
        return sb.toString();
    }
}
