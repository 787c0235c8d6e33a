package org.dartj.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartCoreClasses;
import org.dartj.parser.DartParser.*;
import org.dartj.types.DartFunctionType;
import org.dartj.types.DartFutureOrType;
import org.dartj.types.DartInterfaceType;
import org.dartj.types.DartRecordType;
import org.dartj.types.DartSpecialType;
import org.dartj.types.DartType;
import org.dartj.types.DartTypeParameterType;

/**
 * Turns a written type into a {@link DartType}. A type parameter of the enclosing class
 * becomes a {@link DartTypeParameterType} (bound at run time to the instance's type
 * argument); a type parameter of a generic function or method, of an extension or a typedef
 * is not reified and reads as dynamic.
 */
final class DartTypeTranslator {
    /** The type arguments of the generic typedefs being expanded, by their type parameters. */
    private final java.util.IdentityHashMap<TypeParametersContext, DartType[]> aliasArguments = new java.util.IdentityHashMap<>();

    private final DartTranslator t;
    private final DartCoreClasses classes;

    DartTypeTranslator(DartTranslator t, DartCoreClasses classes) {
        this.t = t;
        this.classes = classes;
    }

    DartType translate(TypeContext type) {
        if (type.functionType() != null) {
            return functionType(type.functionType()).withNullable(type.QUESTION() != null);
        }
        return typeNotFunction(type.typeNotFunction());
    }

    DartType typeNotFunction(TypeNotFunctionContext type) {
        boolean nullable = type.QUESTION() != null;
        if (type.VOID() != null) {
            return DartSpecialType.VOID;
        } else if (type.FUNCTION() != null) {
            return classType(classes.functionClass, List.of(), nullable, type);
        } else if (type.recordType() != null) {
            return recordType(type.recordType()).withNullable(nullable);
        }
        TypeNameContext name = type.typeName();
        List<TypeContext> args = type.typeArguments() == null ? List.of() : type.typeArguments().typeList().type();
        return named(name, args, nullable, type);
    }

    /** {@code List<int>} written as an expression (a type literal). */
    DartType literal(TypeNameContext typeName, List<TypeContext> args, ParserRuleContext at) {
        return named(typeName, args, false, at);
    }

    private DartType named(TypeNameContext typeName, List<TypeContext> args, boolean nullable, ParserRuleContext at) {
        String name = typeName.identifier(0).getText();
        if (typeName.identifier().size() > 1) {
            Object prefix = t.prefixLibrary(name);
            String member = typeName.identifier(1).getText();
            Object resolved = prefix instanceof Map<?, ?> library ? library.get(member) : null;
            if (resolved instanceof DartTypedef typedef) {
                return typedef.owner().typeTranslator().alias(typedef.name(), translateAll(args), nullable, at);
            }
            DartClassInfo extensionType = t.extensionTypeNamed(resolved);
            if (extensionType != null) {
                return extensionType.owner.translator().typeTranslator().alias(extensionType.dartClass.getName(), translateAll(args), nullable, at);
            }
            if (!(resolved instanceof DartClass cls)) {
                throw t.errorAt(at, "Type '" + typeName.getText() + "' not found.");
            }
            return classType(cls, args, nullable, at);
        }
        switch (name) {
            case "dynamic":
                return DartSpecialType.DYNAMIC;
            case "Never":
                return nullable ? DartSpecialType.NULL : DartSpecialType.NEVER;
            case "Null":
                return DartSpecialType.NULL;
            case "FutureOr":
                return new DartFutureOrType(args.isEmpty() ? DartSpecialType.DYNAMIC : translate(args.get(0)), nullable);
            case "Comparator":
                if (t.lookupClass(name) == null && !t.typeAliases.containsKey(name)) {
                    // dart:core's typedef Comparator<T> = int Function(T a, T b).
                    DartType element = args.isEmpty() ? DartSpecialType.DYNAMIC : translate(args.get(0));
                    return new DartFunctionType(classes.types.intType, new DartType[]{element, element}, new DartType[0], new String[0], new DartType[0], new boolean[0], nullable);
                }
                break;
            default:
                break;
        }
        DartType parameter = typeParameter(name, at);
        if (parameter != null) {
            return parameter.withNullable(nullable || parameter.isNullable());
        }
        if (t.typeAliases.containsKey(name)) {
            return alias(name, translateAll(args), nullable, at);
        }
        if (t.importedName(name) instanceof DartTypedef typedef) {
            return typedef.owner().typeTranslator().alias(typedef.name(), translateAll(args), nullable, at);
        }
        DartClassInfo extensionType = t.lookupClass(name) == null ? t.extensionTypeNamed(t.importedName(name)) : null;
        if (extensionType != null) {
            // An imported extension type is erased to its representation type, read in its library.
            return extensionType.owner.translator().typeTranslator().alias(extensionType.dartClass.getName(), translateAll(args), nullable, at);
        }
        DartClass cls = t.lookupClass(name);
        if (cls == null) {
            throw t.errorAt(at, "Type '" + name + "' not found.");
        }
        return classType(cls, args, nullable, at);
    }

    /** The type a typedef of this library names, with its type arguments ({@code IntList}, {@code Pred<int>}, {@code Op}). */
    private DartType[] translateAll(List<TypeContext> args) {
        DartType[] types = new DartType[args.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = translate(args.get(i));
        }
        return types;
    }

    DartType alias(String name, DartType[] args, boolean nullable, ParserRuleContext at) {
        TypeContext aliased = t.typeAliases.get(name);
        DartType target;
        if (aliased == null) {
            target = oldStyleAlias(name, args, at);
        } else if (aliasParameters(aliased) != null && args.length > 0) {
            // A generic typedef's (or extension type's) type arguments stand for its parameters in the aliased type.
            TypeParametersContext params = aliasParameters(aliased);
            DartType[] bound = new DartType[params.typeParameter().size()];
            for (int i = 0; i < bound.length; i++) {
                bound[i] = i < args.length ? args[i] : DartSpecialType.DYNAMIC;
            }
            aliasArguments.put(params, bound);
            try {
                target = translate(aliased);
            } finally {
                aliasArguments.remove(params);
            }
        } else {
            target = translate(aliased);
        }
        return nullable ? target.withNullable(true) : target;
    }

    /** The type parameters of a generic typedef or extension type whose aliased (representation) type is {@code aliased}, or null. */
    private static TypeParametersContext aliasParameters(TypeContext aliased) {
        if (aliased.getParent() instanceof TypeAliasContext ta) {
            return ta.typeParameters();
        }
        return aliased.getParent() instanceof RepresentationDeclarationContext r && r.getParent() instanceof ExtensionTypeDeclarationContext et ? et.typeParameters() : null;
    }

    /** {@code typedef int Op(int a, int b);} with its type arguments: the function type (or Function, see DartTranslator.functionTypeAlias). */
    private DartType oldStyleAlias(String name, DartType[] args, ParserRuleContext at) {
        FunctionTypeAliasContext fa = t.functionTypeAliases.get(name);
        if (fa == null) {
            return classType(classes.functionClass, List.of(), false, at);
        }
        DartType[] bound = null;
        if (fa.typeParameters() != null) {
            bound = new DartType[fa.typeParameters().typeParameter().size()];
            for (int i = 0; i < bound.length; i++) {
                bound[i] = i < args.length ? args[i] : DartSpecialType.DYNAMIC;
            }
            aliasArguments.put(fa.typeParameters(), bound);
        }
        try {
            DartType type = t.functionTypeAlias(fa);
            return type != null ? type : classType(classes.functionClass, List.of(), false, at);
        } finally {
            if (bound != null) {
                aliasArguments.remove(fa.typeParameters());
            }
        }
    }

    private DartType classType(DartClass cls, List<TypeContext> args, boolean nullable, ParserRuleContext at) {
        String[] params = cls.typeParameters();
        DartType[] arguments = new DartType[params.length];
        for (int i = 0; i < params.length; i++) {
            arguments[i] = i < args.size() ? translate(args.get(i)) : DartSpecialType.DYNAMIC;
        }
        if (!args.isEmpty() && args.size() != params.length && cls.isDeclaredInDart()) {
            throw t.errorAt(at, "Expected " + params.length + " type arguments.");
        }
        if (!args.isEmpty()) {
            checkBounds(cls, arguments, at, supertypeClause(at));
        }
        return new DartInterfaceType(cls, arguments, nullable || cls == classes.nullClass);
    }

    /**
     * Written type arguments of a class declared in Dart must conform to the bounds of its
     * type parameters; otherwise it is the CFE's compile error. Only bounds that are plain
     * class types (num, a user class, ...) are checked, against arguments without type
     * variables, so the check never depends on subtyping among generic core types.
     */
    void checkBounds(DartClass cls, DartType[] arguments, ParserRuleContext at, String where) {
        DartClassInfo info = t.classInfo(cls.getName());
        if (info == null || info.dartClass != cls) {
            return;
        }
        TypeParametersContext params = declaredTypeParameters(info.declaration);
        if (params == null || params.typeParameter().size() != arguments.length) {
            return;
        }
        for (int i = 0; i < arguments.length; i++) {
            TypeContext boundType = params.typeParameter(i).type();
            DartType argument = arguments[i];
            if (boundType == null || argument.isTop() || argument.hasTypeParameters()) {
                continue;
            }
            if (!where.isEmpty() && argument instanceof DartInterfaceType a && a.dartClass().isDeclaredInDart()) {
                // Supertype clauses are read while classes are being linked: user classes may
                // not know their own supertypes yet.
                continue;
            }
            DartType bound = info.owner.translator().dartType(boundType);
            if (!(bound instanceof DartInterfaceType b) || b.arguments().length > 0 || bound.hasTypeParameters() || bound.isTop()) {
                continue;
            }
            if (!argument.isSubtypeOf(bound)) {
                throw t.errorAt(at, "Type argument '" + argument + "' doesn't conform to the bound '" + bound + "' of the type variable '"
                                + params.typeParameter(i).identifier().getText() + "' on '" + cls.getName() + "'" + where + ".",
                                "Try changing type arguments so that they conform to the bounds.");
            }
        }
    }

    /**
     * Checks the bounds of every generic user class written in {@code type} (at any depth),
     * reporting at {@code at}; arguments DartJ cannot translate are left to the code that
     * uses the type.
     */
    void checkWrittenBounds(ParseTree type, ParserRuleContext at) {
        for (int i = 0; i < type.getChildCount(); i++) {
            checkWrittenBounds(type.getChild(i), at);
        }
        if (!(type instanceof TypeNotFunctionContext tn) || tn.typeArguments() == null || tn.typeName().identifier().size() != 1) {
            return;
        }
        String name = tn.typeName().getText();
        DartClassInfo info = t.classInfo(name);
        if (info == null || typeParameter(name, tn) != null || t.typeAliases.containsKey(name)) {
            return;
        }
        List<TypeContext> args = tn.typeArguments().typeList().type();
        if (args.size() != info.dartClass.typeParameters().length) {
            return;
        }
        DartType[] arguments = new DartType[args.size()];
        for (int i = 0; i < arguments.length; i++) {
            try {
                arguments[i] = translate(args.get(i));
            } catch (DartSyntaxError e) {
                return;
            }
        }
        checkBounds(info.dartClass, arguments, at, "");
    }

    /** " in the supertype 'S' of class 'C'" when the type is written in a class's extends, implements or with clause. */
    private static String supertypeClause(ParserRuleContext at) {
        ParseTree p = at.getParent();
        if (p instanceof TypeContext) {
            p = p.getParent();
        }
        if (p instanceof TypeListContext) {
            p = p.getParent();
        }
        if (p instanceof SuperclassContext || p instanceof InterfacesContext || p instanceof MixinsContext) {
            for (ParseTree c = p.getParent(); c != null; c = c.getParent()) {
                if (c instanceof ClassDeclarationContext cd) {
                    String supertype = at instanceof TypeNotFunctionContext tn && tn.typeName() != null ? tn.typeName().getText() : at.getText();
                    return " in the supertype '" + supertype + "' of class '" + cd.identifier().getText() + "'";
                }
            }
        }
        return "";
    }

    /**
     * The type parameter {@code name} of the closest enclosing declaration that declares it:
     * a class's (reified), a function's or method's (dynamic), or null if none declares it.
     */
    DartType typeParameter(String name, ParserRuleContext at) {
        for (ParseTree p = at; p != null; p = p.getParent()) {
            TypeParametersContext params = declaredTypeParameters(p);
            if (params == null) {
                continue;
            }
            List<TypeParameterContext> all = params.typeParameter();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).identifier().getText().equals(name)) {
                    DartType[] aliased = aliasArguments.get(params);
                    if (aliased != null) {
                        return aliased[i];
                    }
                    boolean ofClass = p instanceof ClassDeclarationContext || p instanceof MixinDeclarationContext || p instanceof EnumDeclarationContext
                                    || p instanceof ExtensionDeclarationContext;
                    if (ofClass) {
                        int inFactory = t.functionTypeParameterIndex(params, i);
                        return new DartTypeParameterType(name, inFactory < 0 ? i : inFactory, false);
                    }
                    int index = t.functionTypeParameterIndex(params, i);
                    return index < 0 ? DartSpecialType.DYNAMIC : new DartTypeParameterType(name, index, false);
                }
            }
        }
        return null;
    }

    /**
     * The type parameters of the class a factory constructor belongs to: inside its body they
     * are bound like a generic function's, to the type arguments the call passes; else null.
     */
    static TypeParametersContext factoryTypeParameters(ParseTree t) {
        if (!(t instanceof ConstructorDeclarationContext cd) || cd.FACTORY() == null) {
            return null;
        }
        for (ParseTree p = t.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ClassDeclarationContext c) {
                return c.typeParameters();
            }
        }
        return null;
    }

    static TypeParametersContext declaredTypeParameters(ParseTree t) {
        if (t instanceof ClassDeclarationContext c) {
            return c.typeParameters();
        } else if (t instanceof FunctionSignatureContext f) {
            return f.typeParameters();
        } else if (t instanceof PlainMethodSignatureContext m) {
            return m.typeParameters();
        } else if (t instanceof TopLevelFunctionContext f) {
            return f.functionSignature().typeParameters();
        } else if (t instanceof LocalFunctionDeclarationContext f) {
            return f.functionSignature().typeParameters();
        } else if (t instanceof MethodMemberContext mm && mm.methodSignature() instanceof PlainMethodSignatureContext m) {
            return m.typeParameters();
        } else if (t instanceof FunctionExpressionContext fe) {
            return fe.typeParameters();
        } else if (t instanceof FunctionPrimaryContext fp) {
            return fp.typeParameters();
        } else if (t instanceof MixinDeclarationContext md) {
            return md.typeParameters();
        } else if (t instanceof ExtensionDeclarationContext xd) {
            return xd.typeParameters();
        } else if (t instanceof EnumDeclarationContext ed) {
            return ed.typeParameters();
        } else if (t instanceof ExtensionTypeDeclarationContext et) {
            return et.typeParameters();
        } else if (t instanceof TypeAliasContext ta) {
            return ta.typeParameters();
        } else if (t instanceof FunctionTypeAliasContext fa) {
            return fa.typeParameters();
        } else if (t instanceof FunctionTypeTailContext tail) {
            return tail.typeParameters();
        } else if (t instanceof FunctionTypeContext ft && !ft.functionTypeTail().isEmpty()) {
            // The return type of `T Function<T>(T)` is in the scope of the first tail's type parameters.
            return ft.functionTypeTail(0).typeParameters();
        }
        return null;
    }

    private DartType recordType(RecordTypeContext r) {
        int brace = r.LBRACE() == null ? Integer.MAX_VALUE : r.LBRACE().getSymbol().getTokenIndex();
        List<DartType> positional = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<DartType> named = new ArrayList<>();
        for (RecordTypeFieldContext f : r.recordTypeField()) {
            if (f.getStart().getTokenIndex() < brace) {
                positional.add(translate(f.type()));
            } else {
                names.add(f.identifier().getText());
                named.add(translate(f.type()));
            }
        }
        return sortedRecord(positional, names, named);
    }

    private static DartRecordType sortedRecord(List<DartType> positional, List<String> names, List<DartType> named) {
        Integer[] order = new Integer[names.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> names.get(a).compareTo(names.get(b)));
        String[] sortedNames = new String[order.length];
        DartType[] sortedTypes = new DartType[order.length];
        for (int i = 0; i < order.length; i++) {
            sortedNames[i] = names.get(order[i]);
            sortedTypes[i] = named.get(order[i]);
        }
        return new DartRecordType(positional.toArray(new DartType[0]), sortedNames, sortedTypes, false);
    }

    private DartType functionType(FunctionTypeContext f) {
        DartType result = f.typeNotFunction() == null ? DartSpecialType.DYNAMIC : typeNotFunction(f.typeNotFunction());
        for (FunctionTypeTailContext tail : f.functionTypeTail()) {
            result = functionTail(result, tail.parameterTypeList()).withNullable(tail.QUESTION() != null);
        }
        return result;
    }

    private DartFunctionType functionTail(DartType returnType, ParameterTypeListContext list) {
        List<DartType> required = new ArrayList<>();
        for (ParameterTypeContext p : list.parameterType()) {
            required.add(translate(p.type()));
        }
        List<DartType> optional = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<DartType> named = new ArrayList<>();
        List<Boolean> namedRequired = new ArrayList<>();
        OptionalParameterTypesContext opt = list.optionalParameterTypes();
        if (opt != null && opt.LBRACKET() != null) {
            for (ParameterTypeContext p : opt.parameterType()) {
                optional.add(translate(p.type()));
            }
        } else if (opt != null) {
            for (int i = 0; i < opt.type().size(); i++) {
                names.add(opt.identifier(i).getText());
                named.add(translate(opt.type(i)));
            }
            // REQUIRED tokens precede their types; match them by position.
            for (int i = 0; i < opt.type().size(); i++) {
                int start = opt.type(i).getStart().getTokenIndex();
                boolean req = false;
                for (var r : opt.REQUIRED()) {
                    int ri = r.getSymbol().getTokenIndex();
                    if (ri < start && (i == 0 || ri > opt.identifier(i - 1).getStart().getTokenIndex())) {
                        req = true;
                    }
                }
                namedRequired.add(req);
            }
        }
        return function(returnType, required, optional, names, named, namedRequired);
    }

    /** A function type with named parameters sorted by name, as the VM prints them. */
    static DartFunctionType function(DartType returnType, List<DartType> required, List<DartType> optional, List<String> names, List<DartType> named, List<Boolean> namedRequired) {
        Integer[] order = new Integer[names.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> names.get(a).compareTo(names.get(b)));
        String[] sortedNames = new String[order.length];
        DartType[] sortedTypes = new DartType[order.length];
        boolean[] sortedRequired = new boolean[order.length];
        for (int i = 0; i < order.length; i++) {
            sortedNames[i] = names.get(order[i]);
            sortedTypes[i] = named.get(order[i]);
            sortedRequired[i] = namedRequired.get(order[i]);
        }
        return new DartFunctionType(returnType, required.toArray(new DartType[0]), optional.toArray(new DartType[0]), sortedNames, sortedTypes, sortedRequired, false);
    }
}
