package org.dartj.runtime.isolate;

/**
 * An object that must not cross isolates (ports, open files): the message copier refuses it
 * and names it as the Dart VM does ({@code (object is a ReceivePort)}).
 */
public interface DartUnsendable {
    /** The VM's name for the object's kind in the error message. */
    String unsendableKind();
}
