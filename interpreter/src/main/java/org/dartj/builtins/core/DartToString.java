package org.dartj.builtins.core;

import java.util.IdentityHashMap;
import java.util.Map;

import org.dartj.runtime.DartList;
import org.dartj.runtime.DartMap;
import org.dartj.runtime.number.DartDoubleFormat;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code toString()} of the core values, exactly as the Dart VM prints them. */
public final class DartToString {
    private DartToString() {
    }

    @TruffleBoundary
    public static String toDisplayString(Object value) {
        StringBuilder sb = new StringBuilder();
        append(sb, value, new IdentityHashMap<>());
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object value, IdentityHashMap<Object, Boolean> inProgress) {
        if (value instanceof TruffleString s) {
            sb.append(s.toJavaStringUncached());
        } else if (value instanceof Double d) {
            sb.append(DartDoubleFormat.toString(d));
        } else if (value instanceof DartList list) {
            if (inProgress.containsKey(list)) {
                sb.append("[...]");
                return;
            }
            inProgress.put(list, Boolean.TRUE);
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                append(sb, list.get(i), inProgress);
            }
            sb.append(']');
            inProgress.remove(list);
        } else if (value instanceof org.dartj.runtime.DartRecord record) {
            sb.append('(');
            int n = record.positionalCount();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                append(sb, record.positional(i), inProgress);
            }
            String[] names = record.names();
            for (int i = 0; i < names.length; i++) {
                if (n > 0 || i > 0) {
                    sb.append(", ");
                }
                sb.append(names[i]).append(": ");
                append(sb, record.named(i), inProgress);
            }
            if (n == 1 && names.length == 0) {
                sb.append(',');
            }
            sb.append(')');
        } else if (value instanceof org.dartj.runtime.DartSet set) {
            if (inProgress.containsKey(set)) {
                sb.append("{...}");
                return;
            }
            inProgress.put(set, Boolean.TRUE);
            sb.append('{');
            boolean first = true;
            for (Object e : set) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                append(sb, e, inProgress);
            }
            sb.append('}');
            inProgress.remove(set);
        } else if (value instanceof DartMap map) {
            if (inProgress.containsKey(map)) {
                sb.append("{...}");
                return;
            }
            inProgress.put(map, Boolean.TRUE);
            sb.append('{');
            boolean first = true;
            for (Map.Entry<Object, Object> e : map.entries()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                append(sb, e.getKey(), inProgress);
                sb.append(": ");
                append(sb, e.getValue(), inProgress);
            }
            sb.append('}');
            inProgress.remove(map);
        } else {
            sb.append(value);
        }
    }
}
