package org.dartj.isolate;

/**
 * {@code Isolate.exit}: ends the current isolate at once. Not a Dart exception, so Dart
 * {@code catch} clauses cannot stop it; the isolate's runner (or the program root, for the
 * main isolate) catches it.
 */
public final class DartIsolateExitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DartIsolateExitException() {
        super("Isolate.exit", null, false, false);
    }
}
