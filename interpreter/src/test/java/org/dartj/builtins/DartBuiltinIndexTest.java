package org.dartj.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.oracle.truffle.api.dsl.NodeFactory;

/** The build-time builtin index agrees with the factory list and the annotations. */
class DartBuiltinIndexTest {
    private static Map<String, NodeFactory<? extends DartBuiltinNode>> listedFactories() {
        Map<String, NodeFactory<? extends DartBuiltinNode>> listed = new TreeMap<>();
        for (List<? extends NodeFactory<? extends DartBuiltinNode>> group : DartCoreLibraries.Factories.FACTORIES) {
            for (NodeFactory<? extends DartBuiltinNode> factory : group) {
                listed.put(factory.getClass().getName(), factory);
            }
        }
        return listed;
    }

    @Test
    void indexListsExactlyTheRegisteredFactories() {
        List<DartBuiltinIndex.Entry> index = DartBuiltinIndex.read();
        assertNotNull(index, "the build writes " + DartBuiltinIndex.RESOURCE);
        Map<String, NodeFactory<? extends DartBuiltinNode>> listed = listedFactories();
        TreeSet<String> indexed = new TreeSet<>();
        for (DartBuiltinIndex.Entry e : index) {
            indexed.add(e.factoryClass());
        }
        assertEquals(index.size(), indexed.size(), "no factory twice in the index");
        assertEquals(listed.keySet(), indexed, "@DartBuiltin nodes vs DartCoreLibraries.Factories.FACTORIES");
    }

    @Test
    void indexEntriesLoadTheirFactoryAndGiveItsOwner() {
        Map<String, NodeFactory<? extends DartBuiltinNode>> listed = listedFactories();
        for (DartBuiltinIndex.Entry e : DartBuiltinIndex.read()) {
            NodeFactory<? extends DartBuiltinNode> factory = e.loadFactory();
            assertSame(listed.get(e.factoryClass()), factory, e.factoryClass());
            assertEquals(DartBuiltinIndex.spec(factory).owner(), e.owner(), e.factoryClass());
        }
    }

    /** A declared signature covers exactly the builtin's parameters, all of them required. */
    @Test
    void declaredSignaturesMatchTheParameters() {
        int declared = 0;
        for (NodeFactory<? extends DartBuiltinNode> factory : listedFactories().values()) {
            DartBuiltin spec = DartBuiltinIndex.spec(factory);
            if (spec.returnType().isEmpty()) {
                assertEquals(0, spec.parameterTypes().length, "parameterTypes without returnType: " + factory.getClass().getName());
                continue;
            }
            declared++;
            assertEquals(spec.required(), spec.parameterTypes().length, factory.getClass().getName());
            assertEquals(0, spec.optional(), factory.getClass().getName());
            assertEquals(0, spec.named().length, factory.getClass().getName());
        }
        assertTrue(declared >= 4, "print, identical, identityHashCode and Error.safeToString declare signatures");
    }

    /** Installation order follows the index, not the list, so no two builtins may define the same member. */
    @Test
    void noTwoBuiltinsDefineTheSameMember() {
        Map<String, String> seen = new HashMap<>();
        for (NodeFactory<? extends DartBuiltinNode> factory : listedFactories().values()) {
            DartBuiltin spec = DartBuiltinIndex.spec(factory);
            String slot = switch (spec.kind()) {
                case STATIC, CONSTRUCTOR -> "static";
                default -> spec.kind().name();
            };
            String member = (spec.owner().isEmpty() ? spec.library() : spec.owner()) + " " + slot + " " + spec.name();
            String previous = seen.put(member, factory.getClass().getName());
            assertTrue(previous == null, member + " defined by " + previous + " and " + factory.getClass().getName());
        }
    }
}
