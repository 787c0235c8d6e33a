package org.dartj.builtins.io;

import java.io.ByteArrayOutputStream;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;

/**
 * The {@code IOSink} of {@code File.openWrite}: collects what is written and writes it to the
 * file when flushed or closed (the VM too writes in the background, not at each call).
 */
public final class DartFileSink implements DartObject {
    private final DartClass dartClass;
    final DartFileEntity file;
    final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    /** Whether the next write to the file appends (after the first, or for the append modes). */
    boolean append;
    boolean closed;

    DartFileSink(DartClass dartClass, DartFileEntity file, boolean append) {
        this.dartClass = dartClass;
        this.file = file;
        this.append = append;
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    @Override
    public String toString() {
        return "Instance of '_IOSinkImpl'";
    }
}
