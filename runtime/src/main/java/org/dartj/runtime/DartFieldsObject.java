package org.dartj.runtime;

/**
 * An object whose state is a fixed number of fields (an instance of a class declared in Dart),
 * as the message copier sees it: the class is shared, the fields are copied one by one.
 */
public interface DartFieldsObject {
    int fieldCount();

    /** The value of field {@code index} (null while it is unset). */
    Object getField(int index);

    void setField(int index, Object value);

    /** A new object of the same class with unset fields (the copy's shell). */
    DartFieldsObject newEmpty();

    /** Deeply immutable and canonical (an enum value): shared by isolates, never copied. */
    boolean isShared();
}
