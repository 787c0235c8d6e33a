package org.dartj.isolate;

/**
 * Ends the current isolate at once ({@code Isolate.exit}, killing oneself). Not a Dart
 * exception, so Dart {@code catch} clauses cannot stop it; the isolate's runner (or the program
 * root, for the main isolate) catches it. Its message is the VM's text for the main isolate's
 * end ({@code isolate terminated by Isolate.exit}); a null message ends the main isolate
 * without a report (an error already given to its error listeners).
 */
public final class DartIsolateExitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final String EXIT = "isolate terminated by Isolate.exit";
    public static final String KILL = "isolate terminated by Isolate.kill";

    public DartIsolateExitException() {
        this(EXIT);
    }

    public DartIsolateExitException(String reason) {
        super(reason, null, false, false);
    }
}
