package org.dartj.parser;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * A compile-time error, reported before anything runs as the Dart front end reports it:
 * {@code file:line:col: Error: message}, then the source line and carets under the offending
 * token (the launcher exits with 254).
 */
@ExportLibrary(InteropLibrary.class)
public final class DartSyntaxError extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;
    private final transient SourceSection section;

    private DartSyntaxError(String message, SourceSection section) {
        super(message);
        this.section = section;
    }

    /** An error at a 1-based line and column (a column past the line's end is clamped). */
    public static DartSyntaxError at(Source source, int line, int column, String message) {
        return at(source, line, column, 1, message, null);
    }

    /** An error at a token of {@code length} characters starting at a 1-based line and column. */
    public static DartSyntaxError at(Source source, int line, int column, int length, String message) {
        return at(source, line, column, length, message, null);
    }

    /** An error with a correction line ("Try ...") printed after the message, as the CFE does. */
    public static DartSyntaxError at(Source source, int line, int column, String message, String tip) {
        return at(source, line, column, 1, message, tip);
    }

    /** The general form: carets under {@code length} characters, and an optional correction line. */
    public static DartSyntaxError at(Source source, int line, int column, int length, String message, String tip) {
        int lineCount = Math.max(1, source.getLineCount());
        int l = Math.min(Math.max(line, 1), lineCount);
        String text = source.getLineCount() == 0 ? "" : source.getCharacters(l).toString();
        int col = Math.max(1, column);
        StringBuilder sb = new StringBuilder();
        sb.append(source.getName()).append(':').append(l).append(':').append(col).append(": Error: ").append(message).append('\n');
        if (tip != null) {
            sb.append(tip).append('\n');
        }
        sb.append(text).append('\n');
        int indent = Math.min(col - 1, text.length());
        sb.append(" ".repeat(indent)).append("^".repeat(Math.max(1, Math.min(length, text.length() - indent))));
        SourceSection section = source.getLineCount() == 0 ? source.createUnavailableSection()
                        : source.createSection(source.getLineStartOffset(l) + Math.min(col - 1, text.length()), 0);
        return new DartSyntaxError(sb.toString(), section);
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return ExceptionType.PARSE_ERROR;
    }

    @ExportMessage
    boolean hasSourceLocation() {
        return section != null;
    }

    @ExportMessage(name = "getSourceLocation")
    SourceSection getSourceSection() throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        if (section == null) {
            throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
        }
        return section;
    }
}
