package org.dartj.builtins.core;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;

import com.oracle.truffle.api.strings.TruffleString;

/**
 * A Dart RegExp (the VM's {@code _RegExp}): its source and flags, and the TRegex objects that
 * match it, compiled once per isolate (see {@link DartRegExps}). The sticky variant serves
 * {@code matchAsPrefix}; it is compiled on first use.
 */
public final class DartRegExp implements DartObject {
    private final DartClass dartClass;
    final TruffleString pattern;
    final boolean multiLine;
    final boolean caseSensitive;
    final boolean unicode;
    final boolean dotAll;
    final Object compiled;
    final int groupCount;
    /** Capture group names in index order, and their indexes. */
    final String[] groupNames;
    final int[] groupIndexes;
    Object sticky;

    DartRegExp(DartClass dartClass, TruffleString pattern, boolean multiLine, boolean caseSensitive, boolean unicode, boolean dotAll, Object compiled, int groupCount,
                    String[] groupNames, int[] groupIndexes) {
        this.dartClass = dartClass;
        this.pattern = pattern;
        this.multiLine = multiLine;
        this.caseSensitive = caseSensitive;
        this.unicode = unicode;
        this.dotAll = dotAll;
        this.compiled = compiled;
        this.groupCount = groupCount;
        this.groupNames = groupNames;
        this.groupIndexes = groupIndexes;
    }

    /** The ECMAScript flags of this RegExp (without the sticky flag). */
    String flags() {
        return (caseSensitive ? "" : "i") + (multiLine ? "m" : "") + (dotAll ? "s" : "") + (unicode ? "u" : "");
    }

    /** The index of a named group, or -1. */
    int groupIndex(String name) {
        for (int i = 0; i < groupNames.length; i++) {
            if (groupNames[i].equals(name)) {
                return groupIndexes[i];
            }
        }
        return -1;
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    @Override
    public String toString() {
        return "Instance of '_RegExp'";
    }
}
