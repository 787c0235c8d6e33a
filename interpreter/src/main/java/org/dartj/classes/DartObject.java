package org.dartj.classes;

/** A value implemented in Java by the interpreter that knows its Dart class. */
public interface DartObject {
    DartClass dartClass();
}
