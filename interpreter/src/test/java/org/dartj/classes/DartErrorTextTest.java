package org.dartj.classes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.dartj.builtins.core.DartToStringNode;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.isolate.DartMessageCopier;
import org.junit.jupiter.api.Test;

/**
 * Core error texts: computed once for plain messages, and from the current fields on each
 * toString when a message or invalid value is a collection (also in an isolate's copy).
 */
class DartErrorTextTest {
    private static final DartClass EXCEPTION = new DartClass("_Exception", null);
    private static final DartClass ARGUMENT_ERROR = new DartClass("ArgumentError", null);

    private static DartList growable(Object... values) {
        return new DartList(values.clone(), values.length, true, null);
    }

    @Test
    void plainMessageGivesAFixedText() {
        DartErrorObject e = DartMessageErrorObject.of(EXCEPTION, DartToStringNode.toTruffleString("x"), "Exception: ", "", false);
        assertSame(DartErrorObject.class, e.getClass(), "a string message needs no live text");
        assertEquals("Exception: x", e.toString());
        assertEquals("Exception: 42", DartMessageErrorObject.of(EXCEPTION, 42L, "Exception: ", "", false).toString());
    }

    @Test
    void listMessageIsReadAtEachToString() {
        DartList list = growable(1L);
        DartErrorObject e = DartMessageErrorObject.of(EXCEPTION, list, "Exception: ", "", false);
        assertEquals("Exception: [1]", e.toString());
        list.add(2L);
        assertEquals("Exception: [1, 2]", e.toString());
    }

    @Test
    void safeTextShowsTheCurrentLength() {
        DartList list = growable(1L, 2L);
        DartErrorObject e = DartMessageErrorObject.of(EXCEPTION, list, "Concurrent modification during iteration: ", ".", true);
        list.add(3L);
        assertEquals("Concurrent modification during iteration: Instance(length:3) of '_GrowableList'.", e.toString());
    }

    @Test
    void argumentErrorInvalidValueIsLive() {
        DartList value = growable("a");
        DartArgumentErrorObject a = new DartArgumentErrorObject(ARGUMENT_ERROR, DartNull.INSTANCE, "Invalid argument", true, "", value, DartToStringNode.toTruffleString("v"), null, null, null);
        value.add("b");
        assertEquals("Invalid argument (v): Instance(length:2) of '_GrowableList'", a.toString());
        DartArgumentErrorObject fixed = new DartArgumentErrorObject(ARGUMENT_ERROR, DartToStringNode.toTruffleString("m"), "RangeError", true, ": Not greater than or equal to 0", -1L, null, 0L,
                        null, null);
        assertEquals("RangeError: m: Not greater than or equal to 0: -1", fixed.toString());
    }

    @Test
    void anIsolateCopyPrintsItsOwnCopy() {
        DartList list = growable(1L);
        DartErrorObject e = DartMessageErrorObject.of(EXCEPTION, list, "Exception: ", "", false);
        DartErrorObject copy = (DartErrorObject) DartMessageCopier.copy(e);
        assertNotSame(e, copy);
        list.add(2L);
        assertEquals("Exception: [1, 2]", e.toString());
        assertEquals("Exception: [1]", copy.toString());
        ((DartList) copy.message()).add(3L);
        assertEquals("Exception: [1, 3]", copy.toString());
    }
}
