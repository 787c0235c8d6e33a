package org.dartj.builtins.io;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartErrorObject;

/**
 * A {@code FileSystemException} (or the VM's subclasses for some errno values, such as
 * {@code PathNotFoundException}): message, path and OS error, printed as the VM's
 * {@code _toStringHelper} does.
 */
public final class DartFileSystemException extends DartErrorObject {
    private final String path;
    private final DartErrorObject osError;

    public DartFileSystemException(DartClass dartClass, String message, String path, DartErrorObject osError) {
        super(dartClass, org.dartj.builtins.core.DartToStringNode.toTruffleString(message), text(dartClass.getName(), message, path, osError));
        this.path = path;
        this.osError = osError;
    }

    public String path() {
        return path;
    }

    public DartErrorObject osError() {
        return osError;
    }

    private static String text(String className, String message, String path, DartErrorObject osError) {
        StringBuilder sb = new StringBuilder(className);
        if (!message.isEmpty()) {
            sb.append(": ").append(message);
            if (path != null) {
                sb.append(", path = '").append(path).append('\'');
            }
            if (osError != null) {
                sb.append(" (").append(osError).append(')');
            }
        } else if (osError != null) {
            sb.append(": ").append(osError);
            if (path != null) {
                sb.append(", path = '").append(path).append('\'');
            }
        } else if (path != null) {
            sb.append(": ").append(path);
        }
        return sb.toString();
    }
}
