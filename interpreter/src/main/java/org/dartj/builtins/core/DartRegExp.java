package org.dartj.builtins.core;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.runtime.DartImmutableValue;

import com.oracle.truffle.api.strings.TruffleString;

/**
 * A Dart RegExp (the VM's {@code _RegExp}): its source, flags and groups. Immutable, so
 * isolates share it: the TRegex objects that match it are looked up by {@link #source} (and
 * {@link #stickySource}, for {@code matchAsPrefix}) in the current isolate's cache (see
 * {@link DartRegExps}).
 */
public final class DartRegExp implements DartObject, DartImmutableValue {
    private final DartClass dartClass;
    final TruffleString pattern;
    final boolean multiLine;
    final boolean caseSensitive;
    final boolean unicode;
    final boolean dotAll;
    /** The TRegex source texts of this RegExp and of its sticky variant. */
    final String source;
    final String stickySource;
    final int groupCount;
    /** Capture group names in index order, and their indexes. */
    final String[] groupNames;
    final int[] groupIndexes;

    DartRegExp(DartClass dartClass, TruffleString pattern, boolean multiLine, boolean caseSensitive, boolean unicode, boolean dotAll, int groupCount,
                    String[] groupNames, int[] groupIndexes) {
        this.dartClass = dartClass;
        this.pattern = pattern;
        this.multiLine = multiLine;
        this.caseSensitive = caseSensitive;
        this.unicode = unicode;
        this.dotAll = dotAll;
        this.source = DartRegExps.regexSource(pattern.toJavaStringUncached(), flags());
        this.stickySource = DartRegExps.regexSource(pattern.toJavaStringUncached(), flags() + "y");
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
