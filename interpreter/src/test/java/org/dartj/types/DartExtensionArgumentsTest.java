package org.dartj.types;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartCoreClasses;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartNull;
import org.junit.jupiter.api.Test;

/** What a generic extension's type parameters stand for with a given receiver. */
class DartExtensionArgumentsTest {
    private final DartCoreClasses classes = new DartCoreClasses();
    private final DartTypeSystem types = classes.types;

    private DartClass extension(DartType onType, String... parameters) {
        DartClass cls = new DartClass("E", null, true);
        cls.setTypeParameters(parameters);
        cls.setExtensionOnType(onType);
        return cls;
    }

    private static DartTypeParameterType parameter(String name, int index) {
        return new DartTypeParameterType(name, index, false);
    }

    @Test
    void aBareTypeParameterIsTheReceiversType() {
        DartClass on = extension(parameter("T", 0), "T");
        assertArrayEquals(new DartType[]{types.intType}, types.extensionArguments(on, 3L));
        assertArrayEquals(new DartType[]{types.doubleType}, types.extensionArguments(on, 2.5));
        assertArrayEquals(new DartType[]{DartSpecialType.NULL}, types.extensionArguments(on, DartNull.INSTANCE));
    }

    @Test
    void typeArgumentsAreMatchedThroughSupertypes() {
        DartType iterableOfT = new DartInterfaceType(classes.iterableClass, new DartType[]{parameter("T", 0)}, false);
        DartClass on = extension(iterableOfT, "T");
        DartList strings = new DartList(new Object[0], 0, true, types.stringType);
        assertArrayEquals(new DartType[]{types.stringType}, types.extensionArguments(on, strings));
    }

    @Test
    void parametersTheReceiverDoesNotFixAreTheirBounds() {
        DartType listOfT = types.listOf(parameter("T", 0));
        DartClass on = extension(listOfT, "T", "U");
        on.setTypeParameterBounds(new DartType[]{DartSpecialType.DYNAMIC, types.numType});
        DartList ints = new DartList(new Object[]{1L}, 1, true, types.intType);
        assertArrayEquals(new DartType[]{types.intType, types.numType}, types.extensionArguments(on, ints));
        // A receiver that is not a list leaves T at its bound too.
        assertArrayEquals(new DartType[]{DartSpecialType.DYNAMIC, types.numType}, types.extensionArguments(on, 7L));
    }
}
