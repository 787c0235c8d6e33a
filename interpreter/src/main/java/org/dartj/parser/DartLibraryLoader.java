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
        Path resolved;
        String display;
        if (uri.startsWith("package:")) {
            Path file = packages(from, at) == null ? null : packages.resolve(uri);
            if (file == null) {
                throw DartSyntaxError.at(from, at.getStart().getLine(), at.getStart().getCharPositionInLine() + 1,
                                "Couldn't resolve the package '" + uri.substring(8, Math.max(8, uri.indexOf('/'))) + "' in '" + uri + "'.");
            }
            resolved = file;
            display = uri;
        } else {
            if (from.getPath() == null) {
                throw DartSyntaxError.at(from, at.getStart().getLine(), at.getStart().getCharPositionInLine() + 1,
                                "Can't resolve '" + uri + "': the importing source has no file path.");
            }
            resolved = Paths.get(from.getPath()).toAbsolutePath().getParent().resolve(uri).normalize();
            display = from.getName().startsWith("package:") ? from.getName().substring(0, from.getName().lastIndexOf('/') + 1) + uri
                            : Paths.get(from.getName()).resolveSibling(uri).normalize().toString();
        }
        String key = resolved.toString();
        DartTranslator existing = libraries.get(key);
        if (existing != null) {
            return existing;
        }
        TruffleFile file = DartContext.get(null).getEnv().getPublicTruffleFile(key);
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

    private DartPackageConfig packages;
    private boolean packagesLoaded;

    /** The program's package configuration (--packages, or the nearest .dart_tool/package_config.json). */
    private DartPackageConfig packages(Source from, ParserRuleContext at) {
        if (!packagesLoaded) {
            packagesLoaded = true;
            String explicit = DartContext.get(null).getEnv().getOptions().get(DartLanguage.PACKAGES);
            Path dir = from.getPath() == null ? Paths.get("").toAbsolutePath() : Paths.get(from.getPath()).toAbsolutePath().getParent();
            try {
                packages = DartPackageConfig.find(explicit, dir);
            } catch (java.io.IOException | RuntimeException e) {
                throw DartSyntaxError.at(from, at.getStart().getLine(), at.getStart().getCharPositionInLine() + 1,
                                "Can't read the package configuration: " + e.getMessage());
            }
        }
        return packages;
    }

    void registerClass(DartClassInfo info) {
        classInfos.put(info.dartClass, info);
    }

    DartClassInfo classInfo(DartClass cls) {
        return classInfos.get(cls);
    }
}
