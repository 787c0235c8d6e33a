package org.dartj.parser;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves {@code package:name/path.dart} through a {@code package_config.json} (the
 * standard Dart convention: {@code --packages=FILE}, or the nearest
 * {@code .dart_tool/package_config.json} above the program).
 */
public final class DartPackageConfig {
    private final Map<String, Path> packageRoots = new HashMap<>();
    private Path file;

    private DartPackageConfig() {
    }

    /** The configuration for a program, or null if there is none. */
    static DartPackageConfig find(String explicitFile, Path programDirectory) throws java.io.IOException {
        Path file = null;
        if (explicitFile != null && !explicitFile.isEmpty()) {
            file = Path.of(explicitFile).toAbsolutePath();
        } else {
            for (Path dir = programDirectory; dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve(".dart_tool").resolve("package_config.json");
                if (Files.isRegularFile(candidate)) {
                    file = candidate;
                    break;
                }
            }
        }
        if (file == null) {
            return null;
        }
        Object json = new MiniJson(Files.readString(file)).value();
        DartPackageConfig config = new DartPackageConfig();
        config.file = file;
        if (json instanceof Map<?, ?> root && root.get("packages") instanceof List<?> packages) {
            for (Object p : packages) {
                if (p instanceof Map<?, ?> entry && entry.get("name") instanceof String name && entry.get("rootUri") instanceof String rootUri) {
                    String packageUri = entry.get("packageUri") instanceof String s ? s : "";
                    URI base = file.getParent().toUri();
                    URI root2 = base.resolve(rootUri.endsWith("/") ? rootUri : rootUri + "/");
                    config.packageRoots.put(name, Path.of(root2.resolve(packageUri))); 
                }
            }
        }
        return config;
    }

    /**
     * The configuration a program uses ({@code Isolate.packageConfig}): the file given by
     * {@code resolution} or {@code --packages} ({@code explicitFile}), else the nearest one
     * above {@code programDirectory}; null if there is none.
     */
    public static DartPackageConfig forProgram(DartPackageResolution resolution, String explicitFile, Path programDirectory) throws java.io.IOException {
        String explicit = explicitFile;
        if (resolution != null && resolution.configFile() != null) {
            explicit = resolution.configFile();
        } else if (resolution != null && resolution.automatic()) {
            explicit = null;
        }
        return find(explicit, programDirectory);
    }

    /** The package_config.json this configuration was read from. */
    public Path file() {
        return file;
    }

    /** The file of {@code package:name/rest}, or null if the package is unknown. */
    public Path resolve(String packageUri) {
        String rest = packageUri.substring("package:".length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return null;
        }
        Path root = packageRoots.get(rest.substring(0, slash));
        return root == null ? null : root.resolve(rest.substring(slash + 1)).normalize();
    }

    /** Just enough JSON for package_config.json: objects, arrays, strings, numbers, literals. */
    private static final class MiniJson {
        private final String text;
        private int pos;

        MiniJson(String text) {
            this.text = text;
        }

        Object value() {
            skip();
            char c = text.charAt(pos);
            if (c == '{') {
                Map<String, Object> map = new HashMap<>();
                pos++;
                skip();
                if (text.charAt(pos) == '}') {
                    pos++;
                    return map;
                }
                while (true) {
                    skip();
                    String key = string();
                    skip();
                    expect(':');
                    map.put(key, value());
                    skip();
                    if (text.charAt(pos) == ',') {
                        pos++;
                        continue;
                    }
                    expect('}');
                    return map;
                }
            } else if (c == '[') {
                List<Object> list = new java.util.ArrayList<>();
                pos++;
                skip();
                if (text.charAt(pos) == ']') {
                    pos++;
                    return list;
                }
                while (true) {
                    list.add(value());
                    skip();
                    if (text.charAt(pos) == ',') {
                        pos++;
                        continue;
                    }
                    expect(']');
                    return list;
                }
            } else if (c == '"') {
                return string();
            }
            int start = pos;
            while (pos < text.length() && ",}] \t\r\n".indexOf(text.charAt(pos)) < 0) {
                pos++;
            }
            return text.substring(start, pos);
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (text.charAt(pos) != '"') {
                char c = text.charAt(pos++);
                if (c == '\\') {
                    char e = text.charAt(pos++);
                    switch (e) {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'u' -> {
                            sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                            pos += 4;
                        }
                        default -> sb.append(e);
                    }
                } else {
                    sb.append(c);
                }
            }
            pos++;
            return sb.toString();
        }

        private void expect(char c) {
            if (text.charAt(pos) != c) {
                throw new IllegalArgumentException("invalid package_config.json at offset " + pos);
            }
            pos++;
        }

        private void skip() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }
    }
}
