package org.dartj.classes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.dartj.runtime.DartList;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.isolate.DartMessageCopier;
import org.junit.jupiter.api.Test;

/**
 * {@link DartInstance}'s field storage (ints and doubles unboxed, a kind per instance and
 * field) read and written through {@link DartFieldProfile}s and the generic accessors.
 */
class DartFieldStorageTest {
    private static DartClass pointClass() {
        DartClass cls = new DartClass("P", null);
        cls.addField("a", false);
        cls.addField("b", false);
        return cls;
    }

    @Test
    void aFieldChangesKindIntDoubleNullObject() {
        DartInstance p = new DartInstance(pointClass());
        DartFieldProfile write = DartFieldProfile.create();
        DartFieldProfile read = DartFieldProfile.create();
        assertNull(read.read(p, 0), "an unset field");

        write.write(p, 0, 7L);
        assertEquals(7L, read.read(p, 0));
        write.write(p, 0, -0.0);
        assertEquals(Double.valueOf(-0.0), read.read(p, 0), "the sign of -0.0 survives");
        write.write(p, 0, DartNull.INSTANCE);
        assertSame(DartNull.INSTANCE, read.read(p, 0));
        DartList list = DartList.of(1L);
        write.write(p, 0, list);
        assertSame(list, read.read(p, 0));
        write.write(p, 0, Long.MIN_VALUE);
        assertEquals(Long.MIN_VALUE, p.getField(0));
        write.write(p, 0, Double.NaN);
        assertEquals(Double.NaN, (double) p.getField(0));
        assertNull(p.getField(1), "the other field is untouched");
    }

    @Test
    void profiledAndGenericAccessAgree() {
        DartInstance p = new DartInstance(pointClass());
        DartFieldProfile profile = DartFieldProfile.create();
        p.setField(0, 1.5);
        p.setField(1, 2L);
        assertEquals(1.5, profile.read(p, 0));
        assertEquals(2L, profile.read(p, 1));
        profile.write(p, 1, 2.5);
        assertEquals(2.5, p.getField(1));
        assertEquals(java.util.List.of(1.5, 2.5), java.util.List.of(p.fieldValues()));
        // Two instances of one class keep their own kinds for the same field.
        DartInstance q = new DartInstance(p.dartClass());
        profile.write(q, 1, "text");
        assertEquals("text", profile.read(q, 1));
        assertEquals(2.5, profile.read(p, 1));
    }

    @Test
    void isolateCopyKeepsEveryKind() {
        DartClass cls = pointClass();
        DartInstance p = new DartInstance(cls);
        DartInstance inner = new DartInstance(cls);
        p.setField(0, 3.25);
        p.setField(1, inner);
        inner.setField(0, 42L);
        inner.setField(1, p);
        DartInstance copy = (DartInstance) DartMessageCopier.copy(p);
        assertNotSame(p, copy);
        assertSame(cls, copy.dartClass());
        assertEquals(3.25, copy.getField(0));
        DartInstance innerCopy = (DartInstance) copy.getField(1);
        assertNotSame(inner, innerCopy);
        assertEquals(42L, innerCopy.getField(0));
        assertSame(copy, innerCopy.getField(1), "the cycle survives");
        // The copy's storage is its own.
        copy.setField(0, 1L);
        assertEquals(3.25, p.getField(0));
    }
}
