package org.dartj.nodes.call;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartInstance;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartRecord;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** Reads {@code value.name} on the slow path (object patterns, record fields). */
public final class DartPropertyReader {
    private DartPropertyReader() {
    }

    @TruffleBoundary
    public static Object read(Object value, String name, Node location) {
        if (value instanceof DartRecord record) {
            Object field = record.field(name);
            if (field != null) {
                return field;
            }
        }
        DartClass cls = DartLanguage.get(location).coreClasses().classOf(value);
        Object member = cls.lookupGetterOrField(name);
        if (member instanceof Integer index) {
            return ((DartInstance) value).getField(index);
        } else if (member instanceof DartFunction getter) {
            return getter.callTarget.call(value);
        }
        DartFunction method = cls.lookupMethod(name);
        if (method != null) {
            return new DartFunction(name, method.callTarget, value);
        }
        throw DartErrors.noSuchMethod(value, name, true, location);
    }
}
