package org.dartj.runtime;

/**
 * A reified Dart type as the runtime's values carry it (a list's element type, a map's key
 * and value types). The interpreter's {@code org.dartj.types.DartType} implements it; the
 * runtime only stores and copies these immutable objects. A collection whose type argument
 * is not known (made by a builtin that cannot infer it) holds Java null.
 */
public interface DartReifiedType {
    /** Whether null is a value of this type (a growable list may then be lengthened). */
    boolean admitsNull();
}
