package org.dartj.builtins;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.dsl.NodeFactory;

/**
 * The index of the builtins that the build writes ({@code org.dartj.processor.DartBuiltinIndexProcessor}
 * in the processor module): each {@link DartBuiltin} node's generated factory class and owner
 * class. With it, start-up learns which class owns which builtins without loading any of them.
 */
final class DartBuiltinIndex {
    static final String RESOURCE = "/META-INF/dartj/builtins.index";

    private DartBuiltinIndex() {
    }

    /** One builtin: the binary name of its node factory class, and its owner ("" for a library function). */
    record Entry(String factoryClass, String owner) {
        @SuppressWarnings("unchecked")
        NodeFactory<? extends DartBuiltinNode> loadFactory() {
            try {
                Class<?> c = Class.forName(factoryClass, true, DartBuiltinIndex.class.getClassLoader());
                return (NodeFactory<? extends DartBuiltinNode>) c.getMethod("getInstance").invoke(null);
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException("bad builtin index entry " + factoryClass, e);
            }
        }
    }

    /** The index, or null when this build has none (compiled without the annotation processor). */
    static List<Entry> read() {
        try (InputStream in = DartBuiltinIndex.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            List<Entry> entries = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    int tab = line.indexOf('\t');
                    entries.add(tab < 0 ? new Entry(line, "") : new Entry(line.substring(0, tab), line.substring(tab + 1)));
                }
            }
            return entries;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    static DartBuiltin spec(NodeFactory<?> factory) {
        DartBuiltin spec = factory.getNodeClass().getAnnotation(DartBuiltin.class);
        if (spec == null) {
            throw new IllegalStateException("builtin without @DartBuiltin: " + factory.getNodeClass());
        }
        return spec;
    }
}
