package org.dartj.builtins.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dartj.DartLanguage;
import org.dartj.classes.DartInstance;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartMap;
import org.dartj.runtime.number.DartDoubleFormat;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * {@code toString()} of the core values, exactly as the Dart VM prints them. Lists, maps and
 * iterables that are already being converted on this thread (an isolate's thread; Dart's
 * {@code toStringVisiting}) print as {@code [...]}, {@code {...}} and {@code (...)}, also when
 * a user-defined {@code toString} in between converts them again.
 */
public final class DartToString {
    private DartToString() {
    }

    private static final ThreadLocal<List<Object>> VISITING = ThreadLocal.withInitial(ArrayList::new);

    public static boolean isVisiting(Object value) {
        for (Object o : VISITING.get()) {
            if (o == value) {
                return true;
            }
        }
        return false;
    }

    public static void enter(Object value) {
        VISITING.get().add(value);
    }

    public static void exit(Object value) {
        List<Object> visiting = VISITING.get();
        visiting.remove(visiting.size() - 1);
    }

    @TruffleBoundary
    public static String toDisplayString(Object value) {
        StringBuilder sb = new StringBuilder();
        append(sb, value);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object value) {
        if (value instanceof TruffleString s) {
            sb.append(s.toJavaStringUncached());
        } else if (value instanceof Double d) {
            sb.append(DartDoubleFormat.toString(d));
        } else if (value instanceof DartList list) {
            if (isVisiting(list)) {
                sb.append("[...]");
                return;
            }
            enter(list);
            try {
                sb.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    append(sb, list.get(i));
                }
                sb.append(']');
            } finally {
                exit(list);
            }
        } else if (value instanceof org.dartj.runtime.DartRecord record) {
            sb.append('(');
            int n = record.positionalCount();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                append(sb, record.positional(i));
            }
            String[] names = record.names();
            for (int i = 0; i < names.length; i++) {
                if (n > 0 || i > 0) {
                    sb.append(", ");
                }
                sb.append(names[i]).append(": ");
                append(sb, record.named(i));
            }
            if (n == 1 && names.length == 0) {
                sb.append(',');
            }
            sb.append(')');
        } else if (value instanceof org.dartj.runtime.DartSet set) {
            if (isVisiting(set)) {
                sb.append("{...}");
                return;
            }
            enter(set);
            try {
                sb.append('{');
                boolean first = true;
                for (Object e : set) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    append(sb, e);
                }
                sb.append('}');
            } finally {
                exit(set);
            }
        } else if (value instanceof DartMap map) {
            if (isVisiting(map)) {
                sb.append("{...}");
                return;
            }
            enter(map);
            try {
                sb.append('{');
                boolean first = true;
                for (Map.Entry<Object, Object> e : map.entryArray()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    append(sb, e.getKey());
                    sb.append(": ");
                    append(sb, e.getValue());
                }
                sb.append('}');
            } finally {
                exit(map);
            }
        } else if (value instanceof DartListMapView view) {
            if (isVisiting(view)) {
                sb.append("{...}");
                return;
            }
            enter(view);
            try {
                sb.append('{');
                DartList list = view.list();
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(i).append(": ");
                    append(sb, list.get(i));
                }
                sb.append('}');
            } finally {
                exit(view);
            }
        } else if (value instanceof org.dartj.runtime.DartFunction function) {
            appendFunction(sb, function);
        } else if (value instanceof DartLazyIterable lazy) {
            sb.append(lazy.toString());
        } else if (value instanceof DartInstance instance && instance.dartClass().userMethod("toString") == null &&
                        instance.dartClass().isSubtypeOf(DartLanguage.get(null).coreClasses().iterableClass)) {
            sb.append(DartIterables.toShortString(instance));
        } else {
            sb.append(value);
        }
    }

    /**
     * A function prints as the VM's closures do: {@code Closure: } and its signature, then for a
     * tear-off of a top-level function or method the function it tears off
     * ({@code from Function 'add': static.}, {@code from Function 'inc':.}); an instantiated
     * generic function prints its instantiated signature and the function it instantiates.
     */
    private static void appendFunction(StringBuilder sb, org.dartj.runtime.DartFunction function) {
        org.dartj.types.DartFunctionType type = DartLanguage.get(null).coreClasses().types.functionTypeOf(function);
        if (type == null) {
            sb.append(function);
            return;
        }
        org.dartj.runtime.DartFunction torn = function.captured instanceof org.dartj.nodes.call.DartInstantiation i ? i.function() : function;
        org.dartj.nodes.DartRootNode root = (org.dartj.nodes.DartRootNode) torn.callTarget.getRootNode();
        sb.append("Closure: ").append(type);
        if (root.tearOffName() != null) {
            sb.append(" from Function '").append(root.tearOffName()).append("':").append(root.isStatic() ? " static." : ".");
        }
    }
}
