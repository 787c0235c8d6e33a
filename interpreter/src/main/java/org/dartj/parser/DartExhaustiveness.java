package org.dartj.parser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Dart 3's exhaustiveness check for switches (the language's "space" algorithm, as the
 * CFE runs it): a value space is split into the subtypes of its sealed types (sealed
 * classes, enums, bool, nullable types) and the case rows are filtered column by column;
 * a path through the split that no row covers is a witness, printed the way the CFE prints
 * it ({@code Square()}, {@code E.b}, {@code (E.a, false)}, {@code Box(kind: Kind.b)},
 * {@code null}). The types are a model of their own, built by {@link DartExhaustivenessCheck}
 * from the declarations; this class knows nothing about parse trees.
 */
final class DartExhaustiveness {
    private DartExhaustiveness() {
    }

    /** A static type as the algorithm sees it. */
    abstract static class StaticType {
        /** The name used in messages and witnesses. */
        abstract String name();

        /** Whether every value of this type is a value of one of {@link #subtypes()}. */
        boolean isSealed() {
            return false;
        }

        List<StaticType> subtypes() {
            return List.of();
        }

        /** Whether a switch statement over this type must be exhaustive (num is split, yet not such a type). */
        boolean isAlwaysExhaustive() {
            return isSealed();
        }

        abstract boolean isSubtypeOf(StaticType other);

        /** The static type of a field (getter or record field) of this type, null if unknown. */
        StaticType fieldType(String field) {
            return null;
        }

        /** Prints a witness of this type whose tested fields are {@code fields}. */
        void witness(StringBuilder out, Map<String, WitnessNode> fields) {
            out.append(name()).append('(');
            String comma = "";
            for (Map.Entry<String, WitnessNode> e : fields.entrySet()) {
                out.append(comma).append(e.getKey()).append(": ");
                e.getValue().print(out);
                comma = ", ";
            }
            out.append(')');
        }

        @Override
        public String toString() {
            return name();
        }
    }

    /** {@code Object?}: every value. */
    static final StaticType NULLABLE_OBJECT = new StaticType() {
        @Override
        String name() {
            return "Object?";
        }

        @Override
        boolean isSubtypeOf(StaticType other) {
            return other == this;
        }

        @Override
        void witness(StringBuilder out, Map<String, WitnessNode> fields) {
            if (fields.isEmpty()) {
                out.append('_');
            } else {
                OBJECT.witness(out, fields);
            }
        }
    };

    /** {@code Object}: every value but null. */
    static final StaticType OBJECT = new StaticType() {
        @Override
        String name() {
            return "Object";
        }

        @Override
        boolean isSubtypeOf(StaticType other) {
            return other == this || other == NULLABLE_OBJECT;
        }
    };

    /** {@code Null}. */
    static final StaticType NULL = new StaticType() {
        @Override
        String name() {
            return "Null";
        }

        @Override
        boolean isSubtypeOf(StaticType other) {
            return other == this || other == NULLABLE_OBJECT || other instanceof NullableType;
        }

        @Override
        void witness(StringBuilder out, Map<String, WitnessNode> fields) {
            out.append("null");
        }
    };

    /** {@code T?}: split into T and Null. */
    static final class NullableType extends StaticType {
        final StaticType underlying;

        NullableType(StaticType underlying) {
            this.underlying = underlying;
        }

        @Override
        String name() {
            return underlying.name() + "?";
        }

        @Override
        boolean isSealed() {
            return true;
        }

        @Override
        List<StaticType> subtypes() {
            return List.of(underlying, NULL);
        }

        @Override
        boolean isSubtypeOf(StaticType other) {
            return other == NULLABLE_OBJECT || other instanceof NullableType n && underlying.isSubtypeOf(n.underlying);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof NullableType n && n.underlying.equals(underlying);
        }

        @Override
        public int hashCode() {
            return underlying.hashCode() * 11;
        }
    }

    /** A non-nullable type other than a record or a single value: a class, enum, bool, int, ... */
    abstract static class NonNullableType extends StaticType {
        @Override
        final boolean isSubtypeOf(StaticType other) {
            if (other == this || other == NULLABLE_OBJECT || other == OBJECT) {
                return true;
            }
            if (other instanceof NullableType n) {
                return isSubtypeOf(n.underlying);
            }
            return isSubtypeOfInternal(other);
        }

        abstract boolean isSubtypeOfInternal(StaticType other);
    }

    /**
     * An interface type. Its subtypes (when sealed), supertype test and field types come from
     * the declarations through the functions given.
     */
    static final class ClassType extends NonNullableType {
        private final String name;
        private final Object key;
        private final boolean sealed;
        private final java.util.function.Supplier<List<StaticType>> subtypes;
        private final Predicate<ClassType> isSubclassOf;
        private final Function<String, StaticType> fields;
        private List<StaticType> computed;
        private boolean alwaysExhaustive = true;

        /**
         * @param key identifies the class (two ClassTypes with equal keys are one type)
         * @param isSubclassOf whether this class is a subtype of another class
         */
        ClassType(String name, Object key, boolean sealed, java.util.function.Supplier<List<StaticType>> subtypes, Predicate<ClassType> isSubclassOf,
                        Function<String, StaticType> fields) {
            this.name = name;
            this.key = key;
            this.sealed = sealed;
            this.subtypes = subtypes;
            this.isSubclassOf = isSubclassOf;
            this.fields = fields;
        }

        Object key() {
            return key;
        }

        /** A type that is split (num into int and double) but need not be covered by a switch statement. */
        ClassType splitOnly() {
            alwaysExhaustive = false;
            return this;
        }

        @Override
        boolean isAlwaysExhaustive() {
            return sealed && alwaysExhaustive;
        }

        @Override
        String name() {
            return name;
        }

        @Override
        boolean isSealed() {
            return sealed;
        }

        @Override
        List<StaticType> subtypes() {
            if (computed == null) {
                computed = subtypes == null ? List.of() : subtypes.get();
            }
            return computed;
        }

        @Override
        boolean isSubtypeOfInternal(StaticType other) {
            return other instanceof ClassType c && (c.key.equals(key) || isSubclassOf.test(c));
        }

        @Override
        StaticType fieldType(String field) {
            return fields == null ? null : fields.apply(field);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ClassType c && c.key.equals(key);
        }

        @Override
        public int hashCode() {
            return key.hashCode();
        }
    }

    /** One value of a type: an enum value, {@code true}, {@code false}, or another constant. */
    static final class ValueType extends NonNullableType {
        private final StaticType owner;
        private final String text;

        ValueType(StaticType owner, String text) {
            this.owner = owner;
            this.text = text;
        }

        @Override
        String name() {
            return text;
        }

        @Override
        boolean isSubtypeOfInternal(StaticType other) {
            return other.equals(this) || owner.isSubtypeOf(other);
        }

        @Override
        StaticType fieldType(String field) {
            return owner.fieldType(field);
        }

        @Override
        void witness(StringBuilder out, Map<String, WitnessNode> fields) {
            out.append(text);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ValueType v && v.text.equals(text) && v.owner.equals(owner);
        }

        @Override
        public int hashCode() {
            return Objects.hash(owner, text);
        }
    }

    /**
     * A record type: its shape only ({@code $1}, {@code $2}, ..., then named fields) decides
     * subtyping, as in the CFE; the fields' types describe the values.
     */
    static final class RecordType extends NonNullableType {
        private final Map<String, StaticType> fields;

        /** Fields in order: positional {@code $1...} first, then the named ones. */
        RecordType(Map<String, StaticType> fields) {
            this.fields = new LinkedHashMap<>(fields);
        }

        @Override
        String name() {
            StringBuilder sb = new StringBuilder("(");
            boolean braces = false;
            String comma = "";
            int positional = 0;
            for (Map.Entry<String, StaticType> e : fields.entrySet()) {
                sb.append(comma);
                comma = ", ";
                if (isPositional(e.getKey())) {
                    positional++;
                    sb.append(e.getValue().name());
                } else {
                    if (!braces) {
                        sb.append('{');
                        braces = true;
                    }
                    sb.append(e.getValue().name()).append(' ').append(e.getKey());
                }
            }
            if (braces) {
                sb.append('}');
            } else if (positional == 1) {
                sb.append(',');
            }
            return sb.append(')').toString();
        }

        @Override
        boolean isSubtypeOfInternal(StaticType other) {
            return other instanceof RecordType r && r.fields.keySet().equals(fields.keySet());
        }

        @Override
        StaticType fieldType(String field) {
            return fields.get(field);
        }

        @Override
        void witness(StringBuilder out, Map<String, WitnessNode> witnessFields) {
            out.append('(');
            String comma = "";
            for (String key : fields.keySet()) {
                out.append(comma);
                comma = ", ";
                if (!isPositional(key)) {
                    out.append(key).append(": ");
                }
                WitnessNode w = witnessFields.get(key);
                if (w == null) {
                    out.append('_');
                } else {
                    w.print(out);
                }
            }
            out.append(')');
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RecordType r && r.fields.equals(fields);
        }

        @Override
        public int hashCode() {
            return fields.hashCode();
        }

        static boolean isPositional(String key) {
            return key.startsWith("$");
        }
    }

    /** A space of one type whose fields are restricted by spaces of their own. */
    record SingleSpace(StaticType type, Map<String, Space> fields) {
    }

    /** A union of single spaces. */
    record Space(List<SingleSpace> singles) {
        static Space of(StaticType type) {
            return new Space(List.of(new SingleSpace(type, Map.of())));
        }

        static Space of(StaticType type, Map<String, Space> fields) {
            return new Space(List.of(new SingleSpace(type, fields)));
        }

        static Space union(List<Space> spaces) {
            List<SingleSpace> all = new ArrayList<>();
            for (Space s : spaces) {
                all.addAll(s.singles);
            }
            return new Space(all);
        }

        boolean isTop() {
            return singles.size() == 1 && singles.get(0).type == NULLABLE_OBJECT && singles.get(0).fields.isEmpty();
        }
    }

    /** A witness: the type found at the root and, nested, at every field that was tested. */
    static final class WitnessNode {
        StaticType type = NULLABLE_OBJECT;
        final Map<String, WitnessNode> fields = new LinkedHashMap<>();

        void print(StringBuilder out) {
            type.witness(out, fields);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            print(sb);
            return sb.toString();
        }
    }

    private record Step(List<String> path, StaticType type) {
    }

    /**
     * A value of {@code valueType} that no case space matches, printed as the CFE prints it,
     * or null when the cases are exhaustive. Cases with a guard must be left out by the caller.
     */
    static String witness(StaticType valueType, List<Space> cases) {
        List<List<Space>> rows = new ArrayList<>();
        for (Space c : cases) {
            rows.add(List.of(c));
        }
        List<Step> found = unmatched(rows, List.of(Space.of(valueType)), List.of(List.of()), List.of());
        if (found == null) {
            return null;
        }
        WitnessNode root = new WitnessNode();
        for (Step step : found) {
            WitnessNode here = root;
            for (String field : step.path) {
                here = here.fields.computeIfAbsent(field, k -> new WitnessNode());
            }
            here.type = step.type;
        }
        return root.toString();
    }

    /** Whether a type, split recursively, is one of those a switch statement must cover. */
    static boolean isAlwaysExhaustive(StaticType type) {
        if (type instanceof NullableType n) {
            return isAlwaysExhaustive(n.underlying);
        }
        if (type instanceof RecordType r) {
            return r.fields.values().stream().allMatch(DartExhaustiveness::isAlwaysExhaustive);
        }
        return type == NULL || type.isAlwaysExhaustive();
    }

    /**
     * Looks for a value in the first column's value spaces (then the following columns') that
     * no row covers. {@code paths} is the field path of every column.
     */
    private static List<Step> unmatched(List<List<Space>> rows, List<Space> values, List<List<String>> paths, List<Step> witness) {
        if (values.isEmpty()) {
            return rows.isEmpty() ? witness : null;
        }
        Space first = values.get(0);
        for (SingleSpace value : first.singles) {
            for (StaticType subtype : expandSealed(value.type)) {
                List<Step> result = filterByType(subtype, rows, value, values, paths, witness);
                if (result != null) {
                    return result;
                }
            }
        }
        return null;
    }

    private static List<Step> filterByType(StaticType type, List<List<Space>> rows, SingleSpace value, List<Space> values, List<List<String>> paths,
                    List<Step> witness) {
        List<String> path = paths.get(0);
        List<Step> extended = new ArrayList<>(witness);
        extended.add(new Step(path, type));
        // Keep the rows whose first column surely matches every value of this type; a row
        // with a union in that column is kept once per matching member.
        List<SingleSpace> firsts = new ArrayList<>();
        List<List<Space>> remaining = new ArrayList<>();
        for (List<Space> row : rows) {
            for (SingleSpace s : row.get(0).singles) {
                if (type.isSubtypeOf(s.type)) {
                    firsts.add(s);
                    remaining.add(row);
                }
            }
        }
        TreeSet<String> fieldNames = new TreeSet<>(value.fields.keySet());
        for (SingleSpace s : firsts) {
            fieldNames.addAll(s.fields.keySet());
        }
        List<Space> newValues = new ArrayList<>(expandFields(fieldNames, value, type));
        newValues.addAll(values.subList(1, values.size()));
        List<List<String>> newPaths = new ArrayList<>();
        for (String f : fieldNames) {
            List<String> p = new ArrayList<>(path);
            p.add(f);
            newPaths.add(p);
        }
        newPaths.addAll(paths.subList(1, paths.size()));
        List<List<Space>> newRows = new ArrayList<>();
        for (int i = 0; i < remaining.size(); i++) {
            List<Space> row = new ArrayList<>(expandFields(fieldNames, firsts.get(i), firsts.get(i).type));
            List<Space> old = remaining.get(i);
            row.addAll(old.subList(1, old.size()));
            newRows.add(row);
        }
        return unmatched(newRows, newValues, newPaths, extended);
    }

    private static List<Space> expandFields(TreeSet<String> fieldNames, SingleSpace space, StaticType type) {
        List<Space> result = new ArrayList<>();
        for (String f : fieldNames) {
            Space s = space.fields.get(f);
            if (s == null) {
                StaticType t = type.fieldType(f);
                s = Space.of(t == null ? NULLABLE_OBJECT : t);
            }
            result.add(s);
        }
        return result;
    }

    /** The type itself, or, when sealed, its subtypes split recursively (each once). */
    static List<StaticType> expandSealed(StaticType type) {
        if (!type.isSealed()) {
            return List.of(type);
        }
        LinkedHashSet<StaticType> result = new LinkedHashSet<>();
        for (StaticType s : type.subtypes()) {
            result.addAll(expandSealed(s));
        }
        return new ArrayList<>(result);
    }
}
