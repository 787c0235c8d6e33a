package org.dartj.builtins;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.dartj.runtime.DartNull;
import org.junit.jupiter.api.Test;

import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.strings.TruffleString;

/** The parameter table the build writes, and how a wrong argument is matched against it. */
class DartBuiltinParametersTest {
    @Test
    void parsesNamesAndJavaTypes() {
        DartBuiltinParameters.Parameter width = DartBuiltinParameters.parse("width:long");
        assertEquals("width", width.name());
        assertTrue(width.accepts(5L));
        assertFalse(width.accepts(1.5));
        assertFalse(width.accepts(TruffleString.fromJavaStringUncached("x", TruffleString.Encoding.UTF_16)));
        assertEquals("int", width.dartType());

        DartBuiltinParameters.Parameter any = DartBuiltinParameters.parse("value:java.lang.Object");
        assertTrue(any.accepts(DartNull.INSTANCE));
        assertTrue(any.accepts(1L));
    }

    @Test
    void namesTheDartTypeTheJavaTypesStandFor() {
        assertEquals("num", DartBuiltinParameters.parse("n:long|double").dartType());
        assertEquals("Pattern", DartBuiltinParameters.parse("p:com.oracle.truffle.api.strings.TruffleString|org.dartj.builtins.core.DartRegExp").dartType());
        assertEquals("String?", DartBuiltinParameters.parse("s:com.oracle.truffle.api.strings.TruffleString|org.dartj.runtime.DartNull").dartType());
        assertEquals("bool", DartBuiltinParameters.parse("b:boolean").dartType());
        assertEquals("List", DartBuiltinParameters.parse("l:org.dartj.runtime.DartList").dartType());
    }

    @Test
    void nestedClassesAreFoundByTheirSourceName() {
        DartBuiltinParameters.Parameter p = DartBuiltinParameters.parse("self:org.dartj.builtins.DartCoreLibraries.Getter");
        assertArrayEquals(new Class<?>[]{DartCoreLibraries.Getter.class}, p.types());
    }

    @Test
    void theBuildRecordsTheSpecializationParameters() {
        DartBuiltinParameters table = DartBuiltinParameters.read();
        DartBuiltinParameters.Parameter[] padLeft = table.of("org.dartj.builtins.core.StringBuiltins$PadLeftNode");
        assertNotNull(padLeft);
        List<String> names = new ArrayList<>();
        for (DartBuiltinParameters.Parameter p : padLeft) {
            names.add(p.name());
        }
        assertEquals(List.of("self", "width", "padding"), names);
        assertEquals("int", padLeft[1].dartType());
    }

    /** Each builtin's specializations take one value per child: receiver, positional and named parameters. */
    @Test
    void everyBuiltinHasOneParameterPerChild() {
        DartBuiltinParameters table = DartBuiltinParameters.read();
        for (List<? extends NodeFactory<? extends DartBuiltinNode>> group : DartCoreLibraries.Factories.FACTORIES) {
            for (NodeFactory<? extends DartBuiltinNode> factory : group) {
                DartBuiltin spec = DartBuiltinIndex.spec(factory);
                DartBuiltinParameters.Parameter[] parameters = table.of(factory.getNodeClass().getName());
                assertNotNull(parameters, factory.getNodeClass().getName());
                int children = (DartBuiltinParameters.hasReceiver(spec) ? 1 : 0) + spec.required() + spec.optional() + spec.named().length;
                assertEquals(children, parameters.length, factory.getNodeClass().getName());
            }
        }
    }
}
