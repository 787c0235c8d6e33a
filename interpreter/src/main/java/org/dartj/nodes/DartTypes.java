package org.dartj.nodes;

import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.dsl.TypeCheck;
import com.oracle.truffle.api.dsl.TypeSystem;

/** The primitive representations of Dart values: int is long, double is double, bool is boolean. */
@TypeSystem({long.class, double.class, boolean.class})
public abstract class DartTypes {
    @TypeCheck(DartNull.class)
    public static boolean isDartNull(Object value) {
        return value == DartNull.INSTANCE;
    }
}
