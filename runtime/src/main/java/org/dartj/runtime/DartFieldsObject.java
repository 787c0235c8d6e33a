package org.dartj.runtime;

/**
 * An object whose state is an array of fields (an instance of a class declared in Dart),
 * as the message copier sees it: the class is shared, the fields are copied.
 */
public interface DartFieldsObject {
    Object[] fields();

    /** A new object of the same class with unset fields (the copy's shell). */
    DartFieldsObject newEmpty();

    /** Deeply immutable and canonical (an enum value): shared by isolates, never copied. */
    boolean isShared();
}
