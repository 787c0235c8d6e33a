package org.dartj.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An extension type of another library, seen through an import (its name resolves to its
 * constructor there): as a type it is its erasure read in the declaring library, and the
 * exhaustiveness check treats it as a local one.
 */
@Timeout(60)
class DartImportedExtensionTypeTest {
    private static final String LIBRARY = """
                    class _Hidden { final int n; _Hidden(this.n); }
                    extension type Id._(_Hidden h) {
                      Id(int n) : this._(_Hidden(n));
                      int get n => h.n;
                    }
                    extension type Flag(bool value) {}
                    """;

    @TempDir
    Path dir;

    private String run(String program) throws IOException {
        Files.writeString(dir.resolve("lib.dart"), LIBRARY);
        Path main = dir.resolve("main.dart");
        Files.writeString(main, program);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("dart").out(out).err(new ByteArrayOutputStream()).allowIO(IOAccess.ALL).build()) {
            context.eval(Source.newBuilder("dart", main.toFile()).build());
        }
        return out.toString(StandardCharsets.UTF_8).trim();
    }

    @Test
    void privateRepresentationTypeIsReadInTheDeclaringLibrary() throws IOException {
        String program = """
                        import 'lib.dart' as p;
                        List<p.Id> ids(int n) => [for (var i = 0; i < n; i++) p.Id(i)];
                        void main() {
                          print(ids(3).map((id) => id.n).join(','));
                          print(ids(1).runtimeType);
                          print(p.Id);
                          Object o = p.Id(2);
                          print(o is p.Id);
                        }
                        """;
        assertEquals("0,1,2\nList<_Hidden>\n_Hidden\ntrue", run(program));
    }

    @Test
    void switchOverImportedExtensionTypeNamesItWithoutPrefix() {
        String program = """
                        import 'lib.dart' as p;
                        String f(p.Flag? f) => switch (f) { true => 'on', null => 'unset' };
                        void main() { print(f(null)); }
                        """;
        PolyglotException e = assertThrows(PolyglotException.class, () -> run(program));
        assertTrue(e.isSyntaxError(), e::getMessage);
        assertTrue(e.getMessage().contains("The type 'Flag?' is not exhaustively matched by the switch cases since it doesn't match 'false'."), e::getMessage);
    }

    @Test
    void inferredImportedExtensionTypeIsLeftUnchecked() throws IOException {
        // The CFE would name the extension type; its erasure is all the translator knows.
        String program = """
                        import 'lib.dart';
                        void main() {
                          var f = Flag(true);
                          print(switch (f) { true => 'on', false => 'off' });
                        }
                        """;
        assertEquals("on", run(program));
    }
}
