package org.dartj.builtins;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.dartj.runtime.DartNull;

/**
 * The parameters of each builtin node as its specializations declare them, read from the
 * table the build writes ({@code org.dartj.processor.DartBuiltinIndexProcessor}): per child
 * of the node, the name in its first specialization and the Java types its specializations
 * take. Used only when a builtin is called with an argument it has no specialization for, to
 * name the parameter and its type as the VM's {@code TypeError} does
 * ({@code type 'String' is not a subtype of type 'int' of 'width'}).
 */
public final class DartBuiltinParameters {
    static final String RESOURCE = "/META-INF/dartj/builtins.parameters";

    /** One child parameter: its name and the classes of the values its specializations take. */
    public record Parameter(String name, Class<?>[] types) {
        /** Whether some specialization takes {@code value} here. */
        public boolean accepts(Object value) {
            for (Class<?> t : types) {
                if (t.isInstance(value)) {
                    return true;
                }
            }
            return false;
        }

        /** The Dart type these Java types stand for ({@code long} and {@code double}: num). */
        public String dartType() {
            Set<String> names = new LinkedHashSet<>();
            for (Class<?> t : types) {
                names.add(dartName(t));
            }
            boolean nullable = names.remove("Null") && !names.isEmpty();
            if (names.contains("int") && names.contains("double")) {
                names.remove("int");
                names.remove("double");
                names.add("num");
            }
            if (names.contains("String") && names.contains("RegExp")) {
                names.remove("String");
                names.remove("RegExp");
                names.add("Pattern");
            }
            String name = names.isEmpty() ? "Null" : names.iterator().next();
            return nullable ? name + "?" : name;
        }
    }

    private final Map<String, Parameter[]> byNodeClass;

    private DartBuiltinParameters(Map<String, Parameter[]> byNodeClass) {
        this.byNodeClass = byNodeClass;
    }

    /** The parameters of the builtin node class with this binary name, or null if not known. */
    public Parameter[] of(String nodeClass) {
        return byNodeClass.get(nodeClass);
    }

    /** Whether the builtin's first child is the receiver (an instance member). */
    public static boolean hasReceiver(DartBuiltin spec) {
        return !spec.owner().isEmpty() && (spec.kind() == DartBuiltin.Kind.METHOD || spec.kind() == DartBuiltin.Kind.GETTER || spec.kind() == DartBuiltin.Kind.SETTER);
    }

    /** The table, empty when this build has none (compiled without the annotation processor). */
    static DartBuiltinParameters read() {
        Map<String, Parameter[]> table = new HashMap<>();
        try (InputStream in = DartBuiltinParameters.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String[] columns = line.split("\t");
                    Parameter[] parameters = new Parameter[columns.length - 1];
                    for (int i = 1; i < columns.length; i++) {
                        parameters[i - 1] = parse(columns[i]);
                    }
                    table.put(columns[0], parameters);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
        return new DartBuiltinParameters(table);
    }

    /** {@code name:type|type} with erased Java type names. */
    static Parameter parse(String column) {
        int colon = column.indexOf(':');
        String[] names = column.substring(colon + 1).split("\\|");
        Class<?>[] types = new Class<?>[names.length];
        for (int i = 0; i < names.length; i++) {
            types[i] = javaClass(names[i]);
        }
        return new Parameter(column.substring(0, colon), types);
    }

    private static Class<?> javaClass(String name) {
        return switch (name) {
            case "long" -> Long.class;
            case "double" -> Double.class;
            case "boolean" -> Boolean.class;
            case "int" -> Integer.class;
            default -> {
                try {
                    yield Class.forName(name, false, DartBuiltinParameters.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    // A nested class: the source name has '.' where the binary name has '$'.
                    int dot = name.lastIndexOf('.');
                    yield dot < 0 ? Object.class : javaClass(name.substring(0, dot) + "$" + name.substring(dot + 1));
                }
            }
        };
    }

    /** The Dart class a value of this Java class belongs to, as a type name. */
    static String dartName(Class<?> type) {
        if (type == Long.class) {
            return "int";
        } else if (type == Double.class) {
            return "double";
        } else if (type == Boolean.class) {
            return "bool";
        } else if (type == com.oracle.truffle.api.strings.TruffleString.class) {
            return "String";
        } else if (type == DartNull.class) {
            return "Null";
        } else if (type == Object.class) {
            return "Object?";
        }
        String simple = type.getSimpleName();
        return simple.startsWith("Dart") && simple.length() > 4 ? simple.substring(4) : simple;
    }
}
