package org.dartj.parser;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.antlr.v4.runtime.ParserRuleContext;
import org.dartj.DartContext;
import org.dartj.DartLanguage;
import org.dartj.classes.DartClass;

import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.source.Source;

/**
 * Loads a program's libraries: the root file and every file it imports or exports,
 * transitively, each translated once. Translation runs in phases over the whole graph so
 * that cyclic imports work: every library declares its names first; then, dependencies
 * first, each resolves its imports and lays out its classes; then all bodies are translated.
 */
final class DartLibraryLoader {
    private final DartLanguage language;
    private final Map<String, DartTranslator> libraries = new HashMap<>();
    /** Dependencies before dependents (as far as cycles allow). */
    private final List<DartTranslator> order = new ArrayList<>();
    private final Map<DartClass, DartClassInfo> classInfos = new IdentityHashMap<>();

    DartLibraryLoader(DartLanguage language) {
        this.language = language;
    }

    DartProgram loadProgram(Source source) {
        DartTranslator root = loadSource(source, source.getPath() != null ? Paths.get(source.getPath()).toAbsolutePath().normalize().toString() : source.getName());
        for (DartTranslator library : order) {
            library.resolveImports();
        }
        for (DartTranslator library : order) {
            library.linkClasses();
        }
        for (DartTranslator library : order) {
            library.declareStatics();
        }
        for (DartTranslator library : order) {
            library.translateBodies();
        }
        return root.program();
    }

    /** The library {@code uri} names, relative to the importing library. */
    DartTranslator load(DartTranslator importer, String uri, ParserRuleContext at) {
        Source from = importer.source();
        if (uri.startsWith("package:")) {
            throw DartSyntaxError.at(from, at.getStart().getLine(), at.getStart().getCharPositionInLine() + 1,
                            "Importing '" + uri + "': package: imports are not supported yet.");
        }
        if (from.getPath() == null) {
            throw DartSyntaxError.at(from, at.getStart().getLine(), at.getStart().getCharPositionInLine() + 1,
                            "Can't resolve '" + uri + "': the importing source has no file path.");
        }
        Path resolved = Paths.get(from.getPath()).toAbsolutePath().getParent().resolve(uri).normalize();
        String key = resolved.toString();
        DartTranslator existing = libraries.get(key);
        if (existing != null) {
            return existing;
        }
        TruffleFile file = DartContext.get(null).getEnv().getPublicTruffleFile(key);
        String display = Paths.get(from.getName()).resolveSibling(uri).normalize().toString();
        Source source;
        try {
            if (!file.exists()) {
                throw new IOException("No such file or directory");
            }
            source = Source.newBuilder(DartLanguage.ID, file).name(display).build();
        } catch (IOException | SecurityException e) {
            throw DartSyntaxError.at(from, at.getStart().getLine(), at.getStart().getCharPositionInLine() + 1,
                            "Error when reading '" + uri + "': " + e.getMessage());
        }
        return loadSource(source, key);
    }

    private DartTranslator loadSource(Source source, String key) {
        DartTranslator library = DartTranslator.forLibrary(language, source);
        libraries.put(key, library);
        library.declare(DartParseDriver.parse(source), this);
        order.add(library);
        return library;
    }

    void registerClass(DartClassInfo info) {
        classInfos.put(info.dartClass, info);
    }

    DartClassInfo classInfo(DartClass cls) {
        return classInfos.get(cls);
    }
}
