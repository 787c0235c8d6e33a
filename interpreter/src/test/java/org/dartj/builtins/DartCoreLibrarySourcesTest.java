package org.dartj.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Dart-written parts of the core libraries (resources org/dartj/lib/NAME.dart). */
@Timeout(60)
class DartCoreLibrarySourcesTest {
    @Test
    void resourcesExistForTheLibrariesWithDartParts() {
        assertTrue(DartCoreLibraries.readDartSource("dart:collection").contains("class SplayTreeMap<K, V>"));
        assertTrue(DartCoreLibraries.readDartSource("dart:math").contains("class Rectangle<T extends num>"));
        assertTrue(DartCoreLibraries.readDartSource("dart:convert").contains("class HtmlEscape "));
    }

    @Test
    void otherUrisHaveNoDartPart() {
        assertNull(DartCoreLibraries.readDartSource("dart:io"));
        assertNull(DartCoreLibraries.readDartSource("package:collection/collection.dart"));
        assertNull(DartCoreLibraries.readDartSource("dart:../lib/collection"));
        assertNull(DartCoreLibraries.readDartSource("collection.dart"));
    }

    @Test
    void theNamesThatNeedADartPartAreItsPublicDeclarationsAndExtensionMembers() {
        Set<String> collection = DartCoreLibraries.declaredNames(DartCoreLibraries.readDartSource("dart:collection"));
        assertTrue(collection.containsAll(List.of("ListBase", "ListMixin", "MapBase", "SetMixin", "IterableBase", "SplayTreeMap", "SplayTreeSet", "HashMap",
                        "HashSet", "DoubleLinkedQueue", "DoubleLinkedQueueEntry", "UnmodifiableListView", "UnmodifiableMapView", "MapView")), collection.toString());
        assertFalse(collection.stream().anyMatch(n -> n.startsWith("_")), collection.toString());
        Set<String> convert = DartCoreLibraries.declaredNames(DartCoreLibraries.readDartSource("dart:convert"));
        assertTrue(convert.containsAll(List.of("Converter", "Codec", "ascii", "latin1", "htmlEscape", "HtmlEscape", "HtmlEscapeMode", "Utf8Encoder",
                        "fuse", "inverted", "encoder", "decoder", "LineSplitter", "JsonEncoder", "JsonDecoder", "ChunkedConversionSink", "StringConversionSink",
                        "ByteConversionSink", "ClosableStringSink")), convert.toString());
        assertFalse(convert.contains("convert"), convert.toString());
        assertEquals(Set.of("Point", "Rectangle", "MutableRectangle"), DartCoreLibraries.declaredNames(DartCoreLibraries.readDartSource("dart:math")));
    }

    @Test
    void theDartPartIsLoadedWhenTheProgramNamesSomethingOfIt() {
        try (Engine engine = Engine.create("dart")) {
            assertEquals("{1}\n[2]\n", run(engine, "import 'dart:collection';\nimport 'dart:convert';\nvoid main() { print(Queue.of([1])); print(json.decode('[2]')); }"));
            assertEquals("true\n", run(engine, "import 'dart:convert';\nvoid main() { print(identical(utf8.inverted.inverted, utf8)); }"));
        }
    }

    private static String run(Engine engine, String program) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("dart").engine(engine).out(out).build()) {
            context.eval("dart", program);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyProgramOnASharedEngineLoadsTheDartPartAgain() {
        try (Engine engine = Engine.create("dart")) {
            String program = "import 'dart:collection';\nvoid main() { var s = SplayTreeSet<int>.of([3, 1, 2]); print(s); print(s.first); }";
            assertEquals("{1, 2, 3}\n1\n", run(engine, program));
            assertEquals("{1, 2, 3}\n1\n", run(engine, program));
            assertEquals("Rectangle (0, 0) 2 x 3\n", run(engine, "import 'dart:math';\nvoid main() { print(Rectangle(0, 0, 2, 3)); }"));
        }
    }

    @Test
    void theInternalHelpersAreNotExportedByDartCollection() {
        try (Context context = Context.newBuilder("dart").out(new ByteArrayOutputStream()).err(new ByteArrayOutputStream()).build()) {
            PolyglotException e = assertThrows(PolyglotException.class,
                            () -> context.eval("dart", "import 'dart:collection';\nvoid main() { print(iterableAdapter([1])); }"));
            assertTrue(e.isSyntaxError(), e.getMessage());
            assertTrue(e.getMessage().contains("iterableAdapter"), e.getMessage());
        }
    }

    @Test
    void namesOfTheDartPartNeedTheImport() {
        try (Context context = Context.newBuilder("dart").out(new ByteArrayOutputStream()).err(new ByteArrayOutputStream()).build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval("dart", "void main() { print(SplayTreeMap()); }"));
            assertNotNull(e.getMessage());
            assertTrue(e.isSyntaxError(), e.getMessage());
        }
    }
}
