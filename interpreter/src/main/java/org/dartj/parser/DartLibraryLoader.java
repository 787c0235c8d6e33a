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
    /** Extension types by their representation constructor (what their name resolves to). */
    private final Map<Object, DartClassInfo> extensionTypes = new IdentityHashMap<>();

    private DartPackageResolution resolution;

    DartLibraryLoader(DartLanguage language, DartPackageResolution resolution) {
        this(language);
        this.resolution = resolution;
    }

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

    /** A file named by {@code uri} relative to the importing library's file: its key (absolute path) and display name. */
    private record Located(String key, String display) {
    }

    private Located locate(Source from, String uri, ParserRuleContext at) {
        if (uri.startsWith("package:")) {
            Path file = packages(from, at) == null ? null : packages.resolve(uri);
            if (file == null) {
                throw DartSyntaxError.at(from, at.getStart().getLine(), at.getStart().getCharPositionInLine() + 1,
                                "Couldn't resolve the package '" + uri.substring(8, Math.max(8, uri.indexOf('/'))) + "' in '" + uri + "'.");
            }
            return new Located(file.toString(), uri);
        }
        if (from.getPath() == null) {
            throw DartSyntaxError.at(from, at.getStart().getLine(), at.getStart().getCharPositionInLine() + 1,
                            "Can't resolve '" + uri + "': the importing source has no file path.");
        }
        Path resolved = Paths.get(from.getPath()).toAbsolutePath().getParent().resolve(uri).normalize();
        String display = from.getName().startsWith("package:") ? from.getName().substring(0, from.getName().lastIndexOf('/') + 1) + uri
                        : Paths.get(from.getName()).resolveSibling(uri).normalize().toString();
        return new Located(resolved.toString(), display);
    }

    private static Source read(Located located, Source from, String uri, ParserRuleContext at) {
        TruffleFile file = DartContext.get(null).getEnv().getPublicTruffleFile(located.key());
        try {
            if (!file.exists()) {
                throw new IOException("No such file or directory");
            }
            return Source.newBuilder(DartLanguage.ID, file).name(located.display()).build();
        } catch (IOException | SecurityException e) {
            throw DartSyntaxError.at(from, at.getStart().getLine(), at.getStart().getCharPositionInLine() + 1,
                            "Error when reading '" + uri + "': " + e.getMessage());
        }
    }

    /** The library {@code uri} names, relative to the importing library. */
    DartTranslator load(DartTranslator importer, String uri, ParserRuleContext at) {
        Source from = importer.source();
        Located located = locate(from, uri, at);
        DartTranslator existing = libraries.get(located.key());
        if (existing != null) {
            return existing;
        }
        return loadSource(read(located, from, uri, at), located.key());
    }

    /**
     * The Dart part of the core library {@code uri} (a resource shipped with the interpreter,
     * see {@code DartCoreLibraries.dartSource}), loaded once per program like any library.
     */
    DartTranslator loadCore(String uri, String text) {
        DartTranslator existing = libraries.get(uri);
        if (existing != null) {
            return existing;
        }
        return loadSource(Source.newBuilder(DartLanguage.ID, text, uri).internal(true).build(), uri);
    }

    /** The source of the part file {@code uri} of the library {@code owner}. */
    Source readPart(Source owner, String uri, ParserRuleContext at) {
        return read(locate(owner, uri, at), owner, uri, at);
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
                packages = DartPackageConfig.forProgram(resolution, explicit, dir);
            } catch (java.io.IOException | RuntimeException e) {
                throw DartSyntaxError.at(from, at.getStart().getLine(), at.getStart().getCharPositionInLine() + 1,
                                "Can't read the package configuration: " + e.getMessage());
            }
        }
        return packages;
    }

    void registerExtensionType(Object constructor, DartClassInfo info) {
        extensionTypes.put(constructor, info);
    }

    /** The extension type whose name resolves to {@code constructor}, or null. */
    DartClassInfo extensionType(Object constructor) {
        return extensionTypes.get(constructor);
    }

    void registerClass(DartClassInfo info) {
        classInfos.put(info.dartClass, info);
    }

    /** The library that declares the top-level function {@code holder}, or null. */
    DartTranslator ownerOf(org.dartj.nodes.call.DartFunctionHolder holder) {
        for (DartTranslator library : order) {
            if (library.declaresFunction(holder)) {
                return library;
            }
        }
        return null;
    }

    DartClassInfo classInfo(DartClass cls) {
        return classInfos.get(cls);
    }
}
