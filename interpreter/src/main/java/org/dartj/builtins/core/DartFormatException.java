package org.dartj.builtins.core;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartErrorObject;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * A {@code FormatException(message, source, offset)}: keeps its fields for the getters and prints
 * as the Dart VM's {@code FormatException.toString} does (the offending line with a caret under
 * the offset when the source is a string).
 */
public final class DartFormatException extends DartErrorObject {
    private final Object source;
    private final Object offset;

    public DartFormatException(DartClass dartClass, Object message, Object source, Object offset) {
        super(dartClass, message, text(message, source, offset));
        this.source = source;
        this.offset = offset;
    }

    public Object source() {
        return source;
    }

    public Object offset() {
        return offset;
    }

    @Override
    public Object[] references() {
        return new Object[]{message(), source, offset};
    }

    @Override
    public Object withReferences(Object[] c) {
        return new DartFormatException(dartClass(), c[0], c[1], c[2]);
    }

    @TruffleBoundary
    static String text(Object message, Object source, Object offsetValue) {
        String report = "FormatException";
        if (message != DartNull.INSTANCE) {
            String m = DartToString.toDisplayString(message);
            if (!m.isEmpty()) {
                report += ": " + m;
            }
        }
        long offset = offsetValue instanceof Long l ? l : -1;
        boolean hasOffset = offsetValue instanceof Long;
        if (source instanceof TruffleString ts) {
            String src = ts.toJavaStringUncached();
            if (hasOffset && (offset < 0 || offset > src.length())) {
                hasOffset = false;
            }
            if (!hasOffset) {
                if (src.length() > 78) {
                    src = src.substring(0, 75) + "...";
                }
                return report + "\n" + src;
            }
            int off = (int) offset;
            int lineNum = 1;
            int lineStart = 0;
            boolean previousCharWasCR = false;
            for (int i = 0; i < off; i++) {
                char c = src.charAt(i);
                if (c == '\n') {
                    if (lineStart != i || !previousCharWasCR) {
                        lineNum++;
                    }
                    lineStart = i + 1;
                    previousCharWasCR = false;
                } else if (c == '\r') {
                    lineNum++;
                    lineStart = i + 1;
                    previousCharWasCR = true;
                }
            }
            if (lineNum > 1) {
                report += " (at line " + lineNum + ", character " + (off - lineStart + 1) + ")\n";
            } else {
                report += " (at character " + (off + 1) + ")\n";
            }
            int lineEnd = src.length();
            for (int i = off; i < src.length(); i++) {
                char c = src.charAt(i);
                if (c == '\n' || c == '\r') {
                    lineEnd = i;
                    break;
                }
            }
            int start = lineStart;
            int end = lineEnd;
            String prefix = "";
            String postfix = "";
            if (lineEnd - lineStart > 78) {
                // Show at most 75 characters: anchored at the nearer end, or around the offset.
                if (off - lineStart < 75) {
                    end = start + 75;
                    postfix = "...";
                } else if (end - off < 75) {
                    start = end - 75;
                    prefix = "...";
                } else {
                    start = off - 36;
                    end = off + 36;
                    prefix = "...";
                    postfix = "...";
                }
            }
            int mark = off - start + prefix.length();
            return report + prefix + src.substring(start, end) + postfix + "\n" + " ".repeat(mark) + "^\n";
        }
        if (hasOffset) {
            report += " (at offset " + offset + ")";
        }
        return report;
    }
}
