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

    private DartMessageErrorObject(DartClass dartClass, Object message, String prefix, String suffix, boolean safe) {
        super(dartClass, message, null);
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
        if (isFixed(message)) {
            String shown = safe ? DartErrors.safeToString(message) : DartToString.toDisplayString(message);
            return new DartErrorObject(dartClass, message, prefix + shown + suffix);
        }
        return new DartMessageErrorObject(dartClass, message, prefix, suffix, safe);
    }

    @Override
    @TruffleBoundary
    protected String describe() {
        Object message = message();
        return prefix + (safe ? DartErrors.safeToString(message) : DartToString.toDisplayString(message)) + suffix;
    }

    @Override
    public Object[] references() {
        return new Object[]{message()};
    }

    @Override
    public Object withReferences(Object[] copies) {
        return new DartMessageErrorObject(dartClass(), copies[0], prefix, suffix, safe);
    }
}
