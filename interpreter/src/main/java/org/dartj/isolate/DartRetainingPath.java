package org.dartj.isolate;

import java.util.List;

import org.dartj.DartLanguage;
import org.dartj.classes.DartInstance;
import org.dartj.runtime.DartEnvironment;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartMap;
import org.dartj.runtime.DartRecord;
import org.dartj.runtime.DartSet;
import org.dartj.runtime.isolate.DartMessageCopier;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The text of the VM's ArgumentError for an unsendable object in a message: the first line
 * names the object, then one line per object on the path from it up to the message's root
 * (runtime/vm/object_graph_copy.cc, RetainingPath): {@code  <- field in Instance of 'C' (from
 * file:///...)} for a class instance (with the field that holds the next object), {@code  <-
 * _List len:N (from dart:core)} for a list's elements (a growable list adds its own line,
 * {@code Instance(length:N) of '_GrowableList'}), {@code  <- field x in main.<anonymous closure>
 * (from file:///...)} for a variable captured by a closure (as the VM's JIT names it; the
 * environments are listed as {@code Context num_variables: N} when the name is unknown), {@code
 *  <- _List len:8 (from dart:core)} then {@code  <- _Map len:1 (from dart:collection)} for a map
 * (its keys and values live in one data list; a set likewise, {@code _Set}), {@code  <- Record (1,
 * ReceivePort) (from dart:core)} for a record. The text ends with a line break, also when the root
 * itself is the unsendable object.
 */
public final class DartRetainingPath {
    private DartRetainingPath() {
    }

    @TruffleBoundary
    public static String message(DartMessageCopier.UnsendableException e, DartLanguage language) {
        StringBuilder sb = new StringBuilder("Illegal argument in isolate message: ").append(e.describe()).append('\n');
        List<Object> holders = e.holders();
        int[] slots = e.slots();
        for (int i = 0; i < holders.size(); i++) {
            int closure = capturingClosure(holders, i);
            if (closure > 0 && holders.get(i) instanceof DartEnvironment env && variableName(env, slots[i]) != null) {
                // As the VM (JIT): "Context <- Closure" becomes the captured variable's name in the closure.
                DartFunction fn = (DartFunction) holders.get(closure);
                line(sb, "field " + variableName(env, slots[i]) + " in " + fn.name, libraryOf(fn));
                i = closure;
                continue;
            }
            appendHolder(sb, holders.get(i), slots[i], language);
        }
        return sb.toString();
    }

    /** The index of the closure that captures the environments starting at {@code from}, or -1. */
    private static int capturingClosure(List<Object> holders, int from) {
        int i = from;
        while (i < holders.size() && holders.get(i) instanceof DartEnvironment) {
            i++;
        }
        return i > from && i < holders.size() && holders.get(i) instanceof DartFunction ? i : -1;
    }

    private static String variableName(DartEnvironment env, int slot) {
        return env.names != null && slot >= 0 && slot < env.names.length ? env.names[slot] : null;
    }

    /** The file URI of the library declaring {@code fn}, or null. */
    private static String libraryOf(DartFunction fn) {
        if (fn.callTarget == null) {
            return null;
        }
        var section = fn.callTarget.getRootNode().getSourceSection();
        String path = section == null ? null : section.getSource().getPath();
        return path == null ? null : "file://" + java.nio.file.Path.of(path).toAbsolutePath();
    }

    private static void appendHolder(StringBuilder sb, Object holder, int slot, DartLanguage language) {
        if (holder instanceof DartInstance instance) {
            String field = slot >= 0 ? instance.dartClass().fieldName(slot) : null;
            String location = "Instance of '" + language.coreClasses().types.typeOf(instance) + "'";
            line(sb, field != null ? field + " in " + location : location, instance.dartClass().libraryUri());
        } else if (holder instanceof DartList list) {
            if (list.isUnmodifiable()) {
                line(sb, "_ImmutableList len:" + list.size(), "dart:core");
            } else {
                // A growable list keeps its elements in a fixed-length backing list.
                line(sb, "_List len:" + list.size(), "dart:core");
                if (list.isGrowable()) {
                    line(sb, "Instance(length:" + list.size() + ") of '_GrowableList'", "dart:core");
                }
            }
        } else if (holder instanceof DartMap map && isPlain(map)) {
            // The VM's _Map keeps keys and values in one fixed-length _List (no Dart fields).
            line(sb, "_List len:" + mapDataLength(map.size()), "dart:core");
            line(sb, "_Map len:" + map.size(), "dart:collection");
        } else if (holder instanceof DartSet set && isPlain(set)) {
            line(sb, "_List len:" + setDataLength(set.size()), "dart:core");
            line(sb, "_Set len:" + set.size(), "dart:collection");
        } else if (holder instanceof DartMap || holder instanceof DartSet) {
            line(sb, "Instance of '" + language.coreClasses().types.typeOf(holder) + "'", "dart:collection");
        } else if (holder instanceof DartRecord record) {
            line(sb, recordText(record, language), "dart:core");
        } else if (holder instanceof DartEnvironment env) {
            line(sb, "Context num_variables: " + env.slots.length, null);
        } else if (holder instanceof DartFunction fn) {
            line(sb, "Closure: " + fn.name, null);
        } else {
            line(sb, "Instance of '" + language.coreClasses().types.typeOf(holder) + "'", null);
        }
    }

    /** A map or set of the VM's default kind (_Map, _Set): not identity, custom, hash-ordered or unmodifiable. */
    private static boolean isPlain(DartMap map) {
        return !map.isIdentity() && map.keyEquality() == null && map.bucketHash() == null && !map.isUnmodifiable();
    }

    private static boolean isPlain(DartSet set) {
        return !set.isIdentity() && set.keyEquality() == null && set.bucketHash() == null && !set.isUnmodifiable();
    }

    /**
     * The length of a _Map's data list after {@code size} insertions without removals: two
     * slots per entry, 8 at first, doubled when full (sdk/lib/_internal/vm_shared/lib/compact_hash.dart).
     */
    static int mapDataLength(int size) {
        int length = 8;
        while (2 * size > length) {
            length *= 2;
        }
        return length;
    }

    /** The same for a _Set: one slot per element, 4 at first. */
    static int setDataLength(int size) {
        int length = 4;
        while (size > length) {
            length *= 2;
        }
        return length;
    }

    /** The VM's text of a record (Record::ToCString): its fields' texts, named ones with their names. */
    static String recordText(DartRecord record, DartLanguage language) {
        StringBuilder sb = new StringBuilder("Record (");
        for (int i = 0; i < record.positionalCount(); i++) {
            sb.append(i == 0 ? "" : ", ").append(objectText(record.positional(i), language));
        }
        String[] names = record.names();
        for (int i = 0; i < names.length; i++) {
            sb.append(record.positionalCount() + i == 0 ? "" : ", ").append(names[i]).append(": ").append(objectText(record.named(i), language));
        }
        return sb.append(')').toString();
    }

    /** An object as the VM's Object::ToCString writes it: strings bare, ports by kind, instances by type. */
    private static String objectText(Object value, DartLanguage language) {
        if (value instanceof com.oracle.truffle.api.strings.TruffleString s) {
            return s.toJavaStringUncached();
        } else if (value instanceof DartRecord record) {
            return recordText(record, language);
        } else if (value instanceof org.dartj.runtime.isolate.DartUnsendable unsendable) {
            return unsendable.unsendableKind();
        } else if (value instanceof org.dartj.runtime.isolate.DartSendPort) {
            return "SendPort";
        } else if (value instanceof DartInstance instance) {
            return "Instance of '" + language.coreClasses().types.typeOf(instance) + "'";
        }
        return org.dartj.builtins.DartErrors.safeToString(value);
    }

    private static void line(StringBuilder sb, String location, String library) {
        sb.append(" <- ").append(location);
        if (library != null) {
            sb.append(" (from ").append(library).append(')');
        }
        sb.append('\n');
    }
}
