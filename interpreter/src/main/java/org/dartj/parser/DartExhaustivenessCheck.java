package org.dartj.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.dartj.classes.DartClass;
import org.dartj.parser.DartExhaustiveness.ClassType;
import org.dartj.parser.DartExhaustiveness.NullableType;
import org.dartj.parser.DartExhaustiveness.RecordType;
import org.dartj.parser.DartExhaustiveness.Space;
import org.dartj.parser.DartExhaustiveness.StaticType;
import org.dartj.parser.DartExhaustiveness.ValueType;
import org.dartj.parser.DartParser.*;

/**
 * Builds the model of {@link DartExhaustiveness} for one switch from the declarations and
 * reports a switch that is not exhaustive as the CFE does. Conservative: when the scrutinee's
 * static type is not known (only a local variable or parameter with a declared type is), or
 * when a type, field or pattern is outside what the model covers (generic classes, list and
 * map patterns, constants that are not literals or enum values, ...), nothing is reported.
 */
final class DartExhaustivenessCheck {
    /** Thrown when the check cannot decide; the switch is then not reported. */
    private static final class Unknown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unknown() {
            super(null, null, false, false);
        }
    }

    private final DartTranslator t;
    private final Map<DartClass, ClassType> classTypes = new HashMap<>();

    private DartExhaustivenessCheck(DartTranslator t) {
        this.t = t;
    }

    /**
     * Checks a switch over {@code scrutinee}; {@code statement} switches need only cover the
     * types that are always exhaustive (enums, bool, sealed classes, null, records of them).
     * Cases with a guard do not count.
     */
    static void check(DartTranslator t, ExpressionContext scrutinee, List<PatternContext> unguardedCases, boolean statement) {
        TypeContext declared = declaredType(t, scrutinee);
        if (declared == null) {
            return;
        }
        DartExhaustivenessCheck check = new DartExhaustivenessCheck(t);
        String witness;
        StaticType type;
        try {
            type = check.type(declared);
            if (statement && !DartExhaustiveness.isAlwaysExhaustive(type)) {
                return;
            }
            List<Space> spaces = new ArrayList<>();
            for (PatternContext p : unguardedCases) {
                spaces.add(check.space(p));
            }
            witness = DartExhaustiveness.witness(type, spaces);
        } catch (Unknown e) {
            return;
        }
        if (witness != null) {
            Token at = scrutinee.getStart();
            throw DartSyntaxError.at(t.sourceOf(at), at.getLine(), at.getCharPositionInLine() + 1,
                            "The type '" + type.name() + "' is not exhaustively matched by the switch cases since it doesn't match '" + witness + "'.",
                            "Try adding a wildcard pattern or cases that match '" + witness + "'.");
        }
    }

    // ------------------------------------------------------------------ types

    /**
     * The declared type of the local variable, parameter, or field or getter of {@code this}
     * that {@code e} names, unless flow analysis may have promoted it: a nullable one compared
     * with null, null-asserted, assigned or type-tested in the enclosing member, a non-nullable
     * one type-tested or cast there.
     */
    private static TypeContext declaredType(DartTranslator t, ExpressionContext e) {
        String name = e.getText();
        boolean explicitThis = name.startsWith("this.");
        if (explicitThis) {
            name = name.substring(5);
        }
        if (!name.matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
            return null;
        }
        TypeContext declared = explicitThis ? null : t.declaredLocalType(name);
        if (declared == null) {
            declared = t.declaredMemberType(name, explicitThis);
        }
        if (declared == null) {
            return null;
        }
        ParserRuleContext member = e;
        while (member.getParent() != null && !(member instanceof TopLevelDeclarationContext) && !(member instanceof ClassMemberContext)) {
            member = member.getParent();
        }
        List<Token> tokens = new ArrayList<>();
        collectTokens(member, tokens);
        boolean nullable = declared.getText().endsWith("?");
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).getText().equals(name)) {
                continue;
            }
            int next = i + 1 < tokens.size() ? tokens.get(i + 1).getType() : -1;
            int previous = i > 0 ? tokens.get(i - 1).getType() : -1;
            if (next == DartLexer.IS || next == DartLexer.AS) {
                return null;
            }
            if (nullable && (next == DartLexer.EQ_EQ || next == DartLexer.BANG_EQ || next == DartLexer.BANG || next == DartLexer.EQ
                            || next == DartLexer.QUESTION_QUESTION_EQ || previous == DartLexer.EQ_EQ || previous == DartLexer.BANG_EQ)) {
                return null;
            }
        }
        return declared;
    }

    private static void collectTokens(org.antlr.v4.runtime.tree.ParseTree tree, List<Token> out) {
        if (tree instanceof org.antlr.v4.runtime.tree.TerminalNode n) {
            out.add(n.getSymbol());
            return;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            collectTokens(tree.getChild(i), out);
        }
    }

    private StaticType type(TypeContext type) {
        if (type.functionType() != null) {
            throw new Unknown();
        }
        TypeNotFunctionContext tn = type.typeNotFunction();
        StaticType result;
        if (tn.recordType() != null) {
            result = recordType(tn.recordType());
        } else if (tn.typeName() != null) {
            if (tn.typeArguments() != null || tn.typeName().identifier().size() != 1) {
                throw new Unknown();
            }
            result = namedType(tn.typeName().getText());
        } else {
            throw new Unknown();
        }
        if (tn.QUESTION() != null) {
            return result == DartExhaustiveness.NULLABLE_OBJECT || result == DartExhaustiveness.NULL || result instanceof NullableType ? result
                            : new NullableType(result);
        }
        return result;
    }

    private StaticType recordType(RecordTypeContext r) {
        int brace = r.LBRACE() == null ? Integer.MAX_VALUE : r.LBRACE().getSymbol().getTokenIndex();
        Map<String, StaticType> fields = new LinkedHashMap<>();
        int index = 1;
        for (RecordTypeFieldContext f : r.recordTypeField()) {
            if (f.getStart().getTokenIndex() < brace) {
                fields.put("$" + index++, type(f.type()));
            } else {
                fields.put(f.identifier().getText(), type(f.type()));
            }
        }
        return new RecordType(fields);
    }

    private StaticType namedType(String name) {
        switch (name) {
            case "Object":
                return DartExhaustiveness.OBJECT;
            case "Null":
                return DartExhaustiveness.NULL;
            default:
                break;
        }
        if (!(t.resolveNonLocal(name, null) instanceof DartClass cls)) {
            throw new Unknown();
        }
        return classType(cls);
    }

    private ClassType classType(DartClass cls) {
        ClassType known = classTypes.get(cls);
        if (known != null) {
            return known;
        }
        if (cls.typeParameters().length > 0) {
            throw new Unknown();
        }
        DartClassInfo info = cls.isDeclaredInDart() ? t.classInfoOf(cls) : null;
        if (info != null && info.isExtension || cls.isDeclaredInDart() && info == null) {
            throw new Unknown();
        }
        if (cls.getName().startsWith("_") && info != null && info.owner.translator() != t) {
            // The CFE words a witness private to another library differently.
            throw new Unknown();
        }
        ClassType type;
        if (info == null && cls.getName().equals("bool")) {
            ClassType[] self = new ClassType[1];
            type = new ClassType("bool", cls, true, () -> List.of(new ValueType(self[0], "true"), new ValueType(self[0], "false")), c -> cls.isSubtypeOf((DartClass) c.key()),
                            f -> {
                                throw new Unknown();
                            });
            self[0] = type;
        } else if (info == null && cls.getName().equals("num")) {
            type = new ClassType("num", cls, true, () -> List.of(namedType("int"), namedType("double")), c -> cls.isSubtypeOf((DartClass) c.key()), f -> {
                throw new Unknown();
            }).splitOnly();
        } else if (info != null && info.isEnum) {
            ClassType[] self = new ClassType[1];
            type = new ClassType(cls.getName(), cls, true, () -> {
                List<StaticType> values = new ArrayList<>();
                for (String v : info.enumValues) {
                    values.add(new ValueType(self[0], cls.getName() + "." + v));
                }
                return values;
            }, c -> cls.isSubtypeOf((DartClass) c.key()), f -> fieldType(info, f));
            self[0] = type;
        } else if (info != null) {
            boolean sealed = info.modifiers.contains("sealed");
            type = new ClassType(cls.getName(), cls, sealed, sealed ? () -> directSubtypes(info) : null, c -> cls.isSubtypeOf((DartClass) c.key()), f -> fieldType(info, f));
        } else {
            type = new ClassType(cls.getName(), cls, false, null, c -> cls.isSubtypeOf((DartClass) c.key()), f -> {
                throw new Unknown();
            });
        }
        classTypes.put(cls, type);
        return type;
    }

    /** The classes of the sealed class's library that extend, implement or mix it in directly, in declaration order. */
    private List<StaticType> directSubtypes(DartClassInfo sealed) {
        DartTranslator library = sealed.owner.translator();
        String name = sealed.name();
        List<StaticType> result = new ArrayList<>();
        for (TopLevelDeclarationContext d : library.declarations()) {
            List<TypeContext> supertypes = new ArrayList<>();
            String subName;
            boolean mixesIn = false;
            if (d instanceof TopLevelClassContext c) {
                ClassDeclarationContext cd = c.classDeclaration();
                subName = cd.identifier().getText();
                if (cd.superclass() != null && refersTo(cd.superclass().typeNotFunction().getText(), name)) {
                    if (cd.mixins() != null) {
                        throw new Unknown();
                    }
                    result.add(subtype(library, subName));
                    continue;
                }
                if (cd.mixins() != null) {
                    supertypes.addAll(cd.mixins().typeList().type());
                    mixesIn = true;
                }
                if (cd.interfaces() != null) {
                    supertypes.addAll(cd.interfaces().typeList().type());
                }
            } else if (d instanceof TopLevelEnumContext e) {
                EnumDeclarationContext ed = e.enumDeclaration();
                subName = ed.identifier().getText();
                if (ed.mixins() != null) {
                    supertypes.addAll(ed.mixins().typeList().type());
                    mixesIn = true;
                }
                if (ed.interfaces() != null) {
                    supertypes.addAll(ed.interfaces().typeList().type());
                }
            } else if (d instanceof TopLevelMixinContext m) {
                MixinDeclarationContext md = m.mixinDeclaration();
                subName = md.identifier().getText();
                if (md.typeList() != null) {
                    supertypes.addAll(md.typeList().type());
                }
                if (md.interfaces() != null) {
                    supertypes.addAll(md.interfaces().typeList().type());
                }
                mixesIn = true;
            } else {
                continue;
            }
            for (TypeContext s : supertypes) {
                if (refersTo(s.getText(), name)) {
                    if (mixesIn) {
                        throw new Unknown();
                    }
                    result.add(subtype(library, subName));
                    break;
                }
            }
        }
        return result;
    }

    private StaticType subtype(DartTranslator library, String name) {
        DartClassInfo info = library.classInfo(name);
        if (info == null) {
            throw new Unknown();
        }
        return classType(info.dartClass);
    }

    private static boolean refersTo(String typeText, String name) {
        return typeText.equals(name);
    }

    /** The declared type of a field or getter of a class declared in Dart. */
    private StaticType fieldType(DartClassInfo info, String field) {
        for (DartClassInfo c = info; c != null; c = c.superInfo) {
            DartTranslator library = c.owner.translator();
            for (ClassMemberContext m : DartClassTranslator.members(c)) {
                if (m instanceof FieldMemberContext f && f.fieldDeclaration().STATIC() == null) {
                    for (InitializedIdentifierContext i : f.fieldDeclaration().initializedIdentifierList().initializedIdentifier()) {
                        if (i.identifier().getText().equals(field)) {
                            if (f.fieldDeclaration().type() == null) {
                                throw new Unknown();
                            }
                            return inLibrary(library).type(f.fieldDeclaration().type());
                        }
                    }
                } else if (m instanceof MethodMemberContext mm && mm.STATIC() == null && mm.methodSignature() instanceof GetterSignatureContext g
                                && g.identifier().getText().equals(field)) {
                    if (g.type() == null) {
                        throw new Unknown();
                    }
                    return inLibrary(library).type(g.type());
                }
            }
        }
        throw new Unknown();
    }

    /** Types written in another library are resolved there. */
    private DartExhaustivenessCheck inLibrary(DartTranslator library) {
        if (library == t) {
            return this;
        }
        DartExhaustivenessCheck other = new DartExhaustivenessCheck(library);
        other.classTypes.putAll(classTypes);
        return other;
    }

    // ------------------------------------------------------------------ patterns

    private Space space(PatternContext p) {
        List<Space> alternatives = new ArrayList<>();
        for (LogicalAndPatternContext and : p.logicalAndPattern()) {
            // An intersection covers at most what each side covers: take a side that is not
            // a wildcard when there is one, or give up when both restrict the value.
            Space result = null;
            for (RelationalPatternContext rel : and.relationalPattern()) {
                Space s = relationalSpace(rel);
                if (result == null || result.isTop()) {
                    result = s;
                } else if (!s.isTop()) {
                    throw new Unknown();
                }
            }
            alternatives.add(result);
        }
        return alternatives.size() == 1 ? alternatives.get(0) : Space.union(alternatives);
    }

    private Space relationalSpace(RelationalPatternContext rel) {
        if (rel instanceof RelationalOperatorPatternContext r) {
            String op = r.getChild(0).getText();
            String operand = r.bitwiseOrExpression().getText();
            if (op.equals("!=") && operand.equals("null")) {
                return Space.of(DartExhaustiveness.OBJECT);
            }
            if (op.equals("==")) {
                return constantSpace(operand);
            }
            return opaque(r.getText());
        }
        UnaryPatternContext u = ((PlainRelationalPatternContext) rel).unaryPattern();
        if (u instanceof CastPatternContext c) {
            Space inner = primarySpace(c.primaryPattern());
            if (inner.isTop()) {
                return inner;
            }
            throw new Unknown();
        } else if (u instanceof NullCheckPatternContext n) {
            Space inner = primarySpace(n.primaryPattern());
            return inner.isTop() ? Space.of(DartExhaustiveness.OBJECT) : inner;
        } else if (u instanceof NullAssertPatternContext n) {
            Space inner = primarySpace(n.primaryPattern());
            return inner.isTop() ? inner : Space.union(List.of(inner, Space.of(DartExhaustiveness.NULL)));
        }
        return primarySpace(((PlainUnaryPatternContext) u).primaryPattern());
    }

    private Space primarySpace(PrimaryPatternContext pp) {
        if (pp instanceof ParenthesizedPatternContext p) {
            return space(p.pattern());
        } else if (pp instanceof RecordPatternPrimaryContext r) {
            return recordSpace(r.recordPattern());
        } else if (pp instanceof ObjectPatternPrimaryContext o) {
            return objectSpace(o.objectPattern());
        } else if (pp instanceof VariablePatternContext v) {
            return v.type() == null ? Space.of(DartExhaustiveness.NULLABLE_OBJECT) : Space.of(type(v.type()));
        } else if (pp instanceof ConstantPatternPrimaryContext c) {
            ConstantPatternContext cp = c.constantPattern();
            if (cp.CONST() != null) {
                throw new Unknown();
            }
            return constantSpace(cp.getText());
        }
        throw new Unknown(); // list and map patterns
    }

    private Space constantSpace(String text) {
        switch (text) {
            case "_":
                return Space.of(DartExhaustiveness.NULLABLE_OBJECT);
            case "null":
                return Space.of(DartExhaustiveness.NULL);
            case "true":
            case "false":
                return Space.of(new ValueType(namedType("bool"), text));
            default:
                break;
        }
        char first = text.charAt(0);
        if (Character.isDigit(first) || first == '-' || first == '.' || first == '\'' || first == '"' || first == 'r' && text.length() > 1 && (text.charAt(1) == '\'' || text.charAt(1) == '"')) {
            return opaque(text);
        }
        String[] parts = text.split("\\.");
        if (parts.length == 2 && t.resolveNonLocal(parts[0], null) instanceof DartClass cls && cls.isDeclaredInDart()) {
            DartClassInfo info = t.classInfo(parts[0]);
            if (info != null && info.dartClass == cls && info.isEnum && info.enumValues.contains(parts[1])) {
                return Space.of(new ValueType(classType(cls), parts[0] + "." + parts[1]));
            }
        }
        throw new Unknown();
    }

    /** A constant that is no enum value, bool or null: it covers no type the model splits. */
    private static Space opaque(String text) {
        return Space.of(new ValueType(DartExhaustiveness.NULLABLE_OBJECT, text));
    }

    private Space recordSpace(RecordPatternContext r) {
        Map<String, Space> fields = new LinkedHashMap<>();
        Map<String, StaticType> shape = new LinkedHashMap<>();
        int[] index = {1};
        List<Object[]> named = new ArrayList<>();
        DartScopes.forEachRecordField(r, (nf, pattern) -> {
            if (nf != null) {
                named.add(new Object[]{fieldName(nf), space(pattern)});
            } else {
                String key = "$" + index[0]++;
                fields.put(key, space(pattern));
                shape.put(key, DartExhaustiveness.NULLABLE_OBJECT);
            }
        });
        for (Object[] n : named) {
            fields.put((String) n[0], (Space) n[1]);
            shape.put((String) n[0], DartExhaustiveness.NULLABLE_OBJECT);
        }
        return Space.of(new RecordType(shape), fields);
    }

    private Space objectSpace(ObjectPatternContext o) {
        if (o.typeArguments() != null || o.typeName().identifier().size() != 1) {
            throw new Unknown();
        }
        StaticType type = namedType(o.typeName().getText());
        Map<String, Space> fields = new LinkedHashMap<>();
        for (PatternFieldContext f : o.patternField()) {
            NamedPatternFieldContext nf = f.namedPatternField();
            if (nf == null) {
                throw new Unknown();
            }
            fields.put(fieldName(nf), space(nf.pattern()));
        }
        return Space.of(type, fields);
    }

    private static String fieldName(NamedPatternFieldContext nf) {
        if (nf.identifier() != null) {
            return nf.identifier().getText();
        }
        List<String> names = new ArrayList<>();
        DartScopes.patternNames(nf.pattern(), true, names);
        if (names.size() != 1) {
            throw new Unknown();
        }
        return names.get(0);
    }
}
