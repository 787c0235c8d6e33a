package org.dartj.runtime.isolate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dartj.runtime.DartEnvironment;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartMap;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.async.DartFuture;
import org.dartj.runtime.typed.DartByteData;
import org.dartj.runtime.typed.DartTransferableTypedData;
import org.dartj.runtime.typed.DartTypedList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.oracle.truffle.api.strings.TruffleString;

/** Deep copy of messages for {@code SendPort.send}: sharing, identity, cycles, depth, errors. */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DartMessageCopierTest {
    /** A stand-in for the interpreter's reified types: the copier only carries them over. */
    private record TestType(String name) implements org.dartj.runtime.DartReifiedType {
        @Override
        public boolean admitsNull() {
            return name.endsWith("?");
        }
    }

    private static TestType type(String name) {
        return new TestType(name);
    }


    private static TruffleString str(String s) {
        return TruffleString.fromJavaStringUncached(s, TruffleString.Encoding.UTF_16);
    }

    private static List<Object> keys(DartMap map) {
        List<Object> keys = new ArrayList<>();
        for (Map.Entry<Object, Object> e : map.entries()) {
            keys.add(e.getKey());
        }
        return keys;
    }

    @Test
    void immutableValuesAreShared() {
        Long l = 1234567890123L;
        Double d = 3.5;
        TruffleString s = str("héllo");
        assertSame(l, DartMessageCopier.copy(l));
        assertSame(d, DartMessageCopier.copy(d));
        assertSame(Boolean.TRUE, DartMessageCopier.copy(Boolean.TRUE));
        assertSame(Boolean.FALSE, DartMessageCopier.copy(Boolean.FALSE));
        assertSame(s, DartMessageCopier.copy(s));
        assertSame(DartNull.INSTANCE, DartMessageCopier.copy(DartNull.INSTANCE));
    }

    /** An immutable value referring to one other value, as a core error refers to its message. */
    private record Wrapper(Object message) implements org.dartj.runtime.DartImmutableValue {
        @Override
        public Object[] references() {
            return new Object[]{message};
        }

        @Override
        public Object withReferences(Object[] copies) {
            return new Wrapper(copies[0]);
        }
    }

    @Test
    void immutableValueReferringToMutableOneIsCopied() {
        Wrapper plain = new Wrapper(str("text"));
        assertSame(plain, DartMessageCopier.copy(plain));

        DartList list = new DartList(new Object[]{1L}, 1, true, type("int"));
        Wrapper wrapped = new Wrapper(list);
        Wrapper copy = (Wrapper) DartMessageCopier.copy(wrapped);
        assertNotSame(wrapped, copy);
        DartList copiedList = (DartList) copy.message();
        assertNotSame(list, copiedList);
        assertEquals(1, copiedList.size());
        assertEquals(1L, copiedList.get(0));

        // The list holding the value that refers to it: one copy of each, the cycle kept.
        DartList outer = new DartList(new Object[2], 0, true, type("Object?"));
        Wrapper inner = new Wrapper(outer);
        outer.add(inner);
        DartList outerCopy = (DartList) DartMessageCopier.copy(outer);
        Wrapper innerCopy = (Wrapper) outerCopy.get(0);
        assertSame(outerCopy, innerCopy.message());
    }

    @Test
    void sendPortIsShared() {
        DartEventLoop loop = new DartIsolateGroup().newLoop("main");
        DartSendPort port = new DartSendPort(loop.openPort("test", false, true));
        assertSame(port, DartMessageCopier.copy(port));

        // Inside a list it is shared too.
        DartList list = DartList.of(port);
        DartList copy = (DartList) DartMessageCopier.copy(list);
        assertNotSame(list, copy);
        assertSame(port, copy.get(0));
    }

    @Test
    void listIsCopiedWithEqualContents() {
        TruffleString s = str("x");
        DartList list = new DartList(new Object[]{1L, 2.5, s, DartNull.INSTANCE, Boolean.TRUE}, 5, false, type("Object?"));
        DartList copy = (DartList) DartMessageCopier.copy(list);
        assertNotSame(list, copy);
        assertEquals(5, copy.size());
        assertEquals(1L, copy.get(0));
        assertEquals(2.5, copy.get(1));
        assertSame(s, copy.get(2));
        assertSame(DartNull.INSTANCE, copy.get(3));
        assertEquals(Boolean.TRUE, copy.get(4));
        assertFalse(copy.isGrowable(), "fixed-length stays fixed-length");
        assertEquals(type("Object?"), copy.elementType());
    }

    @Test
    void emptyListIsCopied() {
        DartList list = new DartList(new Object[0], 0, true, type("int"));
        DartList copy = (DartList) DartMessageCopier.copy(list);
        assertNotSame(list, copy);
        assertEquals(0, copy.size());
        assertTrue(copy.isGrowable());
        assertEquals(type("int"), copy.elementType());
        copy.add(7L);
        assertEquals(0, list.size());
    }

    @Test
    void mapIsCopiedWithEqualContents() {
        DartMap map = new DartMap(type("String"), type("int"));
        TruffleString a = str("a");
        TruffleString b = str("b");
        map.put(a, 1L);
        map.put(b, 2L);
        DartMap copy = (DartMap) DartMessageCopier.copy(map);
        assertNotSame(map, copy);
        assertEquals(2, copy.size());
        assertEquals(1L, copy.get(a));
        assertEquals(2L, copy.get(b));
        assertEquals(type("String"), copy.keyType());
        assertEquals(type("int"), copy.valueType());
    }

    @Test
    void sharedListInMapStaysShared() {
        DartList shared = DartList.of(1L, 2L);
        DartMap map = new DartMap(type("int"), type("List<int>"));
        map.put(1L, shared);
        map.put(2L, shared);
        DartMap copy = (DartMap) DartMessageCopier.copy(map);
        Object v1 = copy.get(1L);
        Object v2 = copy.get(2L);
        assertNotSame(shared, v1);
        assertSame(v1, v2, "both values must be the same copied list");
        assertEquals(2, ((DartList) v1).size());
    }

    @Test
    void sharedListInListStaysShared() {
        DartList shared = DartList.of(1L);
        DartList outer = DartList.of(shared, shared, DartList.of(shared));
        DartList copy = (DartList) DartMessageCopier.copy(outer);
        assertSame(copy.get(0), copy.get(1));
        assertSame(copy.get(0), ((DartList) copy.get(2)).get(0));
        assertNotSame(shared, copy.get(0));
    }

    @Test
    void cyclicListCopiesToCyclicCopy() {
        DartList list = DartList.of(1L, null);
        list.set(1, list);
        DartList copy = (DartList) DartMessageCopier.copy(list);
        assertNotSame(list, copy);
        assertEquals(2, copy.size());
        assertEquals(1L, copy.get(0));
        assertSame(copy, copy.get(1), "the copy must contain itself, not the original");
    }

    @Test
    void mutualCycleThroughMap() {
        DartList list = DartList.of(0L);
        DartMap map = new DartMap(type("String"), type("dynamic"));
        TruffleString k = str("list");
        map.put(k, list);
        list.set(0, map);
        DartMap copy = (DartMap) DartMessageCopier.copy(map);
        DartList listCopy = (DartList) copy.get(k);
        assertNotSame(list, listCopy);
        assertSame(copy, listCopy.get(0));
    }

    @Test
    void mutatingOriginalDoesNotChangeCopy() {
        DartList inner = DartList.of(1L);
        DartList list = DartList.of(inner, 2L);
        DartMap map = new DartMap(type("int"), type("int"));
        map.put(1L, 10L);
        list.add(map);

        DartList copy = (DartList) DartMessageCopier.copy(list);
        inner.set(0, 99L);
        inner.add(100L);
        list.set(1, 42L);
        list.add(5L);
        map.put(1L, 11L);
        map.put(2L, 20L);

        assertEquals(3, copy.size());
        assertEquals(2L, copy.get(1));
        DartList innerCopy = (DartList) copy.get(0);
        assertEquals(1, innerCopy.size());
        assertEquals(1L, innerCopy.get(0));
        DartMap mapCopy = (DartMap) copy.get(2);
        assertEquals(1, mapCopy.size());
        assertEquals(10L, mapCopy.get(1L));

        // And the other way round.
        innerCopy.add(3L);
        assertEquals(2, inner.size());
    }

    @Test
    void environmentChainIsCopiedWithParentsLinked() {
        DartEnvironment root = new DartEnvironment(null, new Object[]{1L, null});
        DartEnvironment mid = new DartEnvironment(root, new Object[]{DartList.of(2L)});
        DartEnvironment leaf = new DartEnvironment(mid, new Object[]{str("s"), mid});

        DartEnvironment copy = (DartEnvironment) DartMessageCopier.copy(leaf);
        assertNotSame(leaf, copy);
        DartEnvironment midCopy = copy.parent;
        assertNotSame(mid, midCopy);
        assertSame(midCopy, copy.slots[1], "a slot referring to the parent refers to the copied parent");
        DartEnvironment rootCopy = midCopy.parent;
        assertNotSame(root, rootCopy);
        assertNull(rootCopy.parent);
        assertEquals(1L, rootCopy.slots[0]);
        assertNull(rootCopy.slots[1], "unset slots stay Java null");
        assertEquals(2, rootCopy.slots.length);
        DartList listCopy = (DartList) midCopy.slots[0];
        assertNotSame(mid.slots[0], listCopy);
        assertEquals(2L, listCopy.get(0));

        // Original untouched.
        assertSame(mid, leaf.parent);
        assertSame(root, mid.parent);
    }

    @Test
    void functionCapturedEnvironmentIsCopied() {
        DartEnvironment parent = new DartEnvironment(null, new Object[]{5L});
        DartEnvironment env = new DartEnvironment(parent, new Object[]{DartList.of(1L)});
        DartFunction fn = new DartFunction("f", null, env);
        // A closure capturing a closure over the same environment.
        env.slots[0] = DartList.of(fn);

        DartFunction copy = (DartFunction) DartMessageCopier.copy(fn);
        assertNotSame(fn, copy);
        assertEquals("f", copy.name);
        assertNull(copy.callTarget);
        DartEnvironment envCopy = (DartEnvironment) copy.captured;
        assertNotSame(env, envCopy);
        assertNotSame(parent, envCopy.parent);
        assertEquals(5L, envCopy.parent.slots[0]);
        assertSame(copy, ((DartList) envCopy.slots[0]).get(0), "cycle through the environment is kept");
        assertSame(env, fn.captured);
    }

    @Test
    void closureKeepsItsReifiedSignature() {
        TestType signature = type("(int) => int");
        DartFunction fn = new DartFunction("f.<anonymous closure>", null, new DartEnvironment(null, new Object[]{1L}), signature);
        DartFunction copy = (DartFunction) DartMessageCopier.copy(fn);
        assertNotSame(fn, copy);
        assertSame(signature, copy.reifiedType, "types are immutable and shared");
        assertNull(((DartFunction) DartMessageCopier.copy(new DartFunction("g", null, null))).reifiedType);
    }

    @Test
    void topLevelFunctionWithoutCaptureIsCopied() {
        DartFunction fn = new DartFunction("main", null, null);
        DartFunction copy = (DartFunction) DartMessageCopier.copy(fn);
        assertEquals("main", copy.name);
        assertNull(copy.captured);
    }

    @Test
    void plainObjectIsUnsendable() {
        DartMessageCopier.UnsendableException e = assertThrows(DartMessageCopier.UnsendableException.class,
                        () -> DartMessageCopier.copy(new Object()));
        assertEquals("(object is a Object)", e.describe());
    }

    @Test
    void futureInsideListIsUnsendable() {
        DartEventLoop loop = new DartIsolateGroup().newLoop("main");
        DartFuture future = new DartFuture(loop, null);
        DartMessageCopier.UnsendableException e = assertThrows(DartMessageCopier.UnsendableException.class,
                        () -> DartMessageCopier.copy(DartList.of(1L, DartList.of(future))));
        assertEquals("(object is a Future)", e.describe());
        assertTrue(e.getMessage().contains("Future"));
    }

    @Test
    void unsendableInClosureEnvironmentIsReported() {
        DartEnvironment env = new DartEnvironment(null, new Object[]{new StringBuilder()});
        DartFunction fn = new DartFunction("g", null, env);
        DartMessageCopier.UnsendableException e = assertThrows(DartMessageCopier.UnsendableException.class,
                        () -> DartMessageCopier.copy(fn));
        assertEquals("(object is a StringBuilder)", e.describe());
    }

    @Test
    void retainingPathOfRootIsEmpty() {
        DartMessageCopier.UnsendableException e = assertThrows(DartMessageCopier.UnsendableException.class,
                        () -> DartMessageCopier.copy(new StringBuilder()));
        assertTrue(e.holders().isEmpty());
        assertEquals(0, e.slots().length);
    }

    @Test
    void retainingPathLeadsFromHolderToRoot() {
        StringBuilder bad = new StringBuilder();
        DartList inner = DartList.of(1L, 2L, bad);
        DartList middle = DartList.of(inner);
        DartList root = DartList.of(0L, middle);
        DartMessageCopier.UnsendableException e = assertThrows(DartMessageCopier.UnsendableException.class,
                        () -> DartMessageCopier.copy(root));
        assertEquals(List.of(inner, middle, root), e.holders());
        assertEquals(List.of(2, 0, 1), toList(e.slots()));
    }

    @Test
    void retainingPathGoesThroughCapturedEnvironments() {
        StringBuilder bad = new StringBuilder();
        DartEnvironment outer = new DartEnvironment(null, new Object[]{bad});
        DartEnvironment env = new DartEnvironment(outer, new Object[]{1L, 2L});
        DartFunction fn = new DartFunction("g", null, env);
        DartMessageCopier.UnsendableException e = assertThrows(DartMessageCopier.UnsendableException.class,
                        () -> DartMessageCopier.copy(DartList.of(fn)));
        assertEquals(4, e.holders().size());
        assertSame(outer, e.holders().get(0));
        assertSame(env, e.holders().get(1));
        assertSame(fn, e.holders().get(2));
        assertEquals(List.of(0, -1, -1, 0), toList(e.slots()));
    }

    @Test
    void sharedReferenceKeepsTheFirstPath() {
        StringBuilder bad = new StringBuilder();
        DartList holder = DartList.of(bad);
        // Breadth first, as the VM's copy: the holder is met first through the root's first element.
        DartList root = DartList.of(holder, DartList.of(holder));
        DartMessageCopier.UnsendableException e = assertThrows(DartMessageCopier.UnsendableException.class,
                        () -> DartMessageCopier.copy(root));
        assertEquals(List.of(holder, root), e.holders());
        assertEquals(List.of(0, 0), toList(e.slots()));
    }

    private static List<Integer> toList(int[] values) {
        List<Integer> list = new ArrayList<>();
        for (int v : values) {
            list.add(v);
        }
        return list;
    }

    @Test
    void deepListChainDoesNotOverflowTheStack() {
        int depth = 100_000;
        DartList head = DartList.of(0L);
        DartList current = head;
        for (int i = 1; i < depth; i++) {
            DartList next = DartList.of((long) i);
            current.add(next);
            current = next;
        }
        DartList copy = (DartList) DartMessageCopier.copy(head);
        DartList o = head;
        DartList c = copy;
        int count = 0;
        while (true) {
            assertNotSame(o, c);
            assertEquals(o.size(), c.size());
            assertEquals(o.get(0), c.get(0));
            count++;
            if (o.size() == 1) {
                break;
            }
            o = (DartList) o.get(1);
            c = (DartList) c.get(1);
        }
        assertEquals(depth, count);
    }

    @Test
    void mapKeyOrderIsPreserved() {
        DartMap map = new DartMap(type("dynamic"), type("dynamic"));
        Object[] keys = {str("z"), 3L, str("a"), 1.5, 2L, DartNull.INSTANCE, Boolean.FALSE};
        for (int i = 0; i < keys.length; i++) {
            map.put(keys[i], (long) i);
        }
        map.remove(3L);
        map.put(3L, 99L); // re-added: now last
        DartMap copy = (DartMap) DartMessageCopier.copy(map);
        assertEquals(keys(map), keys(copy));
        assertEquals(List.of(keys[0], keys[2], keys[3], keys[4], keys[5], keys[6], 3L), keys(copy));
        assertEquals(99L, copy.get(3L));
        assertEquals(5L, copy.get(DartNull.INSTANCE));
    }

    @Test
    void integralDoubleKeyEqualsIntKeyInCopy() {
        DartMap map = new DartMap(type("num"), type("String"));
        map.put(1L, str("one"));
        map.put(2.0, str("two"));
        map.put(2.5, str("two and a half"));
        DartMap copy = (DartMap) DartMessageCopier.copy(map);
        assertEquals(3, copy.size());
        assertEquals("one", ((TruffleString) copy.get(1.0)).toJavaStringUncached());
        assertEquals("one", ((TruffleString) copy.get(1L)).toJavaStringUncached());
        assertEquals("two", ((TruffleString) copy.get(2L)).toJavaStringUncached());
        assertEquals("two", ((TruffleString) copy.get(2.0)).toJavaStringUncached());
        assertEquals("two and a half", ((TruffleString) copy.get(2.5)).toJavaStringUncached());
        assertTrue(copy.containsKey(1.0));
        // The stored key keeps the type it was first stored with.
        List<Object> k = keys(copy);
        assertInstanceOf(Long.class, k.get(0));
        assertInstanceOf(Double.class, k.get(1));
        assertEquals(2.0, k.get(1));
    }

    @Test
    void listAsMapKeyIsCopiedOnceAndSharedWithValue() {
        DartList key = DartList.of(1L);
        DartMap map = new DartMap(type("List<int>"), type("List<int>"));
        map.put(key, key);
        DartMap copy = (DartMap) DartMessageCopier.copy(map);
        Map.Entry<Object, Object> e = copy.entries().iterator().next();
        assertNotSame(key, e.getKey());
        assertSame(e.getKey(), e.getValue());
        assertSame(e.getValue(), copy.get(e.getKey()));
        assertNull(copy.get(key), "the original key object is not a key of the copy (identity equality)");
    }

    @Test
    void typedListIsCopiedWithItsBuffer() {
        DartTypedList bytes = DartTypedList.Kind.UINT8.allocate(4);
        bytes.set(0, 7L);
        DartTypedList copy = (DartTypedList) DartMessageCopier.copy(bytes);
        assertNotSame(bytes, copy);
        assertNotSame(bytes.buffer(), copy.buffer());
        assertNotSame(bytes.buffer().bytes(), copy.buffer().bytes());
        assertEquals(DartTypedList.Kind.UINT8, copy.kind());
        assertEquals(7L, copy.get(0));
        copy.set(0, 8L);
        assertEquals(7L, bytes.get(0));
    }

    @Test
    void viewsOfOneBufferStillShareAfterTheCopy() {
        DartTypedList bytes = DartTypedList.Kind.UINT8.allocate(8);
        DartTypedList words = DartTypedList.Kind.UINT32.view(bytes.buffer(), 4, 1);
        DartByteData data = new DartByteData(bytes.buffer(), 2, 4);
        DartList copy = (DartList) DartMessageCopier.copy(DartList.of(bytes, words, data, bytes, bytes.buffer()));
        DartTypedList bytesCopy = (DartTypedList) copy.get(0);
        DartTypedList wordsCopy = (DartTypedList) copy.get(1);
        DartByteData dataCopy = (DartByteData) copy.get(2);
        assertSame(bytesCopy, copy.get(3));
        assertSame(bytesCopy.buffer(), wordsCopy.buffer());
        assertSame(bytesCopy.buffer(), dataCopy.buffer());
        assertSame(bytesCopy.buffer(), copy.get(4));
        assertEquals(4, wordsCopy.offsetInBytes());
        assertTrue(wordsCopy.isView());
        assertEquals(2, dataCopy.offsetInBytes());
        assertEquals(4, dataCopy.lengthInBytes());
    }

    @Test
    void transferableTypedDataMovesItsArray() {
        byte[] bytes = {1, 2, 3};
        DartTransferableTypedData original = new DartTransferableTypedData(bytes);
        DartTransferableTypedData moved = (DartTransferableTypedData) DartMessageCopier.copy(original);
        assertNotSame(original, moved);
        assertNull(original.peek());
        assertSame(bytes, moved.take());
        DartMessageCopier.UnsendableException e = assertThrows(DartMessageCopier.UnsendableException.class, () -> DartMessageCopier.copy(original));
        assertEquals("(TransferableTypedData has been transferred already)", e.describe());
    }

    @Test
    void failedSendKeepsTheTransferableBytes() {
        byte[] bytes = {1};
        DartTransferableTypedData original = new DartTransferableTypedData(bytes);
        assertThrows(DartMessageCopier.UnsendableException.class, () -> DartMessageCopier.copy(DartList.of(original, new Object())));
        assertSame(bytes, original.peek());
    }

    @Test
    void capabilitiesAreSharedAndUnsendablesNamedAsTheVmNamesThem() {
        DartCapability capability = new DartCapability();
        assertSame(capability, DartMessageCopier.copy(capability));
        DartUnsendable port = () -> "ReceivePort";
        DartMessageCopier.UnsendableException e = assertThrows(DartMessageCopier.UnsendableException.class,
                        () -> DartMessageCopier.copy(DartList.of(1L, DartList.of(port))));
        assertEquals("(object is a ReceivePort)", e.describe());
    }

    @Test
    void betweenProgramsOnlyDataCrosses() {
        DartMessageCopier.copyBetweenPrograms(DartList.of(1L, 2.5, DartNull.INSTANCE, new DartCapability(), DartList.of(Boolean.TRUE)));
        DartFunction closure = new DartFunction("f", null, null);
        DartMessageCopier.UnsendableException e = assertThrows(DartMessageCopier.UnsendableException.class,
                        () -> DartMessageCopier.copyBetweenPrograms(DartList.of(closure)));
        assertEquals("(object is a Closure)", e.describe());
        // The same closure may be sent within one program.
        assertInstanceOf(DartList.class, DartMessageCopier.copy(DartList.of(closure)));
    }
}
