package org.dartj.builtins.collection;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;

import org.dartj.builtins.core.DartIterator;
import org.dartj.builtins.core.DartLazyIterable;
import org.dartj.builtins.core.DartToString;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartCoreClasses;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * dart:collection's {@code Queue} (a {@code ListQueue}): a double-ended queue; every Iterable
 * member works on it. It prints with braces, as the VM's ListQueue does.
 */
public final class DartQueue extends DartLazyIterable {
    private final DartClass dartClass;
    final ArrayDeque<Object> elements = new ArrayDeque<>();

    public DartQueue(DartCoreClasses classes, DartClass dartClass) {
        super(classes);
        this.dartClass = dartClass;
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    @Override
    public String vmClassName() {
        return "ListQueue<dynamic>";
    }

    @Override
    public DartIterator iterator() {
        Iterator<Object> it = new ArrayList<>(elements).iterator();
        return new DartIterator() {
            private Object current = DartNull.INSTANCE;

            @Override
            public boolean moveNext() {
                if (it.hasNext()) {
                    current = it.next();
                    return true;
                }
                current = DartNull.INSTANCE;
                return false;
            }

            @Override
            public Object current() {
                return current;
            }
        };
    }

    @Override
    public boolean isEfficientLength() {
        return true;
    }

    @Override
    public long length() {
        return elements.size();
    }

    @Override
    @TruffleBoundary
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (Object e : elements) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(DartToString.toDisplayString(e));
        }
        return sb.append('}').toString();
    }
}
