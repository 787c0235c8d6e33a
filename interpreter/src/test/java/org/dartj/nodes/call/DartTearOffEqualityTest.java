package org.dartj.nodes.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;

import org.dartj.nodes.DartRootNode;
import org.dartj.runtime.DartFunction;
import org.dartj.types.DartSpecialType;
import org.dartj.types.DartType;
import org.junit.jupiter.api.Test;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;

/** Function values compare as the VM's closures: tear-offs by code and receiver, instantiations by function and type arguments. */
class DartTearOffEqualityTest {
    /** Code of a method ({@code tearOff} names it) or of a closure ({@code tearOff} null). */
    private static RootCallTarget code(String tearOff) {
        DartRootNode root = new DartRootNode(null, null, "f", null) {
            @Override
            public Object execute(VirtualFrame frame) {
                return null;
            }
        };
        if (tearOff != null) {
            root.declareTearOff(tearOff, false);
        }
        return root.getCallTarget();
    }

    @Test
    void methodTearOffsAreEqualForTheSameReceiver() {
        RootCallTarget method = code("m");
        Object receiver = new Object();
        DartFunction a = new DartFunction("m", method, receiver);
        DartFunction b = new DartFunction("m", method, receiver);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new DartFunction("m", method, new Object()));
        assertNotEquals(a, new DartFunction("m", code("m"), receiver));
    }

    @Test
    void numberReceiversCompareByValue() {
        RootCallTarget method = code("toString");
        long five = 5;
        DartFunction a = new DartFunction("toString", method, Long.valueOf(five));
        DartFunction b = new DartFunction("toString", method, Long.valueOf(five));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void closuresAreEqualOnlyToThemselves() {
        RootCallTarget literal = code(null);
        Object environment = new Object();
        DartFunction a = new DartFunction("<anonymous closure>", literal, environment);
        assertEquals(a, a);
        assertNotEquals(a, new DartFunction("<anonymous closure>", literal, environment));
    }

    @Test
    void instantiationsCompareFunctionAndTypeArguments() {
        DartFunction generic = new DartFunction("id", code("id"), null);
        // Two instantiation sites: different code, equal values when function and types agree.
        RootCallTarget site1 = new DartInstantiationRootNode(null, "id").getCallTarget();
        RootCallTarget site2 = new DartInstantiationRootNode(null, "id").getCallTarget();
        DartFunction a = new DartFunction("id", site1, new DartInstantiation(generic, new DartType[]{DartSpecialType.DYNAMIC}));
        DartFunction b = new DartFunction("id", site2, new DartInstantiation(generic, new DartType[]{DartSpecialType.DYNAMIC}));
        DartFunction c = new DartFunction("id", site2, new DartInstantiation(generic, new DartType[]{DartSpecialType.NULL}));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
        assertNotEquals(a, generic);
        Set<DartFunction> set = new HashSet<>(Set.of(a));
        set.add(b);
        set.add(c);
        assertEquals(2, set.size());
    }
}
