package org.dartj.builtins.core;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.runtime.DartList;

/**
 * {@code list.asMap()}: the SDK's {@code ListMapView}, an unmodifiable {@code Map<int, E>}
 * whose keys are the list's indices. A view: it follows later changes of the list.
 */
public final class DartListMapView implements DartObject {
    private final DartClass dartClass;
    private final DartList list;

    public DartListMapView(DartClass dartClass, DartList list) {
        this.dartClass = dartClass;
        this.list = list;
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    public DartList list() {
        return list;
    }

    public boolean containsKey(Object key) {
        return key instanceof Long index && list.inRange(index);
    }
}
