package org.dartj.runtime.isolate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.dartj.runtime.DartEnvironment;
import org.dartj.runtime.DartFieldsObject;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartMap;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.DartRecord;
import org.dartj.runtime.DartSet;
import org.dartj.runtime.typed.DartByteBuffer;
import org.dartj.runtime.typed.DartByteData;
import org.dartj.runtime.typed.DartTransferableTypedData;
import org.dartj.runtime.typed.DartTypedList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * Deep-copies a message graph for {@code SendPort.send}, on the sender's thread at send
 * time. Immutable values (numbers, booleans, null, strings, send ports, function code) are
 * shared; everything else is copied once, through an identity map, so shared references
 * and cycles survive. The walk uses an explicit work list, so deep graphs cannot overflow
 * the Java stack. Hash maps are rebuilt on the receiving side. Typed data is copied with one
 * array copy of its buffer (views of one buffer share the copy, as they shared the
 * original); a {@code TransferableTypedData} hands its array over, without a copy, once the
 * whole message has been copied.
 */
public final class DartMessageCopier {
    /**
     * Thrown for an object that cannot cross isolates; {@link #describe()} names it. Like the
     * VM, it knows the path from the message's root to the object: {@link #holders()} are the
     * objects that hold it, nearest first, the root last (empty when the object is the root),
     * and {@link #slots()} the index in each holder that leads on (a field index of a class
     * instance, an element index of a list, a slot of a captured environment; -1 otherwise).
     */
    public static final class UnsendableException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String what;
        private final transient List<Object> holders;
        private final int[] slots;

        UnsendableException(String what) {
            this(what, List.of(), new int[0]);
        }

        UnsendableException(String what, List<Object> holders, int[] slots) {
            super(what, null, false, false);
            this.what = what;
            this.holders = holders;
            this.slots = slots;
        }

        public String describe() {
            return what;
        }

        public List<Object> holders() {
            return holders;
        }

        public int[] slots() {
            return slots.clone();
        }
    }

    private final IdentityHashMap<Object, Object> copies = new IdentityHashMap<>();
    /**
     * For each copied object, the object that held it when it was first met, and where; null
     * in the first attempt. Only a failed copy needs them (for the error's retaining path),
     * so a failed copy is redone with them.
     */
    private IdentityHashMap<Object, Object> holderOf;
    private IdentityHashMap<Object, Integer> slotOf;
    /** The object whose references are being copied, and the index of the current one. */
    private Object currentHolder;
    private int currentSlot = -1;
    /** Between different programs only data crosses: no class instances, closures or records. */
    private final boolean betweenPrograms;
    private final ArrayDeque<Object> pending = new ArrayDeque<>();
    private ArrayDeque<DartTransferableTypedData[]> transfers;

    private DartMessageCopier(boolean betweenPrograms, boolean tracksPaths) {
        this.betweenPrograms = betweenPrograms;
        if (tracksPaths) {
            holderOf = new IdentityHashMap<>();
            slotOf = new IdentityHashMap<>();
        }
    }

    @TruffleBoundary
    public static Object copy(Object message) {
        return copy(message, false);
    }

    /**
     * A copy for an isolate of another program ({@code Isolate.spawnUri}): as the VM's
     * messages between isolate groups, only null, bool, numbers, strings, lists, maps, sets,
     * send ports and capabilities may be sent.
     */
    @TruffleBoundary
    public static Object copyBetweenPrograms(Object message) {
        return copy(message, true);
    }

    private static Object copy(Object message, boolean betweenPrograms) {
        if (betweenPrograms) {
            checkPlainData(message);
        }
        if (isShared(message)) {
            return message;
        }
        try {
            return new DartMessageCopier(betweenPrograms, false).copyGraph(message);
        } catch (UnsendableException e) {
            // Nothing of a failed copy escapes; the second attempt records the path to the object.
            return new DartMessageCopier(betweenPrograms, true).copyGraph(message);
        }
    }

    private Object copyGraph(Object message) {
        Object result = shell(message);
        while (!pending.isEmpty()) {
            fill(pending.poll());
        }
        completeTransfers();
        return result;
    }

    private static boolean isShared(Object value) {
        return value instanceof Long || value instanceof Double || value instanceof Boolean || value instanceof TruffleString ||
                        value == DartNull.INSTANCE || value instanceof DartSendPort || value instanceof DartCapability || value instanceof String || value instanceof Integer ||
                        value instanceof org.dartj.runtime.DartImmutableValue immutable && sharesReferences(immutable) || (value instanceof DartFieldsObject f && f.isShared());
    }

    /** Whether every value an immutable value refers to may be shared too (Java null: an absent field). */
    private static boolean sharesReferences(org.dartj.runtime.DartImmutableValue value) {
        for (Object reference : value.references()) {
            if (reference != null && !isShared(reference)) {
                return false;
            }
        }
        return true;
    }

    private static void checkPlainData(Object value) {
        if (value instanceof DartFieldsObject || value instanceof DartFunction || value instanceof DartRecord || value instanceof DartEnvironment ||
                        value instanceof org.dartj.runtime.DartImmutableValue) {
            throw new UnsendableException(value instanceof DartFunction ? "(object is a Closure)" : "(object is a regular Dart Instance)");
        }
    }

    /** The copy of {@code value}: itself if shared, an existing copy, or a new unfilled shell. */
    private Object shell(Object value) {
        if (betweenPrograms) {
            checkPlainData(value);
        }
        if (isShared(value)) {
            return value;
        }
        Object existing = copies.get(value);
        if (existing != null) {
            return existing;
        }
        Object copy;
        if (value instanceof org.dartj.runtime.DartImmutableValue immutable) {
            // An error whose message or invalid value is a mutable object: a new error
            // referring to the copies (filled later, as any shell).
            Object[] references = immutable.references();
            Object[] copied = new Object[references.length];
            for (int i = 0; i < references.length; i++) {
                copied[i] = references[i] == null ? null : shell(references[i]);
            }
            copy = immutable.withReferences(copied);
            copies.put(value, copy);
            return copy;
        } else if (value instanceof DartTypedList typed) {
            copy = typed.kind().wrap(buffer(typed.buffer()), typed.offsetInBytes(), typed.size(), typed.isView());
            copies.put(value, copy);
            return copy;
        } else if (value instanceof DartByteData data) {
            copy = new DartByteData(buffer(data.buffer()), data.offsetInBytes(), data.lengthInBytes());
            copies.put(value, copy);
            return copy;
        } else if (value instanceof DartByteBuffer buffer) {
            return buffer(buffer);
        } else if (value instanceof DartTransferableTypedData transferable) {
            copy = transfer(transferable);
            copies.put(value, copy);
            return copy;
        } else if (value instanceof DartList list) {
            copy = new DartList(new Object[Math.max(list.size(), 1)], 0, list.isGrowable(), list.isUnmodifiable(), list.elementType());
        } else if (value instanceof DartMap map) {
            DartMap mapCopy = new DartMap(map.keyType(), map.valueType());
            if (map.isUnmodifiable()) {
                mapCopy.makeUnmodifiable();
            }
            if (map.isIdentity()) {
                mapCopy.makeIdentity();
            }
            // A HashMap's hash function is shared code: the copy iterates in the same order.
            if (map.bucketHash() != null && map.keyEquality() == null) {
                mapCopy.makeHashOrdered(map.bucketHash());
            }
            copy = mapCopy;
        } else if (value instanceof DartSet set) {
            DartSet setCopy = new DartSet(set.elementType());
            if (set.isIdentity()) {
                setCopy.makeIdentity();
            }
            if (set.bucketHash() != null && set.keyEquality() == null) {
                setCopy.makeHashOrdered(set.bucketHash());
            }
            copy = setCopy;
        } else if (value instanceof DartFieldsObject object) {
            copy = object.newEmpty();
        } else if (value instanceof DartRecord record) {
            // Immutable and acyclic by itself: copied at once (its mutable fields are shells).
            link(value);
            Object savedHolder = currentHolder;
            int savedSlot = currentSlot;
            currentHolder = value;
            Object[] positional = new Object[record.positionalCount()];
            for (int i = 0; i < positional.length; i++) {
                currentSlot = i;
                positional[i] = shell(record.positional(i));
            }
            Object[] named = new Object[record.names().length];
            for (int i = 0; i < named.length; i++) {
                currentSlot = positional.length + i;
                named[i] = shell(record.named(i));
            }
            currentHolder = savedHolder;
            currentSlot = savedSlot;
            copy = record.withValues(positional, named);
            copies.put(value, copy);
            return copy;
        } else if (value instanceof DartEnvironment env) {
            copy = new DartEnvironment(null, new Object[env.slots.length], env.names);
        } else if (value instanceof DartFunction fn) {
            copy = new DartFunction(fn.name, fn.callTarget, null, fn.reifiedType);
        } else {
            throw unsendable(describe(value));
        }
        link(value);
        copies.put(value, copy);
        pending.add(value);
        return copy;
    }

    private void link(Object value) {
        if (holderOf != null && currentHolder != null) {
            holderOf.put(value, currentHolder);
            slotOf.put(value, currentSlot);
        }
    }

    /** The error for the object met now: the path to it leads through the current holder. */
    private UnsendableException unsendable(String what) {
        List<Object> holders = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        Object holder = currentHolder;
        int slot = currentSlot;
        while (holder != null) {
            holders.add(holder);
            slots.add(slot);
            if (holderOf == null) {
                break;
            }
            Integer next = slotOf.get(holder);
            slot = next == null ? -1 : next;
            holder = holderOf.get(holder);
        }
        int[] slotArray = new int[slots.size()];
        for (int i = 0; i < slotArray.length; i++) {
            slotArray[i] = slots.get(i);
        }
        return new UnsendableException(what, holders, slotArray);
    }

    /** The receiver's copy of {@code buffer}: one array copy, shared by every view of it in the message. */
    private DartByteBuffer buffer(DartByteBuffer buffer) {
        Object existing = copies.get(buffer);
        if (existing != null) {
            return (DartByteBuffer) existing;
        }
        // A buffer and its read-only views share one array: one copy of it serves them all.
        byte[] bytes = (byte[]) copies.get(buffer.bytes());
        if (bytes == null) {
            bytes = buffer.bytes().clone();
            copies.put(buffer.bytes(), bytes);
        }
        DartByteBuffer copy = new DartByteBuffer(bytes, buffer.isReadOnly());
        copies.put(buffer, copy);
        return copy;
    }

    /** The receiver's object; it gets the bytes when the whole message has been copied. */
    private DartTransferableTypedData transfer(DartTransferableTypedData original) {
        if (original.peek() == null) {
            throw unsendable("(TransferableTypedData has been transferred already)");
        }
        DartTransferableTypedData copy = new DartTransferableTypedData(null);
        if (transfers == null) {
            transfers = new ArrayDeque<>();
        }
        transfers.add(new DartTransferableTypedData[]{original, copy});
        return copy;
    }

    private void completeTransfers() {
        if (transfers != null) {
            for (DartTransferableTypedData[] t : transfers) {
                t[1].give(t[0].take());
            }
        }
    }

    private void fill(Object original) {
        Object copy = copies.get(original);
        currentHolder = original;
        currentSlot = -1;
        if (original instanceof DartList list) {
            DartList target = (DartList) copy;
            for (int i = 0; i < list.size(); i++) {
                currentSlot = i;
                target.add(shell(list.get(i)));
            }
        } else if (original instanceof DartMap map) {
            DartMap target = (DartMap) copy;
            for (Map.Entry<Object, Object> e : map.entries()) {
                target.put(shell(e.getKey()), shell(e.getValue()));
            }
            target.copyBucketLayout(map);
        } else if (original instanceof DartFieldsObject object) {
            DartFieldsObject target = (DartFieldsObject) copy;
            for (int i = 0; i < object.fieldCount(); i++) {
                currentSlot = i;
                Object v = object.getField(i);
                target.setField(i, v == null ? null : shell(v));
            }
        } else if (original instanceof DartSet set) {
            DartSet target = (DartSet) copy;
            for (Object e : set) {
                target.add(shell(e));
            }
            target.copyBucketLayout(set);
        } else if (original instanceof DartEnvironment env) {
            DartEnvironment target = (DartEnvironment) copy;
            for (int i = 0; i < env.slots.length; i++) {
                Object v = env.slots[i];
                currentSlot = i;
                target.slots[i] = v == null ? null : shell(v);
            }
            currentSlot = -1;
            target.parent = env.parent == null ? null : (DartEnvironment) shell(env.parent);
        } else if (original instanceof DartFunction fn) {
            ((DartFunction) copy).captured = fn.captured == null ? null : shell(fn.captured);
        }
        currentHolder = null;
        currentSlot = -1;
    }

    private static String describe(Object value) {
        if (value instanceof DartUnsendable unsendable) {
            return "(object is a " + unsendable.unsendableKind() + ")";
        }
        String type = value.getClass().getSimpleName();
        if (type.startsWith("Dart")) {
            type = type.substring(4);
        }
        return "(object is a " + type + ")";
    }
}
