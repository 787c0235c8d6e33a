package org.dartj.classes;

import org.dartj.builtins.DartErrors;
import org.dartj.builtins.core.DartToString;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A core error whose text shows a message that may print differently later (a collection,
 * a user object): {@code prefix}, the message as its {@code toString} gives it now (or as
 * {@code Error.safeToString} gives it, for AssertionError and ConcurrentModificationError),
 * then {@code suffix} — as the SDK's toString methods build it on each call.
 */
public final class DartMessageErrorObject extends DartErrorObject {
    private final String prefix;
    private final String suffix;
    private final boolean safe;
    /** What the text shows: the message, or another field (a NoSuchMethodError's receiver). */
    private final Object shown;

    private DartMessageErrorObject(DartClass dartClass, Object message, Object shown, String prefix, String suffix, boolean safe) {
        super(dartClass, message, null);
        this.shown = shown;
        this.prefix = prefix;
        this.suffix = suffix;
        this.safe = safe;
    }

    /**
     * The error printing as prefix + message + suffix: with its text computed now when the
     * message cannot change, else on each toString.
     */
    @TruffleBoundary
    public static DartErrorObject of(DartClass dartClass, Object message, String prefix, String suffix, boolean safe) {
        return showing(dartClass, message, message, prefix, suffix, safe);
    }

    /** An error with {@code message} whose text shows {@code shown} between prefix and suffix. */
    @TruffleBoundary
    public static DartErrorObject showing(DartClass dartClass, Object message, Object shown, String prefix, String suffix, boolean safe) {
        if (isFixed(shown)) {
            String text = safe ? DartErrors.safeToString(shown) : DartToString.toDisplayString(shown);
            return new DartErrorObject(dartClass, message, prefix + text + suffix);
        }
        return new DartMessageErrorObject(dartClass, message, shown, prefix, suffix, safe);
    }

    @Override
    @TruffleBoundary
    protected String describe() {
        return prefix + (safe ? DartErrors.safeToString(shown) : DartToString.toDisplayString(shown)) + suffix;
    }

    @Override
    public Object[] references() {
        return new Object[]{message(), shown};
    }

    @Override
    public Object withReferences(Object[] copies) {
        return new DartMessageErrorObject(dartClass(), copies[0], copies[1], prefix, suffix, safe);
    }
}
