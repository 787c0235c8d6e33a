package org.dartj.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartCoreClasses;
import org.dartj.parser.DartExhaustiveness.ClassType;
import org.dartj.parser.DartExhaustiveness.Key;
import org.dartj.parser.DartExhaustiveness.ListPatternType;
import org.dartj.parser.DartExhaustiveness.ListType;
import org.dartj.parser.DartExhaustiveness.MapPatternType;
import org.dartj.parser.DartExhaustiveness.NullableType;
import org.dartj.parser.DartExhaustiveness.RecordType;
import org.dartj.parser.DartExhaustiveness.SingleSpace;
import org.dartj.parser.DartExhaustiveness.Space;
import org.dartj.parser.DartExhaustiveness.StaticType;
import org.dartj.parser.DartExhaustiveness.ValueType;
import org.dartj.parser.DartExhaustiveness.Witness;
import org.dartj.parser.DartParser.*;
import org.dartj.types.DartInterfaceType;
import org.dartj.types.DartRecordType;
import org.dartj.types.DartSpecialType;
import org.dartj.types.DartType;
import org.dartj.types.DartTypeParameterType;

/**
 * Builds the model of {@link DartExhaustiveness} for one switch from the declarations and
 * reports a switch that is not exhaustive as the CFE does. Conservative: when the scrutinee's
 * static type is not known (a variable with a declared type is, an untyped parameter of a
 * top-level function is dynamic, a {@code var} local, for-in variable or untyped closure
 * parameter has the type the translator inferred for it; a bounded type variable counts as its
 * bound, an extension type as its representation type), or when a type, field or pattern is
 * outside what the model covers (type variables inside other types, generic subclasses that do
 * not pass their type parameters on, constants that are not literals or enum values, ...),
 * nothing is reported.
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
    private final DartCoreClasses core;
    private final Map<DartInterfaceType, StaticType> classTypes = new HashMap<>();

    private DartExhaustivenessCheck(DartTranslator t) {
        this.t = t;
        this.core = t.coreClasses();
    }

    /**
     * Checks a switch over {@code scrutinee}; {@code statement} switches need only cover the
     * types that are always exhaustive (enums, bool, sealed classes, null, records of them).
     * Cases with a guard do not count.
     */
    static void check(DartTranslator t, ExpressionContext scrutinee, List<PatternContext> unguardedCases, boolean statement) {
        Scrutinee declared = scrutineeType(t, scrutinee);
        if (declared == null) {
            return;
        }
        DartExhaustivenessCheck check = new DartExhaustivenessCheck(t);
        Witness witness;
        StaticType type;
        try {
            type = check.staticType(declared.type);
            if (statement && !DartExhaustiveness.isAlwaysExhaustive(type)) {
                return;
            }
            List<Space> spaces = new ArrayList<>();
            for (PatternContext p : unguardedCases) {
                spaces.add(check.space(p, type, false));
            }
            witness = DartExhaustiveness.find(type, spaces);
        } catch (Unknown e) {
            return;
        }
        if (witness != null) {
            Token at = scrutinee.getStart();
            String typeName = declared.shown != null ? declared.shown : declared.type == DartSpecialType.DYNAMIC ? "dynamic" : type.name();
            throw DartSyntaxError.at(t.sourceOf(at), at.getLine(), at.getCharPositionInLine() + 1,
                            "The type '" + typeName + "' is not exhaustively matched by the switch cases since it doesn't match '" + witness.text() + "'.",
                            "Try adding " + (statement ? "a default case" : "a wildcard pattern") + " or cases that match '" + witness.correction() + "'.");
        }
    }

    // ------------------------------------------------------------------ the scrutinee

    /**
     * A scrutinee's static type as the exhaustiveness model sees it, and the type the CFE names
     * in its message when that differs from the model's: a type variable is checked as its
     * bound and an extension type as its representation type (the extension type erasure),
     * but the message names the written type ({@code T}, {@code Wrapper?}).
     */
    private record Scrutinee(DartType type, String shown) {
    }

    /**
     * The static type of the local variable, parameter, or field or getter of {@code this}
     * that {@code e} names, unless flow analysis may have promoted it: a nullable (or dynamic)
     * one compared with null, null-asserted, assigned or type-tested in the enclosing member, a
     * non-nullable one type-tested, cast, or matched by another switch or an if-case there.
     * Null when not known.
     */
    private static Scrutinee scrutineeType(DartTranslator t, ExpressionContext e) {
        List<Token> tokens = new ArrayList<>();
        collectTokens(e, tokens);
        if (tokens.size() > 2 && tokens.get(0).getType() == DartLexer.LPAREN && tokens.get(tokens.size() - 1).getType() == DartLexer.RPAREN) {
            DartType record = recordLiteralType(t, e, tokens.subList(1, tokens.size() - 1));
            return record == null ? null : new Scrutinee(record, null);
        }
        return nameType(t, e, e.getText());
    }

    /**
     * A record literal of such names ({@code (suit, flag)}, {@code (a, size: s)}): the record of
     * their types. Not when a field is a type variable or an extension type (the model's type
     * would not print as the CFE names the record).
     */
    private static DartType recordLiteralType(DartTranslator t, ExpressionContext e, List<Token> inner) {
        List<DartType> positional = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<DartType> named = new ArrayList<>();
        boolean trailingComma = false;
        int i = 0;
        while (i < inner.size()) {
            String fieldName = null;
            if (i + 1 < inner.size() && inner.get(i + 1).getType() == DartLexer.COLON) {
                fieldName = inner.get(i).getText();
                i += 2;
            }
            if (i >= inner.size() || inner.get(i).getType() != DartLexer.IDENTIFIER) {
                return null;
            }
            Scrutinee field = nameType(t, e, inner.get(i).getText());
            if (field == null || field.shown != null) {
                return null;
            }
            if (fieldName == null) {
                positional.add(field.type);
            } else {
                names.add(fieldName);
                named.add(field.type);
            }
            i++;
            trailingComma = false;
            if (i < inner.size()) {
                if (inner.get(i).getType() != DartLexer.COMMA) {
                    return null;
                }
                trailingComma = true;
                i++;
            }
        }
        if (positional.size() == 1 && named.isEmpty() && !trailingComma) {
            return null;
        }
        return new DartRecordType(positional.toArray(new DartType[0]), names.toArray(new String[0]), named.toArray(new DartType[0]), false);
    }

    /** The static type of the variable {@code name} read in {@code e} (see {@link #scrutineeType}), null when not known. */
    private static Scrutinee nameType(DartTranslator t, ExpressionContext e, String name) {
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
        boolean dynamic = declared == null && !explicitThis && t.isUntypedTopLevelParameter(name);
        Scrutinee result;
        if (declared != null) {
            result = writtenType(t, declared);
        } else if (dynamic) {
            result = new Scrutinee(DartSpecialType.DYNAMIC, null);
        } else if (!explicitThis) {
            DartType inferred = inferredType(t, name);
            result = inferred == null ? null : new Scrutinee(inferred, null);
        } else {
            result = null;
        }
        if (result == null) {
            return null;
        }
        ParserRuleContext member = e;
        while (member.getParent() != null && !(member instanceof TopLevelDeclarationContext) && !(member instanceof ClassMemberContext)) {
            member = member.getParent();
        }
        List<Token> tokens = new ArrayList<>();
        collectTokens(member, tokens);
        boolean nullable = result.type.isNullable();
        boolean inferred = declared == null && !dynamic;
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).getText().equals(name)) {
                continue;
            }
            int next = i + 1 < tokens.size() ? tokens.get(i + 1).getType() : -1;
            int previous = i > 0 ? tokens.get(i - 1).getType() : -1;
            if (inferred && (previous == DartLexer.VAR || previous == DartLexer.FINAL) && next == DartLexer.EQ) {
                // `var x = e;`: the initializer's type is the variable's, nothing to promote to.
                continue;
            }
            if (next == DartLexer.IS || next == DartLexer.AS || next == DartLexer.CASE) {
                return null;
            }
            if (previous == DartLexer.LPAREN && i > 1 && tokens.get(i - 2).getType() == DartLexer.SWITCH && next == DartLexer.RPAREN && tokens.get(i) != e.getStart()) {
                // The scrutinee of another switch: its cases promote it in their bodies and after them.
                return null;
            }
            if (nullable && (next == DartLexer.EQ_EQ || next == DartLexer.BANG_EQ || next == DartLexer.BANG || next == DartLexer.EQ
                            || next == DartLexer.QUESTION_QUESTION_EQ || previous == DartLexer.EQ_EQ || previous == DartLexer.BANG_EQ)) {
                return null;
            }
        }
        return result;
    }

    /**
     * A written type: a type variable with a non-nullable bound is checked as its bound (the
     * CFE's static type of {@code T} behaves as its bound's), a non-generic extension type as
     * its representation type; both keep their written name for the message. Other type
     * aliases, and unresolvable types, are not known.
     */
    private static Scrutinee writtenType(DartTranslator t, TypeContext declared) {
        TypeNotFunctionContext simple = declared.typeNotFunction();
        if (simple != null && simple.typeName() != null && simple.typeName().DOT() == null && simple.typeArguments() == null) {
            String name = simple.typeName().getText();
            boolean nullable = simple.QUESTION() != null;
            TypeParameterContext parameter = typeParameterNamed(declared, name);
            if (parameter != null) {
                DartType bound = typeVariableBound(t, parameter);
                return bound == null ? null : new Scrutinee(nullable ? bound.withNullable(true) : bound, declared.getText());
            }
            if (t.typeAliases.containsKey(name) && t.typeAliases.get(name) != null && t.typeAliases.get(name).getParent() instanceof RepresentationDeclarationContext r
                            && ((ExtensionTypeDeclarationContext) r.getParent()).typeParameters() == null) {
                DartType erasure = resolved(t, declared);
                return erasure == null || erasure.hasTypeParameters() ? null : new Scrutinee(erasure, declared.getText());
            }
        }
        if (simple != null && simple.typeName() != null && simple.typeArguments() == null) {
            // An imported extension type (also p.E): as a local one, named without the prefix.
            List<IdentifierContext> ids = simple.typeName().identifier();
            DartClassInfo imported = ids.size() == 1 ? t.importedExtensionType(null, ids.get(0).getText()) : t.importedExtensionType(ids.get(0).getText(), ids.get(1).getText());
            if (imported != null) {
                if (((ExtensionTypeDeclarationContext) imported.declaration).typeParameters() != null) {
                    return null;
                }
                DartType erasure = resolved(t, declared);
                String written = imported.dartClass.getName() + (simple.QUESTION() != null ? "?" : "");
                return erasure == null || erasure.hasTypeParameters() ? null : new Scrutinee(erasure, written);
            }
        }
        if (mentionsAlias(t, declared) || mentionsTypeVariable(declared)) {
            return null;
        }
        DartType type = resolved(t, declared);
        return type == null ? null : new Scrutinee(type, null);
    }

    private static DartType resolved(DartTranslator t, TypeContext type) {
        try {
            return t.dartType(type);
        } catch (RuntimeException unresolved) {
            return null;
        }
    }

    /** Whether a written type names a type variable in scope where it is written ({@code List<T>}). */
    private static boolean mentionsTypeVariable(TypeContext type) {
        List<Token> tokens = new ArrayList<>();
        collectTokens(type, tokens);
        for (Token token : tokens) {
            if (token.getType() == DartLexer.IDENTIFIER && typeParameterNamed(type, token.getText()) != null) {
                return true;
            }
        }
        return false;
    }

    /** The closest enclosing declaration's type parameter {@code name} where {@code type} is written, or null. */
    private static TypeParameterContext typeParameterNamed(ParserRuleContext type, String name) {
        for (org.antlr.v4.runtime.tree.ParseTree p = type; p != null; p = p.getParent()) {
            TypeParametersContext params = p instanceof ExtensionTypeDeclarationContext x ? x.typeParameters() : DartTypeTranslator.declaredTypeParameters(p);
            if (params == null) {
                continue;
            }
            for (TypeParameterContext parameter : params.typeParameter()) {
                if (parameter.identifier().getText().equals(name)) {
                    return parameter;
                }
            }
        }
        return null;
    }

    /** A type variable's bound, when it is written, non-nullable and free of type variables and aliases; else null. */
    private static DartType typeVariableBound(DartTranslator t, TypeParameterContext parameter) {
        if (parameter.type() == null || mentionsAlias(t, parameter.type())) {
            return null;
        }
        DartType bound = resolved(t, parameter.type());
        return bound == null || bound.isNullable() || bound.hasTypeParameters() || !(bound instanceof DartInterfaceType || bound instanceof DartRecordType) ? null : bound;
    }

    /**
     * The type a {@code var}/{@code final} local got from its initializer, a for-in loop
     * variable from its iterable, or an untyped closure parameter from its context: a class or
     * record type, nullable or not, with any type arguments (not dynamic, Null, type variables).
     */
    private static DartType inferredType(DartTranslator t, String name) {
        DartType inferred = t.inferredLocalType(name);
        if (inferred instanceof DartInterfaceType || inferred instanceof DartRecordType) {
            return inferred.hasTypeParameters() || mayBeExtensionType(t, inferred) ? null : inferred;
        }
        return null;
    }

    /**
     * Whether an inferred type may stand for an extension type of this library: the translator
     * knows only erased types, and the CFE would name the extension type ({@code Wrapper}, not
     * its representation type) in its message.
     */
    private static boolean mayBeExtensionType(DartTranslator t, DartType type) {
        List<DartClass> representations = new ArrayList<>();
        boolean records = false;
        List<TypeContext> all = new ArrayList<>(t.typeAliases.values());
        List<DartTranslator> owners = new ArrayList<>(java.util.Collections.nCopies(all.size(), t));
        for (DartClassInfo imported : t.importedExtensionTypes()) {
            all.add(((ExtensionTypeDeclarationContext) imported.declaration).representationDeclaration().type());
            owners.add(imported.owner.translator());
        }
        for (int i = 0; i < all.size(); i++) {
            TypeContext representation = all.get(i);
            if (representation == null || !(representation.getParent() instanceof RepresentationDeclarationContext)) {
                continue;
            }
            DartType erasure = resolved(owners.get(i), representation);
            if (erasure instanceof DartInterfaceType it) {
                representations.add(it.dartClass());
            } else if (erasure instanceof DartRecordType) {
                records = true;
            } else {
                return true;
            }
        }
        return !representations.isEmpty() || records ? mentions(type, representations, records) : false;
    }

    private static boolean mentions(DartType type, List<DartClass> classes, boolean records) {
        if (type instanceof DartInterfaceType it) {
            if (classes.contains(it.dartClass())) {
                return true;
            }
            for (DartType argument : it.arguments()) {
                if (mentions(argument, classes, records)) {
                    return true;
                }
            }
        } else if (type instanceof DartRecordType r) {
            if (records) {
                return true;
            }
            for (DartType field : r.positional()) {
                if (mentions(field, classes, records)) {
                    return true;
                }
            }
            for (DartType field : r.named()) {
                if (mentions(field, classes, records)) {
                    return true;
                }
            }
        }
        return false;
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

    // ------------------------------------------------------------------ types

    /**
     * Whether a written type names a type alias or an extension type: the CFE names an
     * extension type in its messages, which the erased type here does not know.
     */
    private static boolean mentionsAlias(DartTranslator library, ParserRuleContext type) {
        List<Token> tokens = new ArrayList<>();
        collectTokens(type, tokens);
        for (int i = 0; i < tokens.size(); i++) {
            String text = tokens.get(i).getText();
            if (library.typeAliases.containsKey(text)) {
                return true;
            }
            boolean prefixed = i + 2 < tokens.size() && tokens.get(i + 1).getText().equals(".");
            if (library.importedExtensionType(prefixed ? text : null, prefixed ? tokens.get(i + 2).getText() : text) != null) {
                return true;
            }
        }
        return false;
    }

    /** A written type, resolved where it is written. */
    private StaticType type(DartTranslator library, TypeContext type) {
        if (mentionsAlias(library, type)) {
            throw new Unknown();
        }
        DartType d;
        try {
            d = library.dartType(type);
        } catch (RuntimeException unresolved) {
            throw new Unknown();
        }
        return staticType(d);
    }

    private StaticType staticType(DartType d) {
        if (d == null || d.hasTypeParameters()) {
            throw new Unknown();
        }
        if (d instanceof DartSpecialType s) {
            if (s == DartSpecialType.DYNAMIC) {
                return DartExhaustiveness.NULLABLE_OBJECT;
            }
            if (s == DartSpecialType.NULL) {
                return DartExhaustiveness.NULL;
            }
            throw new Unknown();
        }
        StaticType base;
        if (d instanceof DartInterfaceType it) {
            base = interfaceType((DartInterfaceType) it.withNullable(false));
        } else if (d instanceof DartRecordType r) {
            Map<String, StaticType> fields = new LinkedHashMap<>();
            for (int i = 0; i < r.positional().length; i++) {
                fields.put("$" + (i + 1), staticType(r.positional()[i]));
            }
            for (int i = 0; i < r.names().length; i++) {
                fields.put(r.names()[i], staticType(r.named()[i]));
            }
            base = new RecordType(fields);
        } else {
            throw new Unknown();
        }
        return d.isNullable() ? nullable(base) : base;
    }

    private static StaticType nullable(StaticType type) {
        if (type == DartExhaustiveness.OBJECT) {
            return DartExhaustiveness.NULLABLE_OBJECT;
        }
        return type == DartExhaustiveness.NULL || type instanceof NullableType ? type : new NullableType(type);
    }

    private StaticType interfaceType(DartInterfaceType it) {
        StaticType known = classTypes.get(it);
        if (known != null) {
            return known;
        }
        DartClass cls = it.dartClass();
        if (cls == core.objectClass) {
            return DartExhaustiveness.OBJECT;
        }
        if (cls == core.nullClass) {
            return DartExhaustiveness.NULL;
        }
        DartClassInfo info = cls.isDeclaredInDart() ? t.classInfoOf(cls) : null;
        if (info != null && info.isExtension || cls.isDeclaredInDart() && info == null) {
            throw new Unknown();
        }
        if (cls.getName().startsWith("_") && info != null && info.owner.translator() != t) {
            // The CFE words a witness private to another library differently.
            throw new Unknown();
        }
        String name = it.toString();
        java.util.function.Predicate<ClassType> isSubclassOf = c -> c.key() instanceof DartType other && it.isSubtypeOf(other);
        StaticType type;
        if (info == null && cls == core.boolClass) {
            ClassType[] self = new ClassType[1];
            self[0] = new ClassType(name, it, true, () -> List.of(new ValueType(self[0], "true"), new ValueType(self[0], "false")), isSubclassOf, f -> {
                throw new Unknown();
            });
            type = self[0];
        } else if (info == null && cls == core.numClass) {
            // dart:core declares `sealed class num`; its subclasses in the library's class order.
            type = new ClassType(name, it, true, () -> List.of(interfaceType(core.types.doubleType), interfaceType(core.types.intType)), isSubclassOf, f -> {
                throw new Unknown();
            });
        } else if (info == null && cls == core.listClass) {
            ClassType base = new ClassType(name, it, false, null, isSubclassOf, f -> {
                throw new Unknown();
            });
            type = new ListType(base, staticType(it.arguments()[0]));
        } else if (info != null && info.isEnum) {
            if (cls.typeParameters().length > 0) {
                throw new Unknown();
            }
            ClassType[] self = new ClassType[1];
            self[0] = new ClassType(name, it, true, () -> {
                List<StaticType> values = new ArrayList<>();
                for (String v : info.enumValues) {
                    values.add(new ValueType(self[0], cls.getName() + "." + v));
                }
                return values;
            }, isSubclassOf, f -> fieldType(info, it, f));
            type = self[0];
        } else if (info != null) {
            boolean sealed = info.modifiers.contains("sealed");
            type = new ClassType(name, it, sealed, sealed ? () -> directSubtypes(info, it) : null, isSubclassOf, f -> fieldType(info, it, f));
        } else {
            type = new ClassType(name, it, false, null, isSubclassOf, f -> {
                throw new Unknown();
            });
        }
        classTypes.put(it, type);
        return type;
    }

    /**
     * The classes of the sealed class's library that extend, implement or mix it in directly,
     * in declaration order, as instances of {@code sealedType}: a subclass that passes its own
     * type parameters on unchanged gets the sealed type's arguments ({@code Ok<int>} of
     * {@code Result<int>}); one without type parameters is left out when it cannot be a
     * {@code sealedType} ({@code IntBox extends Box<int>} for {@code Box<String>}); another
     * generic one is instantiated to its bounds.
     */
    private List<StaticType> directSubtypes(DartClassInfo sealed, DartInterfaceType sealedType) {
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
                if (cd.superclass() != null && refersTo(cd.superclass().typeNotFunction(), name)) {
                    if (cd.mixins() != null) {
                        throw new Unknown();
                    }
                    addSubtype(result, library, subName, sealedType);
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
                if (s.typeNotFunction() != null && refersTo(s.typeNotFunction(), name)) {
                    if (mixesIn) {
                        throw new Unknown();
                    }
                    addSubtype(result, library, subName, sealedType);
                    break;
                }
            }
        }
        return result;
    }

    private void addSubtype(List<StaticType> result, DartTranslator library, String name, DartInterfaceType sealedType) {
        DartClassInfo info = library.classInfo(name);
        if (info == null) {
            throw new Unknown();
        }
        DartClass sub = info.dartClass;
        int count = sub.typeParameters().length;
        if (count == 0) {
            DartInterfaceType subType = new DartInterfaceType(sub, new DartType[0], false);
            if (subType.isSubtypeOf(sealedType)) {
                result.add(staticType(subType));
            }
            return;
        }
        DartType[] own = ownParameters(sub);
        DartType[] asSealed = sub.argumentsAs(sealedType.dartClass(), own);
        DartType[] arguments = passesOn(asSealed, count) ? sealedType.arguments() : defaults(sub);
        for (int i = 0; arguments == sealedType.arguments() && i < count; i++) {
            DartType bound = sub.defaultTypeArgument(i);
            if (bound.hasTypeParameters()) {
                throw new Unknown();
            }
            if (!arguments[i].isSubtypeOf(bound)) {
                arguments = defaults(sub);
            }
        }
        result.add(staticType(new DartInterfaceType(sub, arguments, false)));
    }

    private static DartType[] ownParameters(DartClass cls) {
        String[] names = cls.typeParameters();
        DartType[] own = new DartType[names.length];
        for (int i = 0; i < names.length; i++) {
            own[i] = new DartTypeParameterType(names[i], i, false);
        }
        return own;
    }

    /** Whether a class's supertype arguments are exactly its own type parameters, in order. */
    private static boolean passesOn(DartType[] arguments, int count) {
        if (arguments == null || arguments.length != count) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (!(arguments[i] instanceof DartTypeParameterType p) || p.index() != i || p.isNullable()) {
                return false;
            }
        }
        return true;
    }

    /** The class instantiated to its bounds (the CFE's over-approximation of a generic subclass). */
    private static DartType[] defaults(DartClass cls) {
        DartType[] result = new DartType[cls.typeParameters().length];
        for (int i = 0; i < result.length; i++) {
            result[i] = cls.defaultTypeArgument(i);
            if (result[i].hasTypeParameters()) {
                throw new Unknown();
            }
        }
        return result;
    }

    private static boolean refersTo(TypeNotFunctionContext type, String name) {
        return type.typeName() != null && type.typeName().getText().equals(name);
    }

    /** The declared type of a field or getter of a class declared in Dart, for the instance {@code it}. */
    private StaticType fieldType(DartClassInfo info, DartInterfaceType it, String field) {
        for (DartClassInfo c = info; c != null; c = c.superInfo) {
            DartTranslator library = c.owner.translator();
            TypeContext declared = null;
            boolean found = false;
            for (ClassMemberContext m : DartClassTranslator.members(c)) {
                if (m instanceof FieldMemberContext f && f.fieldDeclaration().STATIC() == null) {
                    for (InitializedIdentifierContext i : f.fieldDeclaration().initializedIdentifierList().initializedIdentifier()) {
                        if (i.identifier().getText().equals(field)) {
                            declared = f.fieldDeclaration().type();
                            found = true;
                        }
                    }
                } else if (m instanceof MethodMemberContext mm && mm.STATIC() == null && mm.methodSignature() instanceof GetterSignatureContext g
                                && g.identifier().getText().equals(field)) {
                    declared = g.type();
                    found = true;
                }
            }
            if (found) {
                if (declared == null) {
                    throw new Unknown();
                }
                if (mentionsAlias(library, declared)) {
                    throw new Unknown();
                }
                DartType d;
                try {
                    d = library.dartType(declared);
                } catch (RuntimeException unresolved) {
                    throw new Unknown();
                }
                if (d.hasTypeParameters()) {
                    DartType[] arguments = it.dartClass().argumentsAs(c.dartClass, it.arguments());
                    if (arguments == null) {
                        throw new Unknown();
                    }
                    d = d.substitute(arguments);
                }
                return staticType(d);
            }
        }
        throw new Unknown();
    }

    // ------------------------------------------------------------------ patterns

    /** The space of a pattern matched against a value of static type {@code context}. */
    private Space space(PatternContext p, StaticType context, boolean nonNull) {
        List<Space> alternatives = new ArrayList<>();
        for (LogicalAndPatternContext and : p.logicalAndPattern()) {
            Space result = null;
            for (RelationalPatternContext rel : and.relationalPattern()) {
                Space s = relationalSpace(rel, context, nonNull);
                result = result == null ? s : intersection(result, s);
            }
            alternatives.add(result);
        }
        return alternatives.size() == 1 ? alternatives.get(0) : Space.union(alternatives);
    }

    /** The CFE's approximation of the values both spaces match. */
    private static Space intersection(Space a, Space b) {
        List<SingleSpace> singles = new ArrayList<>();
        boolean unknown = false;
        for (SingleSpace x : a.singles()) {
            for (SingleSpace y : b.singles()) {
                StaticType type = x.type().isSubtypeOf(y.type()) ? x.type() : y.type().isSubtypeOf(x.type()) ? y.type() : null;
                if (type == null) {
                    unknown = true;
                    continue;
                }
                Map<Key, Space> properties = new LinkedHashMap<>();
                for (Map.Entry<Key, Space> e : x.properties().entrySet()) {
                    Space other = y.properties().get(e.getKey());
                    properties.put(e.getKey(), other == null ? e.getValue() : intersection(e.getValue(), other));
                }
                for (Map.Entry<Key, Space> e : y.properties().entrySet()) {
                    properties.putIfAbsent(e.getKey(), e.getValue());
                }
                singles.add(new SingleSpace(type, properties, Map.of()));
            }
        }
        if (unknown) {
            singles.add(unknownSingle());
        }
        return new Space(singles);
    }

    /** A space that matches no value of any type the model splits (relational patterns, constants). */
    private static Space unknownSpace() {
        return new Space(List.of(unknownSingle()));
    }

    private static SingleSpace unknownSingle() {
        return new SingleSpace(new ValueType(DartExhaustiveness.OBJECT, "?"));
    }

    private Space relationalSpace(RelationalPatternContext rel, StaticType context, boolean nonNull) {
        if (rel instanceof RelationalOperatorPatternContext) {
            // Relational patterns never count towards exhaustiveness (not even `!= null`).
            return unknownSpace();
        }
        UnaryPatternContext u = ((PlainRelationalPatternContext) rel).unaryPattern();
        if (u instanceof CastPatternContext c) {
            return castSpace(c, context, nonNull);
        } else if (u instanceof NullCheckPatternContext n) {
            return primarySpace(n.primaryPattern(), context, true);
        } else if (u instanceof NullAssertPatternContext n) {
            return Space.union(List.of(primarySpace(n.primaryPattern(), context, true), Space.of(DartExhaustiveness.NULL)));
        }
        return primarySpace(((PlainUnaryPatternContext) u).primaryPattern(), context, nonNull);
    }

    /**
     * A cast covers what its pattern covers and, when the value's type is sealed, each of its
     * subtypes that the cast type neither contains nor is contained in (those values throw).
     */
    private Space castSpace(CastPatternContext c, StaticType context, boolean nonNull) {
        Space space = primarySpace(c.primaryPattern(), context, nonNull);
        StaticType castType = type(t, c.type());
        if (castType.isSubtypeOf(context) && context.isSealed()) {
            List<Space> union = new ArrayList<>(List.of(space));
            for (StaticType sub : DartExhaustiveness.expandSealed(context)) {
                if (!castType.isSubtypeOf(sub) && !sub.isSubtypeOf(castType)) {
                    union.add(Space.of(sub));
                }
            }
            space = Space.union(union);
        }
        return space;
    }

    private Space primarySpace(PrimaryPatternContext pp, StaticType context, boolean nonNull) {
        if (pp instanceof ParenthesizedPatternContext p) {
            return space(p.pattern(), context, nonNull);
        } else if (pp instanceof RecordPatternPrimaryContext r) {
            return recordSpace(r.recordPattern(), context);
        } else if (pp instanceof ObjectPatternPrimaryContext o) {
            return objectSpace(o.objectPattern(), context, nonNull);
        } else if (pp instanceof ListPatternPrimaryContext l) {
            return listSpace(l.listPattern(), context);
        } else if (pp instanceof MapPatternPrimaryContext m) {
            return mapSpace(m.mapPattern(), context);
        } else if (pp instanceof VariablePatternContext v) {
            StaticType type = v.type() == null ? context : typeInContext(type(t, v.type()), context);
            return Space.of(nonNull ? type.nonNullable() : type);
        } else if (pp instanceof ConstantPatternPrimaryContext c) {
            ConstantPatternContext cp = c.constantPattern();
            if (cp.CONST() != null) {
                throw new Unknown();
            }
            if (cp.getText().equals("_")) {
                return Space.of(nonNull ? context.nonNullable() : context);
            }
            if (cp.typeName() == null && cp.DOT() != null) {
                // A dot shorthand (`.red`) names a member of the matched value's type.
                if (cp.CONST() != null || cp.arguments() != null || cp.identifier() == null) {
                    throw new Unknown();
                }
                return constantSpace(context.nonNullable().name() + "." + cp.identifier().getText());
            }
            return constantSpace(cp.getText());
        }
        throw new Unknown();
    }

    /** A pattern's type, or the matched value's when that is narrower. */
    private static StaticType typeInContext(StaticType type, StaticType context) {
        return context.isSubtypeOf(type) ? context : type;
    }

    private Space constantSpace(String text) {
        switch (text) {
            case "null":
                return Space.of(DartExhaustiveness.NULL);
            case "true":
            case "false":
                return Space.of(new ValueType(interfaceType(core.types.boolType), text));
            default:
                break;
        }
        char first = text.charAt(0);
        if (Character.isDigit(first) || first == '-' || first == '.' || first == '\'' || first == '"' || first == 'r' && text.length() > 1 && (text.charAt(1) == '\'' || text.charAt(1) == '"')) {
            return Space.of(new ValueType(DartExhaustiveness.OBJECT, text));
        }
        String[] parts = text.split("\\.");
        if (parts.length == 2 && t.resolveNonLocal(parts[0], null) instanceof DartClass cls && cls.isDeclaredInDart()) {
            DartClassInfo info = t.classInfo(parts[0]);
            if (info != null && info.dartClass == cls && info.isEnum && info.enumValues.contains(parts[1])) {
                return Space.of(new ValueType(interfaceType(new DartInterfaceType(cls, new DartType[0], false)), parts[0] + "." + parts[1]));
            }
        }
        throw new Unknown();
    }

    private Space recordSpace(RecordPatternContext r, StaticType context) {
        List<PatternContext> positional = new ArrayList<>();
        Map<String, PatternContext> named = new LinkedHashMap<>();
        DartScopes.forEachRecordField(r, (nf, pattern) -> {
            if (nf != null) {
                named.put(fieldName(nf), pattern);
            } else {
                positional.add(pattern);
            }
        });
        Map<String, StaticType> shape = new LinkedHashMap<>();
        for (int i = 0; i < positional.size(); i++) {
            shape.put("$" + (i + 1), DartExhaustiveness.NULLABLE_OBJECT);
        }
        for (String n : named.keySet()) {
            shape.put(n, DartExhaustiveness.NULLABLE_OBJECT);
        }
        RecordType patternType = new RecordType(shape);
        StaticType type = context.isSubtypeOf(patternType) ? context.nonNullable() : patternType;
        Map<Key, Space> fields = new LinkedHashMap<>();
        for (int i = 0; i < positional.size(); i++) {
            Key key = Key.position(i);
            fields.put(key, space(positional.get(i), fieldContext(type, key), false));
        }
        for (Map.Entry<String, PatternContext> e : named.entrySet()) {
            Key key = Key.of(e.getKey());
            fields.put(key, space(e.getValue(), fieldContext(type, key), false));
        }
        return Space.of(type, fields);
    }

    private static StaticType fieldContext(StaticType type, Key key) {
        StaticType field = type.fieldType(key);
        return field == null ? DartExhaustiveness.NULLABLE_OBJECT : field;
    }

    private Space objectSpace(ObjectPatternContext o, StaticType context, boolean nonNull) {
        StaticType type = typeInContext(objectType(o, context), context);
        if (nonNull) {
            type = type.nonNullable();
        }
        Map<Key, Space> fields = new LinkedHashMap<>();
        for (PatternFieldContext f : o.patternField()) {
            NamedPatternFieldContext nf = f.namedPatternField();
            if (nf == null) {
                throw new Unknown();
            }
            Key key = Key.of(fieldName(nf));
            StaticType fieldType = type.fieldType(key);
            if (fieldType == null) {
                throw new Unknown();
            }
            fields.put(key, space(nf.pattern(), fieldType, false));
        }
        return Space.of(type, fields);
    }

    /**
     * The type an object pattern tests. A generic class written without type arguments gets
     * them from the matched value's type: the value type's own when the class is one of its
     * supertypes, the value type's when the class passes its type parameters on unchanged to
     * the value's class, its bounds when the value can be anything.
     */
    private StaticType objectType(ObjectPatternContext o, StaticType context) {
        if (mentionsAlias(t, o.typeName()) || o.typeArguments() != null && mentionsAlias(t, o.typeArguments())) {
            throw new Unknown();
        }
        DartType written;
        try {
            List<TypeContext> args = o.typeArguments() == null ? List.of() : o.typeArguments().typeList().type();
            written = t.typeTranslator().literal(o.typeName(), args, o);
        } catch (RuntimeException unresolved) {
            throw new Unknown();
        }
        if (!(written instanceof DartInterfaceType it) || o.typeArguments() != null || it.dartClass().typeParameters().length == 0) {
            return staticType(written);
        }
        DartClass cls = it.dartClass();
        if (context == DartExhaustiveness.NULLABLE_OBJECT || context == DartExhaustiveness.OBJECT) {
            return staticType(new DartInterfaceType(cls, defaults(cls), false));
        }
        DartInterfaceType value = interfaceOf(context);
        if (value == null) {
            throw new Unknown();
        }
        DartType[] up = value.dartClass().argumentsAs(cls, value.arguments());
        if (up != null) {
            return staticType(new DartInterfaceType(cls, up, false));
        }
        if (passesOn(cls.argumentsAs(value.dartClass(), ownParameters(cls)), cls.typeParameters().length)) {
            return staticType(new DartInterfaceType(cls, value.arguments(), false));
        }
        throw new Unknown();
    }

    private static DartInterfaceType interfaceOf(StaticType type) {
        if (type instanceof NullableType n) {
            return interfaceOf(n.underlying);
        }
        if (type instanceof ListType l) {
            return interfaceOf(l.base);
        }
        return type instanceof ClassType c && c.key() instanceof DartInterfaceType it ? it : null;
    }

    /** A list pattern: its length (fixed, or at least so many with a rest element) and its elements, counted from either end. */
    private Space listSpace(ListPatternContext l, StaticType context) {
        StaticType element;
        DartType elementType;
        if (l.typeArguments() != null) {
            List<TypeContext> args = l.typeArguments().typeList().type();
            if (args.size() != 1 || mentionsAlias(t, l.typeArguments())) {
                throw new Unknown();
            }
            try {
                elementType = t.dartType(args.get(0));
            } catch (RuntimeException unresolved) {
                throw new Unknown();
            }
            element = staticType(elementType);
        } else if (context.nonNullable() instanceof ListType lt) {
            element = lt.element;
            elementType = interfaceOf(lt).arguments()[0];
        } else if (context == DartExhaustiveness.NULLABLE_OBJECT || context == DartExhaustiveness.OBJECT) {
            element = DartExhaustiveness.NULLABLE_OBJECT;
            elementType = DartSpecialType.DYNAMIC;
        } else {
            throw new Unknown();
        }
        ListType listType = (ListType) interfaceType(new DartInterfaceType(core.listClass, new DartType[]{elementType}, false));
        List<PatternContext> head = new ArrayList<>();
        List<PatternContext> tail = new ArrayList<>();
        boolean hasRest = false;
        PatternContext rest = null;
        for (ListPatternElementContext e : l.listPatternElement()) {
            if (e.ELLIPSIS() != null) {
                hasRest = true;
                rest = e.pattern();
            } else if (hasRest) {
                tail.add(e.pattern());
            } else {
                head.add(e.pattern());
            }
        }
        Map<Key, Space> additional = new LinkedHashMap<>();
        for (int i = 0; i < head.size(); i++) {
            additional.put(Key.head(i), space(head.get(i), element, false));
        }
        if (hasRest) {
            additional.put(Key.rest(head.size(), tail.size()), rest == null ? Space.of(listType) : space(rest, listType, false));
        }
        for (int i = 0; i < tail.size(); i++) {
            additional.put(Key.tail(i), space(tail.get(tail.size() - 1 - i), element, false));
        }
        return Space.of(new ListPatternType(listType.base, element, head.size() + tail.size(), hasRest), Map.of(), additional);
    }

    /** A map pattern with entries matches only maps that have its keys: it never covers a map type. */
    private Space mapSpace(MapPatternContext m, StaticType context) {
        if (m.mapPatternEntry().isEmpty()) {
            throw new Unknown();
        }
        DartInterfaceType mapType;
        if (m.typeArguments() != null) {
            List<TypeContext> args = m.typeArguments().typeList().type();
            if (args.size() != 2 || mentionsAlias(t, m.typeArguments())) {
                throw new Unknown();
            }
            try {
                mapType = new DartInterfaceType(core.mapClass, new DartType[]{t.dartType(args.get(0)), t.dartType(args.get(1))}, false);
            } catch (RuntimeException unresolved) {
                throw new Unknown();
            }
        } else {
            DartInterfaceType value = interfaceOf(context);
            mapType = value != null && value.dartClass() == core.mapClass ? value : new DartInterfaceType(core.mapClass, new DartType[]{DartSpecialType.DYNAMIC, DartSpecialType.DYNAMIC}, false);
        }
        if (!(interfaceType(mapType) instanceof ClassType base)) {
            throw new Unknown();
        }
        List<String> keys = new ArrayList<>();
        for (MapPatternEntryContext e : m.mapPatternEntry()) {
            keys.add(e.expression().getText());
        }
        return Space.of(new MapPatternType(base, keys));
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
