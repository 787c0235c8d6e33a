package org.dartj.parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Dart 3's exhaustiveness check for switches (the language's "space" algorithm, as the
 * CFE runs it): the value space is tested against the case rows type by type — a sealed
 * type first as a whole, then, when the rows do not cover it, its subtypes (sealed classes,
 * enums, bool, nullable types, lists split by the lengths the cases test) — and the rows are
 * filtered column by column, a column per tested property. A path through the split that no
 * row covers is a witness, printed the way the CFE prints it ({@code Square()}, {@code E.b},
 * {@code (E.a, false)}, {@code Box(kind: Kind.b)}, {@code [_, _, ...]}, {@code null}), once in
 * full and once as the correction, without the properties that match their whole static type.
 * The types are a model of their own, built by {@link DartExhaustivenessCheck} from the
 * declarations; this class knows nothing about parse trees.
 */
final class DartExhaustiveness {
    private DartExhaustiveness() {
    }

    /**
     * What a column tests: a property (getter or record field), or, for list and map patterns,
     * an element from the start or the end, the rest of a list, or a map entry. Ordered as the
     * CFE orders columns: list heads, rests and tails, then map keys, record positions, names.
     */
    record Key(int kind, int index, int tail, String name) implements Comparable<Key> {
        static final int HEAD = 0;
        static final int REST = 1;
        static final int TAIL = 2;
        static final int MAP = 3;
        static final int POSITION = 4;
        static final int NAME = 5;

        /** A getter or a named record field; {@code $1}, {@code $2}, ... are record positions. */
        static Key of(String name) {
            if (name.matches("\\$[1-9][0-9]*")) {
                return position(Integer.parseInt(name.substring(1)) - 1);
            }
            return new Key(NAME, 0, 0, name);
        }

        static Key position(int index) {
            return new Key(POSITION, index, 0, "$" + (index + 1));
        }

        static Key head(int index) {
            return new Key(HEAD, index, 0, "[" + index + "]");
        }

        /** The {@code index}th element from the end, 0 being the last. */
        static Key tail(int index) {
            return new Key(TAIL, index, 0, "[" + -(index + 1) + "]");
        }

        static Key rest(int headSize, int tailSize) {
            return new Key(REST, headSize, tailSize, "[" + headSize + ":" + -tailSize + "]");
        }

        static Key mapEntry(String keyText) {
            return new Key(MAP, 0, 0, "[" + keyText + "]");
        }

        boolean isListKey() {
            return kind <= TAIL;
        }

        @Override
        public int compareTo(Key o) {
            if (kind != o.kind) {
                return Integer.compare(kind, o.kind);
            }
            return switch (kind) {
                case HEAD, POSITION -> Integer.compare(index, o.index);
                case TAIL -> Integer.compare(o.index, index);
                case REST -> index != o.index ? Integer.compare(index, o.index) : Integer.compare(o.tail, tail);
                default -> name.compareTo(o.name);
            };
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A static type as the algorithm sees it. */
    abstract static class StaticType {
        /** The name used in messages and witnesses. */
        abstract String name();

        /** Whether every value of this type is a value of one of {@link #subtypes}. */
        boolean isSealed() {
            return false;
        }

        /** The subtypes a sealed type splits into; a list type splits by the keys the cases test. */
        List<StaticType> subtypes(Set<Key> keysOfInterest) {
            return List.of();
        }

        /** Whether a switch statement over this type must be exhaustive (a list is split, yet not such a type). */
        boolean isAlwaysExhaustive() {
            return isSealed();
        }

        abstract boolean isSubtypeOf(StaticType other);

        /** The static type of a getter or record field of this type, null if unknown. */
        StaticType fieldType(Key field) {
            return null;
        }

        /** The static type of a list element, list rest or map entry of this type, null if none. */
        StaticType additionalType(Key key) {
            return null;
        }

        StaticType nonNullable() {
            return this;
        }

        /** Prints a witness of this type whose tested properties are {@code fields}. */
        void witness(StringBuilder out, Map<Key, PropertyWitness> fields, boolean forCorrection) {
            out.append(name()).append('(');
            String comma = "";
            for (Map.Entry<Key, PropertyWitness> e : fields.entrySet()) {
                out.append(comma).append(e.getKey().name()).append(": ");
                e.getValue().print(out, forCorrection);
                comma = ", ";
            }
            out.append(')');
        }

        @Override
        public String toString() {
            return name();
        }
    }

    /** {@code Object}: every value but null. */
    static final StaticType OBJECT = new StaticType() {
        @Override
        String name() {
            return "Object";
        }

        @Override
        boolean isSubtypeOf(StaticType other) {
            return other == this || other.equals(NULLABLE_OBJECT);
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
            return other == this || other instanceof NullableType;
        }

        @Override
        void witness(StringBuilder out, Map<Key, PropertyWitness> fields, boolean forCorrection) {
            if (fields.isEmpty()) {
                out.append("null");
            } else {
                super.witness(out, fields, forCorrection);
            }
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
        List<StaticType> subtypes(Set<Key> keysOfInterest) {
            return List.of(underlying, NULL);
        }

        @Override
        boolean isSubtypeOf(StaticType other) {
            return other instanceof NullableType n && underlying.isSubtypeOf(n.underlying);
        }

        @Override
        StaticType fieldType(Key field) {
            return underlying.fieldType(field);
        }

        @Override
        StaticType nonNullable() {
            return underlying;
        }

        @Override
        void witness(StringBuilder out, Map<Key, PropertyWitness> fields, boolean forCorrection) {
            if (underlying == OBJECT && fields.isEmpty()) {
                out.append('_');
            } else {
                super.witness(out, fields, forCorrection);
            }
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

    /** {@code Object?} (and {@code dynamic}): every value; split into Object and Null. */
    static final NullableType NULLABLE_OBJECT = new NullableType(OBJECT);

    /** A non-nullable type other than Object: a class, a value, a record, a list pattern. */
    abstract static class NonNullableType extends StaticType {
        @Override
        final boolean isSubtypeOf(StaticType other) {
            if (other.equals(this) || other == OBJECT || other.equals(NULLABLE_OBJECT)) {
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
     * An interface type (with its type arguments in the name: {@code Ok<int>}). Its subtypes
     * (when sealed), supertype test and property types come from the declarations through the
     * functions given.
     */
    static final class ClassType extends NonNullableType {
        private final String name;
        private final Object key;
        private final boolean sealed;
        private final java.util.function.Supplier<List<StaticType>> subtypes;
        private final Predicate<ClassType> isSubclassOf;
        private final Function<String, StaticType> fields;
        private List<StaticType> computed;

        /**
         * @param key identifies the type (two ClassTypes with equal keys are one type)
         * @param isSubclassOf whether this type is a subtype of another class type
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

        @Override
        String name() {
            return name;
        }

        @Override
        boolean isSealed() {
            return sealed;
        }

        @Override
        List<StaticType> subtypes(Set<Key> keysOfInterest) {
            if (computed == null) {
                computed = subtypes == null ? List.of() : subtypes.get();
            }
            return computed;
        }

        @Override
        boolean isSubtypeOfInternal(StaticType other) {
            if (other instanceof ClassType c) {
                return c.key.equals(key) || isSubclassOf.test(c);
            }
            if (other instanceof ListType l) {
                return isSubtypeOf(l.base);
            }
            return other instanceof ListPatternType p && p.isUnrestricted() && isSubtypeOf(p.base);
        }

        @Override
        StaticType fieldType(Key field) {
            return fields == null || field.kind() != Key.NAME ? null : fields.apply(field.name());
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
            return owner.isSubtypeOf(other);
        }

        @Override
        StaticType fieldType(Key field) {
            return owner.fieldType(field);
        }

        @Override
        void witness(StringBuilder out, Map<Key, PropertyWitness> fields, boolean forCorrection) {
            out.append(text);
            andObject(out, fields, forCorrection, k -> k.kind() == Key.POSITION);
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
     * A record type: its shape only (positions {@code $1}, {@code $2}, ..., then the named
     * fields in name order) decides subtyping, as in the CFE; the fields' types describe the values.
     */
    static final class RecordType extends NonNullableType {
        private final Map<Key, StaticType> fields = new LinkedHashMap<>();

        /** Fields: positional {@code $1...} and named ones, in any order. */
        RecordType(Map<String, StaticType> fields) {
            List<Key> keys = new ArrayList<>();
            for (String f : fields.keySet()) {
                keys.add(Key.of(f));
            }
            keys.sort(null);
            for (Key k : keys) {
                this.fields.put(k, fields.get(k.name()));
            }
        }

        @Override
        String name() {
            StringBuilder sb = new StringBuilder("(");
            boolean braces = false;
            String comma = "";
            int positional = 0;
            for (Map.Entry<Key, StaticType> e : fields.entrySet()) {
                sb.append(comma);
                comma = ", ";
                if (e.getKey().kind() == Key.POSITION) {
                    positional++;
                    sb.append(e.getValue().name());
                } else {
                    if (!braces) {
                        sb.append('{');
                        braces = true;
                    }
                    sb.append(e.getValue().name()).append(' ').append(e.getKey().name());
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
        StaticType fieldType(Key field) {
            return fields.get(field);
        }

        @Override
        void witness(StringBuilder out, Map<Key, PropertyWitness> witnessFields, boolean forCorrection) {
            out.append('(');
            String comma = "";
            for (Key key : fields.keySet()) {
                out.append(comma);
                comma = ", ";
                if (key.kind() != Key.POSITION) {
                    out.append(key.name()).append(": ");
                }
                PropertyWitness w = witnessFields.get(key);
                if (w == null) {
                    out.append('_');
                } else {
                    w.print(out, forCorrection);
                }
            }
            out.append(')');
            andObject(out, witnessFields, forCorrection, fields::containsKey);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RecordType r && r.fields.equals(fields);
        }

        @Override
        public int hashCode() {
            return fields.hashCode();
        }
    }

    /**
     * A list type ({@code List<int>}): sealed, split into the lengths the cases tell apart —
     * with n the most elements a case tests, lists of 0 to n-1 elements and lists of n or more.
     */
    static final class ListType extends NonNullableType {
        final ClassType base;
        final StaticType element;

        ListType(ClassType base, StaticType element) {
            this.base = base;
            this.element = element;
        }

        @Override
        String name() {
            return base.name();
        }

        @Override
        boolean isSealed() {
            return true;
        }

        @Override
        boolean isAlwaysExhaustive() {
            return false;
        }

        @Override
        List<StaticType> subtypes(Set<Key> keysOfInterest) {
            int maxHead = 0;
            int maxTail = 0;
            for (Key k : keysOfInterest) {
                if (k.kind() == Key.HEAD) {
                    maxHead = Math.max(maxHead, k.index() + 1);
                } else if (k.kind() == Key.TAIL) {
                    maxTail = Math.max(maxTail, k.index() + 1);
                }
            }
            int max = maxHead + maxTail;
            List<StaticType> result = new ArrayList<>();
            for (int size = 0; size < max; size++) {
                result.add(new ListPatternType(base, element, size, false));
            }
            result.add(new ListPatternType(base, element, max, true));
            return result;
        }

        @Override
        boolean isSubtypeOfInternal(StaticType other) {
            if (other instanceof ListType l) {
                return base.isSubtypeOf(l.base);
            }
            if (other instanceof ListPatternType p) {
                return p.isUnrestricted() && base.isSubtypeOf(p.base);
            }
            return base.isSubtypeOf(other);
        }

        @Override
        StaticType fieldType(Key field) {
            return base.fieldType(field);
        }

        @Override
        StaticType additionalType(Key key) {
            return key.kind() == Key.REST ? this : key.isListKey() ? element : null;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ListType l && l.base.equals(base);
        }

        @Override
        public int hashCode() {
            return base.hashCode() * 7;
        }
    }

    /** The lists a list pattern matches: {@code size} elements, or at least that many with a rest element. */
    static final class ListPatternType extends NonNullableType {
        final ClassType base;
        final StaticType element;
        final int size;
        final boolean hasRest;

        ListPatternType(ClassType base, StaticType element, int size, boolean hasRest) {
            this.base = base;
            this.element = element;
            this.size = size;
            this.hasRest = hasRest;
        }

        boolean isUnrestricted() {
            return hasRest && size == 0;
        }

        @Override
        String name() {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < size; i++) {
                sb.append(i > 0 ? ", " : "").append("()");
            }
            if (hasRest) {
                sb.append(size > 0 ? ", " : "").append("...");
            }
            return sb.append(']').toString();
        }

        @Override
        boolean isSubtypeOfInternal(StaticType other) {
            if (other instanceof ListPatternType p) {
                if (!base.isSubtypeOf(p.base)) {
                    return false;
                }
                if (p.hasRest) {
                    return size >= p.size;
                }
                return !hasRest && size == p.size;
            }
            if (other instanceof ListType l) {
                return base.isSubtypeOf(l.base);
            }
            return base.isSubtypeOf(other);
        }

        @Override
        StaticType fieldType(Key field) {
            return base.fieldType(field);
        }

        @Override
        StaticType additionalType(Key key) {
            return key.kind() == Key.REST ? new ListType(base, element) : key.isListKey() ? element : null;
        }

        @Override
        void witness(StringBuilder out, Map<Key, PropertyWitness> fields, boolean forCorrection) {
            int maxHead = 0;
            int maxTail = 0;
            PropertyWitness rest = null;
            for (Map.Entry<Key, PropertyWitness> e : fields.entrySet()) {
                Key k = e.getKey();
                // As the CFE: a tail index counts only when it is not below the head count found so far.
                if (k.kind() == Key.HEAD && k.index() >= maxHead) {
                    maxHead = k.index() + 1;
                } else if (k.kind() == Key.TAIL && k.index() >= maxHead) {
                    maxTail = k.index() + 1;
                } else if (k.kind() == Key.REST) {
                    rest = e.getValue();
                }
            }
            if (maxHead + maxTail < size) {
                maxHead = size - maxTail;
            }
            out.append('[');
            String comma = "";
            for (int i = 0; i < maxHead; i++) {
                out.append(comma);
                printOrWildcard(out, fields.get(Key.head(i)), forCorrection);
                comma = ", ";
            }
            if (hasRest) {
                out.append(comma).append("...");
                if (rest != null) {
                    rest.print(out, forCorrection);
                }
                comma = ", ";
            }
            for (int i = maxTail - 1; i >= 0; i--) {
                out.append(comma);
                printOrWildcard(out, fields.get(Key.tail(i)), forCorrection);
                comma = ", ";
            }
            out.append(']');
            andObject(out, fields, forCorrection, Key::isListKey);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ListPatternType p && p.base.equals(base) && p.size == size && p.hasRest == hasRest;
        }

        @Override
        public int hashCode() {
            return Objects.hash(base, size, hasRest);
        }
    }

    /**
     * The maps a map pattern with entries matches: those that have its keys. Only a pattern
     * without entries would cover a whole map type, so a map is never covered by these.
     */
    static final class MapPatternType extends NonNullableType {
        final ClassType base;
        final List<String> keys;

        MapPatternType(ClassType base, List<String> keys) {
            this.base = base;
            this.keys = List.copyOf(keys);
        }

        @Override
        String name() {
            StringBuilder sb = new StringBuilder("{");
            for (int i = 0; i < keys.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(keys.get(i)).append(": ()");
            }
            return sb.append('}').toString();
        }

        @Override
        boolean isSubtypeOfInternal(StaticType other) {
            if (other instanceof MapPatternType p) {
                return base.isSubtypeOf(p.base) && keys.containsAll(p.keys);
            }
            return base.isSubtypeOf(other);
        }

        @Override
        StaticType fieldType(Key field) {
            return base.fieldType(field);
        }

        @Override
        void witness(StringBuilder out, Map<Key, PropertyWitness> fields, boolean forCorrection) {
            out.append('{');
            String comma = "";
            for (String k : keys) {
                out.append(comma).append(k).append(": ");
                printOrWildcard(out, fields.get(Key.mapEntry(k)), forCorrection);
                comma = ", ";
            }
            out.append('}');
            andObject(out, fields, forCorrection, k -> k.kind() == Key.MAP);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MapPatternType p && p.base.equals(base) && Set.copyOf(p.keys).equals(Set.copyOf(keys));
        }

        @Override
        public int hashCode() {
            return base.hashCode() + Set.copyOf(keys).hashCode();
        }
    }

    private static void printOrWildcard(StringBuilder out, PropertyWitness w, boolean forCorrection) {
        if (w == null) {
            out.append('_');
        } else {
            w.print(out, forCorrection);
        }
    }

    /** The properties a value, list, map or record syntax cannot show, as {@code && Object(name: w)}. */
    private static void andObject(StringBuilder out, Map<Key, PropertyWitness> fields, boolean forCorrection, Predicate<Key> shown) {
        String start = " && Object(";
        String end = "";
        String comma = "";
        for (Map.Entry<Key, PropertyWitness> e : fields.entrySet()) {
            if (!shown.test(e.getKey())) {
                out.append(start).append(comma).append(e.getKey().name()).append(": ");
                e.getValue().print(out, forCorrection);
                start = "";
                end = ")";
                comma = ", ";
            }
        }
        out.append(end);
    }

    /** A space of one type whose properties (and list elements or map entries) are restricted by spaces of their own. */
    record SingleSpace(StaticType type, Map<Key, Space> properties, Map<Key, Space> additional) {
        SingleSpace(StaticType type) {
            this(type, Map.of(), Map.of());
        }
    }

    /** A union of single spaces. */
    record Space(List<SingleSpace> singles) {
        static Space of(StaticType type) {
            return new Space(List.of(new SingleSpace(type)));
        }

        static Space of(StaticType type, Map<Key, Space> properties) {
            return new Space(List.of(new SingleSpace(type, properties, Map.of())));
        }

        static Space of(StaticType type, Map<Key, Space> properties, Map<Key, Space> additional) {
            return new Space(List.of(new SingleSpace(type, properties, additional)));
        }

        static Space union(List<Space> spaces) {
            List<SingleSpace> all = new ArrayList<>();
            for (Space s : spaces) {
                all.addAll(s.singles);
            }
            return new Space(all);
        }
    }

    /**
     * A witness: at the root and at every tested property, the static type there and the
     * type found. A property whose found type is its whole static type (and whose own
     * properties are such) is trivial: the correction leaves it out.
     */
    static final class PropertyWitness {
        StaticType staticType = NULLABLE_OBJECT;
        StaticType valueType = NULLABLE_OBJECT;
        final Map<Key, PropertyWitness> properties = new LinkedHashMap<>();

        void print(StringBuilder out, boolean forCorrection) {
            Map<Key, PropertyWitness> shown = new LinkedHashMap<>();
            for (Map.Entry<Key, PropertyWitness> e : properties.entrySet()) {
                if (!forCorrection || !e.getValue().isTrivial()) {
                    shown.put(e.getKey(), e.getValue());
                }
            }
            valueType.witness(out, shown, forCorrection);
        }

        boolean isTrivial() {
            if (!staticType.isSubtypeOf(valueType)) {
                return false;
            }
            for (PropertyWitness p : properties.values()) {
                if (!p.isTrivial()) {
                    return false;
                }
            }
            return true;
        }

        String text(boolean forCorrection) {
            StringBuilder sb = new StringBuilder();
            print(sb, forCorrection);
            return sb.toString();
        }
    }

    /** An unmatched value: the witness as the error names it and as its correction line names it. */
    record Witness(String text, String correction) {
    }

    private record Step(List<Key> path, StaticType staticType, StaticType valueType) {
    }

    /**
     * A value of {@code valueType} that no case space matches, printed as the CFE prints it,
     * or null when the cases are exhaustive. Cases with a guard must be left out by the caller.
     */
    static String witness(StaticType valueType, List<Space> cases) {
        Witness w = find(valueType, cases);
        return w == null ? null : w.text();
    }

    /** As {@link #witness}, with the correction's form too. */
    static Witness find(StaticType valueType, List<Space> cases) {
        List<List<Space>> rows = new ArrayList<>();
        for (Space c : cases) {
            rows.add(List.of(c));
        }
        List<Step> found = unmatched(rows, List.of(Space.of(valueType)), List.of(List.of()), List.of());
        if (found == null) {
            return null;
        }
        PropertyWitness root = new PropertyWitness();
        for (Step step : found) {
            PropertyWitness here = root;
            for (Key field : step.path) {
                here = here.properties.computeIfAbsent(field, k -> new PropertyWitness());
            }
            here.staticType = step.staticType;
            here.valueType = step.valueType;
        }
        return new Witness(root.text(false), root.text(true));
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
     * no row covers. {@code paths} is the property path of every column. A sealed type is
     * tried as a whole first and split into its subtypes only when the rows do not cover it.
     */
    private static List<Step> unmatched(List<List<Space>> rows, List<Space> values, List<List<Key>> paths, List<Step> witness) {
        if (values.isEmpty()) {
            return rows.isEmpty() ? witness : null;
        }
        Space first = values.get(0);
        Set<Key> keysOfInterest = new LinkedHashSet<>();
        for (List<Space> row : rows) {
            for (SingleSpace s : row.get(0).singles) {
                keysOfInterest.addAll(s.additional.keySet());
            }
        }
        for (SingleSpace value : first.singles) {
            Deque<StaticType> pending = new ArrayDeque<>();
            pending.add(value.type);
            while (!pending.isEmpty()) {
                StaticType type = pending.removeFirst();
                List<Step> result = filterByType(value.type, type, rows, value, values, paths, witness);
                if (type.isSealed()) {
                    if (result != null) {
                        pending.addAll(type.subtypes(keysOfInterest));
                    }
                } else if (result != null) {
                    return result;
                }
            }
        }
        return null;
    }

    private static List<Step> filterByType(StaticType contextType, StaticType type, List<List<Space>> rows, SingleSpace value, List<Space> values,
                    List<List<Key>> paths, List<Step> witness) {
        List<Key> path = paths.get(0);
        List<Step> extended = new ArrayList<>(witness);
        extended.add(new Step(path, contextType, type));
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
        Set<Key> propertySet = new LinkedHashSet<>(value.properties.keySet());
        Set<Key> additionalSet = new LinkedHashSet<>(value.additional.keySet());
        for (SingleSpace s : firsts) {
            propertySet.addAll(s.properties.keySet());
            additionalSet.addAll(s.additional.keySet());
        }
        List<Key> propertyKeys = new ArrayList<>(propertySet);
        propertyKeys.sort(null);
        List<Key> additionalKeys = new ArrayList<>(additionalSet);
        additionalKeys.sort(null);
        List<Space> newValues = new ArrayList<>(expand(propertyKeys, additionalKeys, value, type));
        newValues.addAll(values.subList(1, values.size()));
        List<List<Key>> newPaths = new ArrayList<>();
        for (Key k : propertyKeys) {
            newPaths.add(append(path, k));
        }
        for (Key k : additionalKeys) {
            newPaths.add(append(path, k));
        }
        newPaths.addAll(paths.subList(1, paths.size()));
        List<List<Space>> newRows = new ArrayList<>();
        for (int i = 0; i < remaining.size(); i++) {
            List<Space> row = new ArrayList<>(expand(propertyKeys, additionalKeys, firsts.get(i), firsts.get(i).type));
            List<Space> old = remaining.get(i);
            row.addAll(old.subList(1, old.size()));
            newRows.add(row);
        }
        return unmatched(newRows, newValues, newPaths, extended);
    }

    private static List<Key> append(List<Key> path, Key key) {
        List<Key> p = new ArrayList<>(path);
        p.add(key);
        return p;
    }

    /** The spaces of the given properties: the single space's own, or all values of the property's type. */
    private static List<Space> expand(List<Key> propertyKeys, List<Key> additionalKeys, SingleSpace space, StaticType type) {
        List<Space> result = new ArrayList<>();
        for (Key k : propertyKeys) {
            Space s = space.properties.get(k);
            if (s == null) {
                StaticType t = type.fieldType(k);
                s = Space.of(t == null ? NULLABLE_OBJECT : t);
            }
            result.add(s);
        }
        for (Key k : additionalKeys) {
            Space s = space.additional.get(k);
            if (s == null) {
                StaticType t = type.additionalType(k);
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
        for (StaticType s : type.subtypes(Set.of())) {
            result.addAll(expandSealed(s));
        }
        return new ArrayList<>(result);
    }
}
