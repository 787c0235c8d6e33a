package org.dartj.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.dartj.DartContext;
import org.dartj.DartLanguage;
import org.dartj.builtins.DartCoreLibraries;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartCoreClasses;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.DartFunctionRootNode;
import org.dartj.nodes.DartNode;
import org.dartj.nodes.DartStatementNode;
import org.dartj.nodes.async.DartAsyncFunctionRootNode;
import org.dartj.nodes.async.DartAsyncResumeRootNode;
import org.dartj.nodes.async.DartAwaitNode;
import org.dartj.nodes.async.DartAsyncStarFunctionRootNode;
import org.dartj.nodes.async.DartAsyncStarResumeRootNode;
import org.dartj.nodes.async.DartAsyncYieldNode;
import org.dartj.nodes.async.DartGeneratorFunctionRootNode;
import org.dartj.nodes.async.DartGeneratorResumeRootNode;
import org.dartj.nodes.async.DartYieldNode;
import org.dartj.nodes.async.DartResumableBlockNode;
import org.dartj.nodes.async.DartResumableCaseSelectNode;
import org.dartj.nodes.async.DartResumableForInNode;
import org.dartj.nodes.async.DartResumableIfNode;
import org.dartj.nodes.async.DartResumableLoopNode;
import org.dartj.nodes.async.DartResumableScopeNode;
import org.dartj.nodes.call.DartArgumentsNode;
import org.dartj.nodes.call.DartFunctionHolder;
import org.dartj.nodes.call.DartGetPropertyNode;
import org.dartj.nodes.call.DartIndexGetNodeGen;
import org.dartj.nodes.call.DartIndexSetNodeGen;
import org.dartj.nodes.call.DartInvokeMemberNode;
import org.dartj.nodes.call.DartInvokeNode;
import org.dartj.nodes.call.DartSetPropertyNode;
import org.dartj.nodes.call.DartStaticCallNode;
import org.dartj.nodes.call.DartTopLevelFunctionNode;
import org.dartj.nodes.controlflow.DartAssertNode;
import org.dartj.nodes.controlflow.DartBlockNode;
import org.dartj.nodes.controlflow.DartBreakNode;
import org.dartj.nodes.controlflow.DartCountedLoopNode;
import org.dartj.nodes.controlflow.DartExpressionStatementNode;
import org.dartj.nodes.controlflow.DartForInNode;
import org.dartj.nodes.controlflow.DartIfNode;
import org.dartj.nodes.controlflow.DartLabeledNode;
import org.dartj.nodes.controlflow.DartLoopNode;
import org.dartj.nodes.controlflow.DartRethrowNode;
import org.dartj.nodes.controlflow.DartReturnNode;
import org.dartj.nodes.controlflow.DartSwitchNode;
import org.dartj.nodes.controlflow.DartTryNode;
import org.dartj.nodes.controlflow.DartThrowNode;
import org.dartj.nodes.expression.*;
import org.dartj.nodes.global.DartGlobalVariable;
import org.dartj.nodes.global.DartReadGlobalNode;
import org.dartj.nodes.global.DartWriteGlobalNode;
import org.dartj.nodes.literal.DartAddElementNode;
import org.dartj.nodes.literal.DartClosureNode;
import org.dartj.nodes.literal.DartCollectionBuildNode;
import org.dartj.nodes.literal.DartRecordLiteralNode;
import org.dartj.nodes.literal.DartSetLiteralNode;
import org.dartj.nodes.pattern.DartBindingPatternNode;
import org.dartj.nodes.pattern.DartConstantPatternNode;
import org.dartj.nodes.pattern.DartIfCaseNode;
import org.dartj.nodes.pattern.DartListPatternNode;
import org.dartj.nodes.pattern.DartLogicalPatternNode;
import org.dartj.nodes.pattern.DartMapPatternNode;
import org.dartj.nodes.pattern.DartObjectPatternNode;
import org.dartj.nodes.pattern.DartPatternDeclarationNode;
import org.dartj.nodes.pattern.DartPatternNode;
import org.dartj.nodes.pattern.DartRecordPatternNode;
import org.dartj.nodes.pattern.DartRelationalPatternNode;
import org.dartj.nodes.pattern.DartSwitchExpressionNode;
import org.dartj.nodes.pattern.DartUnaryPatternNode;
import org.dartj.nodes.literal.DartSpreadElementNode;
import org.dartj.nodes.object.DartBoundMethodNode;
import org.dartj.nodes.object.DartConstInstanceNode;
import org.dartj.nodes.object.DartWriteFieldNode;
import org.dartj.nodes.object.DartReadFieldNode;
import org.dartj.nodes.object.DartSuperCallNode;
import org.dartj.nodes.literal.DartConstantNode;
import org.dartj.nodes.literal.DartDoubleLiteralNode;
import org.dartj.nodes.literal.DartInterpolationNode;
import org.dartj.nodes.literal.DartListLiteralNode;
import org.dartj.nodes.literal.DartLongLiteralNode;
import org.dartj.nodes.literal.DartMapLiteralNode;
import org.dartj.nodes.local.DartCheckArityNode;
import org.dartj.nodes.local.DartCompareLocalNode;
import org.dartj.nodes.local.DartLocalUpdateNodeGen;
import org.dartj.nodes.local.DartReadLocalNode;
import org.dartj.nodes.local.DartReadReceiverNode;
import org.dartj.nodes.local.DartInitEnvironmentNode;
import org.dartj.nodes.local.DartReadArgumentNode;
import org.dartj.nodes.local.DartReadCapturedNode;
import org.dartj.nodes.local.DartReadLocalNodeGen;
import org.dartj.nodes.local.DartScopeNode;
import org.dartj.nodes.local.DartWriteCapturedNode;
import org.dartj.nodes.local.DartWriteLocalNode;
import org.dartj.nodes.local.DartWriteLocalNodeGen;
import org.dartj.parser.DartParser.*;
import org.dartj.parser.DartScopes.Scope;
import org.dartj.parser.DartScopes.Target;
import org.dartj.parser.DartScopes.Variable;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * Translates one library's parse tree into Truffle nodes, resolving every name statically:
 * locals (frame slot or captured environment), top-level declarations of the library,
 * then the names the imported core libraries export. An unresolved name is a compile error.
 * In async functions, every {@code await} is moved to statement position (see
 * docs/architecture.md, "async"): the expression gets a temporary and the await runs as a
 * resumable statement just before the statement that uses it.
 */
public final class DartTranslator {
    private final DartLanguage language;
    /** The URI of the library being translated, as the VM names it: {@code file:///...} for a file. */
    String libraryUri() {
        String path = source.getPath();
        return path != null ? "file://" + java.nio.file.Path.of(path).toAbsolutePath() : source.getName();
    }

    private final Source source;
    private final DartCoreLibraries core;
    private final int libraryId;
    private final Map<String, DartFunctionHolder> functions = new HashMap<>();
    private final Map<String, DartGlobalVariable> globals = new HashMap<>();
    /** Names visible without prefix from imported libraries; prefixed imports by prefix. */
    private final Map<String, Object> imported = new HashMap<>();
    private final Map<String, Map<String, Object>> prefixes = new HashMap<>();

    private DartScopes.Function function;
    private Scope scope;
    /** True inside a const declaration's initializer or a const constructor call's arguments. */
    boolean constContext;

    /** True while translating the top expression of an expression statement (its value is dropped). */
    private boolean resultUnused;

    private DartTranslator(DartLanguage language, Source source) {
        this.language = language;
        this.source = source;
        this.core = language.coreLibraries();
        this.libraryId = language.newLibraryId();
    }

    public static DartProgram translate(DartLanguage language, Source source) {
        return translate(language, source, null);
    }

    /** A program whose {@code package:} imports resolve as {@code packages} says (null: as the main program's). */
    public static DartProgram translate(DartLanguage language, Source source, DartPackageResolution packages) {
        long start = System.nanoTime();
        DartProgram program = new DartLibraryLoader(language, packages).loadProgram(source);
        if (TRACE_STARTUP) {
            System.err.println("dartj: parsed and translated " + source.getName() + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
        return program;
    }

    private static final boolean TRACE_STARTUP = Boolean.getBoolean("dartj.traceStartup");

    static DartTranslator forLibrary(DartLanguage language, Source source) {
        return new DartTranslator(language, source);
    }

    // ------------------------------------------------------------------ errors and sections

    /** The characters a token covers on its first line, for the carets under it. */
    static int tokenLength(Token token) {
        String text = token.getText();
        if (token.getType() == Token.EOF || text == null) {
            return 1;
        }
        int newline = text.indexOf('\n');
        return Math.max(1, newline < 0 ? text.length() : newline);
    }

    private DartSyntaxError error(ParserRuleContext ctx, String message) {
        return error(ctx.getStart(), message);
    }

    /** An error the CFE reports at an offset without a length: one caret under its first character. */
    private DartSyntaxError pointError(Token token, String message) {
        return DartSyntaxError.at(sourceOf(token), token.getLine(), token.getCharPositionInLine() + 1, 1, message);
    }

    private DartSyntaxError error(Token token, String message) {
        return DartSyntaxError.at(sourceOf(token), token.getLine(), token.getCharPositionInLine() + 1, tokenLength(token), message);
    }

    <T extends DartNode> T at(T node, ParserRuleContext ctx) {
        int start = ctx.getStart().getStartIndex();
        int stop = ctx.getStop() == null ? start : Math.max(start, ctx.getStop().getStopIndex());
        node.setSourceSection(start, stop - start + 1);
        return node;
    }

    private <T extends DartNode> T at(T node, Token token) {
        node.setSourceSection(token.getStartIndex(), Math.max(0, token.getStopIndex() - token.getStartIndex() + 1));
        return node;
    }

    private SourceSection section(ParserRuleContext ctx) {
        int start = ctx.getStart().getStartIndex();
        int stop = ctx.getStop() == null ? start : Math.max(start, ctx.getStop().getStopIndex());
        return sourceOf(ctx.getStart()).createSection(start, stop - start + 1);
    }

    /** The file a token comes from: the library's own, or one of its parts. */
    Source sourceOf(Token token) {
        return partSources.isEmpty() ? source : partSources.getOrDefault(token.getInputStream(), source);
    }

    // ------------------------------------------------------------------ helpers for DartClassTranslator

    DartSyntaxError errorAt(ParserRuleContext ctx, String message) {
        return error(ctx, message);
    }

    /** The holder of a top-level function of this library (an extension type's representation constructor). */
    DartFunctionHolder functionHolder(String name) {
        return functions.get(name);
    }

    /**
     * In an extension type constructor: the representation value is stored in the caller's
     * box (the receiver slot) and becomes {@code this} for the body.
     */
    DartStatementNode bindRepresentation(DartExpressionNode value) {
        int tmp = temp();
        Variable self = lookupLocal("this");
        return block(List.of(new DartExpressionStatementNode(writeLocal(value, tmp)),
                        new DartExpressionStatementNode(new org.dartj.nodes.object.DartStoreRepresentationNode(new DartReadReceiverNode(), DartReadLocalNodeGen.create(tmp))),
                        new DartExpressionStatementNode(write(self, DartReadLocalNodeGen.create(tmp)))));
    }

    /** An error with the CFE's correction line after the message. */
    DartSyntaxError errorAt(ParserRuleContext ctx, String message, String tip) {
        Token token = ctx.getStart();
        return DartSyntaxError.at(sourceOf(token), token.getLine(), token.getCharPositionInLine() + 1, message, tip);
    }

    void checkUniqueName(ParserRuleContext at, String name) {
        checkUnique(at, name);
        if (userClasses.containsKey(name)) {
            throw error(at, "'" + name + "' is already declared in this scope.");
        }
    }

    FormalParameterListContext emptyParameters() {
        return new FormalParameterListContext(null, 0);
    }

    DartExpressionNode readLocalName(String name, ParserRuleContext at) {
        Variable v = lookupLocal(name);
        if (v == null) {
            throw error(at, "Undefined name '" + name + "'.");
        }
        return read(v);
    }

    DartExpressionNode translateConditionalExpression(ConditionalExpressionContext c) {
        return translateConditional(c);
    }

    DartStatementNode withPreStatement(DartStatementNode statement) {
        return withPre(statement);
    }

    DartArgumentsNode translateArgumentsPublic(ArgumentsContext arguments) {
        return translateArguments(arguments);
    }

    /** Explicit super-constructor arguments plus the constructor's {@code super.x} parameters. */
    DartArgumentsNode argumentsWithSuperParameters(ArgumentsContext arguments, ParserRuleContext at) {
        List<DartExpressionNode> positional = new ArrayList<>();
        List<DartExpressionNode> named = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (arguments != null) {
            for (ArgumentContext a : arguments.argument()) {
                DartExpressionNode value = translateExpression(a.expression());
                if (a.label() != null) {
                    names.add(a.label().identifier().getText());
                    named.add(value);
                } else {
                    positional.add(value);
                }
            }
        }
        boolean explicitPositional = !positional.isEmpty();
        for (String[] p : superParameters) {
            if (p[1] == null && explicitPositional) {
                throw error(arguments, "Positional super-parameters cannot be used when the super-constructor invocation has a positional argument.");
            }
            if (p[1] == null) {
                positional.add(readLocalName(p[0], at));
            } else {
                names.add(p[1]);
                named.add(readLocalName(p[0], at));
            }
        }
        return new DartArgumentsNode(positional.toArray(new DartExpressionNode[0]), named.toArray(new DartExpressionNode[0]), names.toArray(new String[0]));
    }

    /** A static field's initializer, translated in the class's scope (statics visible). */
    RootCallTarget translateInitializerForClass(String name, ExpressionContext expression, TypeContext type, boolean isConst) {
        return translateInitializer(name, expression, type, isConst);
    }

    /**
     * Field initializers of a class: one root run on each new instance (receiver in
     * arguments[0]); {@code this} is not accessible in them, as in Dart.
     */
    private DartScopes.Function detachedFunction;

    /** Translating an instance field's initializer: it runs with the instance as arguments[0], without a 'this' local. */
    private boolean instanceFieldInitializer;

    /** An instance field's initializer (may use the class's type parameters: {@code List<T> items = [];}). */
    DartExpressionNode translateFieldInitializer(String name, ExpressionContext expression, TypeContext type) {
        instanceFieldInitializer = true;
        try {
            checkLiteralAssignable(expression, type);
            return translateDetached(name, expression, type);
        } finally {
            instanceFieldInitializer = false;
        }
    }

    DartExpressionNode translateDetached(String name, ExpressionContext expression, TypeContext type) {
        if (detachedFunction == null) {
            detachedFunction = new DartScopes.Function(null, name, null, false, currentClass);
        }
        DartScopes.Function saved = function;
        Scope savedScope = scope;
        function = detachedFunction;
        scope = new Scope(null, function, false);
        try {
            DartExpressionNode value = translateInContext(expression, type);
            if (!function.pre.isEmpty()) {
                throw error(expression, "'await' can't be used in a field initializer.");
            }
            return value;
        } finally {
            function = saved;
            scope = savedScope;
        }
    }

    RootCallTarget detachedRoot(String name, List<DartStatementNode> statements) {
        DartScopes.Function f = detachedFunction != null ? detachedFunction : new DartScopes.Function(null, name, null, false, currentClass);
        detachedFunction = null;
        List<DartStatementNode> all = new ArrayList<>();
        all.add(new DartInitEnvironmentNode(f.envSlot));
        all.addAll(statements);
        return new DartFunctionRootNode(language, f.frame.build(), block(all), name, currentClass == null ? null : section(currentClass.declaration)).getCallTarget();
    }

    RootCallTarget detachedValueRoot(String name, DartExpressionNode value) {
        DartScopes.Function f = new DartScopes.Function(null, name, null, false, currentClass);
        DartStatementNode body = block(List.of(new DartInitEnvironmentNode(f.envSlot), new DartReturnNode(value)));
        return new DartFunctionRootNode(language, f.frame.build(), body, name, currentClass == null ? null : section(currentClass.declaration)).getCallTarget();
    }

    /** An enum value: {@code E(args)} (or {@code E.named(args)}) with its index and name set. */
    RootCallTarget translateEnumValue(DartClassInfo info, String name, int index, String constructor, ArgumentsContext arguments, ParserRuleContext at) {
        DartScopes.Function saved = function;
        Scope savedScope = scope;
        function = new DartScopes.Function(null, info.name() + "." + name, at, false, info);
        scope = new Scope(null, function, false);
        try {
            DartFunctionHolder ctor = info.constructors.get(constructor);
            if (ctor == null) {
                throw error(at, "Couldn't find constructor '" + info.name() + (constructor.isEmpty() ? "" : "." + constructor) + "'.");
            }
            DartArgumentsNode args = arguments == null ? new DartArgumentsNode(new DartExpressionNode[0], new DartExpressionNode[0], new String[0]) : translateArguments(arguments);
            int tmp = temp();
            DartExpressionNode self = DartReadLocalNodeGen.create(tmp);
            DartClass cls = info.dartClass;
            List<DartStatementNode> statements = new ArrayList<>();
            statements.add(new DartInitEnvironmentNode(function.envSlot));
            statements.add(new DartExpressionStatementNode(writeLocal(new DartStaticCallNode(ctor, args), tmp)));
            statements.add(new DartExpressionStatementNode(new DartWriteFieldNode(DartReadLocalNodeGen.create(tmp), cls.fieldIndex("index"), new DartLongLiteralNode(index))));
            statements.add(new DartExpressionStatementNode(new DartWriteFieldNode(DartReadLocalNodeGen.create(tmp), cls.fieldIndex("name"),
                            new DartConstantNode(TruffleString.fromJavaStringUncached(name, TruffleString.Encoding.UTF_16)))));
            statements.add(new DartReturnNode(self));
            return new DartFunctionRootNode(language, function.frame.build(), block(statements), info.name() + "." + name, section(at)).getCallTarget();
        } finally {
            function = saved;
            scope = savedScope;
        }
    }

    /** A type named in a pattern ({@code Point(:x)}) or elsewhere by its text alone; raw if generic. */
    org.dartj.types.DartTypeTest resolveTypeName(String text, ParserRuleContext at) {
        DartCoreClasses classes = language.coreClasses();
        if (typeAliases.containsKey(text)) {
            TypeContext aliased = typeAliases.get(text);
            if (aliased == null) {
                org.dartj.types.DartFunctionType old = functionTypeAliases.containsKey(text) ? functionTypeAlias(functionTypeAliases.get(text)) : null;
                return typeTest(old == null ? classes.types.functionType : erased(old));
            }
            return resolveType(aliased);
        }
        int dot = text.indexOf('.');
        Object named = dot < 0 ? importedName(text) : prefixLibrary(text.substring(0, dot)) instanceof Map<?, ?> library ? library.get(text.substring(dot + 1)) : null;
        DartClassInfo extensionType = extensionTypeNamed(named);
        if (extensionType != null) {
            return extensionType.owner.translator().resolveTypeName(extensionType.dartClass.getName(), at);
        }
        DartClass cls = dot < 0 ? lookupClass(text) : named instanceof DartClass c ? c : null;
        if (cls == null) {
            throw error(at, "Type '" + text + "' not found.");
        }
        org.dartj.types.DartType raw = classes.types.raw(cls);
        return typeTest(cls == classes.nullClass ? org.dartj.types.DartSpecialType.NULL : raw);
    }

    /** The check of an extension type's representation constructor (type parameters erased; null for a top type). */
    org.dartj.types.DartTypeTest representationTypeTest(TypeContext type) {
        org.dartj.types.DartType t = erased(dartType(type));
        return t == null || t.isTop() ? null : typeTest(t);
    }

    private org.dartj.types.DartTypeTest typeTest(org.dartj.types.DartType type) {
        return new org.dartj.types.DartTypeTest(type, language.coreClasses().types);
    }

    /** A class by its name in this library's scope (declared or imported), or null. */
    DartClass lookupClass(String name) {
        DartClassInfo user = userClasses.get(name);
        if (user != null && !user.isExtension) {
            return user.dartClass;
        }
        Object imported = this.imported.get(name);
        return imported instanceof DartClass c ? c : null;
    }

    /** What an import without prefix brings in under {@code name}, or null. */
    Object importedName(String name) {
        return imported.get(name);
    }

    /** The names imported with {@code as prefix}, or null. */
    Object prefixLibrary(String prefix) {
        return prefixes.get(prefix);
    }

    private DartTypeTranslator typeTranslator;

    /** The reified type of a written type (class type parameters stay symbolic). */
    DartTypeTranslator typeTranslator() {
        if (typeTranslator == null) {
            typeTranslator = new DartTypeTranslator(this, language.coreClasses());
        }
        return typeTranslator;
    }

    org.dartj.types.DartType dartType(TypeContext type) {
        if (typeTranslator == null) {
            typeTranslator = new DartTypeTranslator(this, language.coreClasses());
        }
        return typeTranslator.translate(type);
    }

    org.dartj.types.DartType dartType(TypeNotFunctionContext type) {
        if (typeTranslator == null) {
            typeTranslator = new DartTypeTranslator(this, language.coreClasses());
        }
        return typeTranslator.typeNotFunction(type);
    }

    /**
     * The T an async function's future reifies: from a declared {@code Future<T>} or
     * {@code FutureOr<T>} return type ({@code void} gives {@code void}); {@code dynamic} for a
     * declaration without one; null (not known) for function literals, whose return type
     * Dart infers, and for types that mention type parameters.
     */
    private org.dartj.types.DartType asyncFutureType(ParserRuleContext whole) {
        TypeContext declared = declaredReturnType(whole);
        if (declared == null) {
            return whole instanceof FunctionExpressionContext || whole instanceof FunctionPrimaryContext ? null : org.dartj.types.DartSpecialType.DYNAMIC;
        }
        org.dartj.types.DartType type = dartType(declared);
        if (type == org.dartj.types.DartSpecialType.VOID) {
            return type;
        }
        org.dartj.types.DartType argument = null;
        if (type instanceof org.dartj.types.DartInterfaceType t && t.dartClass() == language.coreClasses().futureClass && t.arguments().length == 1) {
            argument = t.arguments()[0];
        } else if (type instanceof org.dartj.types.DartFutureOrType t) {
            argument = t.argument();
        }
        return argument == null || argument.hasTypeParameters() ? null : argument;
    }

    /**
     * The element type of a {@code sync*} function's iterable: the T of its declared
     * {@code Iterable<T>} (dynamic for a declaration without a return type); null when it is not
     * known (a function literal's, or one that depends on a type parameter).
     */
    private org.dartj.types.DartType generatorElementType(ParserRuleContext whole) {
        TypeContext declared = declaredReturnType(whole);
        if (declared == null) {
            return whole instanceof FunctionExpressionContext || whole instanceof FunctionPrimaryContext ? null : org.dartj.types.DartSpecialType.DYNAMIC;
        }
        org.dartj.types.DartType type = dartType(declared);
        if (type instanceof org.dartj.types.DartInterfaceType t && t.dartClass() == language.coreClasses().iterableClass && t.arguments().length == 1 &&
                        !t.arguments()[0].hasTypeParameters()) {
            return t.arguments()[0];
        }
        return null;
    }

    /** A type parameter named as a value ({@code T}), {@code dynamic} or {@code Never}; null if no enclosing declaration has it. */
    private DartExpressionNode typeParameterLiteral(String name, ParserRuleContext at) {
        if (typeTranslator == null) {
            typeTranslator = new DartTypeTranslator(this, language.coreClasses());
        }
        org.dartj.types.DartType type = typeTranslator.typeParameter(name, at);
        if (type == null && (name.equals("dynamic") || name.equals("Never"))) {
            // The special types' literals (built-in identifiers: only when nothing declared shadows them).
            type = name.equals("dynamic") ? org.dartj.types.DartSpecialType.DYNAMIC : org.dartj.types.DartSpecialType.NEVER;
        }
        if (type == null) {
            return null;
        }
        org.dartj.nodes.expression.DartClassTypeArgumentsNode classArgs = classTypeArguments(type, at);
        return at(new org.dartj.nodes.expression.DartTypeLiteralNode(classArgs == null ? erased(type) : type, classArgs), at);
    }

    /** A type for {@code on T} and patterns; class type parameters read as dynamic. */
    org.dartj.types.DartTypeTest resolveType(TypeContext type) {
        return typeTest(erased(dartType(type)));
    }

    /** The type without class type parameters (each is dynamic), for code without {@code this}. */
    private static org.dartj.types.DartType erased(org.dartj.types.DartType type) {
        return type != null && type.hasTypeParameters() ? type.substitute(null) : type;
    }

    /**
     * The type arguments of {@code this} as an instance of the class being translated (for
     * types that use its type parameters), or null where no such types can occur.
     */
    org.dartj.nodes.expression.DartClassTypeArgumentsNode classTypeArguments(org.dartj.types.DartType type, ParserRuleContext at) {
        if (!type.hasTypeParameters()) {
            return null;
        }
        boolean generic = function != null && function.typeArgumentsSlot >= 0;
        int classCount = classTypeParameterCount();
        if (classCount == 0 && !generic) {
            return null;
        }
        DartClassInfo cls = function == null ? currentClass : function.enclosingClass;
        DartExpressionNode self = classCount == 0 ? null : lookupLocal("this") != null ? readThis(at) : new org.dartj.nodes.local.DartReadReceiverNode();
        return new org.dartj.nodes.expression.DartClassTypeArgumentsNode(self, classCount == 0 ? null : cls.dartClass,
                        generic ? function.typeArgumentsSlot : -1, generic ? function.typeParameterBounds : null);
    }

    /** A generic function's type parameters' bounds (dynamic when unbounded or not known here). */
    private org.dartj.types.DartType[] functionTypeParameterBounds(TypeParametersContext params) {
        org.dartj.types.DartType[] bounds = new org.dartj.types.DartType[params.typeParameter().size()];
        for (int i = 0; i < bounds.length; i++) {
            TypeContext bound = params.typeParameter(i).type();
            org.dartj.types.DartType b = bound == null ? org.dartj.types.DartSpecialType.DYNAMIC : dartType(bound);
            bounds[i] = b.hasTypeParameters() ? org.dartj.types.DartSpecialType.DYNAMIC : b;
        }
        return bounds;
    }

    /** How many class type parameters code here can see through {@code this} (0 without one). */
    private int classTypeParameterCount() {
        DartClassInfo cls = function == null ? currentClass : function.enclosingClass;
        boolean hasReceiver = lookupLocal("this") != null || (instanceFieldInitializer && function == detachedFunction);
        return cls == null || !hasReceiver ? 0 : cls.dartClass.typeParameters().length;
    }

    /**
     * The index in the type-argument vector of a generic function's type parameter, when that
     * function is the one being translated (a nested function sees it as dynamic); else -1.
     */
    int functionTypeParameterIndex(TypeParametersContext params, int i) {
        if (signatureTypeParameters != null && params == signatureTypeParameters) {
            return signatureTypeParameterOffset + i;
        }
        if (calleeTypeParameters != null && params == calleeTypeParameters) {
            return calleeTypeParameterOffset + i;
        }
        if (function == null || function.typeParameters != params || function.typeArgumentsSlot < 0) {
            return -1;
        }
        return classTypeParameterCount() + i;
    }

    /**
     * While the generic signature of a function is computed (see
     * {@code DartRootNode.genericSignature}): its type parameters, numbered from the offset.
     */
    private TypeParametersContext signatureTypeParameters;
    private int signatureTypeParameterOffset;

    // ------------------------------------------------------------------ library

    // Phases, driven by DartLibraryLoader for the whole import graph:
    // declare (names of this library), prepare (imports, classes, statics), translateBodies.

    private CompilationUnitContext unit;
    /** The library's top-level declarations, those of its part files included. */
    private final List<TopLevelDeclarationContext> declarations = new ArrayList<>();
    /** The sources of the part files, by the char stream their tokens come from. */
    private final Map<org.antlr.v4.runtime.CharStream, Source> partSources = new java.util.IdentityHashMap<>();
    private DartLibraryLoader loader;
    private DartClassTranslator classTranslator;
    private List<DartClassInfo> orderedClasses;
    private final List<Runnable> initializers = new ArrayList<>();
    private int globalCount;
    private int slot;
    /** Imports of other Dart files, resolved once every library has declared its names. */
    private final List<Runnable> pendingImports = new ArrayList<>();
    private final List<DartTranslator> exportedLibraries = new ArrayList<>();
    private final List<Predicate<String>> exportFilters = new ArrayList<>();

    Source source() {
        return source;
    }

    /** Whether {@code holder} is this library's top-level function. */
    boolean declaresFunction(DartFunctionHolder holder) {
        return functions.get(holder.name) == holder;
    }

    /** The declaration of this library's top-level function {@code holder}, or null. */
    private TopLevelFunctionContext topLevelFunction(DartFunctionHolder holder) {
        if (functions.get(holder.name) != holder) {
            return null;
        }
        TopLevelFunctionContext found = null;
        for (TopLevelDeclarationContext d : declarations) {
            if (d instanceof TopLevelFunctionContext f && f.functionSignature().identifier().getText().equals(holder.name)) {
                found = f;
            }
        }
        return found;
    }

    /** The library's top-level declarations (part files included), in order. */
    List<TopLevelDeclarationContext> declarations() {
        return declarations;
    }

    /** Phase 1: directives and the names this library declares. */
    void declare(CompilationUnitContext compilationUnit, DartLibraryLoader libraryLoader) {
        this.unit = compilationUnit;
        this.loader = libraryLoader;
        core.addImport(imported, "dart:core", null);
        if (source.getName().startsWith("dart:") && core.hasLibrary(source.getName())) {
            // a core library's Dart part sees the library's Java builtins
            core.addImport(imported, source.getName(), null);
        }
        declarations.addAll(unit.topLevelDeclaration());
        for (DirectiveContext d : unit.directive()) {
            translateDirective(d);
        }
        coreDartParts.forEach(Runnable::run);
        List<TopLevelDeclarationContext> decls = declarations;
        for (TopLevelDeclarationContext d : decls) {
            if (d instanceof TypeAliasContext ta) {
                checkUniqueName(ta.identifier(), ta.identifier().getText());
                typeAliases.put(ta.identifier().getText(), ta.type());
                continue;
            } else if (d instanceof FunctionTypeAliasContext fa) {
                checkUniqueName(fa.identifier(), fa.identifier().getText());
                typeAliases.put(fa.identifier().getText(), null);
                functionTypeAliases.put(fa.identifier().getText(), fa);
                continue;
            } else if (d instanceof TopLevelGetterContext g) {
                String name = g.identifier().getText();
                DartStaticMember existing = accessors.get(name);
                if (existing == null) {
                    checkUniqueName(g.identifier(), name);
                }
                accessors.put(name, new DartStaticMember(new DartFunctionHolder(name, 0, 0), true, existing == null ? null : existing.setter()));
                continue;
            } else if (d instanceof TopLevelSetterContext st) {
                String name = st.identifier().getText();
                DartStaticMember existing = accessors.get(name);
                if (existing == null) {
                    checkUniqueName(st.identifier(), name);
                }
                accessors.put(name, new DartStaticMember(existing == null ? null : existing.holder(), true, new DartFunctionHolder(name + "=", 1, 1)));
                continue;
            }
            if (d instanceof TopLevelExtensionTypeContext et) {
                // Erased at run time: the name is an alias of the representation type, the
                // constructor returns its argument (the members: DartClassTranslator).
                ExtensionTypeDeclarationContext xd = et.extensionTypeDeclaration();
                String name = xd.identifier().getText();
                checkUniqueName(xd.identifier(), name);
                typeAliases.put(name, xd.representationDeclaration().type());
                // The name denotes the unnamed constructor: the representation constructor, or
                // with a named one (`Id._(int v)`) the unnamed constructor declared in the body.
                ConstructorDeclarationContext unnamed = xd.representationDeclaration().DOT() == null ? null : unnamedConstructor(xd);
                int[] ctorArity = unnamed == null ? new int[]{1, 1} : arity(unnamed.formalParameterList());
                DartFunctionHolder ctor = new DartFunctionHolder(name, ctorArity[0], ctorArity[1]);
                ctor.set(new DartFunction(name, detachedValueRoot(name, new org.dartj.nodes.local.DartReadArgumentNode(1, null, null)), null));
                functions.put(name, ctor);
                continue;
            }
            if (d instanceof TopLevelFunctionContext f) {
                String name = f.functionSignature().identifier().getText();
                checkUniqueName(f.functionSignature().identifier(), name);
                int[] arity = arity(f.functionSignature().formalParameterList());
                functions.put(name, new DartFunctionHolder(name, arity[0], arity[1]));
            } else {
                for (InitializedIdentifierContext i : topLevelVariables(d)) {
                    checkUniqueName(i.identifier(), i.identifier().getText());
                    globals.put(i.identifier().getText(), null);
                    globalCount++;
                }
            }
        }
        classTranslator = new DartClassTranslator(this, language);
        globalCount += classTranslator.declare(decls);
        for (TopLevelDeclarationContext d : decls) {
            if (!(d instanceof TopLevelFunctionContext)) {
                boolean isFinal = !(d instanceof TopLevelVariablesContext);
                TypeContext type = declaredType(d);
                for (InitializedIdentifierContext i : topLevelVariables(d)) {
                    DartGlobalVariable g = new DartGlobalVariable(i.identifier().getText(), libraryId, globalCount, slot++, isFinal);
                    g.markLate(d instanceof TopLevelLateFinalVariablesContext || d instanceof TopLevelVariablesContext tv && tv.LATE() != null, i.expression() != null);
                    globals.put(g.name, g);
                    if (type != null) {
                        globalTypes.put(g, type);
                    }
                    if (i.expression() != null) {
                        boolean isConst = d instanceof TopLevelFinalVariablesContext fv && fv.CONST() != null;
                        initializers.add(() -> g.initializer = translateInitializer(g.name, i.expression(), type, isConst));
                    }
                }
            }
        }
    }

    /** The unnamed constructor declared in an extension type's body, or null. */
    private static ConstructorDeclarationContext unnamedConstructor(ExtensionTypeDeclarationContext xd) {
        for (ClassMemberContext m : xd.classMember()) {
            if (m instanceof ConstructorMemberContext c && DartClassTranslator.constructorName(c.constructorDeclaration()).isEmpty()
                            && c.constructorDeclaration().identifier(0).getText().equals(xd.identifier().getText())) {
                return c.constructorDeclaration();
            }
        }
        return null;
    }

    /**
     * {@code export 'dart:math' show max;}: the core library's Java exports that pass the
     * filter, and, when the filter lets one of its names through, its Dart part (loaded now,
     * as importers may use any name this library exports).
     */
    private void exportCoreLibrary(String uri, Predicate<String> filter) {
        Map<String, Object> names = new HashMap<>();
        core.addImport(names, uri, filter);
        coreExports.add(names);
        if (core.dartSource(uri) != null && !uri.equals(source.getName()) && core.dartSourceNames(uri).stream().anyMatch(filter)) {
            exportedLibraries.add(loader.loadCore(uri, core.dartSource(uri)));
            exportFilters.add(filter);
        }
    }

    /** The names re-exported from core libraries' Java builtins, one map per export directive. */
    private final List<Map<String, Object>> coreExports = new ArrayList<>();

    /** The public names this library exports, its re-exports included. */
    Map<String, Object> exportNamespace(Set<DartTranslator> visiting) {
        Map<String, Object> names = new HashMap<>();
        if (!visiting.add(this)) {
            return names;
        }
        functions.forEach((k, v) -> names.put(k, v));
        globals.forEach((k, v) -> names.put(k, v));
        accessors.forEach((k, v) -> names.put(k, v));
        userClasses.forEach((k, v) -> {
            if (!v.isExtension) {
                names.put(k, v.dartClass);
            }
        });
        typeAliases.keySet().stream().filter(this::isTypedefName).forEach(k -> names.put(k, new DartTypedef(this, k)));
        for (int i = 0; i < exportedLibraries.size(); i++) {
            Predicate<String> filter = exportFilters.get(i);
            exportedLibraries.get(i).exportNamespace(visiting).forEach((k, v) -> {
                if (filter.test(k)) {
                    names.putIfAbsent(k, v);
                }
            });
        }
        coreExports.forEach(exported -> exported.forEach(names::putIfAbsent));
        names.keySet().removeIf(k -> k.startsWith("_"));
        return names;
    }

    /** Extensions are visible where their library is imported. */
    List<DartClassInfo> extensions() {
        List<DartClassInfo> result = new ArrayList<>();
        userClasses.values().forEach(c -> {
            if (c.isExtension) {
                result.add(c);
            }
        });
        return result;
    }

    /** The class info of a class declared in this or an imported library. */
    DartClassInfo classInfo(String name) {
        DartClassInfo own = userClasses.get(name);
        if (own != null) {
            return own;
        }
        Object imported = this.imported.get(name);
        return imported instanceof DartClass c ? loader.classInfo(c) : null;
    }

    /** The class info of a class declared in Dart in any library of the program, or null. */
    DartClassInfo classInfoOf(DartClass cls) {
        DartClassInfo own = userClasses.get(cls.getName());
        return own != null && own.dartClass == cls ? own : loader.classInfo(cls);
    }

    void registerExtensionType(DartFunctionHolder constructor, DartClassInfo info) {
        loader.registerExtensionType(constructor, info);
    }

    /**
     * The extension type whose name resolves to {@code resolved} (its constructor, in this or
     * an imported library), or null. As a type the name is an alias read in the declaring library.
     */
    DartClassInfo extensionTypeNamed(Object resolved) {
        return resolved instanceof DartFunctionHolder holder ? loader.extensionType(holder) : null;
    }

    /** The extension types of other libraries that this library's imports bring in, with or without a prefix. */
    List<DartClassInfo> importedExtensionTypes() {
        List<DartClassInfo> result = new ArrayList<>();
        List<Object> names = new ArrayList<>(imported.values());
        prefixes.values().forEach(library -> names.addAll(library.values()));
        for (Object name : names) {
            DartClassInfo info = extensionTypeNamed(name);
            if (info != null && info.owner.translator() != this && !result.contains(info)) {
                result.add(info);
            }
        }
        return result;
    }

    /** The extension type of another library that {@code name} (or {@code prefix.name}) means here, or null. */
    DartClassInfo importedExtensionType(String prefix, String name) {
        if (prefix == null) {
            return typeAliases.containsKey(name) || lookupClass(name) != null ? null : extensionTypeNamed(importedName(name));
        }
        return prefixLibrary(prefix) instanceof Map<?, ?> library ? extensionTypeNamed(library.get(name)) : null;
    }

    void registerClassInfo(DartClassInfo info) {
        loader.registerClass(info);
    }

    /** Phase 2a: imports of other files (every library has declared its names). */
    void resolveImports() {
        pendingImports.forEach(Runnable::run);
    }

    /** Phase 2b: classes, superclass first (across libraries). */
    void linkClasses() {
        orderedClasses = classTranslator.link(userClasses);
    }

    /** Phase 2c: static storage and constructor entry points. */
    void declareStatics() {
        for (DartClassInfo info : orderedClasses) {
            slot = classTranslator.declareStatics(info, libraryId, globalCount, slot);
        }
    }

    /** Phase 3: initializers, members and functions. */
    void translateBodies() {
        List<TopLevelDeclarationContext> decls = declarations;
        initializers.forEach(Runnable::run);
        for (DartClassInfo info : orderedClasses) {
            classTranslator.translateMembers(info);
        }
        for (TopLevelDeclarationContext d : decls) {
            if (d instanceof TopLevelGetterContext g) {
                String name = g.identifier().getText();
                FunctionBodyContext body = g.functionBody();
                RootCallTarget target = translateFunction(name, emptyParameters(), body.block(), body.expression(), body.ASYNC() != null, body.STAR() != null, g);
                accessors.get(name).holder().set(new DartFunction(name, target, null));
            } else if (d instanceof TopLevelSetterContext st) {
                String name = st.identifier().getText();
                FunctionBodyContext body = st.functionBody();
                RootCallTarget target = translateFunction(name + "=", st.formalParameterList(), body.block(), body.expression(), false, false, st);
                accessors.get(name).setter().set(new DartFunction(name + "=", target, null));
            }
            if (d instanceof TopLevelFunctionContext f) {
                FunctionSignatureContext sig = f.functionSignature();
                String name = sig.identifier().getText();
                RootCallTarget target = translateFunction(name, sig.formalParameterList(), f.functionBody().block(), f.functionBody().expression(),
                                f.functionBody().ASYNC() != null, f.functionBody().STAR() != null, f);
                functions.get(name).set(new DartFunction(name, target, null));
            }
        }
        // Static types matter only while the expressions using them are translated.
        staticTypes.clear();
    }

    DartProgram program() {
        DartFunctionHolder main = functions.get("main");
        if (main == null) {
            throw DartSyntaxError.at(source, 1, 1, "Undefined name 'main'.");
        }
        return new DartProgram(source, main, main.maxPositional);
    }

    private void checkUnique(ParserRuleContext at, String name) {
        if (functions.containsKey(name) || globals.containsKey(name) || typeAliases.containsKey(name) || accessors.containsKey(name)) {
            throw error(at, "'" + name + "' is already declared in this scope.");
        }
    }

    /** Imports of core libraries that have a Dart part, decided once the part files are read. */
    private final List<Runnable> coreDartParts = new ArrayList<>();

    /**
     * Loads the Dart part of core library {@code uri} (see {@code DartCoreLibraries.dartSource})
     * when this library's text (parts included) mentions one of its names: parsing it costs
     * start-up time that a program using only the Java builtins should not pay.
     */
    private void importCoreDartPart(String uri, Map<String, Object> into, Predicate<String> filter) {
        Set<String> names = core.dartSourceNames(uri);
        boolean used = mentionsAny(source.getCharacters(), names);
        for (Source part : partSources.values()) {
            used = used || mentionsAny(part.getCharacters(), names);
        }
        if (!used) {
            return;
        }
        DartTranslator library = loader.loadCore(uri, core.dartSource(uri));
        pendingImports.add(() -> library.exportNamespace(new HashSet<>()).forEach((k, v) -> {
            if (filter.test(k)) {
                into.put(k, v);
            }
        }));
    }

    /** Whether {@code text} contains one of {@code names} as a whole identifier. */
    static boolean mentionsAny(CharSequence text, Set<String> names) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c) || c == '_' || c == '$') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '$')) {
                    i++;
                }
                if (names.contains(text.subSequence(start, i).toString())) {
                    return true;
                }
            } else {
                i++;
            }
        }
        return false;
    }

    private static List<InitializedIdentifierContext> topLevelVariables(TopLevelDeclarationContext d) {
        if (d instanceof TopLevelVariablesContext v) {
            return v.initializedIdentifierList().initializedIdentifier();
        } else if (d instanceof TopLevelFinalVariablesContext v) {
            return v.initializedIdentifierList().initializedIdentifier();
        } else if (d instanceof TopLevelLateFinalVariablesContext v) {
            return v.initializedIdentifierList().initializedIdentifier();
        }
        return List.of();
    }

    /** The declared type of a top-level variable of this library (never promoted), or null. */
    private org.dartj.types.DartType topLevelType(String name) {
        if (topLevelTypes == null) {
            topLevelTypes = new HashMap<>();
            for (TopLevelDeclarationContext d : declarations) {
                for (InitializedIdentifierContext i : topLevelVariables(d)) {
                    topLevelTypes.put(i.identifier().getText(), declaredType(d));
                }
            }
        }
        TypeContext declared = topLevelTypes.get(name);
        return declared == null ? null : dartType(declared);
    }

    private Map<String, TypeContext> topLevelTypes;

    private static TypeContext declaredType(TopLevelDeclarationContext d) {
        if (d instanceof TopLevelVariablesContext v) {
            return v.type();
        } else if (d instanceof TopLevelFinalVariablesContext v) {
            return v.type();
        } else if (d instanceof TopLevelLateFinalVariablesContext v) {
            return v.type();
        }
        return null;
    }

    private void translateDirective(DirectiveContext d) {
        if (d instanceof ImportDirectiveContext imp) {
            String uri = constantString(imp.uri().stringLiteral());
            Predicate<String> filter = combinatorFilter(imp.combinator());
            Map<String, Object> target = imported;
            if (imp.identifier() != null) {
                target = prefixes.computeIfAbsent(imp.identifier().getText(), k -> new HashMap<>());
            }
            Map<String, Object> into = target;
            if (core.hasLibrary(uri)) {
                core.addImport(into, uri, filter);
                if (core.dartSource(uri) != null && !uri.equals(source.getName())) {
                    coreDartParts.add(() -> importCoreDartPart(uri, into, filter));
                }
                return;
            }
            if (uri.startsWith("dart:")) {
                throw error(imp.uri(), "Not found: '" + uri + "'");
            }
            DartTranslator library = loader.load(this, uri, imp.uri());
            pendingImports.add(() -> library.exportNamespace(new HashSet<>()).forEach((k, v) -> {
                if (filter.test(k)) {
                    into.put(k, v);
                }
            }));
            pendingImports.add(() -> library.extensions().forEach(x -> {
                // nothing to bind: an extension's members were added to the extended class
            }));
        } else if (d instanceof ExportDirectiveContext exp) {
            String uri = constantString(exp.uri().stringLiteral());
            Predicate<String> filter = combinatorFilter(exp.combinator());
            if (core.hasLibrary(uri)) {
                exportCoreLibrary(uri, filter);
                return;
            }
            if (uri.startsWith("dart:")) {
                throw error(exp.uri(), "Not found: '" + uri + "'");
            }
            exportedLibraries.add(loader.load(this, uri, exp.uri()));
            exportFilters.add(filter);
        } else if (d instanceof PartDirectiveContext p) {
            translatePart(p);
        } else if (d instanceof PartOfDirectiveContext) {
            throw error(d, "'" + source.getName() + "' is a part file, not a library: run or import the library that names it in a 'part' directive.");
        }
    }

    /** {@code part 'file.dart';}: the part's declarations join this library's (its own directive is {@code part of}). */
    private void translatePart(PartDirectiveContext p) {
        String uri = constantString(p.uri().stringLiteral());
        Source partSource = loader.readPart(source, uri, p.uri());
        CompilationUnitContext part = DartParseDriver.parse(partSource);
        partSources.put(part.getStart().getInputStream(), partSource);
        boolean isPart = false;
        for (DirectiveContext d : part.directive()) {
            if (d instanceof PartOfDirectiveContext) {
                isPart = true;
            } else {
                throw error(d, "A part file can't have directives other than 'part of'.");
            }
        }
        if (!isPart) {
            throw error(p.uri(), "The included part '" + uri + "' must have a part-of directive.");
        }
        declarations.addAll(part.topLevelDeclaration());
    }

        private static Predicate<String> combinatorFilter(List<CombinatorContext> combinators) {
        Set<String> show = null;
        Set<String> hide = new HashSet<>();
        for (CombinatorContext c : combinators) {
            Set<String> names = new HashSet<>();
            c.identifierList().identifier().forEach(i -> names.add(i.getText()));
            if (c.SHOW() != null) {
                show = names;
            } else {
                hide.addAll(names);
            }
        }
        Set<String> shown = show;
        return name -> showAllows(shown, name) && !hide.contains(name);
    }

    private static boolean showAllows(Set<String> show, String name) {
        return show == null || show.contains(name);
    }

    private String constantString(StringLiteralContext ctx) {
        StringBuilder sb = new StringBuilder();
        for (Object part : stringParts(ctx)) {
            if (!(part instanceof String s)) {
                throw error(ctx, "Expected a constant string.");
            }
            sb.append(s);
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ functions

    /** [minPositional, maxPositional] of a parameter list. */
    private static int[] arity(FormalParameterListContext params) {
        int required = params.normalFormalParameter().size();
        int optional = 0;
        if (params.optionalOrNamedParameters() instanceof OptionalPositionalParametersContext o) {
            optional = o.defaultFormalParameter().size();
        }
        return new int[]{required, required + optional};
    }

    private RootCallTarget translateInitializer(String name, ExpressionContext expression, TypeContext type, boolean isConst) {
        boolean saved = constContext;
        constContext = isConst;
        try {
            return translateInitializer(name, expression, type);
        } finally {
            constContext = saved;
        }
    }

    private RootCallTarget translateInitializer(String name, ExpressionContext expression, TypeContext type) {
        DartScopes.Function saved = function;
        Scope savedScope = scope;
        function = new DartScopes.Function(null, name, expression, false, currentClass);
        scope = new Scope(null, function, false);
        try {
            checkLiteralAssignable(expression, type);
            DartExpressionNode value = translateInContext(expression, type);
            DartStatementNode body = block(List.of(new DartInitEnvironmentNode(function.envSlot), withPre(new DartReturnNode(value))));
            return new DartFunctionRootNode(language, function.frame.build(), body, name, section(expression)).getCallTarget();
        } finally {
            function = saved;
            scope = savedScope;
        }
    }

    /** What a function is, for its prologue: a plain function or closure, or a member. */
    enum FunctionKind {
        /** Top-level, local or closure: arguments[0] is the captured environment. */
        FUNCTION,
        /** Instance method, getter, setter or operator: arguments[0] is {@code this}. */
        METHOD,
        /** A generative constructor's initialization: {@code this} plus initializers. */
        CONSTRUCTOR,
        /** Static method or factory: no receiver, no environment. */
        STATIC
    }

    /** The class whose body is being translated (members, field initializers), or null. */
    DartClassInfo currentClass;

    private RootCallTarget translateFunction(String name, FormalParameterListContext params, BlockContext block, ExpressionContext arrow, boolean isAsync,
                    boolean isGenerator, ParserRuleContext whole) {
        return translateFunction(name, params, block, arrow, isAsync, isGenerator, whole, FunctionKind.FUNCTION, null);
    }

    /**
     * Translates a function of any kind. {@code constructorPart} (constructors only) adds the
     * statements that run between parameter binding and the body: initializing formals,
     * the initializer list and the superclass constructor call.
     */
    RootCallTarget translateFunction(String name, FormalParameterListContext params, BlockContext block, ExpressionContext arrow, boolean isAsync,
                    boolean isGenerator, ParserRuleContext whole, FunctionKind kind, java.util.function.Supplier<List<DartStatementNode>> constructorPart) {
        RootCallTarget target = translateFunctionRoot(name, params, block, arrow, isAsync, isGenerator, whole, kind, constructorPart);
        ((org.dartj.nodes.DartRootNode) target.getRootNode()).declareArity(arity(params)[1]);
        TypeParametersContext generic = DartTypeTranslator.declaredTypeParameters(whole);
        if (generic == null) {
            generic = DartTypeTranslator.factoryTypeParameters(whole);
        }
        if (generic != null && !isGenerator && !(whole instanceof ClassDeclarationContext)) {
            ((org.dartj.nodes.DartRootNode) target.getRootNode()).declareTakesTypeArguments();
        }
        boolean member = whole instanceof MethodMemberContext || kind == FunctionKind.METHOD && whole instanceof ConstructorDeclarationContext;
        if (kind == FunctionKind.FUNCTION || kind == FunctionKind.METHOD || kind == FunctionKind.STATIC && whole instanceof MethodMemberContext) {
            org.dartj.types.DartFunctionType type = signatureType(params, arrow, isAsync, isGenerator, whole, false);
            ((org.dartj.nodes.DartRootNode) target.getRootNode()).declareFunctionType(type);
            TypeParametersContext own = DartTypeTranslator.declaredTypeParameters(whole);
            if (own != null) {
                int classParameters = kind == FunctionKind.METHOD && currentClass != null ? currentClass.dartClass.typeParameters().length : 0;
                signatureTypeParameters = own;
                signatureTypeParameterOffset = classParameters;
                try {
                    org.dartj.types.DartFunctionType genericSignature = signatureType(params, arrow, isAsync, isGenerator, whole, true);
                    ((org.dartj.nodes.DartRootNode) target.getRootNode()).declareGenericSignature(genericSignature, classParameters, classParameters > 0 ? currentClass.dartClass : null);
                } finally {
                    signatureTypeParameters = null;
                }
            }
            boolean literal = whole instanceof FunctionExpressionContext || whole instanceof FunctionPrimaryContext || whole instanceof LocalFunctionDeclarationContext;
            if (type == null && own == null && kind == FunctionKind.FUNCTION && literal && function != null
                            && (function.typeArgumentsSlot >= 0 || classTypeParameterCount() > 0)) {
                // A closure in generic code: its signature is known once the type arguments are.
                org.dartj.types.DartFunctionType open = signatureType(params, arrow, isAsync, isGenerator, whole, true);
                if (open != null && open.hasTypeParameters()) {
                    ((org.dartj.nodes.DartRootNode) target.getRootNode()).declareOpenSignature(open);
                }
            }
            if (type == null && kind == FunctionKind.METHOD && whole instanceof MethodMemberContext && currentClass != null) {
                org.dartj.types.DartFunctionType memberSignature = signatureType(params, arrow, isAsync, isGenerator, whole, true);
                if (memberSignature != null) {
                    ((org.dartj.nodes.DartRootNode) target.getRootNode()).declareMemberSignature(memberSignature, currentClass.dartClass);
                }
            }
        }
        if (whole instanceof TopLevelFunctionContext) {
            ((org.dartj.nodes.DartRootNode) target.getRootNode()).declareTearOff(name, true);
        } else if (member && !(kind == FunctionKind.METHOD && currentClass != null && currentClass.isExtension)) {
            // An extension method torn off is a closure the CFE makes (printed by signature,
            // equal only to itself), not a tear-off.
            ((org.dartj.nodes.DartRootNode) target.getRootNode()).declareTearOff(name.substring(name.lastIndexOf('.') + 1), kind == FunctionKind.STATIC);
        }
        return target;
    }

    /**
     * The static type of a function, for {@code runtimeType} and {@code is} tests of function
     * values; null when it is not known here (a generic function, a type parameter of the class,
     * a function expression whose return type Dart would infer from a body we do not type).
     */
    private org.dartj.types.DartFunctionType signatureType(FormalParameterListContext params, ExpressionContext arrow, boolean isAsync, boolean isGenerator, ParserRuleContext whole,
                    boolean classTypeParameters) {
        if (DartTypeTranslator.declaredTypeParameters(whole) != null && signatureTypeParameters == null) {
            return null;
        }
        TypeContext declared = declaredReturnType(whole);
        org.dartj.types.DartType returnType;
        boolean inferred = whole instanceof FunctionExpressionContext || whole instanceof FunctionPrimaryContext || whole instanceof LocalFunctionDeclarationContext;
        org.dartj.types.DartFunctionType context = inferred ? lastContextType : null;
        org.dartj.types.DartType fromBody = inferred && parametersKnown(params, context) ? inferredReturnType(lastBodyType, isAsync, isGenerator) : null;
        if (declared != null) {
            returnType = dartType(declared);
        } else if (!inferred) {
            returnType = org.dartj.types.DartSpecialType.DYNAMIC;
        } else if (context != null && contextReturnType(context, isAsync, isGenerator, fromBody) != null) {
            returnType = contextReturnType(context, isAsync, isGenerator, fromBody);
        } else if (fromBody != null) {
            returnType = fromBody;
        } else if (arrow != null && !isAsync && !isGenerator) {
            returnType = arrowType(arrow, params);
        } else {
            returnType = null;
        }
        if (returnType == null || returnType.hasTypeParameters() && !classTypeParameters) {
            return null;
        }
        List<org.dartj.types.DartType> required = new ArrayList<>();
        List<org.dartj.types.DartType> optional = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<org.dartj.types.DartType> named = new ArrayList<>();
        List<Boolean> namedRequired = new ArrayList<>();
        for (NormalFormalParameterContext p : params.normalFormalParameter()) {
            org.dartj.types.DartType t = contextParameter(p, context, required.size(), null);
            if (t == null) {
                t = parameterType(p, classTypeParameters);
            }
            if (t == null || t.hasTypeParameters() && !classTypeParameters) {
                return null;
            }
            required.add(t);
        }
        if (params.optionalOrNamedParameters() instanceof OptionalPositionalParametersContext opt) {
            for (DefaultFormalParameterContext d : opt.defaultFormalParameter()) {
                org.dartj.types.DartType t = contextParameter(d.normalFormalParameter(), context, required.size() + optional.size(), null);
                if (t == null) {
                    t = parameterType(d.normalFormalParameter(), classTypeParameters);
                }
                if (t == null) {
                    return null;
                }
                optional.add(t);
            }
        } else if (params.optionalOrNamedParameters() instanceof NamedParametersContext np) {
            for (DefaultNamedParameterContext d : np.defaultNamedParameter()) {
                org.dartj.types.DartType t = contextParameter(d.normalFormalParameter(), context, -1, parameterName(d.normalFormalParameter()));
                if (t == null) {
                    t = parameterType(d.normalFormalParameter(), classTypeParameters);
                }
                if (t == null) {
                    return null;
                }
                names.add(parameterName(d.normalFormalParameter()));
                named.add(t);
                namedRequired.add(d.REQUIRED() != null);
            }
        }
        return DartTypeTranslator.function(returnType, required, optional, names, named, namedRequired);
    }

    /**
     * A function literal's return type where its context decides it (inference.md, function
     * literal return type inference): void when the context's return type is void
     * ({@code Future<void>} for an async literal whose context returns {@code Future<void>}),
     * the context's return type when the returned type is not a subtype of it; else null (the
     * returned type stands).
     */
    private org.dartj.types.DartType contextReturnType(org.dartj.types.DartFunctionType context, boolean isAsync, boolean isGenerator, org.dartj.types.DartType fromBody) {
        org.dartj.types.DartType r = context.returnType();
        if (isGenerator || r == null || r.hasTypeParameters()) {
            return null;
        }
        if (!isAsync) {
            if (r == org.dartj.types.DartSpecialType.VOID) {
                return r;
            }
            return fromBody != null && !r.isTop() && !fromBody.isTop() && !fromBody.isSubtypeOf(r) ? r : null;
        }
        org.dartj.types.DartType value = r instanceof org.dartj.types.DartInterfaceType it && !r.isNullable() && it.dartClass() == language.coreClasses().futureClass && it.arguments().length == 1
                        ? it.arguments()[0] : r instanceof org.dartj.types.DartFutureOrType fo && !r.isNullable() ? fo.argument() : null;
        return value == org.dartj.types.DartSpecialType.VOID ? rules().futureOf(value) : null;
    }

    /**
     * An untyped parameter's type from the function literal's context type (positional by
     * index, named by {@code name}), or null.
     */
    private static org.dartj.types.DartType contextParameter(NormalFormalParameterContext p, org.dartj.types.DartFunctionType context, int index, String name) {
        if (context == null || !(p instanceof SimpleFormalParameterContext s) || s.type() != null) {
            return null;
        }
        return context.parameterType(index, name);
    }

    /** Whether every parameter has a declared type or one from the context (so the body's types do not depend on a context we do not know). */
    private static boolean parametersKnown(FormalParameterListContext params, org.dartj.types.DartFunctionType context) {
        List<NormalFormalParameterContext> all = new ArrayList<>(params.normalFormalParameter());
        int positional = all.size();
        if (params.optionalOrNamedParameters() instanceof OptionalPositionalParametersContext opt) {
            opt.defaultFormalParameter().forEach(d -> all.add(d.normalFormalParameter()));
            positional = all.size();
        } else if (params.optionalOrNamedParameters() instanceof NamedParametersContext np) {
            np.defaultNamedParameter().forEach(d -> all.add(d.normalFormalParameter()));
        }
        for (int i = 0; i < all.size(); i++) {
            NormalFormalParameterContext p = all.get(i);
            if (!(p instanceof SimpleFormalParameterContext s)) {
                return false;
            }
            String name = i < positional ? null : s.identifier().getText();
            if (s.type() == null && contextParameter(p, context, i, name) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The return type Dart infers for a function literal or local function from the type of
     * its returned values: that type for a synchronous body, {@code Future<T>} for an async one
     * (a returned Future's own type stays); null when not known here (generators, FutureOr).
     */
    private org.dartj.types.DartType inferredReturnType(org.dartj.types.DartType body, boolean isAsync, boolean isGenerator) {
        if (body == null || isGenerator && isAsync) {
            return null;
        }
        if (isGenerator) {
            // A sync* literal's Iterable<S> (syncStarLiteralType).
            return body;
        }
        if (!isAsync) {
            return body;
        }
        if (body instanceof org.dartj.types.DartInterfaceType it && !body.isNullable() && it.dartClass() == language.coreClasses().futureClass) {
            return body;
        }
        if (body instanceof org.dartj.types.DartInterfaceType it && (it.dartClass().isDeclaredInDart() && !it.dartClass().isSubtypeOf(language.coreClasses().futureClass) || rules().isSealedCoreType(it) || it.dartClass() == language.coreClasses().listClass
                        || it.dartClass() == language.coreClasses().mapClass || it.dartClass() == language.coreClasses().setClass)) {
            return rules().futureOf(body);
        }
        return null;
    }

    /** A parameter's declared type (dynamic if none), or null if not known here. */
    private org.dartj.types.DartType parameterType(NormalFormalParameterContext p, boolean classTypeParameters) {
        if (!(p instanceof SimpleFormalParameterContext s)) {
            return null;
        }
        org.dartj.types.DartType t = s.type() == null ? org.dartj.types.DartSpecialType.DYNAMIC : dartType(s.type());
        return t.hasTypeParameters() && !classTypeParameters ? null : t;
    }

    /** The type Dart infers for {@code => e} when e is a literal or a typed parameter; else null. */
    private org.dartj.types.DartType arrowType(ExpressionContext arrow, FormalParameterListContext params) {
        String text = arrow.getText();
        org.dartj.types.DartType simple = simpleExpressionType(text, params);
        if (simple != null) {
            return simple;
        }
        java.util.regex.Matcher binary = java.util.regex.Pattern.compile("([A-Za-z_][A-Za-z_0-9]*|[0-9]+(?:\\.[0-9]+)?)(~/|<=|>=|[-+*%/<>])([A-Za-z_][A-Za-z_0-9]*|[0-9]+(?:\\.[0-9]+)?)").matcher(text);
        return binary.matches() ? rules().binary(simpleExpressionType(binary.group(1), params), binary.group(2), simpleExpressionType(binary.group(3), params)) : null;
    }

    /** The type of a literal or of a parameter named by {@code text}; null for anything else. */
    private org.dartj.types.DartType simpleExpressionType(String text, FormalParameterListContext params) {
        org.dartj.types.DartTypeSystem types = language.coreClasses().types;
        if (text.matches("-?[0-9]+")) {
            return types.intType;
        } else if (text.matches("-?[0-9]+\\.[0-9]+")) {
            return types.doubleType;
        } else if (text.equals("true") || text.equals("false")) {
            return types.boolType;
        } else if (text.matches("'[^'$\\\\]*'|\"[^\"$\\\\]*\"")) {
            return types.stringType;
        }
        for (NormalFormalParameterContext p : params.normalFormalParameter()) {
            if (p instanceof SimpleFormalParameterContext s && s.identifier().getText().equals(text)) {
                return s.type() == null ? org.dartj.types.DartSpecialType.DYNAMIC : dartType(s.type());
            }
        }
        return null;
    }

    private RootCallTarget translateFunctionRoot(String name, FormalParameterListContext params, BlockContext block, ExpressionContext arrow, boolean isAsync,
                    boolean isGenerator, ParserRuleContext whole, FunctionKind kind, java.util.function.Supplier<List<DartStatementNode>> constructorPart) {
        DartScopes.Function saved = function;
        Scope savedScope = scope;
        ParseTree body = block != null ? block : arrow;
        DartClassInfo cls = kind == FunctionKind.FUNCTION && saved != null ? saved.enclosingClass : currentClass;
        // A sync* body suspends at each yield: it uses the resumable statements as async does.
        function = new DartScopes.Function(saved, name, whole, isAsync || isGenerator, cls);
        function.isGenerator = isGenerator;
        function.isAsyncGenerator = isGenerator && isAsync;
        if (isGenerator && !isAsync) {
            function.currentSlot = function.newStateSlot();
        }
        boolean resumableBody = isAsync || isGenerator;
        if (whole instanceof FunctionExpressionContext || whole instanceof FunctionPrimaryContext) {
            function.contextType = pendingClosureContext;
        }
        pendingClosureContext = null;
        org.dartj.types.DartType bodyType = null;
        function.returnsDouble = !isAsync && isDoubleType(declaredReturnType(whole));
        function.returnType = isAsync || isGenerator ? null : declaredReturnType(whole);
        TypeParametersContext genericParams = DartTypeTranslator.declaredTypeParameters(whole);
        if (genericParams == null) {
            genericParams = DartTypeTranslator.factoryTypeParameters(whole);
        }
        boolean inheritsTypeArguments = false;
        if (genericParams != null && !isGenerator && !(whole instanceof ClassDeclarationContext)) {
            function.typeParameters = genericParams;
            function.typeArgumentsSlot = function.newSlot("<typeArguments>");
            function.typeParameterBounds = functionTypeParameterBounds(genericParams);
        } else if (genericParams == null && kind == FunctionKind.FUNCTION && saved != null && saved.typeArgumentsSlot >= 0 && mentionsAny(whole, saved.typeParameters)
                        && lookupLocal(TYPE_ARGUMENTS) != null) {
            // A closure in a generic function sees its type parameters: it copies their values from the environment.
            inheritsTypeArguments = true;
            function.typeParameters = saved.typeParameters;
            function.typeArgumentsSlot = function.newSlot("<typeArguments>");
            function.typeParameterBounds = saved.typeParameterBounds;
        }
        boolean sharesTypeArguments = function.typeArgumentsSlot >= 0
                        && function.typeParameters.typeParameter().stream().anyMatch(p -> function.capturedNames.contains(p.identifier().getText()));
        if (sharesTypeArguments) {
            function.capturedNames.add(TYPE_ARGUMENTS);
        }
        List<ParserRuleContext> paramDecls = new ArrayList<>(params.normalFormalParameter());
        OptionalOrNamedParametersContext optional = params.optionalOrNamedParameters();
        if (optional instanceof OptionalPositionalParametersContext o) {
            o.defaultFormalParameter().forEach(p -> paramDecls.add(p.normalFormalParameter()));
        } else if (optional instanceof NamedParametersContext n) {
            n.defaultNamedParameter().forEach(p -> paramDecls.add(p.normalFormalParameter()));
        }
        boolean hasThis = kind == FunctionKind.METHOD || kind == FunctionKind.CONSTRUCTOR;
        DartExpressionNode inheritedTypeArguments = inheritsTypeArguments ? read(lookupLocal(TYPE_ARGUMENTS)) : null;
        scope = new Scope(kind == FunctionKind.FUNCTION ? savedScope : null, function,
                        DartScopes.declaresCaptured(function, paramDecls) || (hasThis && function.capturedNames.contains("this")) || sharesTypeArguments);
        try {
            List<DartStatementNode> statements = new ArrayList<>();
            if (hasThis) {
                Variable self = scope.declare("this", true);
                statements.add(new DartExpressionStatementNode(write(self, new DartReadReceiverNode())));
            }
            if (sharesTypeArguments) {
                Variable shared = scope.declare(TYPE_ARGUMENTS, true);
                statements.add(new DartExpressionStatementNode(write(shared, DartReadLocalNodeGen.create(function.typeArgumentsSlot))));
            }
            int[] arity = arity(params);
            List<String> namedNames = new ArrayList<>();
            int position = 1;
            for (NormalFormalParameterContext p : params.normalFormalParameter()) {
                statements.add(bindParameter(p, position++, null, null));
            }
            if (optional instanceof OptionalPositionalParametersContext o) {
                for (DefaultFormalParameterContext p : o.defaultFormalParameter()) {
                    statements.add(bindParameter(p.normalFormalParameter(), position++, null, p.expression()));
                }
            } else if (optional instanceof NamedParametersContext n) {
                for (DefaultNamedParameterContext p : n.defaultNamedParameter()) {
                    String pname = DartScopes.declaredNames(p.normalFormalParameter()).get(0);
                    namedNames.add(pname);
                    statements.add(bindParameter(p.normalFormalParameter(), -1, pname, p.expression()));
                }
            }
            if (constructorPart != null) {
                statements.addAll(constructorPart.get());
            }
            DartStatementNode bodyNode;
            if (block == null && arrow == null) {
                bodyNode = block(List.of());
            } else if (block != null) {
                bodyNode = translateBlock(block);
                bodyType = isGenerator ? syncStarLiteralType(whole, isAsync) : blockReturnType(block);
            } else {
                DartExpressionNode returned = translateReturned(arrow);
                bodyType = staticType(returned);
                bodyNode = withPre(at(new DartReturnNode(returnValue(returned)), arrow));
            }
            statements.add(bodyNode);
            DartStatementNode all = sequence(statements, resumableBody && body != null && DartScopes.containsAwait(body));
            if (scope.hasEnvironment) {
                all = resumableBody ? new DartResumableScopeNode(all, function.envSlot, scope.environmentSize, scope.environmentNames(), function.newStateSlot())
                                : new DartScopeNode(all, function.envSlot, scope.environmentSize, scope.environmentNames());
            }
            List<DartStatementNode> prologueParts = new ArrayList<>();
            if (function.typeArgumentsSlot >= 0 && !inheritsTypeArguments) {
                // Before anything can throw or call: the caller's type arguments are waiting.
                prologueParts.add(new org.dartj.nodes.local.DartTakeTypeArgumentsNode(function.typeArgumentsSlot));
            }
            prologueParts.add(new DartCheckArityNode(arity[0], arity[1], namedNames.toArray(new String[0]), name));
            prologueParts.add(new DartInitEnvironmentNode(function.envSlot));
            if (inheritsTypeArguments) {
                prologueParts.add(new DartExpressionStatementNode(writeLocal(inheritedTypeArguments, function.typeArgumentsSlot)));
            }
            DartStatementNode prologue = block(prologueParts);
            SourceSection section = section(whole);
            if (isGenerator) {
                if (arrow != null) {
                    throw error(whole, "A generator function must have a block body.");
                }
                if (isAsync) {
                    int stateSlot = function.newStateSlot();
                    DartStatementNode root = new DartResumableBlockNode(new DartStatementNode[]{prologue, all}, stateSlot);
                    int generatorSlot = function.futureSlot;
                    int resumeSlot = function.resumeValueSlot;
                    var descriptor = function.frame.build();
                    RootCallTarget resume = new DartAsyncStarResumeRootNode(language, root, generatorSlot, resumeSlot, name, section).getCallTarget();
                    return new DartAsyncStarFunctionRootNode(language, descriptor, resume, generatorSlot, name, section).getCallTarget();
                }
                int stateSlot = function.newStateSlot();
                DartStatementNode root = new DartResumableBlockNode(new DartStatementNode[]{prologue, all}, stateSlot);
                int currentSlot = function.currentSlot;
                var descriptor = function.frame.build();
                RootCallTarget resume = new DartGeneratorResumeRootNode(language, root, name, section).getCallTarget();
                org.dartj.types.DartType elementType = generatorElementType(whole);
                if (elementType == null && bodyType instanceof org.dartj.types.DartInterfaceType inferred) {
                    elementType = inferred.arguments()[0];
                }
                return new DartGeneratorFunctionRootNode(language, descriptor, resume, currentSlot, name, section, elementType).getCallTarget();
            }
            if (!isAsync) {
                DartStatementNode root = block(List.of(prologue, all));
                return new DartFunctionRootNode(language, function.frame.build(), root, name, section).getCallTarget();
            }
            int stateSlot = function.newStateSlot();
            DartStatementNode root = new DartResumableBlockNode(new DartStatementNode[]{prologue, all}, stateSlot);
            int futureSlot = function.futureSlot;
            int resumeSlot = function.resumeValueSlot;
            var descriptor = function.frame.build();
            RootCallTarget resume = new DartAsyncResumeRootNode(language, root, futureSlot, resumeSlot, name, section).getCallTarget();
            return new DartAsyncFunctionRootNode(language, descriptor, futureSlot, resume, name, section, asyncFutureType(whole)).getCallTarget();
        } finally {
            lastBodyType = bodyType;
            lastContextType = function.contextType;
            function = saved;
            scope = savedScope;
        }
    }

    // ------------------------------------------------------------------ type promotion

    /**
     * Variables promoted where the code being translated is (flow analysis, for the forms the
     * translator follows: an if statement whose condition is {@code x is T}, {@code x != null}
     * or their negations, for a variable that is never assigned after its declaration; see
     * {@link DartScopes.Function#stable}).
     */
    private final Map<Variable, org.dartj.types.DartType> promotions = new java.util.IdentityHashMap<>();

    /** What a condition promotes: {@code variable} to {@code type} where the condition is {@code whenTrue}. */
    private record Promotion(Variable variable, org.dartj.types.DartType type, boolean whenTrue) {
    }

    /** The promotion an if statement's condition makes, or null when none is followed here. */
    private Promotion promotionTest(ExpressionContext condition) {
        ParserRuleContext test = DartScopes.conditionTest(condition);
        if (test == null) {
            return null;
        }
        String name = DartScopes.testedName(test);
        Variable v = lookupLocal(name);
        if (v == null || !v.scope.function.stable(name) && !(v.scope.function == function && function.tracked(name))) {
            return null;
        }
        org.dartj.types.DartType current = promotions.containsKey(v) ? promotions.get(v) : v.staticType;
        if (current == null) {
            return null;
        }
        if (test instanceof RelationalExpressionContext r) {
            org.dartj.types.DartType tested;
            try {
                tested = dartType(r.type());
            } catch (DartSyntaxError e) {
                return null;
            }
            if (tested.hasTypeParameters() || !(current == org.dartj.types.DartSpecialType.DYNAMIC || tested.isSubtypeOf(current)) || tested.equals(current)) {
                return null;
            }
            return new Promotion(v, tested, r.BANG() == null);
        }
        org.dartj.types.DartType nonNull = DartStaticTypes.nonNullable(current);
        if (!current.isNullable() || nonNull == null || nonNull == org.dartj.types.DartSpecialType.NEVER) {
            return null;
        }
        return new Promotion(v, nonNull, ((EqualityExpressionContext) test).BANG_EQ() != null);
    }

    /** The variable and value type of the last assignment to a local translated, for following its demotion. */
    private Variable lastAssigned;
    private org.dartj.types.DartType lastAssignedType;
    /** Variables whose type an assignment made unknown while the current statement was translated. */
    private final Set<Variable> unknownOutcome = new HashSet<>();

    /**
     * A statement {@code x = e;} (or an initializer) for a tracked variable: flow analysis's
     * assignment ({@link DartStaticTypes#afterAssignment}) gives its type after it. A promoted
     * or unknown outcome counts as unknown for the enclosing statements (the translator does
     * not join branches' promotions).
     */
    private void assignmentOutcome(Variable v, org.dartj.types.DartType assigned) {
        List<org.dartj.types.DartType> tested = new ArrayList<>();
        for (TypeContext t : v.scope.function.testedTypes(v.name)) {
            try {
                tested.add(dartType(t));
            } catch (DartSyntaxError e) {
                tested.add(null);
            }
        }
        org.dartj.types.DartType current = promotions.containsKey(v) ? promotions.get(v) : v.staticType;
        if (!mayBePromoted(v)) {
            promotions.remove(v);
            return;
        }
        org.dartj.types.DartType after = DartStaticTypes.afterAssignment(v.declared, current, tested, assigned);
        if (after != null && after.equals(v.staticType)) {
            promotions.remove(v);
        } else {
            promotions.put(v, after);
            unknownOutcome.add(v);
        }
    }

    /**
     * Flow analysis's conservative join for the locals that {@code tree} assigns and this
     * function tracks: they lose their promotions (their declared type), or with {@code unknown}
     * their type is not known here. Returns them.
     */
    private List<Variable> resetAssigned(ParseTree tree, boolean unknown) {
        List<Variable> reset = new ArrayList<>();
        if (!function.hasTracked()) {
            return reset;
        }
        Set<String> names = new HashSet<>();
        DartScopes.assignedNames(tree, names);
        for (String name : names) {
            Variable v = lookupLocal(name);
            if (v != null && v.scope.function == function && function.tracked(name)) {
                reset.add(v);
                if (unknown && mayBePromoted(v)) {
                    promotions.put(v, null);
                } else {
                    promotions.remove(v);
                }
            }
        }
        return reset;
    }

    /**
     * A loop: the locals it assigns have their declared types at its start and after it (flow
     * analysis joins the state before the loop with the states its body leaves), unless its
     * {@code header} (the condition, or a do loop whole) mentions them.
     */
    private DartStatementNode loop(ParseTree loop, ParseTree header, java.util.function.Supplier<DartStatementNode> translate) {
        List<Variable> reset = resetAssigned(loop, false);
        DartStatementNode node = translate.get();
        for (Variable v : reset) {
            if (header != null && DartScopes.mentions(header, v.name) && mayBePromoted(v)) {
                promotions.put(v, null);
                unknownOutcome.add(v);
            } else {
                promotions.remove(v);
                unknownOutcome.remove(v);
                settled.add(v);
            }
        }
        return node;
    }

    /** Locals whose type after the statement being translated is already set (by {@link #loop}). */
    private final Set<Variable> settled = new HashSet<>();

    /** Translates a branch with the promotion that holds where the condition is {@code branch}. */
    private <T> T promoted(Promotion test, boolean branch, java.util.function.Supplier<T> translate) {
        if (test == null || test.whenTrue() != branch) {
            return translate.get();
        }
        boolean had = promotions.containsKey(test.variable());
        org.dartj.types.DartType saved = promotions.put(test.variable(), test.type());
        try {
            return translate.get();
        } finally {
            if (had) {
                promotions.put(test.variable(), saved);
            } else {
                promotions.remove(test.variable());
            }
        }
    }

    /** Whether a statement never completes normally: a return, throw, rethrow, break or continue, or a block ending with one. */
    private static boolean exits(StatementContext st) {
        NonLabelledStatementContext n = st.nonLabelledStatement();
        if (n instanceof BlockStatementContext b) {
            List<StatementContext> all = b.block().statement();
            return !all.isEmpty() && exits(all.get(all.size() - 1));
        }
        return n instanceof ReturnStatementContext || n instanceof BreakStatementContext || n instanceof ContinueStatementContext || n instanceof RethrowStatementContext
                        || n instanceof ExpressionStatementContext e && e.expression().getStart().getText().equals("throw");
    }

    /** The captured variable holding a generic function's type arguments for the closures nested in it. */
    private static final String TYPE_ARGUMENTS = "<typeArguments>";

    /** Whether an identifier in the tree is one of the type parameters' names. */
    private static boolean mentionsAny(ParseTree tree, TypeParametersContext params) {
        if (tree instanceof IdentifierContext id) {
            return params.typeParameter().stream().anyMatch(p -> p.identifier().getText().equals(id.getText()));
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            if (mentionsAny(tree.getChild(i), params)) {
                return true;
            }
        }
        return false;
    }

    /** A function literal's context type, for the function translated next. */
    private org.dartj.types.DartFunctionType pendingClosureContext;
    /** The static type of the last translated function's body (its returned values) and its context type. */
    private org.dartj.types.DartType lastBodyType;
    private org.dartj.types.DartFunctionType lastContextType;

    /**
     * The type a block body returns when it ends with {@code return e;} and every return's
     * value has a known static type (their upper bound); else null.
     */
    private org.dartj.types.DartType blockReturnType(BlockContext block) {
        List<org.dartj.types.DartType> returned = function.returnTypes;
        List<StatementContext> statements = block.statement();
        if (returned != null && returned.isEmpty() && !returnsOrThrows(block)) {
            // No return and no throw: the end of the body is reached, the literal returns null.
            return org.dartj.types.DartSpecialType.NULL;
        }
        if (returned == null || returned.isEmpty() || statements.isEmpty()) {
            return null;
        }
        StatementContext last = statements.get(statements.size() - 1);
        if (!(last.nonLabelledStatement() instanceof ReturnStatementContext r) || r.expression() == null || !last.label().isEmpty()) {
            return null;
        }
        return rules().upperBound(returned);
    }

    /**
     * The type Dart infers for a sync* function literal: {@code Iterable<S>}, S the upper bound
     * of the types it yields (inference.md); null when one is not known here, when it yields
     * nothing, when a context type applies, and for other generators.
     */
    private org.dartj.types.DartType syncStarLiteralType(ParserRuleContext whole, boolean isAsync) {
        boolean literal = whole instanceof FunctionExpressionContext || whole instanceof FunctionPrimaryContext;
        List<org.dartj.types.DartType> yielded = function.yieldTypes;
        // With a context type, its return type may decide instead: not followed here.
        if (!literal || isAsync || yielded == null || yielded.isEmpty() || function.contextType != null) {
            return null;
        }
        org.dartj.types.DartType element = rules().upperBound(yielded);
        return element == null || element.hasTypeParameters() ? null : rules().iterableOf(element);
    }

    /** Whether the subtree has a return, throw, rethrow or endless loop outside nested functions. */
    private static boolean returnsOrThrows(ParseTree tree) {
        if (tree instanceof FunctionExpressionContext || tree instanceof FunctionPrimaryContext || tree instanceof LocalFunctionDeclarationContext) {
            return false;
        }
        if (tree instanceof ReturnStatementContext || tree instanceof RethrowStatementContext || tree instanceof ThrowExpressionContext
                        || tree instanceof WhileStatementContext w && w.expression().getText().equals("true")
                        || tree instanceof ForStatementContext f && f.forLoopParts() instanceof ForClassicContext c && c.expression() == null) {
            return true;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            if (returnsOrThrows(tree.getChild(i))) {
                return true;
            }
        }
        return false;
    }

    /** Initializing formals ({@code this.x}) and super parameters ({@code super.x}) of the constructor being translated. */
    final List<String[]> initializingFormals = new ArrayList<>();
    final List<String[]> superParameters = new ArrayList<>();
    /** The named parameter defaults of the superclass constructor the constructor being translated calls. */
    Map<String, ExpressionContext> superParameterDefaults = Map.of();

    private DartStatementNode bindParameter(NormalFormalParameterContext p, int position, String named, ExpressionContext defaultValue) {
        if (defaultValue == null && named != null && p instanceof SuperFormalParameterContext) {
            defaultValue = superParameterDefaults.get(named);
        }
        if (p instanceof FieldFormalParameterContext f) {
            initializingFormals.add(new String[]{f.identifier().getText()});
        } else if (p instanceof SuperFormalParameterContext sp) {
            superParameters.add(new String[]{sp.identifier().getText(), named == null ? null : named});
        }
        String pname = DartScopes.declaredNames(p).get(0);
        if (scope.variables.containsKey(pname)) {
            throw error(p, "'" + pname + "' is already declared in this scope.");
        }
        TypeContext type = p instanceof SimpleFormalParameterContext s ? s.type()
                        : p instanceof FieldFormalParameterContext f ? (f.type() != null ? f.type() : ownFieldType(f.identifier().getText())) : null;
        boolean isDouble = isDoubleType(type) || (type == null && p instanceof FieldFormalParameterContext f && isDoubleField(f.identifier().getText()));
        DartExpressionNode def = defaultValue == null ? null : translateInContext(defaultValue, type);
        if (type != null && p instanceof SimpleFormalParameterContext) {
            typeTranslator().checkWrittenBounds(type, type);
        }
        Variable v = scope.declare(pname, false);
        v.declaredType = p instanceof SimpleFormalParameterContext ? type : null;
        if (p instanceof SimpleFormalParameterContext) {
            v.staticType = type != null ? variableType(pname, type, null) : contextParameterType(pname, position, named);
            if (type == null) {
                v.inferredType = rawContextParameterType(position, named);
            }
            v.declared = type != null ? dartType(type) : v.inferredType;
        }
        DartExpressionNode read = parameterRead(position, named, def, type, pname);
        return new DartExpressionStatementNode(write(v, isDouble ? DartToDoubleNodeGen.create(read) : read));
    }

    /**
     * Reads a parameter's argument, checked against its declared type unless that is a top
     * type. The Dart parts of core libraries are not checked: their Java-defined classes do not
     * declare every supertype the SDK's do (Base64Codec is a Codec there).
     */
    private DartExpressionNode parameterRead(int position, String named, DartExpressionNode def, TypeContext type, String pname) {
        boolean coreLibrary = source.getName().startsWith("dart:");
        org.dartj.types.DartType declared = type == null || coreLibrary ? null : dartType(type);
        if (declared == null || declared.isTop()) {
            return new DartReadArgumentNode(position, named, def);
        }
        org.dartj.nodes.expression.DartClassTypeArgumentsNode classArgs = classTypeArguments(declared, type);
        org.dartj.types.DartType checked = classArgs == null ? erased(declared) : declared;
        if (checked.isTop()) {
            return new DartReadArgumentNode(position, named, def);
        }
        return new DartReadArgumentNode(position, named, def, typeTest(checked), classArgs, pname);
    }

    /**
     * The check of a value stored in an instance field declared {@code type} from outside its
     * initialization ({@code obj.count = v}, {@link org.dartj.nodes.call.DartSetPropertyNode}):
     * null for a top type and in the Dart parts of core libraries. The type may use the class's
     * type parameters; the store substitutes the instance's type arguments.
     */
    org.dartj.types.DartTypeTest fieldTypeTest(TypeContext type) {
        if (source.getName().startsWith("dart:")) {
            return null;
        }
        org.dartj.types.DartType declared = dartType(type);
        return declared.isTop() ? null : typeTest(declared);
    }

    /**
     * A value stored in a variable of the declared type, checked unless the type is a top type
     * or the value is a constant (constants are checked by their own translation). Not in the
     * Dart parts of core libraries (see {@link #parameterRead}).
     */
    private DartExpressionNode implicitCast(DartExpressionNode value, TypeContext type, ParserRuleContext at) {
        if (value instanceof DartConstantNode || source.getName().startsWith("dart:")) {
            return value;
        }
        org.dartj.types.DartType declared = dartType(type);
        if (declared.isTop()) {
            return value;
        }
        org.dartj.nodes.expression.DartClassTypeArgumentsNode classArgs = classTypeArguments(declared, type);
        org.dartj.types.DartType checked = classArgs == null ? erased(declared) : declared;
        if (checked.isTop()) {
            return value;
        }
        return at(new org.dartj.nodes.expression.DartImplicitCastNode(value, typeTest(checked), classArgs), at);
    }

    /**
     * The element a for-in loop stores in its declared variable ({@code for (int x in xs)}):
     * checked against the variable's type as an implicit cast (the VM's TypeError without a
     * parameter name); an int element of a {@code double} variable is a double, as an int
     * literal in a double context.
     */
    private DartExpressionNode typedLoopVariable(DartExpressionNode element, TypeContext type, ParserRuleContext at) {
        if (type == null) {
            return element;
        }
        return implicitCast(isDoubleType(type) ? DartToDoubleNodeGen.create(element) : element, type, at);
    }

    // ------------------------------------------------------------------ statements

    private DartStatementNode block(List<DartStatementNode> statements) {
        return new DartBlockNode(statements.toArray(new DartStatementNode[0]));
    }

    private DartStatementNode sequence(List<DartStatementNode> statements, boolean resumable) {
        if (statements.size() == 1 && !resumable) {
            return statements.get(0);
        }
        DartStatementNode[] array = statements.toArray(new DartStatementNode[0]);
        return resumable ? new DartResumableBlockNode(array, function.newStateSlot()) : new DartBlockNode(array);
    }

    /** Prepends the awaits lowered out of the statement's expressions. */
    private DartStatementNode withPre(DartStatementNode statement) {
        if (function.pre.isEmpty()) {
            return statement;
        }
        List<DartStatementNode> all = new ArrayList<>(function.pre);
        function.pre = new ArrayList<>();
        all.add(statement);
        return new DartResumableBlockNode(all.toArray(new DartStatementNode[0]), function.newStateSlot());
    }

    private DartStatementNode translateBlock(BlockContext block) {
        return translateStatements(block.statement(), block);
    }

    private DartStatementNode translateStatements(List<StatementContext> statements, ParserRuleContext whole) {
        Scope saved = scope;
        scope = new Scope(saved, function, DartScopes.declaresCaptured(function, statements));
        try {
            List<DartStatementNode> nodes = new ArrayList<>();
            Map<Variable, org.dartj.types.DartType> savedPromotions = new java.util.IdentityHashMap<>(promotions);
            for (StatementContext s : statements) {
                Promotion after = s.label().isEmpty() && s.nonLabelledStatement() instanceof IfStatementContext i && i.statement().size() == 1 && exits(i.statement(0))
                                ? promotionTest(i.expression()) : null;
                String direct = DartScopes.directAssignment(s);
                Set<String> assignedHere = new HashSet<>();
                if (function.hasTracked()) {
                    DartScopes.assignedNames(s, assignedHere);
                }
                Map<Variable, org.dartj.types.DartType> before = new java.util.IdentityHashMap<>(promotions);
                lastAssigned = null;
                Set<Variable> outerUnknown = new HashSet<>(unknownOutcome);
                unknownOutcome.clear();
                Set<Variable> outerSettled = new HashSet<>(settled);
                settled.clear();
                nodes.add(translateStatement(s));
                Variable directVariable = direct == null ? null : lookupLocal(direct);
                if (directVariable != null && directVariable == lastAssigned && directVariable.scope.function == function && function.tracked(direct)) {
                    assignmentOutcome(directVariable, lastAssignedType);
                } else {
                    for (String name : assignedHere) {
                        Variable v = lookupLocal(name);
                        if (v != null && v.scope.function == function && function.tracked(name) && !settled.contains(v) && mayBePromoted(v)) {
                            // Assigned inside this statement: its type is the declared one again, unless a promotion was in force before or an assignment here may promote.
                            if (!before.containsKey(v) && !unknownOutcome.contains(v)) {
                                promotions.remove(v);
                            } else {
                                promotions.put(v, null);
                            }
                        }
                    }
                }
                if (after != null && !after.whenTrue() && !assignedHere.contains(after.variable().name)) {
                    // if (x == null) return; — x is promoted in the rest of the block.
                    promotions.put(after.variable(), after.type());
                }
                // What nested assignments made unknown stays so for the enclosing statements.
                unknownOutcome.addAll(outerUnknown);
                settled.clear();
                settled.addAll(outerSettled);
            }
            promotions.clear();
            promotions.putAll(savedPromotions);
            boolean resumable = function.isAsync && DartScopes.containsAwait(whole);
            DartStatementNode body = sequence(nodes, resumable);
            if (scope.hasEnvironment) {
                body = resumable ? new DartResumableScopeNode(body, function.envSlot, scope.environmentSize, scope.environmentNames(), function.newStateSlot())
                                : new DartScopeNode(body, function.envSlot, scope.environmentSize, scope.environmentNames());
            }
            return body;
        } finally {
            scope = saved;
        }
    }

    private DartStatementNode translateStatement(StatementContext ctx) {
        NonLabelledStatementContext s = ctx.nonLabelledStatement();
        if (ctx.label().isEmpty()) {
            return translateNonLabelled(s, Set.of());
        }
        Set<String> labels = new HashSet<>();
        ctx.label().forEach(l -> labels.add(l.identifier().getText()));
        if (s instanceof ForStatementContext || s instanceof WhileStatementContext || s instanceof DoStatementContext) {
            return translateNonLabelled(s, labels);
        }
        Target target = new Target(labels, function.nextTargetId++, false);
        function.targets.add(target);
        try {
            return new DartLabeledNode(translateNonLabelled(s, Set.of()), target.id);
        } finally {
            function.targets.remove(function.targets.size() - 1);
        }
    }

    private DartStatementNode translateNonLabelled(NonLabelledStatementContext s, Set<String> labels) {
        if (s instanceof BlockStatementContext b) {
            return translateBlock(b.block());
        } else if (s instanceof ExpressionStatementContext e) {
            DartExpressionNode expr = translateEffect(e.expression());
            return withPre(at(new DartExpressionStatementNode(expr), e));
        } else if (s instanceof LocalVariableStatementContext v) {
            return translateDeclarations(v.localVariableDeclaration().declaredVariables());
        } else if (s instanceof LocalFunctionStatementContext f) {
            return translateLocalFunction(f.localFunctionDeclaration());
        } else if (s instanceof PatternDeclarationStatementContext pd) {
            DartExpressionNode value = translateExpression(pd.expression());
            DartPatternNode pattern = translateOuterPattern(pd.outerPattern(), true, pd.FINAL() != null);
            return withPre(at(new DartPatternDeclarationNode(value, pattern), pd));
        } else if (s instanceof IfCaseStatementContext ic) {
            return translateIfCase(ic, ic.expression(0), ic.pattern(), ic.WHEN() == null ? null : ic.expression(1), () -> translateSubStatement(ic.statement(0)),
                            ic.statement().size() > 1 ? () -> translateSubStatement(ic.statement(1)) : null);
        } else if (s instanceof IfStatementContext i) {
            Promotion test = promotionTest(i.expression());
            DartExpressionNode condition = translateExpression(i.expression());
            List<DartStatementNode> conditionPre = takePre();
            DartStatementNode thenPart = promoted(test, true, () -> translateSubStatement(i.statement(0)));
            DartStatementNode elsePart = i.statement().size() > 1 ? promoted(test, false, () -> translateSubStatement(i.statement(1))) : null;
            DartStatementNode node;
            if (function.isAsync && (DartScopes.containsAwait(i.statement(0)) || (i.statement().size() > 1 && DartScopes.containsAwait(i.statement(1))))) {
                node = at(new DartResumableIfNode(condition, thenPart, elsePart, function.newStateSlot()), i);
            } else {
                node = at(new DartIfNode(condition, thenPart, elsePart), i);
            }
            return prepend(conditionPre, node);
        } else if (s instanceof WhileStatementContext w) {
            return loop(s, w.expression(), () -> translateLoop(labels, null, w.expression(), w.statement(), null, true, s));
        } else if (s instanceof DoStatementContext d) {
            // After a do loop its body's last promotions may hold: what the loop assigns is not known there.
            return loop(s, d, () -> translateLoop(labels, null, d.expression(), d.statement(), null, false, s));
        } else if (s instanceof ForStatementContext f) {
            return loop(s, f.forLoopParts(), () -> translateFor(f, labels));
        } else if (s instanceof ReturnStatementContext r) {
            if (r.expression() == null) {
                function.returnTypes = null;
                return at(new DartReturnNode(null), r);
            }
            if (function.isGenerator) {
                throw error(r, "'return' with a value can't be used in a generator.");
            }
            DartExpressionNode returned = translateReturned(r.expression());
            if (function.returnTypes != null) {
                function.returnTypes.add(staticType(returned));
            }
            DartExpressionNode value = returnValue(returned);
            return withPre(at(new DartReturnNode(value), r));
        } else if (s instanceof BreakStatementContext b) {
            return at(new DartBreakNode(false, findTarget(b.identifier(), false, b)), b);
        } else if (s instanceof ContinueStatementContext c) {
            return at(new DartBreakNode(true, findTarget(c.identifier(), true, c)), c);
        } else if (s instanceof EmptyStatementContext) {
            return block(List.of());
        } else if (s instanceof YieldStatementContext y) {
            if (!function.isGenerator) {
                throw error(y, "'yield' can only be used in 'sync*' or 'async*' methods.");
            }
            DartExpressionNode value = translateExpression(y.expression());
            if (function.yieldTypes != null) {
                org.dartj.types.DartType yielded = y.STAR() == null ? staticType(value) : staticType(value) == null ? null : rules().iterableElement(staticType(value));
                if (yielded == null) {
                    function.yieldTypes = null;
                } else {
                    function.yieldTypes.add(yielded);
                }
            }
            if (function.isAsyncGenerator) {
                return withPre(at(new DartAsyncYieldNode(value, y.STAR() != null, function.newStateSlot(), function.futureSlot), y));
            }
            return withPre(at(new DartYieldNode(value, y.STAR() != null, function.newStateSlot(), function.currentSlot), y));
        } else if (s instanceof TryStatementContext t) {
            return translateTry(t);
        } else if (s instanceof RethrowStatementContext r) {
            if (function.catchSlots.isEmpty()) {
                throw error(r, "'rethrow' can only be used in catch clauses.");
            }
            return at(new DartRethrowNode(function.catchSlots.get(function.catchSlots.size() - 1)), r);
        } else if (s instanceof SwitchStatementContext sw) {
            return translateSwitch(sw, labels);
        } else if (s instanceof AssertStatementContext a) {
            return translateAssert(a.expression(0), a.expression().size() > 1 ? a.expression(1) : null);
        }
        throw error(s, "Unsupported statement.");
    }

    /** Whether asserts run ({@code --enable-asserts}); contexts that differ here get separate language instances. */
    private boolean assertsEnabled() {
        return DartContext.get(null).getEnv().getOptions().get(DartLanguage.ENABLE_ASSERTS);
    }

    /**
     * An assert statement or initializer. Off (as in {@code dart run}) it is still translated, so
     * that its names are checked, and then dropped; on, it becomes a {@link DartAssertNode}
     * that names the condition's line, column and source text as the VM does.
     */
    DartStatementNode translateAssert(ExpressionContext condition, ExpressionContext message) {
        List<DartStatementNode> saved = takePre();
        DartExpressionNode test = translateExpression(condition);
        DartExpressionNode text;
        if (message != null && function.isAsync && DartScopes.containsAwait(message)) {
            // The message, awaits included, is evaluated only when the condition is false.
            int conditionTmp = temp();
            int messageTmp = temp();
            function.pre.add(new DartExpressionStatementNode(writeLocal(new DartConditionNode(test), conditionTmp)));
            DartStatementNode evaluate = lowered(() -> translateExpression(message), messageTmp);
            function.pre.add(new DartResumableIfNode(DartNotNodeGen.create(DartReadLocalNodeGen.create(conditionTmp)), evaluate, null, function.newStateSlot()));
            test = DartReadLocalNodeGen.create(conditionTmp);
            text = DartReadLocalNodeGen.create(messageTmp);
        } else {
            text = message == null ? null : translateExpression(message);
        }
        if (!assertsEnabled()) {
            function.pre = saved;
            return block(List.of());
        }
        List<DartStatementNode> pre = function.pre;
        function.pre = saved;
        function.pre.addAll(pre);
        Token start = condition.getStart();
        Source at = sourceOf(start);
        String url = at.getPath() != null ? "file://" + at.getPath() : at.getName();
        String conditionText = start.getInputStream().getText(org.antlr.v4.runtime.misc.Interval.of(start.getStartIndex(), condition.getStop().getStopIndex()));
        return withPre(at(new DartAssertNode(test, text, url, start.getLine(), start.getCharPositionInLine() + 1, conditionText), condition));
    }

    private DartStatementNode translateTry(TryStatementContext t) {
        boolean resumable = function.isAsync && DartScopes.containsAwait(t);
        DartStatementNode body = translateBlock(t.block());
        // A catch clause may start anywhere in the body: what the body assigns has its declared type there.
        resetAssigned(t.block(), false);
        List<DartTryNode.Handler> handlers = new ArrayList<>();
        List<org.dartj.nodes.expression.DartClassTypeArgumentsNode> handlerTypeArguments = new ArrayList<>();
        List<DartStatementNode> handlerBodies = new ArrayList<>();
        for (OnPartContext on : t.onPart()) {
            Scope saved = scope;
            CatchPartContext cp = on.catchPart();
            boolean captured = cp != null && DartScopes.declaresCapturedNames(function, cp.identifier());
            scope = new Scope(saved, function, captured);
            try {
                org.dartj.types.DartType onType = on.type() == null ? null : dartType(on.type());
                org.dartj.nodes.expression.DartClassTypeArgumentsNode typeArguments = onType == null ? null : classTypeArguments(onType, on);
                org.dartj.types.DartTypeTest type = onType == null ? null : typeTest(typeArguments == null ? erased(onType) : onType);
                int exceptionSlot = -1;
                int stackSlot = -1;
                List<DartStatementNode> bind = new ArrayList<>();
                if (cp != null) {
                    exceptionSlot = function.newSlot("<exception>");
                    Variable e = scope.declare(cp.identifier(0).getText(), true);
                    bind.add(new DartExpressionStatementNode(write(e, DartReadLocalNodeGen.create(exceptionSlot))));
                    if (cp.identifier().size() > 1) {
                        stackSlot = function.newSlot("<stack>");
                        Variable st = scope.declare(cp.identifier(1).getText(), true);
                        bind.add(new DartExpressionStatementNode(write(st, DartReadLocalNodeGen.create(stackSlot))));
                    }
                }
                int caughtSlot = function.newSlot("<caught>");
                function.catchSlots.add(caughtSlot);
                DartStatementNode handlerBody;
                try {
                    handlerBody = translateBlock(on.block());
                } finally {
                    function.catchSlots.remove(function.catchSlots.size() - 1);
                }
                bind.add(handlerBody);
                DartStatementNode whole = sequence(bind, resumable && DartScopes.containsAwait(on.block()));
                if (scope.hasEnvironment) {
                    whole = resumable ? new DartResumableScopeNode(whole, function.envSlot, scope.environmentSize, scope.environmentNames(), function.newStateSlot())
                                    : new DartScopeNode(whole, function.envSlot, scope.environmentSize, scope.environmentNames());
                }
                handlers.add(new DartTryNode.Handler(type, exceptionSlot, stackSlot, caughtSlot));
                handlerTypeArguments.add(typeArguments);
                handlerBodies.add(whole);
            } finally {
                scope = saved;
            }
        }
        for (OnPartContext on : t.onPart()) {
            resetAssigned(on.block(), false);
        }
        DartStatementNode finallyBlock = t.finallyPart() == null ? null : translateBlock(t.finallyPart().block());
        return at(new DartTryNode(body, handlers.toArray(new DartTryNode.Handler[0]),
                        handlerTypeArguments.toArray(new org.dartj.nodes.expression.DartClassTypeArgumentsNode[0]), handlerBodies.toArray(new DartStatementNode[0]), finallyBlock,
                        resumable ? function.newStateSlot() : -1), t.getStart());
    }

    private DartStatementNode translateSwitch(SwitchStatementContext sw, Set<String> labels) {
        boolean resumable = function.isAsync && DartScopes.containsAwait(sw);
        boolean guardsAwait = false;
        for (SwitchCaseContext c : sw.switchCase()) {
            checkNoAwaitInPattern(c.pattern());
            guardsAwait |= resumable && c.WHEN() != null && DartScopes.containsAwait(c.expression());
        }
        if (sw.defaultCase() == null) {
            List<PatternContext> unguarded = new ArrayList<>();
            for (SwitchCaseContext c : sw.switchCase()) {
                if (c.WHEN() == null) {
                    unguarded.add(c.pattern());
                }
            }
            DartExhaustivenessCheck.check(this, sw.expression(), unguarded, true);
        }
        DartExpressionNode subject = translateExpression(sw.expression());
        // Cases may be reached after others ran (continue to a label): what the switch assigns is not known at their start.
        resetAssigned(sw, true);
        List<DartStatementNode> pre = takePre();
        Target target = new Target(labels, function.nextTargetId++, false);
        target.isSwitch = true;
        function.targets.add(target);
        Scope switchScopeParent = scope;
        List<String> caseNames = new ArrayList<>();
        for (SwitchCaseContext c : sw.switchCase()) {
            DartScopes.patternNames(c.pattern(), false, caseNames);
        }
        scope = new Scope(switchScopeParent, function, DartScopes.anyCaptured(function, caseNames));
        try {
            List<DartExpressionNode> cases = new ArrayList<>();
            List<Integer> caseBody = new ArrayList<>();
            List<DartStatementNode> bodies = new ArrayList<>();
            List<Integer> pending = new ArrayList<>();
            List<DartPatternNode> patterns = new ArrayList<>();
            List<DartConditionNode> guards = new ArrayList<>();
            List<DartStatementNode> guardPre = new ArrayList<>();
            for (SwitchCaseContext c : sw.switchCase()) {
                patterns.add(translateCasePattern(c.pattern(), subject, sw.expression()));
                guards.add(c.WHEN() == null ? null : guardsAwait ? translateGuard(c.expression(), guardPre) : new DartConditionNode(translateExpression(c.expression())));
                if (c.WHEN() == null && guardsAwait) {
                    guardPre.add(null);
                }
                pending.add(patterns.size() - 1);
                if (!c.statement().isEmpty()) {
                    bodies.add(translateStatements(c.statement(), c));
                    for (int i : pending) {
                        caseBody.add(bodies.size() - 1);
                    }
                    pending.clear();
                }
            }
            DartStatementNode defaultBody = null;
            if (sw.defaultCase() != null) {
                defaultBody = translateStatements(sw.defaultCase().statement(), sw.defaultCase());
            }
            // Empty cases at the end share the default body.
            for (int i : pending) {
                if (defaultBody != null) {
                    bodies.add(defaultBody);
                    defaultBody = translateStatements(sw.defaultCase().statement(), sw.defaultCase());
                    caseBody.add(bodies.size() - 1);
                } else {
                    bodies.add(block(List.of()));
                    caseBody.add(bodies.size() - 1);
                }
            }
            int[] map = caseBody.stream().mapToInt(Integer::intValue).toArray();
            boolean ownEnvironment = scope.hasEnvironment && scope != switchScopeParent;
            if (ownEnvironment || guardsAwait) {
                // The subject was resolved outside the cases' environment: evaluate it there.
                int subjectSlot = temp();
                pre.add(new DartExpressionStatementNode(writeLocal(subject, subjectSlot)));
                subject = DartReadLocalNodeGen.create(subjectSlot);
            }
            DartStatementNode node;
            if (guardsAwait) {
                node = at(resumableCases(subject, patterns, guardPre, guards, map, bodies, defaultBody, target.id, false), sw.getStart());
            } else {
                node = at(new DartSwitchNode(subject, patterns.toArray(new DartPatternNode[0]), guards.toArray(new DartConditionNode[0]), map,
                                bodies.toArray(new DartStatementNode[0]), defaultBody, target.id, resumable ? function.newStateSlot() : -1), sw.getStart());
            }
            if (ownEnvironment) {
                node = resumable ? new DartResumableScopeNode(node, function.envSlot, scope.environmentSize, scope.environmentNames(), function.newStateSlot())
                                : new DartScopeNode(node, function.envSlot, scope.environmentSize, scope.environmentNames());
            }
            return prepend(pre, node);
        } finally {
            scope = switchScopeParent;
            function.targets.remove(function.targets.size() - 1);
        }
    }

    /**
     * {@code if (subject case pattern when guard) then else otherwise}, a statement or a
     * collection element ({@code whole}); the pattern's variables are in scope in the guard and
     * the then part only. In async code with awaits past the subject it is a one-case
     * {@link #resumableCases} whose default is the else part.
     */
    private DartStatementNode translateIfCase(ParserRuleContext whole, ExpressionContext subjectCtx, PatternContext patternCtx, ExpressionContext guardCtx,
                    java.util.function.Supplier<DartStatementNode> thenTranslation, java.util.function.Supplier<DartStatementNode> elseTranslation) {
        checkNoAwaitInPattern(patternCtx);
        boolean resumable = function.isAsync && DartScopes.containsAwait(whole);
        DartExpressionNode subject = translateExpression(subjectCtx);
        List<DartStatementNode> pre = takePre();
        Scope saved = scope;
        List<String> names = new ArrayList<>();
        DartScopes.patternNames(patternCtx, false, names);
        boolean captured = DartScopes.anyCaptured(function, names);
        if (captured || resumable) {
            // The subject was resolved outside the pattern's environment: evaluate it there.
            int subjectSlot = temp();
            pre.add(new DartExpressionStatementNode(writeLocal(subject, subjectSlot)));
            subject = DartReadLocalNodeGen.create(subjectSlot);
        }
        scope = new Scope(saved, function, captured);
        DartStatementNode node;
        try {
            DartPatternNode pattern = translateCasePattern(patternCtx, subject, subjectCtx);
            List<DartStatementNode> guardPre = new ArrayList<>();
            DartConditionNode guard = guardCtx == null ? null : translateGuard(guardCtx, guardPre);
            DartStatementNode thenPart = thenTranslation.get();
            Scope caseScope = scope;
            scope = saved;
            DartStatementNode elsePart = elseTranslation == null ? null : elseTranslation.get();
            if (resumable) {
                // Its break target is never named: a break in a branch leaves the enclosing statement.
                node = resumableCases(subject, List.of(pattern), guardPre, Collections.singletonList(guard), new int[]{0}, List.of(thenPart), elsePart,
                                function.nextTargetId++, false);
            } else {
                node = new DartIfCaseNode(subject, pattern, guard, thenPart, elsePart);
            }
            if (captured) {
                // The pattern's variables live in an environment around the whole statement.
                node = resumable ? new DartResumableScopeNode(node, function.envSlot, caseScope.environmentSize, caseScope.environmentNames(), function.newStateSlot())
                                : new DartScopeNode(node, function.envSlot, caseScope.environmentSize, caseScope.environmentNames());
            }
        } finally {
            scope = saved;
        }
        return prepend(pre, at(node, whole));
    }

    /**
     * A switch statement, switch expression or if-case in async code whose guards or bodies await:
     * a resumable case selection (guards, with their awaits, run only after their pattern matched)
     * leaves the case index in a slot, then a switch in selected-case mode runs that case's body
     * ({@code caseBody[case]}) or the default, catching breaks to {@code breakTarget}. {@code subject}
     * must read the temporary the subject was evaluated into (the selection reads it again after a
     * resume).
     */
    private DartStatementNode resumableCases(DartExpressionNode subject, List<DartPatternNode> patterns, List<DartStatementNode> guardPre, List<DartConditionNode> guards,
                    int[] caseBody, List<DartStatementNode> bodies, DartStatementNode defaultBody, int breakTarget, boolean switchExpression) {
        int selectedSlot = function.newStateSlot();
        DartStatementNode select = new DartResumableCaseSelectNode(subject, patterns.toArray(new DartPatternNode[0]), guardPre.toArray(new DartStatementNode[0]),
                        guards.toArray(new DartConditionNode[0]), selectedSlot, function.newStateSlot(), switchExpression);
        DartStatementNode dispatch = DartSwitchNode.selectedCase(selectedSlot, caseBody, bodies.toArray(new DartStatementNode[0]), defaultBody, breakTarget,
                        function.newStateSlot());
        return new DartResumableBlockNode(new DartStatementNode[]{select, dispatch}, function.newStateSlot());
    }

    /**
     * A case's guard. Its awaits become statements of their own, added to {@code guardPre} (null when
     * none), so that they run only when the case's pattern matched.
     */
    private DartConditionNode translateGuard(ExpressionContext guard, List<DartStatementNode> guardPre) {
        List<DartStatementNode> outer = takePre();
        DartConditionNode condition = new DartConditionNode(translateExpression(guard));
        List<DartStatementNode> own = takePre();
        function.pre = outer;
        guardPre.add(own.isEmpty() ? null : new DartResumableBlockNode(own.toArray(new DartStatementNode[0]), function.newStateSlot()));
        return condition;
    }

    /** A pattern's expressions are constants: an await there is a compile error. */
    private void checkNoAwaitInPattern(ParseTree pattern) {
        AwaitExpressionContext await = firstAwait(pattern);
        if (await != null) {
            throw error(await, "Not a constant expression.");
        }
    }

    private static AwaitExpressionContext firstAwait(ParseTree tree) {
        if (tree instanceof AwaitExpressionContext a) {
            return a;
        }
        if (tree instanceof FunctionExpressionContext || tree instanceof FunctionPrimaryContext) {
            return null;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            AwaitExpressionContext a = firstAwait(tree.getChild(i));
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    private List<DartStatementNode> takePre() {
        List<DartStatementNode> pre = function.pre;
        function.pre = new ArrayList<>();
        return pre;
    }

    private DartStatementNode prepend(List<DartStatementNode> pre, DartStatementNode node) {
        if (pre.isEmpty()) {
            return node;
        }
        List<DartStatementNode> all = new ArrayList<>(pre);
        all.add(node);
        return new DartResumableBlockNode(all.toArray(new DartStatementNode[0]), function.newStateSlot());
    }

    /** A nested statement gets its own scope (Dart: a non-block body is its own block). */
    private DartStatementNode translateSubStatement(StatementContext s) {
        return translateStatements(List.of(s), s);
    }

    private int findTarget(IdentifierContext label, boolean isContinue, ParserRuleContext at) {
        for (int i = function.targets.size() - 1; i >= 0; i--) {
            Target t = function.targets.get(i);
            if (label == null ? (t.isLoop || (!isContinue && t.isSwitch)) : t.labels.contains(label.getText())) {
                if (isContinue && !t.isLoop) {
                    throw error(at, "A continue statement can't be used outside of a loop or switch statement.");
                }
                return t.id;
            }
        }
        if (label != null) {
            throw error(label, "Can't find label '" + label.getText() + "'.");
        }
        throw error(at, isContinue ? "A continue statement can't be used outside of a loop or switch statement."
                        : "A break statement can't be used outside of a loop or switch statement.");
    }

    private DartStatementNode translateDeclarations(DeclaredVariablesContext d) {
        boolean isFinal = d.FINAL() != null || d.CONST() != null;
        List<DartStatementNode> nodes = new ArrayList<>();
        if (d.type() != null) {
            // The CFE reports a bound violation in a local's type at the variable's name.
            typeTranslator().checkWrittenBounds(d.type(), d.initializedIdentifierList().initializedIdentifier(0).identifier());
        }
        for (InitializedIdentifierContext i : d.initializedIdentifierList().initializedIdentifier()) {
            String name = i.identifier().getText();
            if (scope.variables.containsKey(name)) {
                throw error(i.identifier(), "'" + name + "' is already declared in this scope.");
            }
            if (d.LATE() != null) {
                nodes.add(declareLate(d, i, name, isFinal));
                continue;
            }
            boolean savedConst = constContext;
            constContext = d.CONST() != null || savedConst;
            DartExpressionNode init;
            try {
                if (i.expression() != null) {
                    checkLiteralAssignable(i.expression(), d.type());
                }
                init = i.expression() == null ? new DartConstantNode(DartNull.INSTANCE) : translateInContext(i.expression(), d.type());
            } finally {
                constContext = savedConst;
            }
            DartExpressionNode uncast = init;
            if (i.expression() != null && d.type() != null) {
                init = implicitCast(init, d.type(), i);
            }
            // A final local without initializer is assigned later (`final T x; try { x = f(); } ...`):
            // Dart's definite assignment lets each path assign it once, so assignments are allowed.
            Variable v = scope.declare(name, isFinal && i.expression() != null);
            v.declaredType = d.type();
            v.staticType = variableType(name, d.type(), i.expression() == null ? null : uncast);
            if (d.type() == null && i.expression() != null) {
                v.inferredType = staticType(init) != null ? staticType(init) : recordLiteralTypes.get(init);
            }
            v.declared = declaredType(d.type(), i.expression() == null ? null : uncast);
            if (v.staticType == null && v.declared != null && i.expression() != null && (function.tracked(name) || function.stable(name))) {
                // A typed nullable local whose initializer may promote it: followed as an
                // assignment, except for a final one (flow analysis promotes on initialization
                // only variables that are not final: `final int? x = 5;` stays an int?).
                v.staticType = unpromotedType(name, v.declared);
                if (v.staticType != null && !isFinal) {
                    assignmentOutcome(v, staticType(uncast));
                }
            }
            nodes.add(withPre(at(new DartExpressionStatementNode(write(v, init)), i)));
        }
        return nodes.size() == 1 ? nodes.get(0) : sequence(nodes, function.isAsync && DartScopes.containsAwait(d));
    }

    /**
     * {@code late T x;} / {@code late final x = init;}: the slot holds a cell; the initializer
     * becomes a closure that the first read runs. A {@code late final} without an initializer
     * may be assigned once (checked when it runs).
     */
    private DartStatementNode declareLate(DeclaredVariablesContext d, InitializedIdentifierContext i, String name, boolean isFinal) {
        DartExpressionNode initializer = null;
        AwaitExpressionContext await = function.isAsync && i.expression() != null ? firstAwait(i.expression()) : null;
        if (await != null) {
            // The initializer runs at the first read, not here: it cannot suspend the function.
            throw error(await.getStart(), "`await` expressions are not supported in late local initializers.");
        }
        if (i.expression() != null) {
            String closureName = qualifiedName(name);
            RootCallTarget target = translateFunction(closureName, emptyParameters(), null, i.expression(), false, false, i);
            initializer = new DartClosureNode(closureName, target, function.envSlot);
        }
        Variable v = scope.declare(name, isFinal && i.expression() != null);
        v.isLate = true;
        v.declaredType = d.type();
        return at(new DartExpressionStatementNode(writeSlot(v, new org.dartj.nodes.local.DartLateLocalNodes.DeclareNode(name, isFinal, initializer))), i);
    }

    private DartStatementNode translateLocalFunction(LocalFunctionDeclarationContext f) {
        FunctionSignatureContext sig = f.functionSignature();
        String name = sig.identifier().getText();
        if (scope.variables.containsKey(name)) {
            throw error(sig.identifier(), "'" + name + "' is already declared in this scope.");
        }
        Variable v = scope.declare(name, true);
        v.localFunction = f;
        RootCallTarget target = translateFunction(qualifiedName(name), sig.formalParameterList(), f.functionBody().block(), f.functionBody().expression(),
                        f.functionBody().ASYNC() != null, f.functionBody().STAR() != null, f);
        v.staticType = unpromotedType(name, ((org.dartj.nodes.DartRootNode) target.getRootNode()).functionType());
        return new DartExpressionStatementNode(write(v, closure(qualifiedName(name), target, f)));
    }

    private String qualifiedName(String local) {
        return function == null ? local : function.name + "." + local;
    }

    private DartStatementNode translateLoop(Set<String> labels, DartStatementNode update, ExpressionContext condition, StatementContext body,
                    ParserRuleContext updateCtx, boolean conditionFirst, ParserRuleContext whole) {
        Target target = new Target(labels, function.nextTargetId++, true);
        function.targets.add(target);
        try {
            return buildLoop(target, condition, () -> translateSubStatement(body), update, conditionFirst, -1, whole);
        } finally {
            function.targets.remove(function.targets.size() - 1);
        }
    }

    private DartStatementNode buildLoop(Target target, ExpressionContext conditionCtx, java.util.function.Supplier<DartStatementNode> bodyTranslation, DartStatementNode update,
                    boolean conditionFirst, int perIterationEnvSlot, ParserRuleContext whole) {
        DartExpressionNode condition = conditionCtx == null ? null : translateExpression(conditionCtx);
        List<DartStatementNode> conditionPre = takePre();
        DartStatementNode body = bodyTranslation.get();
        boolean resumable = function.isAsync && DartScopes.containsAwait(whole);
        if (!conditionPre.isEmpty()) {
            // `while (await x)`: evaluate the condition inside the body, every iteration.
            conditionPre.add(new DartIfNode(DartNotNodeGen.create(condition), new DartBreakNode(false, target.id), null));
            DartStatementNode check = new DartResumableBlockNode(conditionPre.toArray(new DartStatementNode[0]), function.newStateSlot());
            DartStatementNode[] parts = conditionFirst ? new DartStatementNode[]{check, body} : new DartStatementNode[]{body, check};
            body = new DartResumableBlockNode(parts, function.newStateSlot());
            condition = new DartConstantNode(Boolean.TRUE);
            conditionFirst = true;
        }
        if (resumable) {
            return at(new DartResumableLoopNode(condition, body, update, conditionFirst, target.id, perIterationEnvSlot, function.newStateSlot()), whole);
        }
        return at(new DartLoopNode(condition, body, update, conditionFirst, target.id, perIterationEnvSlot), whole);
    }

    private DartStatementNode translateFor(ForStatementContext f, Set<String> labels) {
        if (f.AWAIT() != null) {
            return translateAwaitFor(f, labels);
        }
        return translateForParts(f.forLoopParts(), f, f.statement(), () -> translateSubStatement(f.statement()), labels);
    }

    /**
     * A for statement or collection-for element ({@code whole}) with these loop parts; {@code body}
     * translates its body ({@code bodyCtx}, a statement or an element) in the loop's scope.
     */
    private DartStatementNode translateForParts(ForLoopPartsContext parts, ParserRuleContext whole, ParserRuleContext bodyCtx,
                    java.util.function.Supplier<DartStatementNode> body, Set<String> labels) {
        Scope saved = scope;
        try {
            if (parts instanceof ForClassicContext c) {
                ForInitializerContext init = c.forInitializer();
                boolean captured = init.declaredVariables() != null && DartScopes.declaresCaptured(function, List.of(init.declaredVariables()));
                scope = new Scope(saved, function, captured);
                List<DartStatementNode> initNodes = new ArrayList<>();
                if (init.declaredVariables() != null) {
                    initNodes.add(translateDeclarations(init.declaredVariables()));
                } else if (init.expressionList() != null) {
                    for (ExpressionContext e : init.expressionList().expression()) {
                        initNodes.add(withPre(new DartExpressionStatementNode(translateExpression(e))));
                    }
                }
                DartStatementNode update = null;
                if (c.expressionList() != null) {
                    List<DartStatementNode> updates = new ArrayList<>();
                    for (ExpressionContext e : c.expressionList().expression()) {
                        updates.add(withPre(new DartExpressionStatementNode(translateEffect(e))));
                    }
                    update = sequence(updates, function.isAsync && DartScopes.containsAwait(c.expressionList()));
                }
                Target target = new Target(labels, function.nextTargetId++, true);
                function.targets.add(target);
                DartStatementNode loop;
                try {
                    ExpressionContext cond = c.expression();
                    DartStatementNode counted = captured || DartScopes.containsAwait(whole) || !(bodyCtx instanceof StatementContext statement) ? null
                                    : countedLoop(c, statement, update, target);
                    loop = counted != null ? at(counted, whole) : buildLoop(target, cond, body, update, true, captured ? function.envSlot : -1, whole);
                    if (cond == null) {
                        loop = buildLoopWithoutCondition(loop);
                    }
                } finally {
                    function.targets.remove(function.targets.size() - 1);
                }
                initNodes.add(loop);
                DartStatementNode all = sequence(initNodes, function.isAsync && DartScopes.containsAwait(whole));
                if (captured) {
                    all = function.isAsync && DartScopes.containsAwait(whole) ? new DartResumableScopeNode(all, function.envSlot, scope.environmentSize, scope.environmentNames(), function.newStateSlot())
                                    : new DartScopeNode(all, function.envSlot, scope.environmentSize, scope.environmentNames());
                }
                return all;
            }
            // for-in
            if (parts instanceof ForInPatternContext fp) {
                return translateForInPattern(whole, bodyCtx, body, fp, labels);
            }
            ExpressionContext iterableCtx;
            IdentifierContext id;
            boolean declares;
            if (parts instanceof ForInDeclarationContext d) {
                iterableCtx = d.expression();
                id = d.identifier();
                declares = true;
            } else {
                ForInIdentifierContext d = (ForInIdentifierContext) parts;
                iterableCtx = d.expression();
                id = d.identifier();
                declares = false;
            }
            boolean resumable = function.isAsync && DartScopes.containsAwait(bodyCtx);
            DartExpressionNode iterable = translateExpression(iterableCtx);
            List<DartStatementNode> pre = takePre();
            int iteratorSlot = function.newSlot("<iterator>");
            int indexSlot = function.newSlot("<index>");
            int lengthSlot = function.newSlot("<length>");
            int elementSlot = function.newSlot("<element>");
            Target target = new Target(labels, function.nextTargetId++, true);
            function.targets.add(target);
            try {
                boolean captured = declares && function.capturedNames.contains(id.getText());
                scope = new Scope(saved, function, captured);
                DartExpressionNode element = DartReadLocalNodeGen.create(elementSlot);
                DartStatementNode assign;
                if (declares) {
                    TypeContext type = ((ForInDeclarationContext) parts).type();
                    Variable v = scope.declare(id.getText(), false);
                    v.declaredType = type;
                    v.declared = type != null ? dartType(type) : rules().elementType(staticType(iterable));
                    v.staticType = type != null ? variableType(id.getText(), type, null) : unpromotedType(id.getText(), v.declared);
                    if (type == null) {
                        v.inferredType = v.declared;
                    }
                    assign = new DartExpressionStatementNode(write(v, typedLoopVariable(element, type, id)));
                } else {
                    assign = new DartExpressionStatementNode(assignTo(id.getText(), element, id));
                }
                DartStatementNode translatedBody = body.get();
                if (resumable) {
                    DartStatementNode iteration = new DartResumableBlockNode(new DartStatementNode[]{assign, translatedBody}, function.newStateSlot());
                    if (captured) {
                        iteration = new DartResumableScopeNode(iteration, function.envSlot, scope.environmentSize, scope.environmentNames(), function.newStateSlot());
                    }
                    return prepend(pre, at(new DartResumableForInNode(iterable, iteratorSlot, indexSlot, lengthSlot, elementSlot, iteration, target.id, function.newStateSlot()),
                                    whole));
                }
                DartStatementNode iteration = block(List.of(assign, translatedBody));
                if (captured) {
                    iteration = new DartScopeNode(iteration, function.envSlot, scope.environmentSize, scope.environmentNames());
                }
                return prepend(pre, at(new DartForInNode(iterable, iteratorSlot, indexSlot, lengthSlot, elementSlot, iteration, target.id), whole));
            } finally {
                function.targets.remove(function.targets.size() - 1);
            }
        } finally {
            scope = saved;
        }
    }

    // ------------------------------------------------------------------ counted loops

    /** Descends through single-child rules to the first node of type {@code type}, or null. */
    private static <T> T single(ParseTree tree, Class<T> type) {
        ParseTree t = tree;
        while (t != null && !type.isInstance(t)) {
            if (t instanceof ParserRuleContext r && r.getChildCount() == 1 && r.getChild(0) instanceof ParserRuleContext) {
                t = r.getChild(0);
            } else {
                return null;
            }
        }
        return type.cast(t);
    }

    /** The name if {@code tree} is just an identifier (no selectors, no operators). */
    private static String bareName(ParseTree tree) {
        PostfixExpressionContext p = single(tree, PostfixExpressionContext.class);
        if (p != null && p.selector().isEmpty() && p.PLUS_PLUS() == null && p.MINUS_MINUS() == null && p.primary() instanceof IdentifierPrimaryContext id) {
            return id.identifier().getText();
        }
        return null;
    }

    /** The value if {@code tree} is just an int literal. */
    private static Long intLiteral(ParseTree tree) {
        LiteralPrimaryContext lp = single(tree, LiteralPrimaryContext.class);
        if (lp != null && lp.literal() instanceof NumberLiteralContext n && isIntegerText(n.getText())) {
            try {
                return Long.parseLong(n.getText().replace("_", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** Names that {@code tree} assigns (conservatively: any assignment or increment of a bare name). */
    private static void assignedNames(ParseTree tree, Set<String> out) {
        if (assignment(tree) instanceof ConditionalHeadExpressionContext a) {
            String n = bareName(a.conditionalExpression());
            if (n != null) {
                out.add(n);
            }
        } else if (tree instanceof PreIncrementExpressionContext p) {
            String n = bareName(p.unaryExpression());
            if (n != null) {
                out.add(n);
            }
        } else if (tree instanceof PostfixExpressionContext p && (p.PLUS_PLUS() != null || p.MINUS_MINUS() != null) && p.selector().isEmpty() &&
                        p.primary() instanceof IdentifierPrimaryContext id) {
            out.add(id.identifier().getText());
        } else if (tree instanceof ForInIdentifierContext fi) {
            out.add(fi.identifier().getText());
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            assignedNames(tree.getChild(i), out);
        }
    }

    /** A frame-slot int local of this function that may be read by a fused node. */
    private Variable frameLocal(String name) {
        Variable v = name == null ? null : lookupLocal(name);
        return v != null && !v.isCaptured() && !v.isLate && v.scope.function == function ? v : null;
    }

    /**
     * {@code for (var i = <int>; i <op> <const or local>; i++ / i-- / i += c / i -= c) body},
     * with {@code i} and the limit not assigned in the body, as a {@link DartCountedLoopNode};
     * null when the loop does not have that shape.
     */
    private DartStatementNode countedLoop(ForClassicContext c, StatementContext bodyCtx, DartStatementNode update, Target target) {
        ForInitializerContext init = c.forInitializer();
        if (init.declaredVariables() == null || c.expression() == null || c.expressionList() == null || c.expressionList().expression().size() != 1) {
            return null;
        }
        List<InitializedIdentifierContext> vars = init.declaredVariables().initializedIdentifierList().initializedIdentifier();
        if (vars.size() != 1 || vars.get(0).expression() == null) {
            return null;
        }
        String index = vars.get(0).identifier().getText();
        TypeContext declared = init.declaredVariables().type();
        boolean isInt = declared != null ? declared.getText().equals("int") : intLiteral(vars.get(0).expression()) != null;
        Variable indexVar = frameLocal(index);
        if (!isInt || indexVar == null || init.declaredVariables().FINAL() != null) {
            return null;
        }
        RelationalExpressionContext rel = single(c.expression(), RelationalExpressionContext.class);
        if (rel == null || rel.relationalOperator() == null || !index.equals(bareName(rel.bitwiseOrExpression(0)))) {
            return null;
        }
        Set<String> assigned = new HashSet<>();
        assignedNames(bodyCtx, assigned);
        if (assigned.contains(index)) {
            return null;
        }
        Long limitConstant = intLiteral(rel.bitwiseOrExpression(1));
        String limitName = bareName(rel.bitwiseOrExpression(1));
        Variable limitVar = frameLocal(limitName);
        if (limitConstant == null && (limitVar == null || assigned.contains(limitName) || limitName.equals(index))) {
            return null;
        }
        Long step = stepOf(c.expressionList().expression(0), index);
        if (step == null) {
            return null;
        }
        RelationalOperatorContext op = rel.relationalOperator();
        DartCountedLoopNode.Compare compare = op.LT() != null ? DartCountedLoopNode.Compare.LT
                        : op.LT_EQ() != null ? DartCountedLoopNode.Compare.LE : op.GT() != null ? DartCountedLoopNode.Compare.GT : DartCountedLoopNode.Compare.GE;

        // A reduction body: `acc op= i / local / constant` or `acc++`.
        DartCountedLoopNode.Reduce reduce = null;
        int accumulatorSlot = -1;
        int operandSlot = -1;
        boolean operandIsConstant = false;
        long operandConstant = 0;
        ExpressionContext only = singleExpressionStatement(bodyCtx);
        if (assignment(only) instanceof ConditionalHeadExpressionContext a) {
            Variable acc = frameLocal(bareName(a.conditionalExpression()));
            DartCountedLoopNode.Reduce r = switch (a.assignmentOperator().getStart().getType()) {
                case DartLexer.PLUS_EQ -> DartCountedLoopNode.Reduce.ADD;
                case DartLexer.MINUS_EQ -> DartCountedLoopNode.Reduce.SUB;
                case DartLexer.STAR_EQ -> DartCountedLoopNode.Reduce.MUL;
                case DartLexer.AMP_EQ -> DartCountedLoopNode.Reduce.AND;
                case DartLexer.BAR_EQ -> DartCountedLoopNode.Reduce.OR;
                case DartLexer.CARET_EQ -> DartCountedLoopNode.Reduce.XOR;
                default -> null;
            };
            Long constant = intLiteral(a.expression());
            String operandName = bareName(a.expression());
            Variable operand = frameLocal(operandName);
            if (acc != null && !acc.isFinal && r != null && acc != indexVar && acc != limitVar && (constant != null || (operand != null && operand != acc))) {
                reduce = r;
                accumulatorSlot = acc.frameSlot;
                if (constant != null) {
                    operandIsConstant = true;
                    operandConstant = constant;
                } else {
                    operandSlot = operand == indexVar ? -1 : operand.frameSlot;
                }
            }
        }
        DartExpressionNode condition = translateExpression(c.expression());
        DartStatementNode body = translateSubStatement(bodyCtx);
        return new DartCountedLoopNode(indexVar.frameSlot, compare, limitConstant == null ? 0 : limitConstant, limitVar == null ? -1 : limitVar.frameSlot, step, target.id,
                        body, condition, update, reduce, accumulatorSlot, operandSlot, operandIsConstant, operandConstant);
    }

    /** +1, -1, +c or -c if {@code update} is {@code i++}, {@code ++i}, {@code i--}, {@code i += c}, ...; else null. */
    private static Long stepOf(ExpressionContext update, String index) {
        if (assignment(update) instanceof ConditionalHeadExpressionContext a && index.equals(bareName(a.conditionalExpression()))) {
            Long c = intLiteral(a.expression());
            int type = a.assignmentOperator().getStart().getType();
            if (c == null || (type != DartLexer.PLUS_EQ && type != DartLexer.MINUS_EQ)) {
                return null;
            }
            return type == DartLexer.PLUS_EQ ? c : -c;
        }
        PreIncrementExpressionContext pre = single(update, PreIncrementExpressionContext.class);
        if (pre != null && index.equals(bareName(pre.unaryExpression()))) {
            return pre.PLUS_PLUS() != null ? 1L : -1L;
        }
        PostfixExpressionContext post = single(update, PostfixExpressionContext.class);
        if (post != null && post.selector().isEmpty() && post.primary() instanceof IdentifierPrimaryContext id && id.identifier().getText().equals(index)) {
            return post.PLUS_PLUS() != null ? Long.valueOf(1) : post.MINUS_MINUS() != null ? Long.valueOf(-1) : null;
        }
        return null;
    }

    /** The expression of a body that is one expression statement (or a block of one). */
    private static ExpressionContext singleExpressionStatement(StatementContext s) {
        if (!s.label().isEmpty()) {
            return null;
        }
        NonLabelledStatementContext n = s.nonLabelledStatement();
        if (n instanceof BlockStatementContext b && b.block().statement().size() == 1) {
            return singleExpressionStatement(b.block().statement(0));
        }
        return n instanceof ExpressionStatementContext e ? e.expression() : null;
    }

    /**
     * {@code await for (var x in stream) body} as resumable statements:
     * {@code it = StreamIterator(stream); try { while (await it.moveNext()) { x = it.current;
     * body } } finally { await it.cancel(); }}.
     */
    private DartStatementNode translateAwaitFor(ForStatementContext f, Set<String> labels) {
        return translateAwaitFor(f.forLoopParts(), f, () -> translateSubStatement(f.statement()), labels);
    }

    /** {@code await for} as a statement or a collection element ({@code whole}) whose body {@code body} translates. */
    private DartStatementNode translateAwaitFor(ForLoopPartsContext parts, ParserRuleContext f, java.util.function.Supplier<DartStatementNode> bodyTranslation,
                    Set<String> labels) {
        if (!function.isAsync || (function.isGenerator && !function.isAsyncGenerator)) {
            throw errorAt(f, "The asynchronous for-in can only be used in functions marked with 'async' or 'async*'.",
                            "Try marking the function body with either 'async' or 'async*', or removing the 'await' before the for loop.");
        }
        ExpressionContext streamCtx;
        IdentifierContext id;
        boolean declares;
        if (parts instanceof ForInDeclarationContext d) {
            streamCtx = d.expression();
            id = d.identifier();
            declares = true;
        } else if (parts instanceof ForInIdentifierContext d) {
            streamCtx = d.expression();
            id = d.identifier();
            declares = false;
        } else {
            throw error(f, "'await for' needs 'for (var x in stream)'.");
        }
        DartExpressionNode stream = translateExpression(streamCtx);
        List<DartStatementNode> pre = takePre();
        DartClass iteratorClass = language.coreClasses().byName("StreamIterator");
        int iteratorSlot = function.newSlot("<stream iterator>");
        int hasNextSlot = function.newSlot("<has next>");
        DartStatementNode create = new DartExpressionStatementNode(writeLocal(new DartStaticCallNode(iteratorClass.lookupStatic(""),
                        new DartArgumentsNode(new DartExpressionNode[]{stream}, new DartExpressionNode[0], new String[0])), iteratorSlot));
        Target target = new Target(labels, function.nextTargetId++, true);
        function.targets.add(target);
        Scope saved = scope;
        try {
            boolean captured = declares && function.capturedNames.contains(id.getText());
            scope = new Scope(saved, function, captured);
            DartExpressionNode moveNext = new DartInvokeMemberNode(DartReadLocalNodeGen.create(iteratorSlot), "moveNext",
                            new DartArgumentsNode(new DartExpressionNode[0], new DartExpressionNode[0], new String[0]), false);
            DartStatementNode awaitNext = at(new DartAwaitNode(moveNext, writeLocal(null, hasNextSlot), function.newStateSlot(), function.resumeValueSlot), f);
            DartStatementNode stop = new DartIfNode(DartNotNodeGen.create(DartReadLocalNodeGen.create(hasNextSlot)), new DartBreakNode(false, target.id), null);
            DartExpressionNode current = new DartGetPropertyNode(DartReadLocalNodeGen.create(iteratorSlot), "current", false);
            DartStatementNode bind;
            if (declares) {
                Variable v = scope.declare(id.getText(), false);
                bind = new DartExpressionStatementNode(write(v, current));
            } else {
                bind = new DartExpressionStatementNode(assignTo(id.getText(), current, id));
            }
            DartStatementNode body = bodyTranslation.get();
            DartStatementNode iteration = new DartResumableBlockNode(new DartStatementNode[]{awaitNext, stop, bind, body}, function.newStateSlot());
            if (captured) {
                iteration = new DartResumableScopeNode(iteration, function.envSlot, scope.environmentSize, scope.environmentNames(), function.newStateSlot());
            }
            DartStatementNode loop = new DartResumableLoopNode(new DartConstantNode(Boolean.TRUE), iteration, null, true, target.id, -1, function.newStateSlot());
            DartExpressionNode cancel = new DartInvokeMemberNode(DartReadLocalNodeGen.create(iteratorSlot), "cancel",
                            new DartArgumentsNode(new DartExpressionNode[0], new DartExpressionNode[0], new String[0]), false);
            DartStatementNode awaitCancel = new DartAwaitNode(cancel, null, function.newStateSlot(), function.resumeValueSlot);
            DartStatementNode tryFinally = new DartTryNode(loop, new DartTryNode.Handler[0], new org.dartj.nodes.expression.DartClassTypeArgumentsNode[0], new DartStatementNode[0],
                            new DartResumableBlockNode(new DartStatementNode[]{awaitCancel}, function.newStateSlot()), function.newStateSlot());
            List<DartStatementNode> all = new ArrayList<>(pre);
            all.add(create);
            all.add(tryFinally);
            return at(new DartResumableBlockNode(all.toArray(new DartStatementNode[0]), function.newStateSlot()), f);
        } finally {
            scope = saved;
            function.targets.remove(function.targets.size() - 1);
        }
    }

    private static DartStatementNode buildLoopWithoutCondition(DartStatementNode loop) {
        return loop;
    }

    // ------------------------------------------------------------------ variables

    /**
     * The declared type of an instance field or getter of the enclosing class that
     * {@code name} reaches through implicit {@code this} (null: a local, untyped, or none).
     */
    TypeContext declaredMemberType(String name, boolean explicitThis) {
        if (!explicitThis && lookupLocal(name) != null || classMember(name) != INSTANCE_MEMBER && !(explicitThis && lookupLocal("this") != null)) {
            return null;
        }
        DartClassInfo cls = function == null ? currentClass : function.enclosingClass;
        for (DartClassInfo c = cls; c != null && c.owner != null && c.owner.translator() == this; c = c.superInfo) {
            for (ClassMemberContext m : DartClassTranslator.members(c)) {
                if (m instanceof FieldMemberContext f && f.fieldDeclaration().STATIC() == null) {
                    for (InitializedIdentifierContext i : f.fieldDeclaration().initializedIdentifierList().initializedIdentifier()) {
                        if (i.identifier().getText().equals(name)) {
                            return f.fieldDeclaration().type();
                        }
                    }
                } else if (m instanceof MethodMemberContext mm && mm.STATIC() == null && mm.methodSignature() instanceof GetterSignatureContext g
                                && g.identifier().getText().equals(name)) {
                    return g.type();
                }
            }
        }
        return null;
    }

    /**
     * Whether {@code name} is a parameter without a written type of the top-level function
     * being translated (read here, not in a closure): its static type is dynamic, as nothing
     * can be inferred for it.
     */
    boolean isUntypedTopLevelParameter(String name) {
        Variable v = lookupLocal(name);
        if (v == null || v.declaredType != null || function == null || v.scope.function != function || function.parent != null || function.enclosingClass != null) {
            return false;
        }
        if (v.scope.parent != null && v.scope.parent.function == function) {
            return false;
        }
        return function.tree instanceof TopLevelFunctionContext f && hasUntypedParameter(f.functionSignature().formalParameterList(), name);
    }

    private static boolean hasUntypedParameter(FormalParameterListContext list, String name) {
        if (list == null) {
            return false;
        }
        boolean[] found = {false};
        new org.antlr.v4.runtime.tree.AbstractParseTreeVisitor<Void>() {
            @Override
            public Void visitChildren(org.antlr.v4.runtime.tree.RuleNode node) {
                if (node instanceof SimpleFormalParameterContext p && p.type() == null && p.identifier() != null && p.identifier().getText().equals(name)) {
                    found[0] = true;
                }
                return super.visitChildren(node);
            }
        }.visit(list);
        return found[0];
    }

    /**
     * The type a {@code var} or {@code final} local in scope got from its initializer, or an
     * untyped closure parameter from the closure's context (null: none, unknown, or neither).
     */
    org.dartj.types.DartType inferredLocalType(String name) {
        Variable v = lookupLocal(name);
        return v == null || v.declaredType != null ? null : v.inferredType;
    }

    org.dartj.classes.DartCoreClasses coreClasses() {
        return language.coreClasses();
    }

    /** The declared type of a local variable or parameter in scope (null: none, or not a local). */
    TypeContext declaredLocalType(String name) {
        Variable v = lookupLocal(name);
        return v == null ? null : v.declaredType;
    }

    private Variable lookupLocal(String name) {
        for (Scope s = scope; s != null; s = s.parent) {
            Variable v = s.variables.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Environment hops from the current scope to the scope that owns {@code v}. */
    private int depthOf(Variable v) {
        int depth = 0;
        for (Scope s = scope; s != v.scope; s = s.parent) {
            if (s.hasEnvironment) {
                depth++;
            }
        }
        return depth;
    }

    private DartExpressionNode read(Variable v) {
        return v.isLate ? new org.dartj.nodes.local.DartLateLocalNodes.ReadNode(readSlot(v)) : readSlot(v);
    }

    private DartExpressionNode write(Variable v, DartExpressionNode value) {
        return v.isLate ? new org.dartj.nodes.local.DartLateLocalNodes.WriteNode(readSlot(v), value) : writeSlot(v, value);
    }

    /** What the variable's slot holds (for a late local: its cell). */
    private DartExpressionNode readSlot(Variable v) {
        if (v.isCaptured()) {
            return new DartReadCapturedNode(function.envSlot, depthOf(v), v.environmentIndex);
        }
        if (v.scope.function != function) {
            throw new IllegalStateException("uncaptured variable " + v.name + " used from a nested function");
        }
        return DartReadLocalNodeGen.create(v.frameSlot);
    }

    private DartExpressionNode writeSlot(Variable v, DartExpressionNode value) {
        if (v.isCaptured()) {
            return new DartWriteCapturedNode(value, function.envSlot, depthOf(v), v.environmentIndex);
        }
        return writeLocal(value, v.frameSlot);
    }

    private static DartWriteLocalNode writeLocal(DartExpressionNode value, int slot) {
        return DartWriteLocalNodeGen.create(slot, value);
    }

    /** A temporary frame slot of the current function (lowered awaits, spilled operands). */
    private int temp() {
        return function.newSlot("<tmp>");
    }

    // ------------------------------------------------------------------ expressions

    /** An expression whose value is not used: {@code i++} may then update in place. */
    private DartExpressionNode translateEffect(ExpressionContext ctx) {
        PostfixExpressionContext p = null;
        if (ctx instanceof ConditionalHeadExpressionContext plain && plain.getChildCount() == 1 && plain.conditionalExpression().getChildCount() == 1) {
            ParseTree t = plain.conditionalExpression();
            while (t instanceof ParserRuleContext r && r.getChildCount() == 1 && !(t instanceof PostfixExpressionContext)) {
                t = r.getChild(0);
            }
            if (t instanceof PostfixExpressionContext pe && (pe.PLUS_PLUS() != null || pe.MINUS_MINUS() != null)) {
                p = pe;
            }
        }
        if (p == null) {
            return translateExpression(ctx);
        }
        resultUnused = true;
        try {
            return translatePostfix(p);
        } finally {
            resultUnused = false;
        }
    }

    DartExpressionNode translateExpression(ExpressionContext ctx) {
        if (ctx instanceof ThrowExpressionContext t) {
            return at(new DartThrowNode(translateExpression(t.expression())), t);
        } else if (ctx instanceof FunctionLiteralExpressionContext f) {
            return translateFunctionLiteral(f.functionExpression());
        }
        ConditionalHeadExpressionContext h = (ConditionalHeadExpressionContext) ctx;
        if (h.assignmentOperator() != null) {
            return translateAssignment(h);
        } else if (!h.cascade().isEmpty()) {
            return translateCascade(h);
        }
        return translateConditional(h.conditionalExpression());
    }

    /** {@code t} if it is an assignment {@code target op value}, else null. */
    private static ConditionalHeadExpressionContext assignment(ParseTree t) {
        return t instanceof ConditionalHeadExpressionContext h && h.assignmentOperator() != null ? h : null;
    }

    /**
     * {@code target..a()..b = 1}: the target is evaluated once into a temporary; each section
     * applies to it; the value is the target. {@code ?..} skips everything on null. In async
     * code with awaits in the sections, each section is a statement with its own lowered awaits,
     * so that a section's awaits run after the sections before it (and not at all on null).
     */
    private DartExpressionNode translateCascade(ConditionalHeadExpressionContext c) {
        int tmp = temp();
        List<DartStatementNode> sections = new ArrayList<>();
        DartExpressionNode target = translateConditional(c.conditionalExpression());
        boolean sectionsAwait = function.isAsync && c.cascade().stream().anyMatch(DartScopes::containsAwait);
        List<DartStatementNode> outer = sectionsAwait ? takePre() : null;
        boolean nullAware = false;
        for (CascadeContext section : c.cascade()) {
            nullAware |= section.QUESTION_DOT_DOT() != null;
            DartExpressionNode current = DartReadLocalNodeGen.create(tmp);
            List<SelectorContext> selectors = section.selector();
            // The head and all selectors but the last (when assigning) are reads.
            boolean assigns = section.assignmentOperator() != null;
            int readCount = assigns ? selectors.size() : selectors.size() + 1;
            List<Object> steps = new ArrayList<>();
            steps.add(section.cascadeHead());
            steps.addAll(selectors);
            // `..a?.b.c = v`: a null-aware selector shorts the rest of its section.
            List<NullShort> shorts = new ArrayList<>();
            for (int i = 0; i < readCount; i++) {
                Object step = steps.get(i);
                if (isNullAware(step)) {
                    current = openShort(current, shorts);
                }
                if (step instanceof CascadeMemberContext m) {
                    String name = m.identifier().getText();
                    if (i + 1 < readCount && steps.get(i + 1) instanceof CallSelectorContext call) {
                        current = spillIfLaterAwaits(current, call.arguments().argument());
                        current = at(new DartInvokeMemberNode(current, name, translateArguments(call.arguments()), false), call);
                        i++;
                    } else {
                        current = at(new DartGetPropertyNode(current, name, false), m);
                    }
                } else if (step instanceof CascadeIndexContext idx) {
                    current = spillIfLaterAwaits(current, List.of(idx.expression()));
                    current = at(DartIndexGetNodeGen.create(current, translateExpression(idx.expression())), idx);
                } else if (propertyName(step) != null) {
                    String name = propertyName(step);
                    if (i + 1 < readCount && steps.get(i + 1) instanceof CallSelectorContext call) {
                        current = spillIfLaterAwaits(current, call.arguments().argument());
                        current = at(new DartInvokeMemberNode(current, name, translateArguments(call.arguments()), false), call);
                        i++;
                    } else {
                        current = at(new DartGetPropertyNode(current, name, false), (ParserRuleContext) step);
                    }
                } else if (indexExpression(step) != null) {
                    ExpressionContext index = indexExpression(step);
                    current = spillIfLaterAwaits(current, List.of(index));
                    current = at(DartIndexGetNodeGen.create(current, translateExpression(index)), (ParserRuleContext) step);
                } else if (step instanceof CallSelectorContext call) {
                    current = spillIfLaterAwaits(current, call.arguments().argument());
                    current = at(new DartInvokeNode(current, translateArguments(call.arguments())), call);
                } else if (step instanceof NullAssertSelectorContext na) {
                    current = at(new DartNullAssertNode(current), na);
                }
            }
            if (assigns && isNullAware(steps.get(steps.size() - 1))) {
                current = openShort(current, shorts);
            }
            if (assigns && section.assignmentOperator().getStart().getType() != DartLexer.EQ) {
                if (section.assignmentOperator().GT().size() > 0) {
                    checkAdjacent(section.assignmentOperator());
                }
                current = cascadeCompound(current, steps.get(steps.size() - 1), compoundOperator(section.assignmentOperator()), section);
            } else if (assigns) {
                Object last = steps.get(steps.size() - 1);
                List<ParseTree> valueCtx = List.of(section.expressionWithoutCascade());
                current = spillIfLaterAwaits(current, valueCtx);
                ExpressionContext indexCtx = last instanceof CascadeIndexContext idx ? idx.expression() : indexExpression(last);
                DartExpressionNode index = indexCtx == null ? null : spillIfLaterAwaits(translateExpression(indexCtx), valueCtx);
                DartExpressionNode value = translateExpressionWithoutCascade(section.expressionWithoutCascade());
                if (last instanceof CascadeMemberContext m) {
                    current = at(new DartSetPropertyNode(current, m.identifier().getText(), value), section);
                } else if (propertyName(last) != null) {
                    current = at(new DartSetPropertyNode(current, propertyName(last), value), section);
                } else if (index != null) {
                    current = at(DartIndexSetNodeGen.create(current, index, value), section);
                } else {
                    throw error(section, "Illegal assignment target.");
                }
            }
            current = closeShorts(current, shorts, section);
            DartStatementNode statement = new DartExpressionStatementNode(current);
            sections.add(sectionsAwait ? withPre(statement) : statement);
        }
        DartExpressionNode notNull = DartNotNodeGen.create(DartEqualNodeGen.create(DartReadLocalNodeGen.create(tmp), new DartConstantNode(DartNull.INSTANCE)));
        if (sectionsAwait) {
            function.pre = outer;
            function.pre.add(new DartExpressionStatementNode(writeLocal(target, tmp)));
            DartStatementNode body = sequence(sections, true);
            function.pre.add(at(nullAware ? new DartResumableIfNode(notNull, body, null, function.newStateSlot()) : body, c));
            return DartReadLocalNodeGen.create(tmp);
        }
        DartStatementNode body = block(sections);
        if (nullAware) {
            body = new DartIfNode(notNull, body, null);
        }
        return at(new DartSequenceNode(new DartStatementNode[]{new DartExpressionStatementNode(writeLocal(target, tmp)), body}, DartReadLocalNodeGen.create(tmp)), c);
    }

    /**
     * {@code ..name op= value} and {@code ..[index] op= value}: the section's receiver (and
     * index) evaluated once, the old value read, combined and stored.
     */
    private DartExpressionNode cascadeCompound(DartExpressionNode receiver, Object last, Binary operator, CascadeContext section) {
        // With awaits, the receiver and index are evaluated (in order) before them, as statements.
        boolean awaits = function.isAsync && DartScopes.containsAwait(section);
        int receiverTmp = temp();
        List<DartStatementNode> setup = awaits ? function.pre : new ArrayList<>();
        setup.add(new DartExpressionStatementNode(writeLocal(receiver, receiverTmp)));
        String name = last instanceof CascadeMemberContext m ? m.identifier().getText() : propertyName(last);
        DartExpressionNode old;
        java.util.function.Function<DartExpressionNode, DartExpressionNode> store;
        if (name != null) {
            old = at(new DartGetPropertyNode(DartReadLocalNodeGen.create(receiverTmp), name, false), section);
            store = value -> at(new DartSetPropertyNode(DartReadLocalNodeGen.create(receiverTmp), name, value), section);
        } else {
            ExpressionContext indexCtx = last instanceof CascadeIndexContext ci ? ci.expression() : indexExpression(last);
            if (indexCtx == null) {
                throw error(section, "Illegal assignment target.");
            }
            int indexTmp = temp();
            DartExpressionNode index = translateExpression(indexCtx);
            (awaits ? function.pre : setup).add(new DartExpressionStatementNode(writeLocal(index, indexTmp)));
            old = at(DartIndexGetNodeGen.create(DartReadLocalNodeGen.create(receiverTmp), DartReadLocalNodeGen.create(indexTmp)), section);
            store = value -> at(DartIndexSetNodeGen.create(DartReadLocalNodeGen.create(receiverTmp), DartReadLocalNodeGen.create(indexTmp), value), section);
        }
        if (operator == IF_NULL && awaits && DartScopes.containsAwait(section.expressionWithoutCascade())) {
            // `..x ??= await v`: the value, awaits included, runs only when the old value is null.
            int oldTmp = temp();
            function.pre.add(new DartExpressionStatementNode(writeLocal(old, oldTmp)));
            DartStatementNode assignValue = lowered(() -> store.apply(translateExpressionWithoutCascade(section.expressionWithoutCascade())), oldTmp);
            DartExpressionNode isNull = DartEqualNodeGen.create(DartReadLocalNodeGen.create(oldTmp), new DartConstantNode(DartNull.INSTANCE));
            function.pre.add(new DartResumableIfNode(isNull, assignValue, null, function.newStateSlot()));
            return DartReadLocalNodeGen.create(oldTmp);
        }
        if (awaits && DartScopes.containsAwait(section.expressionWithoutCascade())) {
            // `..x op= await v` reads x before the await.
            old = spill(old);
        }
        DartExpressionNode value = translateExpressionWithoutCascade(section.expressionWithoutCascade());
        DartExpressionNode result;
        if (operator == IF_NULL) {
            // `..p ??= v`: the setter runs only when the old value is null.
            int oldTmp = temp();
            setup.add(new DartExpressionStatementNode(writeLocal(old, oldTmp)));
            DartExpressionNode isNull = DartEqualNodeGen.create(DartReadLocalNodeGen.create(oldTmp), new DartConstantNode(DartNull.INSTANCE));
            result = at(new DartConditionalNode(isNull, store.apply(value), DartReadLocalNodeGen.create(oldTmp)), section);
        } else {
            result = store.apply(at(operator.create(old, value), section));
        }
        return awaits ? result : at(new DartSequenceNode(setup.toArray(new DartStatementNode[0]), result), section);
    }

    private DartExpressionNode translateExpressionWithoutCascade(ExpressionWithoutCascadeContext e) {
        if (e.functionExpression() != null) {
            return translateFunctionLiteral(e.functionExpression());
        }
        if (e.THROW() != null) {
            return at(new DartThrowNode(translateExpressionWithoutCascade(e.expressionWithoutCascade())), e);
        }
        if (e.assignmentOperator() != null) {
            return translateAssignment(e.conditionalExpression(), e.assignmentOperator(), e.expressionWithoutCascade(), e);
        }
        return translateConditional(e.conditionalExpression());
    }

    private DartExpressionNode translateConditional(ConditionalExpressionContext c) {
        DartExpressionNode condition = translateIfNull(c.ifNullExpression());
        if (c.QUESTION() == null) {
            return condition;
        }
        if (function.isAsync && (DartScopes.containsAwait(c.expression(0)) || DartScopes.containsAwait(c.expression(1)))) {
            int tmp = temp();
            DartStatementNode thenPart = lowered(() -> translateExpression(c.expression(0)), tmp);
            DartStatementNode elsePart = lowered(() -> translateExpression(c.expression(1)), tmp);
            function.pre.add(new DartResumableIfNode(condition, thenPart, elsePart, function.newStateSlot()));
            return DartReadLocalNodeGen.create(tmp);
        }
        // `b ? .red : .green`: each branch has the conditional's context, for a dot shorthand.
        org.dartj.types.DartType context = contextTypeOf(c, c);
        DartExpressionNode thenValue = context == null ? translateExpression(c.expression(0)) : withShorthandContext(c.expression(0), context, () -> translateExpression(c.expression(0)));
        DartExpressionNode elseValue = context == null ? translateExpression(c.expression(1)) : withShorthandContext(c.expression(1), context, () -> translateExpression(c.expression(1)));
        return typed(at(new DartConditionalNode(condition, thenValue, elseValue), c), rules().upperBound(staticType(thenValue), staticType(elseValue)));
    }

    /** Translates a lazily evaluated operand with its own awaits into {@code tmp = operand}. */
    private DartStatementNode lowered(java.util.function.Supplier<DartExpressionNode> operand, int tmp) {
        List<DartStatementNode> saved = function.pre;
        function.pre = new ArrayList<>();
        DartExpressionNode value = operand.get();
        List<DartStatementNode> statements = function.pre;
        function.pre = saved;
        statements.add(new DartExpressionStatementNode(writeLocal(value, tmp)));
        return new DartResumableBlockNode(statements.toArray(new DartStatementNode[0]), function.newStateSlot());
    }

    private DartExpressionNode spill(DartExpressionNode value) {
        int tmp = temp();
        function.pre.add(new DartExpressionStatementNode(writeLocal(value, tmp)));
        return DartReadLocalNodeGen.create(tmp);
    }

    /** In async code, evaluates {@code value} now if a later operand awaits (keeps order). */
    private DartExpressionNode spillIfLaterAwaits(DartExpressionNode value, List<? extends ParseTree> later) {
        if (function.isAsync) {
            for (ParseTree t : later) {
                if (DartScopes.containsAwait(t)) {
                    return spill(value);
                }
            }
        }
        return value;
    }

    private DartExpressionNode translateIfNull(IfNullExpressionContext c) {
        List<LogicalOrExpressionContext> operands = c.logicalOrExpression();
        DartExpressionNode result = translateLogicalOr(operands.get(0));
        for (int i = 1; i < operands.size(); i++) {
            LogicalOrExpressionContext rightCtx = operands.get(i);
            if (function.isAsync && DartScopes.containsAwait(rightCtx)) {
                int tmp = temp();
                function.pre.add(new DartExpressionStatementNode(writeLocal(result, tmp)));
                DartStatementNode right = lowered(() -> translateLogicalOr(rightCtx), tmp);
                DartExpressionNode isNull = DartEqualNodeGen.create(DartReadLocalNodeGen.create(tmp), new DartConstantNode(DartNull.INSTANCE));
                function.pre.add(new DartResumableIfNode(isNull, right, null, function.newStateSlot()));
                result = DartReadLocalNodeGen.create(tmp);
            } else {
                // `n ?? .red`: the right operand has the whole expression's context, for a dot shorthand.
                org.dartj.types.DartType context = i == operands.size() - 1 ? contextTypeOf(c, c) : null;
                DartExpressionNode right = context == null ? translateLogicalOr(rightCtx) : withShorthandContext(rightCtx, context, () -> translateLogicalOr(rightCtx));
                result = typed(at(new DartIfNullNode(result, right), c), rules().upperBound(DartStaticTypes.nonNullable(staticType(result)), staticType(right)));
            }
        }
        return result;
    }

    private DartExpressionNode translateLogicalOr(LogicalOrExpressionContext c) {
        List<LogicalAndExpressionContext> operands = c.logicalAndExpression();
        DartExpressionNode result = translateLogicalAnd(operands.get(0));
        for (int i = 1; i < operands.size(); i++) {
            LogicalAndExpressionContext rightCtx = operands.get(i);
            if (function.isAsync && DartScopes.containsAwait(rightCtx)) {
                result = lowerShortCircuit(result, () -> translateLogicalAnd(rightCtx), false);
            } else {
                result = typed(at(new DartLogicalOrNode(result, translateLogicalAnd(rightCtx)), c), language.coreClasses().types.boolType);
            }
        }
        return result;
    }

    private DartExpressionNode translateLogicalAnd(LogicalAndExpressionContext c) {
        List<EqualityExpressionContext> operands = c.equalityExpression();
        DartExpressionNode result = translateEquality(operands.get(0));
        for (int i = 1; i < operands.size(); i++) {
            EqualityExpressionContext rightCtx = operands.get(i);
            if (function.isAsync && DartScopes.containsAwait(rightCtx)) {
                result = lowerShortCircuit(result, () -> translateEquality(rightCtx), true);
            } else {
                result = typed(at(new DartLogicalAndNode(result, translateEquality(rightCtx)), c), language.coreClasses().types.boolType);
            }
        }
        return result;
    }

    /** {@code a && await b} / {@code a || await b} as statements: tmp = a; if (tmp / !tmp) tmp = b. */
    private DartExpressionNode lowerShortCircuit(DartExpressionNode left, java.util.function.Supplier<DartExpressionNode> right, boolean isAnd) {
        int tmp = temp();
        function.pre.add(new DartExpressionStatementNode(writeLocal(new DartConditionNode(left), tmp)));
        DartStatementNode evalRight = lowered(() -> new DartConditionNode(right.get()), tmp);
        DartExpressionNode test = DartReadLocalNodeGen.create(tmp);
        function.pre.add(new DartResumableIfNode(isAnd ? test : DartNotNodeGen.create(test), evalRight, null, function.newStateSlot()));
        return DartReadLocalNodeGen.create(tmp);
    }

    private DartExpressionNode translateEquality(EqualityExpressionContext c) {
        List<RelationalExpressionContext> operands = c.relationalExpression();
        DartExpressionNode left = translateRelational(operands.get(0));
        if (operands.size() == 1) {
            return left;
        }
        left = spillIfLaterAwaits(left, operands.subList(1, 2));
        // `c == .red`: the left operand's type is the context of a dot shorthand on the right.
        RelationalExpressionContext rightCtx = operands.get(1);
        DartExpressionNode right = withShorthandContext(rightCtx, shorthandContextOf(left, operands.get(0)), () -> translateRelational(rightCtx));
        DartExpressionNode equal = typed(at(DartEqualNodeGen.create(left, right), c), language.coreClasses().types.boolType);
        return c.BANG_EQ() != null ? typed(at(DartNotNodeGen.create(equal), c), language.coreClasses().types.boolType) : equal;
    }

    private DartExpressionNode translateRelational(RelationalExpressionContext c) {
        DartExpressionNode left = translateBitwiseOr(c.bitwiseOrExpression(0));
        if (c.IS() != null || c.AS() != null) {
            org.dartj.types.DartType type = dartType(c.type());
            org.dartj.nodes.expression.DartClassTypeArgumentsNode classArgs = classTypeArguments(type, c);
            return typed(at(new DartTypeTestNode(left, typeTest(classArgs == null ? erased(type) : type), classArgs, c.IS() != null, c.BANG() != null), c),
                            c.IS() != null ? language.coreClasses().types.boolType : classArgs == null ? erased(type) : type);
        }
        if (c.relationalOperator() == null) {
            return left;
        }
        left = spillIfLaterAwaits(left, List.of(c.bitwiseOrExpression(1)));
        DartExpressionNode right = translateBitwiseOr(c.bitwiseOrExpression(1));
        RelationalOperatorContext op = c.relationalOperator();
        org.dartj.types.DartType comparedType = rules().binary(staticType(left), op.getText(), staticType(right));
        if (left instanceof DartReadLocalNode local && right instanceof DartLongLiteralNode constant) {
            DartCompareLocalNode.Operator fused = op.LT() != null ? DartCompareLocalNode.Operator.LT
                            : op.LT_EQ() != null ? DartCompareLocalNode.Operator.LE : op.GT() != null ? DartCompareLocalNode.Operator.GT : DartCompareLocalNode.Operator.GE;
            return typed(at(new DartCompareLocalNode(local.getSlot(), constant.getValue(), fused), c), comparedType);
        }
        DartExpressionNode node;
        if (op.LT() != null) {
            node = DartLessThanNodeGen.create(left, right);
        } else if (op.LT_EQ() != null) {
            node = DartLessOrEqualNodeGen.create(left, right);
        } else if (op.GT() != null) {
            node = DartGreaterThanNodeGen.create(left, right);
        } else {
            node = DartGreaterOrEqualNodeGen.create(left, right);
        }
        return typed(at(node, c), comparedType);
    }

    private interface Binary {
        DartExpressionNode create(DartExpressionNode left, DartExpressionNode right);
    }

    /** A left-associative chain of binary operators; {@code names} (the operators' texts) give the result's static type. */
    private DartExpressionNode binaryChain(List<? extends ParserRuleContext> operands, List<Binary> operators, List<String> names,
                    java.util.function.Function<ParserRuleContext, DartExpressionNode> translate, ParserRuleContext whole) {
        DartExpressionNode result = translate.apply(operands.get(0));
        for (int i = 1; i < operands.size(); i++) {
            org.dartj.types.DartType leftType = staticType(result);
            result = spillIfLaterAwaits(result, operands.subList(i, i + 1));
            DartExpressionNode right = translate.apply(operands.get(i));
            org.dartj.types.DartType type = rules().binary(leftType, names.get(i - 1), staticType(right));
            DartExpressionNode node = operators.get(i - 1).create(result, right);
            int start = whole.getStart().getStartIndex();
            int stop = operands.get(i).getStop().getStopIndex();
            node.setSourceSection(start, stop - start + 1);
            result = typed(node, type);
        }
        return result;
    }

    private DartExpressionNode translateBitwiseOr(BitwiseOrExpressionContext c) {
        List<Binary> ops = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 1; i < c.bitwiseXorExpression().size(); i++) {
            ops.add(DartBitOrNodeGen::create);
            names.add("|");
        }
        return binaryChain(c.bitwiseXorExpression(), ops, names, x -> translateBitwiseXor((BitwiseXorExpressionContext) x), c);
    }

    private DartExpressionNode translateBitwiseXor(BitwiseXorExpressionContext c) {
        List<Binary> ops = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 1; i < c.bitwiseAndExpression().size(); i++) {
            ops.add(DartBitXorNodeGen::create);
            names.add("^");
        }
        return binaryChain(c.bitwiseAndExpression(), ops, names, x -> translateBitwiseAnd((BitwiseAndExpressionContext) x), c);
    }

    private DartExpressionNode translateBitwiseAnd(BitwiseAndExpressionContext c) {
        List<Binary> ops = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 1; i < c.shiftExpression().size(); i++) {
            ops.add(DartBitAndNodeGen::create);
            names.add("&");
        }
        return binaryChain(c.shiftExpression(), ops, names, x -> translateShift((ShiftExpressionContext) x), c);
    }

    private DartExpressionNode translateShift(ShiftExpressionContext c) {
        List<Binary> ops = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ShiftOperatorContext op : c.shiftOperator()) {
            checkAdjacent(op);
            if (op.LT_LT() != null) {
                ops.add(DartShiftLeftNodeGen::create);
                names.add("<<");
            } else if (op.GT().size() == 3) {
                ops.add(DartUnsignedShiftRightNodeGen::create);
                names.add(">>>");
            } else {
                ops.add(DartShiftRightNodeGen::create);
                names.add(">>");
            }
        }
        return binaryChain(c.additiveExpression(), ops, names, x -> translateAdditive((AdditiveExpressionContext) x), c);
    }

    /** {@code >>} is lexed as two {@code >} tokens (for nested type arguments); they must touch. */
    private void checkAdjacent(ParserRuleContext op) {
        int expected = op.getStart().getStartIndex();
        for (int i = 0; i < op.getChildCount(); i++) {
            Token t = ((TerminalNode) op.getChild(i)).getSymbol();
            if (t.getStartIndex() != expected) {
                throw error(t, "Unexpected token '" + t.getText() + "'.");
            }
            expected = t.getStopIndex() + 1;
        }
    }

    private DartExpressionNode translateAdditive(AdditiveExpressionContext c) {
        List<Binary> ops = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 1; i < c.getChildCount(); i += 2) {
            int type = ((TerminalNode) c.getChild(i)).getSymbol().getType();
            ops.add(type == DartLexer.PLUS ? DartAddNodeGen::create : DartSubNodeGen::create);
            names.add(c.getChild(i).getText());
        }
        return binaryChain(c.multiplicativeExpression(), ops, names, x -> translateMultiplicative((MultiplicativeExpressionContext) x), c);
    }

    private DartExpressionNode translateMultiplicative(MultiplicativeExpressionContext c) {
        List<Binary> ops = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 1; i < c.getChildCount(); i += 2) {
            int type = ((TerminalNode) c.getChild(i)).getSymbol().getType();
            names.add(c.getChild(i).getText());
            ops.add(switch (type) {
                case DartLexer.STAR -> DartMulNodeGen::create;
                case DartLexer.SLASH -> DartDivNodeGen::create;
                case DartLexer.PERCENT -> DartModuloNodeGen::create;
                default -> DartIntegerDivNodeGen::create;
            });
        }
        return binaryChain(c.unaryExpression(), ops, names, x -> translateUnary((UnaryExpressionContext) x), c);
    }

    private DartExpressionNode translateUnary(UnaryExpressionContext c) {
        if (c instanceof PrefixExpressionContext p) {
            if (p.MINUS() != null) {
                UnaryExpressionContext operand = p.unaryExpression();
                Long literal = integerLiteral(operand, true);
                if (literal != null) {
                    return at(new DartLongLiteralNode(literal), p);
                }
                DartExpressionNode value = translateUnary(operand);
                if (value instanceof DartDoubleLiteralNode d) {
                    return at(new DartDoubleLiteralNode(-d.getValue()), p);
                }
                return typed(at(DartNegateNodeGen.create(value), p), rules().unary("-", staticType(value)));
            } else if (p.BANG() != null) {
                return typed(at(DartNotNodeGen.create(translateUnary(p.unaryExpression())), p), language.coreClasses().types.boolType);
            } else {
                DartExpressionNode value = translateUnary(p.unaryExpression());
                return typed(at(DartBitNotNodeGen.create(value), p), rules().unary("~", staticType(value)));
            }
        } else if (c instanceof AwaitExpressionContext a) {
            if (!function.isAsync || (function.isGenerator && !function.isAsyncGenerator)) {
                throw error(a, "'await' can only be used in 'async' or 'async*' methods.");
            }
            DartExpressionNode operand = translateUnary(a.unaryExpression());
            int tmp = temp();
            DartWriteLocalNode target = writeLocal(null, tmp);
            function.pre.add(at(new DartAwaitNode(operand, target, function.newStateSlot(), function.resumeValueSlot), a));
            return typed(DartReadLocalNodeGen.create(tmp), awaitedType(staticType(operand)));
        } else if (c instanceof PreIncrementExpressionContext p) {
            boolean increment = p.PLUS_PLUS() != null;
            return translateCompound(p.unaryExpression(), increment ? DartAddNodeGen::create : DartSubNodeGen::create, increment ? '+' : '-', new DartLongLiteralNode(1),
                            false, p);
        }
        return translatePostfix(((PostfixUnaryContext) c).postfixExpression());
    }

    /** The static type of {@code await e} for e of static type t: a Future's value type, or t itself for a class that is not a Future. */
    private org.dartj.types.DartType awaitedType(org.dartj.types.DartType t) {
        org.dartj.classes.DartCoreClasses core = language.coreClasses();
        if (!(t instanceof org.dartj.types.DartInterfaceType it) || t.isNullable()) {
            return null;
        }
        if (it.dartClass() == core.futureClass) {
            return it.arguments().length == 1 && !(it.arguments()[0] instanceof org.dartj.types.DartFutureOrType) ? it.arguments()[0] : null;
        }
        return rules().isSealedCoreType(t) || it.dartClass().isDeclaredInDart() && !it.dartClass().isSubtypeOf(core.futureClass) ? t : null;
    }

    /** The literal value of an int literal operand; {@code negated} allows -9223372036854775808. */
    private Long integerLiteral(UnaryExpressionContext operand, boolean negated) {
        if (operand instanceof PostfixUnaryContext pu && pu.postfixExpression().selector().isEmpty() && pu.postfixExpression().PLUS_PLUS() == null &&
                        pu.postfixExpression().MINUS_MINUS() == null && pu.postfixExpression().primary() instanceof LiteralPrimaryContext lp &&
                        lp.literal() instanceof NumberLiteralContext n && isIntegerText(n.getText())) {
            String text = n.getText().replace("_", "");
            if (negated && text.equals("9223372036854775808")) {
                return Long.MIN_VALUE;
            }
            return negated ? -parseInteger(text, n) : parseInteger(text, n);
        }
        return null;
    }

    private static boolean isIntegerText(String text) {
        return text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
    }

    private long parseInteger(String text, ParserRuleContext at) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw error(at, "The integer literal " + text + " can't be represented in 64 bits.");
        }
    }

    private DartExpressionNode translatePostfix(PostfixExpressionContext p) {
        if (p.PLUS_PLUS() != null || p.MINUS_MINUS() != null) {
            boolean increment = p.PLUS_PLUS() != null;
            return translateCompound(p, increment ? DartAddNodeGen::create : DartSubNodeGen::create, increment ? '+' : '-', new DartLongLiteralNode(1),
                            !resultUnused, p);
        }
        List<NullShort> shorts = new ArrayList<>();
        return closeShorts(translateChain(p, shorts, false), shorts, p);
    }

    /**
     * A primary and its selectors. A null-aware selector ({@code ?.}, {@code ?[}) that more
     * selectors follow opens a null-shorting scope in {@code shorts}: its receiver goes to a
     * temporary and the rest of the chain reads it. The caller closes the scopes around the
     * whole chain (with an assignment, around the assignment: {@code a?.b.c = v}), so one null
     * skips everything up to there. A chain without null-aware selectors is translated as
     * before, with no temporaries. {@code continued}: the chain goes on after these selectors
     * (an assignment target's receiver), so a null-aware last selector opens a scope too.
     */
    private DartExpressionNode translateChain(PostfixExpressionContext p, List<NullShort> shorts, boolean continued) {
        DartExpressionNode chain;
        if (p.primary() instanceof DotShorthandPrimaryContext ds && ds.CONST() != null && !constContext) {
            constContext = true;
            try {
                chain = translateSelectors(p, shorts, continued);
            } finally {
                constContext = false;
            }
        } else {
            chain = translateSelectors(p, shorts, continued);
        }
        InstantiationSelectorContext instantiation = p.instantiationSelector();
        if (instantiation == null || instantiation.typeArguments() == null) {
            return chain;
        }
        // `a.b.m<int>`: the torn-off generic function with these type arguments.
        List<SelectorContext> selectors = p.selector();
        String name = propertyName(selectors.get(selectors.size() - 1));
        if (name == null) {
            name = "call";
        }
        List<TypeContext> written = instantiation.typeArguments().typeList().type();
        org.dartj.types.DartType[] types = new org.dartj.types.DartType[written.size()];
        for (int k = 0; k < types.length; k++) {
            types[k] = dartType(written.get(k));
        }
        if (selectors.size() == 1 && p.primary() instanceof IdentifierPrimaryContext ip && lookupLocal(ip.identifier().getText()) == null
                        && resolveNonLocal(ip.identifier().getText(), ip) instanceof Map<?, ?> library && extensionTypeNamed(library.get(name)) instanceof DartClassInfo extensionType) {
            // `prefix.E<int>`: a type literal of the extension type's erasure.
            org.dartj.types.DartType type = extensionType.owner.translator().typeTranslator().alias(extensionType.dartClass.getName(), types, false, instantiation);
            org.dartj.nodes.expression.DartClassTypeArgumentsNode classArgs = classTypeArguments(type, instantiation);
            return at(new org.dartj.nodes.expression.DartTypeLiteralNode(classArgs == null ? erased(type) : type, classArgs), p);
        }
        RootCallTarget code = new org.dartj.nodes.call.DartInstantiationRootNode(language, name).getCallTarget();
        return at(new org.dartj.nodes.call.DartInstantiateNode(chain, typeArgumentsNode(types, instantiation), code), p);
    }

    private DartExpressionNode translateSelectors(PostfixExpressionContext p, List<NullShort> shorts, boolean continued) {
        List<SelectorContext> selectors = p.selector();
        PrimaryContext primary = p.primary();
        int i = 0;
        DartExpressionNode current = null;
        DartClass explicitExtension = null;
        DartClass shorthand = null;
        if (primary instanceof DotShorthandPrimaryContext ds) {
            // `.id...` is `C.id...` with C the context type's class.
            shorthand = dotShorthandClass(ds, p);
            selectors = new ArrayList<>(selectors);
            selectors.add(0, dotShorthandSelector(ds));
        } else if (primary instanceof IdentifierPrimaryContext ip && !selectors.isEmpty() && selectors.get(0) instanceof NullAwarePropertySelectorContext nps
                        && lookupLocal(ip.identifier().getText()) == null && classMember(ip.identifier().getText()) == null
                        && resolveNonLocal(ip.identifier().getText(), ip) instanceof DartClass) {
            // `C?.m()` on a class C is `C.m()` (the front end warns that C is never null).
            PropertySelectorContext ps = new PropertySelectorContext(new SelectorContext(p, nps.invokingState));
            ps.addAnyChild(nps.QUESTION_DOT());
            ps.addAnyChild(nps.identifier());
            ps.start = nps.getStart();
            ps.stop = nps.getStop();
            selectors = new ArrayList<>(selectors);
            selectors.set(0, ps);
        }
        Object classMember = primary instanceof IdentifierPrimaryContext mid && lookupLocal(mid.identifier().getText()) == null ? classMember(mid.identifier().getText()) : null;
        if (classMember != null) {
            Object member = classMember;
            // A member of the enclosing class: implicit `this.name` or a static member.
            IdentifierPrimaryContext id = (IdentifierPrimaryContext) primary;
            String name = id.identifier().getText();
            if (!selectors.isEmpty() && selectors.get(0) instanceof CallSelectorContext call) {
                DartExpressionNode viaThis = member == INSTANCE_MEMBER && thisType() != null && lookupLocal("this") != null
                                ? userMemberCall(readThis(id), name, call, false, thisType(), selectors.size() == 1 ? p : call) : null;
                current = viaThis != null ? typed(viaThis, call.typeArguments() == null ? memberType(thisType(), name, true) : null)
                                : member == INSTANCE_MEMBER ? typed(implicitThisCall(name, call.typeArguments(), translateMemberArguments(name, call), id),
                                call.typeArguments() == null ? memberType(thisType(), name, true) : null) : callStatic(function == null ? currentClass : function.enclosingClass, name, member, call.typeArguments(), call.arguments(), p, id);
                setSection(current, p, call);
                i = 1;
            } else {
                current = member == INSTANCE_MEMBER ? typed(at(new DartGetPropertyNode(readThis(id), name, false), id), memberType(thisType(), name, false)) : readStatic(member, id);
            }
        } else if (primary instanceof SuperPrimaryContext sup) {
            if (selectors.isEmpty() || !(selectors.get(0) instanceof PropertySelectorContext ps)) {
                throw error(sup, "Expected a member access after 'super'.");
            }
            String name = ps.identifier().getText();
            if (selectors.size() > 1 && selectors.get(1) instanceof CallSelectorContext call) {
                current = superInvoke(name, call.arguments(), sup);
                setSection(current, p, call);
                i = 2;
            } else {
                current = superGet(name, sup);
                i = 1;
            }
        } else if (primary instanceof IdentifierPrimaryContext || shorthand != null) {
            IdentifierPrimaryContext id = primary instanceof IdentifierPrimaryContext ip ? ip : null;
            String name = id != null ? id.identifier().getText() : shorthand.getName();
            // prefix.name, Class.member, Class(...)
            Object resolved = id != null ? resolveNonLocal(name, id) : shorthand;
            if (id == null) {
                // The shorthand's class is known whatever its name means here.
                name = "";
            }
            DartExpressionNode typeParameter = lookupLocal(name) == null && resolved == null ? typeParameterLiteral(name, id) : null;
            if (typeParameter != null && selectors.isEmpty()) {
                return typeParameter;
            }
            if (lookupLocal(name) == null && resolved == null && typeParameter == null && isTypedefName(name)) {
                resolved = new DartTypedef(this, name);
            }
            DartClassInfo extensionInfo = lookupLocal(name) == null && resolved == null ? userClasses.get(name) : null;
            if (extensionInfo != null && extensionInfo.isExtension && extensionInfo.declaration instanceof ExtensionDeclarationContext && selectors.size() > 1 &&
                            selectors.get(0) instanceof CallSelectorContext application && application.arguments().argument().size() == 1 &&
                            application.arguments().argument(0).label() == null && (propertyName(selectors.get(1)) != null || selectors.get(1) instanceof IndexSelectorContext
                                            || selectors.get(1) instanceof NullAwareIndexSelectorContext)) {
                // Ext(receiver).member, Ext(receiver)?.member, Ext(receiver)?[i]: the extension's member, whatever the receiver's class declares.
                explicitExtension = extensionInfo.dartClass;
                current = translateExpression(application.arguments().argument(0).expression());
                i = 1;
                resolved = null;
            } else if (extensionInfo != null && extensionInfo.isExtension && extensionInfo.declaration instanceof ExtensionDeclarationContext && !selectors.isEmpty()
                            && selectors.get(0) instanceof PropertySelectorContext) {
                // Ext.staticMember: a named extension's static members are reached through its name.
                resolved = extensionInfo.dartClass;
            } else if (lookupLocal(name) == null && resolved == null && typeParameter == null) {
                // As the CFE: a call of an unknown name is a missing method, a read an undefined name.
                boolean called = !selectors.isEmpty() && selectors.get(0) instanceof CallSelectorContext;
                throw error(id, called ? "Method not found: '" + name + "'." : "Undefined name '" + name + "'.");
            }
            if (explicitExtension != null) {
                // The receiver is translated; the member selector follows.
            } else if (lookupLocal(name) == null && resolved instanceof Map<?, ?> library) {
                if (selectors.isEmpty() || !(selectors.get(0) instanceof PropertySelectorContext ps)) {
                    throw error(id, "A prefix can't be used as an expression.");
                }
                String member = ps.identifier().getText();
                resolved = library.get(member);
                if (resolved == null) {
                    throw error(ps.identifier(), "Undefined name '" + member + "'.");
                }
                i = 1;
                id = null;
                name = member;
            }
            if (lookupLocal(name) == null && resolved instanceof DartFunctionHolder holder && i < selectors.size() && !(selectors.get(i) instanceof CallSelectorContext)
                            && loader.extensionType(holder) != null) {
                // ExtensionType.named(...), ExtensionType.staticMember, ExtensionType.new
                resolved = loader.extensionType(holder).dartClass;
            }
            if (lookupLocal(name) == null && resolved instanceof DartClass cls) {
                DartClassInfo info = userClasses.get(cls.getName()) != null && userClasses.get(cls.getName()).dartClass == cls ? userClasses.get(cls.getName()) : loader.classInfo(cls);
                if (i < selectors.size() && selectors.get(i) instanceof CallSelectorContext call) {
                    current = staticCall(cls, "", call, p);
                    i++;
                } else if (i < selectors.size() && selectors.get(i) instanceof ConstructorTearOffSelectorContext ns) {
                    if (i + 1 < selectors.size() && selectors.get(i + 1) instanceof CallSelectorContext call) {
                        current = staticCall(cls, "", call, p);
                        i += 2;
                    } else {
                        current = info != null ? constructorTearOff(info, "", null, ns) : coreConstructorTearOff(cls, "", null, ns);
                        i++;
                    }
                } else if (i < selectors.size() && selectors.get(i) instanceof PropertySelectorContext ps && info != null && info.staticMember(ps.identifier().getText()) == null
                                && info.constructors.containsKey(ps.identifier().getText())
                                && !(i + 1 < selectors.size() && selectors.get(i + 1) instanceof CallSelectorContext)) {
                    current = constructorTearOff(info, ps.identifier().getText(), null, ps);
                    i++;
                } else if (i < selectors.size() && selectors.get(i) instanceof PropertySelectorContext ps && info != null) {
                    String memberName = ps.identifier().getText();
                    Object staticMember = info.staticMember(memberName);
                    if (i + 1 < selectors.size() && selectors.get(i + 1) instanceof CallSelectorContext call) {
                        current = info.constructors.containsKey(memberName) ? staticCall(cls, memberName, call, p) : callStatic(info, memberName, requireStatic(info, memberName, ps), call.typeArguments(), call.arguments(), p, ps);
                        setSection(current, p, call);
                        i += 2;
                    } else {
                        current = readStatic(requireStatic(info, memberName, ps), ps);
                        if (info.isEnum && info.enumValues != null && info.enumValues.contains(memberName)) {
                            current = typed(current, language.coreClasses().types.raw(cls));
                        }
                        i++;
                    }
                    if (staticMember == null && !info.constructors.containsKey(memberName)) {
                        throw error(ps.identifier(), "Member not found: '" + cls.getName() + "." + memberName + "'.");
                    }
                } else if (i < selectors.size() && selectors.get(i) instanceof PropertySelectorContext ps) {
                    String member = ps.identifier().getText();
                    if (i + 1 < selectors.size() && selectors.get(i + 1) instanceof CallSelectorContext call) {
                        current = staticCall(cls, member, call, p);
                        i += 2;
                    } else {
                        DartFunction getter = cls.lookupStaticGetter(member);
                        if (getter == null) {
                            DartFunction method = cls.lookupStatic(member);
                            if (method == null) {
                                throw error(ps.identifier(), "Member not found: '" + cls.getName() + "." + member + "'.");
                            }
                            current = new DartConstantNode(method);
                        } else {
                            current = at(new DartStaticCallNode(getter, new DartArgumentsNode(new DartExpressionNode[0], new DartExpressionNode[0], new String[0])), ps);
                        }
                        i++;
                    }
                } else {
                    current = at(new DartConstantNode(language.coreClasses().types.raw(cls)), id);
                }
            } else if (i < selectors.size() && selectors.get(i) instanceof CallSelectorContext call && lookupLocal(name) == null && resolved != null) {
                current = callNamed(name, resolved, call, p);
                i++;
            } else if (explicitExtension == null) {
                current = id == null ? readNonLocal(name, resolved, p) : readName(name, id);
            }
        } else {
            current = translatePrimary(primary);
        }
        for (; i < selectors.size(); i++) {
            SelectorContext s = selectors.get(i);
            ParserRuleContext upTo = new ParserRuleContext(p, 0);
            upTo.start = p.getStart();
            upTo.stop = s.getStop();
            if (s instanceof PropertySelectorContext || s instanceof NullAwarePropertySelectorContext) {
                boolean nullAware = s instanceof NullAwarePropertySelectorContext;
                String name = propertyName(s);
                CallSelectorContext call = i + 1 < selectors.size() && selectors.get(i + 1) instanceof CallSelectorContext c ? c : null;
                if (nullAware && (continued || i + (call == null ? 1 : 2) < selectors.size() || call != null && function.isAsync && DartScopes.containsAwait(call.arguments()))) {
                    // More selectors follow (or, in async code, the arguments await): they all run only when the receiver is not null.
                    current = openShort(current, shorts);
                    nullAware = false;
                }
                org.dartj.types.DartType receiverType = explicitExtension != null ? null : nullAware ? DartStaticTypes.nonNullable(staticType(current)) : staticType(current);
                if (call != null) {
                    List<ParseTree> later = new ArrayList<>(call.arguments().argument());
                    current = spillIfLaterAwaits(current, later);
                    current = typed(memberCall(current, name, call, nullAware, receiverType, i + 2 == selectors.size() ? p : call),
                                    call.typeArguments() == null ? nullableIf(nullAware, memberType(receiverType, name, true)) : null);
                    if (explicitExtension != null && current instanceof DartInvokeMemberNode invoke) {
                        invoke.setExtension(explicitExtension);
                        explicitExtension = null;
                    }
                    // The Dart VM reports a member call at the member's name.
                    setSection(current, s instanceof PropertySelectorContext ps ? ps.identifier() : ((NullAwarePropertySelectorContext) s).identifier(), call);
                    i++;
                } else {
                    DartGetPropertyNode get = new DartGetPropertyNode(current, name, nullAware);
                    if (explicitExtension != null) {
                        get.setExtension(explicitExtension);
                        explicitExtension = null;
                    }
                    current = typed(at(get, upTo), nullableIf(nullAware, memberType(receiverType, name, false)));
                }
            } else if (s instanceof IndexSelectorContext || s instanceof NullAwareIndexSelectorContext) {
                if (s instanceof NullAwareIndexSelectorContext) {
                    current = openShort(current, shorts);
                }
                ExpressionContext index = indexExpression(s);
                if (explicitExtension != null) {
                    // `Ext(x)[i]`: the extension's operator.
                    DartInvokeMemberNode get = new DartInvokeMemberNode(spillIfLaterAwaits(current, List.of(index)), "[]",
                                    new DartArgumentsNode(new DartExpressionNode[]{translateExpression(index)}, new DartExpressionNode[0], new String[0]), false);
                    get.setExtension(explicitExtension);
                    explicitExtension = null;
                    current = at(get, upTo);
                    continue;
                }
                org.dartj.types.DartType receiverType = staticType(current);
                current = spillIfLaterAwaits(current, List.of(index));
                current = typed(at(DartIndexGetNodeGen.create(current, translateExpression(index)), upTo), rules().index(receiverType));
            } else if (s instanceof CallSelectorContext call) {
                Variable local = i == 0 && call.typeArguments() == null && primary instanceof IdentifierPrimaryContext ip ? lookupLocal(ip.identifier().getText()) : null;
                if (local != null && local.localFunction != null && local.localFunction.functionSignature().typeParameters() != null) {
                    current = spillIfLaterAwaits(current, new ArrayList<>(call.arguments().argument()));
                    current = at(localGenericCall(current, local.localFunction, call, upTo), upTo);
                    continue;
                }
                org.dartj.types.DartType calleeType = call.typeArguments() == null ? staticType(current) : null;
                current = spillIfLaterAwaits(current, new ArrayList<>(call.arguments().argument()));
                current = typed(at(new DartInvokeNode(current, translateArguments(call.arguments(), -1, List.of(), functionTypeContexts(calleeType))), upTo),
                                DartStaticTypes.returnType(calleeType));
            } else if (s instanceof NullAssertSelectorContext) {
                org.dartj.types.DartType operandType = staticType(current);
                current = typed(at(new DartNullAssertNode(current), upTo), DartStaticTypes.nonNullable(operandType));
            } else if (s instanceof ConstructorTearOffSelectorContext ns) {
                throw error(ns, "'new' can only be used after a class name.");
            }
        }
        return current;
    }

    /** The receiver of a null-aware selector (or null-aware assignment), held for the rest of its chain. */
    private record NullShort(int slot, DartExpressionNode receiver, List<DartStatementNode> outerPre) {
    }

    /**
     * Opens a null-shorting scope: {@code receiver} is evaluated into a temporary, which the
     * rest of the chain reads (returned). Awaits lowered from the rest collect apart, so that
     * closing can put them under the null test.
     */
    private DartExpressionNode openShort(DartExpressionNode receiver, List<NullShort> shorts) {
        int slot = temp();
        shorts.add(new NullShort(slot, receiver, function.pre));
        function.pre = new ArrayList<>();
        return typed(DartReadLocalNodeGen.create(slot), DartStaticTypes.nonNullable(staticType(receiver)));
    }

    /** Closes the scopes {@link #openShort} opened, innermost first, around {@code rest}: null when a receiver is null. */
    private DartExpressionNode closeShorts(DartExpressionNode rest, List<NullShort> shorts, ParserRuleContext at) {
        DartExpressionNode result = rest;
        for (int k = shorts.size() - 1; k >= 0; k--) {
            result = closeShort(shorts.get(k), result, at);
        }
        shorts.clear();
        return result;
    }

    private DartExpressionNode closeShort(NullShort open, DartExpressionNode rest, ParserRuleContext at) {
        List<DartStatementNode> inner = function.pre;
        function.pre = open.outerPre();
        org.dartj.types.DartType type = nullableIf(true, staticType(rest));
        if (inner.isEmpty()) {
            return typed(at(new DartNullShortNode(writeLocal(open.receiver(), open.slot()), rest), at), type);
        }
        // The rest awaits (async code): `r = receiver; result = null; if (r != null) { awaits; result = rest; }`.
        int result = temp();
        function.pre.add(new DartExpressionStatementNode(writeLocal(open.receiver(), open.slot())));
        function.pre.add(new DartExpressionStatementNode(writeLocal(new DartConstantNode(DartNull.INSTANCE), result)));
        inner.add(new DartExpressionStatementNode(writeLocal(rest, result)));
        DartStatementNode body = new DartResumableBlockNode(inner.toArray(new DartStatementNode[0]), function.newStateSlot());
        DartExpressionNode isNull = DartEqualNodeGen.create(DartReadLocalNodeGen.create(open.slot()), new DartConstantNode(DartNull.INSTANCE));
        function.pre.add(at(new DartResumableIfNode(DartNotNodeGen.create(isNull), body, null, function.newStateSlot()), at));
        return typed(DartReadLocalNodeGen.create(result), type);
    }

    /** {@code type?} when {@code nullable} (null stays unknown). */
    private static org.dartj.types.DartType nullableIf(boolean nullable, org.dartj.types.DartType type) {
        return nullable && type != null ? DartStaticTypes.nullable(type) : type;
    }

    /** The member name of a {@code .name} or {@code ?.name} selector, else null. */
    private static String propertyName(Object selector) {
        if (selector instanceof PropertySelectorContext ps) {
            return ps.identifier().getText();
        }
        return selector instanceof NullAwarePropertySelectorContext ps ? ps.identifier().getText() : null;
    }

    /** The index of a {@code [index]} or {@code ?[index]} selector, else null. */
    private static ExpressionContext indexExpression(Object selector) {
        if (selector instanceof IndexSelectorContext idx) {
            return idx.expression();
        }
        return selector instanceof NullAwareIndexSelectorContext idx ? idx.expression() : null;
    }

    private static boolean isNullAware(Object selector) {
        return selector instanceof NullAwarePropertySelectorContext || selector instanceof NullAwareIndexSelectorContext;
    }

    private void setSection(DartExpressionNode node, ParserRuleContext from, ParserRuleContext to) {
        int start = from.getStart().getStartIndex();
        node.setSourceSection(start, to.getStop().getStopIndex() - start + 1);
    }

    private DartExpressionNode staticCall(DartClass cls, String member, CallSelectorContext call, ParserRuleContext whole) {
        List<TypeContext> types = call.typeArguments() == null ? null : call.typeArguments().typeList().type();
        return staticCall(cls, member, types, call.arguments(), whole, call);
    }

    DartExpressionNode staticCall(DartClass cls, String member, ArgumentsContext arguments, ParserRuleContext whole, ParserRuleContext end) {
        return staticCall(cls, member, null, arguments, whole, end);
    }

    /**
     * A call of a top-level function of this library; a generic synchronous one receives its
     * type arguments, written ({@code f<int>(1)}) or inferred from literal arguments given for
     * parameters of type {@code T} (else each is its bound).
     */
    private DartExpressionNode genericCall(String name, DartFunctionHolder holder, List<TypeContext> written, ArgumentsContext call, ParserRuleContext at) {
        DartClassInfo extensionType = loader == null ? null : loader.extensionType(holder);
        if (extensionType != null && extensionType.declaration instanceof ExtensionTypeDeclarationContext et && et.representationDeclaration().DOT() == null) {
            // The representation constructor: its argument is in the representation type's context.
            org.dartj.types.DartType representation = erased(dartType(et.representationDeclaration().type()));
            return new DartStaticCallNode(holder, translateArguments(call, -1, List.of(), (position, named) -> position == 0 && named == null ? representation : null));
        }
        // A function of another library (imported, maybe with a prefix): its declaring library reads its signature.
        DartTranslator owner = functions.get(holder.name) == holder ? this : loader == null ? null : loader.ownerOf(holder);
        TopLevelFunctionContext declaration = owner == null ? null : owner.topLevelFunction(holder);
        if (declaration == null) {
            if (written != null) {
                // A signature not known here: the call goes through the instantiation f<types>,
                // which hands the types to the callee.
                return new DartInvokeNode(instantiate(at(new DartTopLevelFunctionNode(holder), at), name, written, at), translateArguments(call));
            }
            return new DartStaticCallNode(holder, translateArguments(call));
        }
        FunctionSignatureContext sig = declaration.functionSignature();
        // Generators start their body later, when the caller's type arguments are gone.
        boolean sync = declaration.functionBody().STAR() == null;
        TypeParametersContext own = sig.typeParameters();
        CalleeSignature callee = owner.calleeSignature(sig.formalParameterList(), own, sig.type(), null, null);
        if (own != null && written != null && written.size() != own.typeParameter().size()) {
            throw error(at, "Expected " + own.typeParameter().size() + " type arguments.");
        }
        CallInference inference = new CallInference(callee, fixedTypeArguments(callee, own == null ? null : written, at, call));
        DartArgumentsNode args = translateArguments(call, -1, List.of(), inference);
        if (own == null) {
            return typed(new DartStaticCallNode(holder, args), sig.type() == null ? org.dartj.types.DartSpecialType.DYNAMIC : erased(owner.dartType(sig.type())));
        }
        if (!sync) {
            return new DartStaticCallNode(holder, args);
        }
        boolean[] certain = {true};
        org.dartj.types.DartType[] types = owner.finishTypeArguments(inference, own.typeParameter(), certain);
        org.dartj.nodes.expression.DartTypeArgumentsNode vectorNode = typeArgumentsNode(types, at);
        return typed(DartStaticCallNode.generic(holder, args, vectorNode), certain[0] ? callee.returnType(types) : null);
    }

    /**
     * A call of a generic local function without written type arguments: its arguments are
     * translated in its parameters' contexts and its type arguments inferred from them as for
     * a top-level function, giving the call its static type. Only where no other type
     * parameter is in scope (their indexes would overlap the function's own).
     */
    private DartExpressionNode localGenericCall(DartExpressionNode callee, LocalFunctionDeclarationContext f, CallSelectorContext call, ParserRuleContext at) {
        if (classTypeParameterCount() > 0 || typeParametersInScope()) {
            return new DartInvokeNode(callee, translateArguments(call.arguments()));
        }
        FunctionSignatureContext sig = f.functionSignature();
        TypeParametersContext own = sig.typeParameters();
        CalleeSignature signature = calleeSignature(sig.formalParameterList(), own, sig.type(), null, null);
        CallInference inference = new CallInference(signature, fixedTypeArguments(signature, null, at, call));
        DartArgumentsNode args = translateArguments(call.arguments(), -1, List.of(), inference);
        boolean[] certain = {true};
        org.dartj.types.DartType[] types = finishTypeArguments(inference, own.typeParameter(), certain);
        return typed(new DartInvokeNode(callee, args), certain[0] ? signature.returnType(types) : null);
    }

    /** Whether the function being translated, or one it is nested in, is generic. */
    private boolean typeParametersInScope() {
        for (DartScopes.Function fn = function; fn != null; fn = fn.parent) {
            if (fn.typeParameters != null || fn.tree instanceof LocalFunctionDeclarationContext l && l.functionSignature().typeParameters() != null) {
                return true;
            }
        }
        return false;
    }

    /** A bound of a function's type parameter, read from the call site (its own parameters are dynamic there). */
    private org.dartj.types.DartType dartTypeOutside(TypeContext type) {
        org.dartj.types.DartType t = dartType(type);
        return t.hasTypeParameters() ? org.dartj.types.DartSpecialType.DYNAMIC : t;
    }

    /** Type arguments passed by a call, and their static types when all are known here (else null). */
    private record InferredTypeArguments(org.dartj.nodes.expression.DartTypeArgumentsNode node, org.dartj.types.DartType[] staticTypes) {
    }

    /**
     * The type arguments a generic class's generative constructor call passes: written
     * ({@code Box<int>(1)}), from the context type ({@code Box<num> b = Box(1)}), or inferred
     * from arguments whose static type is known here, else the defaults. {@code args} is null
     * for a tear-off.
     */
    private InferredTypeArguments constructorTypeArguments(DartClassInfo info, String member, List<TypeContext> written, org.dartj.types.DartType[] context,
                    DartArgumentsNode args, ParserRuleContext at) {
        return constructorTypeArguments(info, member, written, context, args, at, null);
    }

    /** As above; {@code inference} (if not null) has seen the arguments and fixes what the written parameter types alone do not (a function literal's result type). */
    private InferredTypeArguments constructorTypeArguments(DartClassInfo info, String member, List<TypeContext> written, org.dartj.types.DartType[] context,
                    DartArgumentsNode args, ParserRuleContext at, CallInference inference) {
        boolean certain = true;
        String[] params = info.dartClass.typeParameters();
        org.dartj.types.DartType[] types = new org.dartj.types.DartType[params.length];
        if (written != null) {
            if (written.size() != params.length) {
                throw error(at, "Expected " + params.length + " type arguments.");
            }
            for (int i = 0; i < params.length; i++) {
                types[i] = dartType(written.get(i));
            }
        } else if (context != null && context.length == params.length) {
            // Downward inference: the declared type's arguments ({@code Box<num> b = Box(1);}).
            System.arraycopy(context, 0, types, 0, params.length);
        } else {
            certain = inferFromArguments(info, member, args, types);
            org.dartj.types.DartType[] solved = !certain && inference != null ? inference.solved() : null;
            if (solved != null && solved.length == types.length && java.util.Arrays.stream(solved).allMatch(java.util.Objects::nonNull)) {
                System.arraycopy(solved, 0, types, 0, types.length);
                certain = true;
            }
        }
        if (args != null && (written != null || context != null)) {
            doubleLiteralArguments(info, member, args, types);
        }
        for (int i = 0; i < types.length; i++) {
            if (types[i] == null) {
                types[i] = info.dartClass.defaultTypeArgument(i);
            }
        }
        org.dartj.types.DartType[] known = certain ? types.clone() : null;
        org.dartj.nodes.expression.DartTypeArgumentsNode classArgsNode = typeArgumentsNode(types, at);
        if (classArgsNode.isConstant()) {
            known = certain ? types.clone() : null;
        }
        return new InferredTypeArguments(classArgsNode, known);
    }

    /**
     * An int literal given for a parameter declared {@code T} (or {@code T?}, or {@code this.f}
     * with f of such a type) whose type argument is double is a double ({@code Box<double>(1)}).
     */
    private void doubleLiteralArguments(DartClassInfo info, String member, DartArgumentsNode args, org.dartj.types.DartType[] types) {
        ConstructorDeclarationContext cd = info.constructorDeclarations.get(member);
        if (cd == null) {
            return;
        }
        List<String> params = List.of(info.dartClass.typeParameters());
        FormalParameterListContext list = cd.formalParameterList();
        DartExpressionNode[] positional = args.positionalNodes();
        List<NormalFormalParameterContext> normal = new ArrayList<>(list.normalFormalParameter());
        if (list.optionalOrNamedParameters() instanceof OptionalPositionalParametersContext opt) {
            for (DefaultFormalParameterContext d : opt.defaultFormalParameter()) {
                normal.add(d.normalFormalParameter());
            }
        }
        for (int i = 0; i < positional.length && i < normal.size(); i++) {
            positional[i] = doubleLiteral(info, normal.get(i), positional[i], params, types);
        }
        if (list.optionalOrNamedParameters() instanceof NamedParametersContext named) {
            String[] names = args.names();
            for (DefaultNamedParameterContext d : named.defaultNamedParameter()) {
                String name = parameterName(d.normalFormalParameter());
                for (int i = 0; i < names.length; i++) {
                    if (names[i].equals(name)) {
                        args.namedNodes()[i] = doubleLiteral(info, d.normalFormalParameter(), args.namedNodes()[i], params, types);
                    }
                }
            }
        }
    }

    private DartExpressionNode doubleLiteral(DartClassInfo info, NormalFormalParameterContext p, DartExpressionNode argument, List<String> params, org.dartj.types.DartType[] types) {
        if (!(argument instanceof DartLongLiteralNode literal)) {
            return argument;
        }
        TypeContext declared = p instanceof SimpleFormalParameterContext s ? s.type()
                        : p instanceof FieldFormalParameterContext f ? (f.type() != null ? f.type() : fieldType(info, f.identifier().getText())) : null;
        if (declared == null) {
            return argument;
        }
        String text = declared.getText();
        int index = params.indexOf(text.endsWith("?") ? text.substring(0, text.length() - 1) : text);
        return index >= 0 && isDouble(types[index]) ? new DartDoubleLiteralNode(literal.getValue()) : argument;
    }

    /** Infers the type arguments from the arguments; false when one of them is not known here. */
    private boolean inferFromArguments(DartClassInfo info, String member, DartArgumentsNode args, org.dartj.types.DartType[] types) {
        ConstructorDeclarationContext cd = info.constructorDeclarations.get(member);
        if (cd == null) {
            return args.positionalNodes().length == 0 && args.names().length == 0;
        }
        return inferFromParameters(info, cd.formalParameterList(), args, List.of(info.dartClass.typeParameters()), types);
    }

    /** Infers type arguments for the type parameters {@code params} from the arguments given for a parameter list; false when one of them is not known here. */
    private boolean inferFromParameters(DartClassInfo info, FormalParameterListContext list, DartArgumentsNode args, List<String> params, org.dartj.types.DartType[] types) {
        List<List<org.dartj.types.DartType>> found = argumentTypes(types.length);
        DartExpressionNode[] positional = args.positionalNodes();
        List<NormalFormalParameterContext> normal = new ArrayList<>(list.normalFormalParameter());
        if (list.optionalOrNamedParameters() instanceof OptionalPositionalParametersContext opt) {
            for (DefaultFormalParameterContext d : opt.defaultFormalParameter()) {
                normal.add(d.normalFormalParameter());
            }
        }
        for (int i = 0; i < positional.length && i < normal.size(); i++) {
            inferFrom(info, normal.get(i), positional[i], params, found);
        }
        if (list.optionalOrNamedParameters() instanceof NamedParametersContext named) {
            String[] names = args.names();
            for (DefaultNamedParameterContext d : named.defaultNamedParameter()) {
                String name = parameterName(d.normalFormalParameter());
                for (int i = 0; i < names.length; i++) {
                    if (names[i].equals(name)) {
                        inferFrom(info, d.normalFormalParameter(), args.namedNodes()[i], params, found);
                    }
                }
            }
        }
        return leastUpperBounds(found, types);
    }

    private static List<List<org.dartj.types.DartType>> argumentTypes(int count) {
        List<List<org.dartj.types.DartType>> found = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            found.add(new ArrayList<>());
        }
        return found;
    }

    /**
     * Fixes each type parameter given arguments to the least upper bound of their static
     * types ({@code Rectangle(1.5, 2, 3.0, 4)} is a {@code Rectangle<num>}); a parameter with
     * no argument, or with one whose static type is not known here, stays unset (its default).
     */
    private boolean leastUpperBounds(List<List<org.dartj.types.DartType>> found, org.dartj.types.DartType[] types) {
        boolean certain = true;
        for (int i = 0; i < types.length; i++) {
            if (!found.get(i).isEmpty()) {
                types[i] = inferredElementType(found.get(i));
                certain &= types[i] != null;
            }
        }
        return certain;
    }

    private static String parameterName(NormalFormalParameterContext p) {
        if (p instanceof FieldFormalParameterContext f) {
            return f.identifier().getText();
        } else if (p instanceof SimpleFormalParameterContext s) {
            return s.identifier().getText();
        } else if (p instanceof SuperFormalParameterContext s) {
            return s.identifier().getText();
        } else if (p instanceof FunctionFormalParameterContext f) {
            return f.identifier().getText();
        }
        return "";
    }

    /**
     * Notes what an argument tells about the type parameters (upward inference): its static
     * type for a parameter declared {@code T} or {@code T?} (or {@code this.f} with field f of
     * such a type), the matching type arguments of its type for one declared {@code C<T, ...>};
     * null (not known here) for a type parameter that the parameter's type mentions in any
     * other way or whose argument's type is not known.
     */
    private void inferFrom(DartClassInfo info, NormalFormalParameterContext p, DartExpressionNode argument, List<String> params, List<List<org.dartj.types.DartType>> found) {
        TypeContext declared = null;
        if (p instanceof SimpleFormalParameterContext s) {
            declared = s.type();
        } else if (p instanceof FieldFormalParameterContext f && info != null) {
            declared = f.type() != null ? f.type() : fieldType(info, f.identifier().getText());
            if (declared == null) {
                // An inherited field: its type is not looked up here.
                found.forEach(l -> l.add(null));
                return;
            }
        } else {
            for (int i = 0; i < params.size(); i++) {
                if (p instanceof SuperFormalParameterContext || mentions(p, params.get(i))) {
                    found.get(i).add(null);
                }
            }
            return;
        }
        if (declared == null) {
            return;
        }
        String text = declared.getText();
        boolean nullable = text.endsWith("?");
        String base = nullable ? text.substring(0, text.length() - 1) : text;
        org.dartj.types.DartType argumentType = staticType(argument);
        int index = params.indexOf(base);
        if (index >= 0) {
            if (nullable && argumentType == org.dartj.types.DartSpecialType.NULL) {
                return;
            }
            found.get(index).add(nullable && argumentType != null ? DartStaticTypes.nonNullable(argumentType) : argumentType);
            return;
        }
        java.util.regex.Matcher generic = java.util.regex.Pattern.compile("([A-Za-z_$][A-Za-z_$0-9]*)<([A-Za-z_$0-9,]+)>").matcher(base);
        String[] names = generic.matches() ? generic.group(2).split(",") : new String[0];
        org.dartj.types.DartType[] matched = null;
        if (names.length > 0 && argumentType instanceof org.dartj.types.DartInterfaceType it && !argumentType.isNullable() && !params.contains(generic.group(1))
                        && lookupClass(generic.group(1)) != null) {
            DartClass target = lookupClass(generic.group(1));
            org.dartj.types.DartType[] args = it.dartClass().argumentsAs(target, it.arguments());
            matched = args != null && args.length == names.length ? args : null;
        }
        for (int i = 0; i < params.size(); i++) {
            if (!mentions(declared, params.get(i))) {
                continue;
            }
            int at = java.util.Arrays.asList(names).indexOf(params.get(i));
            found.get(i).add(matched != null && at >= 0 ? matched[at] : null);
        }
    }

    /** Whether an identifier in the tree is {@code name}. */
    private static boolean mentions(ParseTree tree, String name) {
        if (tree instanceof IdentifierContext id) {
            return id.getText().equals(name);
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            if (mentions(tree.getChild(i), name)) {
                return true;
            }
        }
        return false;
    }

    private static TypeContext fieldType(DartClassInfo info, String field) {
        for (ClassMemberContext m : DartClassTranslator.members(info)) {
            if (m instanceof FieldMemberContext f) {
                for (InitializedIdentifierContext i : f.fieldDeclaration().initializedIdentifierList().initializedIdentifier()) {
                    if (i.identifier().getText().equals(field)) {
                        return f.fieldDeclaration().type();
                    }
                }
            }
        }
        return null;
    }

    DartExpressionNode staticCall(DartClass cls, String member, List<TypeContext> typeArguments, ArgumentsContext arguments, ParserRuleContext whole, ParserRuleContext end) {
        DartClassInfo info = userClasses.get(cls.getName());
        if (info == null || info.dartClass != cls) {
            info = loader.classInfo(cls);
        }
        if (info != null && info.dartClass == cls) {
            DartFunctionHolder ctor = info.constructors.get(member);
            if (ctor == null) {
                throw error(end, member.isEmpty() ? "Couldn't find constructor '" + cls.getName() + "'." : "Couldn't find constructor '" + cls.getName() + "." + member + "'.");
            }
            if (info.dartClass.isAbstract() && !info.factories.contains(member)) {
                throw error(whole, "The class '" + cls.getName() + "' is abstract and can't be instantiated.");
            }
            boolean makeConst = constContext && info.constConstructors.contains(member);
            org.dartj.types.DartType context = typeArguments == null ? contextTypeOf(whole, end) : null;
            CallInference inference = constructorInference(info, member, typeArguments, context);
            DartArgumentsNode args = translateArguments(arguments, -1, List.of(), inference);
            DartExpressionNode node;
            org.dartj.types.DartType type;
            if (cls.typeParameters().length > 0) {
                org.dartj.types.DartType[] contextArgs = context instanceof org.dartj.types.DartInterfaceType ct && ct.dartClass() == cls ? ct.arguments() : null;
                InferredTypeArguments typeArgs = constructorTypeArguments(info, member, typeArguments, contextArgs, args, whole, inference);
                // A factory constructor receives the class's type arguments as a generic function would.
                node = info.factories.contains(member) ? DartStaticCallNode.generic(ctor, args, typeArgs.node()) : new DartStaticCallNode(ctor, args, typeArgs.node());
                type = typeArgs.staticTypes() == null ? null : new org.dartj.types.DartInterfaceType(cls, typeArgs.staticTypes(), false);
            } else {
                node = new DartStaticCallNode(ctor, args);
                type = language.coreClasses().types.raw(cls);
            }
            setSection(node, whole, end);
            return typed(makeConst ? new DartConstInstanceNode(node) : node, type);
        }
        return coreStaticCall(cls, member, typeArguments, translateArguments(arguments, -1, castFromTypeArguments(member, typeArguments), generateContexts(cls, member, typeArguments)), whole, end);
    }

    /**
     * Contexts for the arguments of a constructor of a class of this library (the class's type
     * parameters fixed by written type arguments or the context type, else inferred from the
     * arguments before them); null when its declaration is not known here.
     */
    private CallInference constructorInference(DartClassInfo info, String member, List<TypeContext> written, org.dartj.types.DartType context) {
        ConstructorDeclarationContext cd = info.constructorDeclarations.get(member);
        if (cd == null || userClasses.get(info.name()) != info) {
            return null;
        }
        TypeParametersContext own = DartTypeTranslator.declaredTypeParameters(info.declaration);
        CalleeSignature callee = calleeSignature(cd.formalParameterList(), own, null, info, null);
        org.dartj.types.DartType[] fixed = new org.dartj.types.DartType[callee.count()];
        if (written != null && written.size() == fixed.length) {
            for (int i = 0; i < fixed.length; i++) {
                fixed[i] = dartType(written.get(i));
            }
        } else if (context instanceof org.dartj.types.DartInterfaceType ct && ct.dartClass() == info.dartClass && ct.arguments().length == fixed.length && !ct.hasTypeParameters()) {
            System.arraycopy(ct.arguments(), 0, fixed, 0, fixed.length);
        }
        return new CallInference(callee, fixed);
    }

    /**
     * Type arguments are not passed to core static members, except to
     * {@code castFrom<S, T>(source)} (List, Set, Map, Queue, Iterable, Stream,
     * StreamTransformer), whose check needs them: they follow the written arguments as hidden
     * positional ones.
     */
    private List<DartExpressionNode> castFromTypeArguments(String member, List<TypeContext> typeArguments) {
        List<DartExpressionNode> hidden = new ArrayList<>();
        if (typeArguments != null && member.equals("castFrom")) {
            for (TypeContext type : typeArguments) {
                hidden.add(new DartConstantNode(resolveType(type)));
            }
        }
        return hidden;
    }

    /** A static member or constructor of a core class; {@code List<int>.filled} reifies its type arguments. */
    private DartExpressionNode coreStaticCall(DartClass cls, String member, List<TypeContext> typeArguments, DartArgumentsNode args, ParserRuleContext whole, ParserRuleContext call) {
        DartFunction f = cls.lookupStatic(member);
        if (f == null) {
            throw error(call, member.isEmpty() ? "Couldn't find constructor '" + cls.getName() + "'." : "Member not found: '" + cls.getName() + "." + member + "'.");
        }
        DartExpressionNode typeArgs = coreCollectionTypeArguments(cls, member, typeArguments, args, whole);
        DartExpressionNode node = typeArgs == null ? new DartStaticCallNode(f, args) : DartStaticCallNode.generic(f, args, typeArgs);
        setSection(node, whole, call);
        org.dartj.types.DartType generated = cls == language.coreClasses().listClass && member.equals("generate") && typeArgs instanceof org.dartj.nodes.expression.DartTypeArgumentsNode t
                        && t.isConstant() ? generatedType(typeArguments, args) : null;
        if (generated == null && cls == language.coreClasses().listClass && typeArguments != null && typeArguments.size() == 1
                        && typeArgs instanceof org.dartj.nodes.expression.DartTypeArgumentsNode t && t.isConstant()
                        && (member.equals("filled") || member.equals("empty") || member.equals("of") || member.equals("from") || member.equals("unmodifiable"))) {
            // `List<Color>.filled(2, .red)` is a List<Color>.
            generated = dartType(typeArguments.get(0));
        }
        if (generated != null) {
            return typed(node, rules().listOf(generated));
        }
        if (cls.typeParameters().length == 0 && language.coreLibraries().isConstructor(f)) {
            // Duration(...), DateTime.utc(...), StringBuffer(): an instance of the class.
            return typed(node, language.coreClasses().types.raw(cls));
        }
        org.dartj.types.DartType declared = rules().staticMember(cls, member);
        return declared != null ? typed(node, declared) : node;
    }

    /**
     * The contexts of a core constructor's arguments: {@code List.generate}'s and
     * {@code Iterable.generate}'s generator (a function of the index, returning the written
     * element type if any) and {@code List<E>.filled}'s fill value; null for other members.
     */
    private ArgumentContexts generateContexts(DartClass cls, String member, List<TypeContext> typeArguments) {
        if (cls == language.coreClasses().listClass && member.equals("filled") && typeArguments != null && typeArguments.size() == 1) {
            // `List<Color>.filled(2, .red)`: the fill value is an E.
            org.dartj.types.DartType element = dartType(typeArguments.get(0));
            return (position, named) -> position == 1 && named == null ? element : null;
        }
        if (cls != language.coreClasses().listClass && cls != language.coreClasses().iterableClass || !member.equals("generate") || typeArguments != null && typeArguments.size() != 1) {
            return null;
        }
        org.dartj.types.DartType element = typeArguments == null ? org.dartj.types.DartSpecialType.DYNAMIC : dartType(typeArguments.get(0));
        return (position, named) -> position == 1 && named == null ? DartStaticTypes.function(element, language.coreClasses().types.intType) : null;
    }

    /** The element type of {@code List.generate(n, f)}: written, else f's return type; null when not known here. */
    private org.dartj.types.DartType generatedType(List<TypeContext> written, DartArgumentsNode args) {
        if (written != null) {
            return written.size() == 1 ? dartType(written.get(0)) : null;
        }
        org.dartj.types.DartType result = args.positionalNodes().length >= 2 ? DartStaticTypes.returnType(staticType(args.positionalNodes()[1])) : null;
        return result == null || result == org.dartj.types.DartSpecialType.VOID || result.hasTypeParameters() ? null : result;
    }

    /**
     * The type arguments a constructor of List, Set or Map reifies in the collection it makes:
     * written ({@code List<int>.filled(3, 0)}, {@code Map<String, int>()}) or, for
     * {@code List.filled}, the static type of a literal fill value; null when not known here
     * (the collection is then not reified). The builtin takes them as a generic function does.
     */
    private DartExpressionNode coreCollectionTypeArguments(DartClass cls, String member, List<TypeContext> written, DartArgumentsNode args, ParserRuleContext at) {
        org.dartj.classes.DartCoreClasses core = language.coreClasses();
        // LinkedHashMap's and LinkedHashSet's copying factories are Map's and Set's (their builtins take the type arguments).
        boolean linkedCopy = (cls == core.linkedHashMapClass || cls == core.linkedHashSetClass)
                        && (member.equals("of") || member.equals("from") || member.equals("fromIterables") || member.equals("fromEntries"));
        // Future<T>.value(...), Completer<T>() and StreamController<T>() reify a written T.
        boolean asyncTyped = (cls == core.futureClass || cls == core.completerClass || cls == core.streamControllerClass) && written != null;
        boolean generate = (cls == core.listClass || cls == core.iterableClass) && member.equals("generate");
        if (cls != core.listClass && cls != core.setClass && cls != core.mapClass && !linkedCopy && !asyncTyped && !generate || member.equals("castFrom")) {
            return null;
        }
        String[] params = cls.typeParameters();
        org.dartj.types.DartType[] types = new org.dartj.types.DartType[params.length];
        if (written != null) {
            if (written.size() != params.length) {
                throw error(at, "Expected " + params.length + " type arguments.");
            }
            for (int i = 0; i < params.length; i++) {
                types[i] = dartType(written.get(i));
            }
        } else if (generate) {
            types[0] = generatedType(null, args);
            if (types[0] == null) {
                return null;
            }
        } else if (cls == core.listClass && member.equals("filled") && args.positionalNodes().length == 2) {
            types[0] = literalType(args.positionalNodes()[1]);
            if (types[0] == null) {
                return null;
            }
            types[0] = inferredElementType(List.of(types[0]));
        } else {
            return null;
        }
        org.dartj.nodes.expression.DartTypeArgumentsNode classArgsNode = typeArgumentsNode(types, at);
        return classArgsNode;
    }

    private DartExpressionNode callNamed(String name, Object resolved, CallSelectorContext call, ParserRuleContext whole) {
        return callNamed(name, resolved, call.arguments(), whole, call.typeArguments() == null ? null : call.typeArguments().typeList().type());
    }

    private DartExpressionNode callNamed(String name, Object resolved, ArgumentsContext call, ParserRuleContext whole) {
        return callNamed(name, resolved, call, whole, null);
    }

    private DartExpressionNode callNamed(String name, Object resolved, ArgumentsContext call, ParserRuleContext whole, List<TypeContext> typeArguments) {
        DartExpressionNode node;
        if (resolved instanceof DartFunctionHolder holder) {
            int positional = 0;
            for (ArgumentContext a : call.argument()) {
                if (a.label() == null) {
                    positional++;
                }
            }
            if (positional < holder.minPositional || positional > holder.maxPositional) {
                throw error(call, positional < holder.minPositional ? "Too few positional arguments: " + holder.minPositional + " required, " + positional + " given."
                                : "Too many positional arguments: " + holder.maxPositional + " allowed, but " + positional + " found.");
            }
            node = genericCall(name, holder, typeArguments, call, whole);
        } else if (resolved instanceof DartFunction f) {
            // A core library function: its declared result type, where its builtin declares one (sqrt).
            org.dartj.types.DartFunctionType declared = language.coreClasses().types.functionTypeOf(f);
            node = new DartStaticCallNode(f, translateArguments(call));
            if (declared != null && declared.returnType() != null && !declared.returnType().hasTypeParameters()) {
                node = typed(node, declared.returnType());
            }
        } else {
            node = new DartInvokeNode(readNonLocal(name, resolved, call), translateArguments(call));
        }
        setSection(node, whole, call);
        return node;
    }

    /**
     * The arguments of {@code receiver.name<T>(args)}. Type arguments are not passed to
     * methods, except for {@code whereType<T>()} and {@code cast<T>()} (no other arguments):
     * their types become the builtin's hidden arguments, as their results depend on them.
     */
    /** {@code receiver.name<types>(args)}: a generic method receives the written type arguments. */
    private DartExpressionNode memberCall(DartExpressionNode receiver, String name, CallSelectorContext call, boolean nullAware, org.dartj.types.DartType receiverType, ParserRuleContext whole) {
        DartExpressionNode user = receiverType == null ? null : userMemberCall(receiver, name, call, nullAware, receiverType, whole);
        if (user != null) {
            return user;
        }
        org.dartj.types.DartType receiverCore = nullAware ? DartStaticTypes.nonNullable(receiverType) : receiverType;
        org.dartj.types.DartType[] argumentTypes = new org.dartj.types.DartType[(int) call.arguments().argument().stream().filter(a -> a.label() == null).count()];
        ArgumentContexts contexts = new ArgumentContexts() {
            @Override
            public org.dartj.types.DartType of(int position, String named) {
                if (name.equals("fold") && position == 1 && named == null) {
                    return rules().foldContext(receiverCore, argumentTypes[0]);
                }
                return rules().argumentContext(receiverCore, name, position, named);
            }

            @Override
            public void translated(int position, String named, DartExpressionNode value) {
                if (named == null && position < argumentTypes.length) {
                    argumentTypes[position] = staticType(value);
                }
            }
        };
        DartArgumentsNode arguments = call.typeArguments() == null && receiverType != null ? translateArguments(call.arguments(), -1, List.of(), contexts) : translateMemberArguments(name, call);
        DartInvokeMemberNode node = new DartInvokeMemberNode(receiver, name, arguments, nullAware);
        if (call.typeArguments() == null) {
            return typed(inferMethodTypeArguments(node, receiverType, name, arguments, call), nullAware || receiverType == null ? null : rules().iterableCall(receiverType, name, argumentTypes));
        }
        boolean hidden = call.arguments().argument().isEmpty() && (name.equals("whereType") || name.equals("cast"));
        if (call.typeArguments() != null && !hidden) {
            node.setTypeArguments(writtenTypeArguments(call.typeArguments(), call));
        }
        if (nullAware || receiverType == null || call.typeArguments().typeList().type().size() != 1) {
            return node;
        }
        org.dartj.types.DartType written = dartType(call.typeArguments().typeList().type(0));
        return typed(node, rules().writtenIterableCall(receiverType, name, new org.dartj.types.DartType[]{written}));
    }

    /** {@code name<types>(args)} inside a class: a call of an instance member on {@code this}, with the type arguments written. */
    private DartInvokeMemberNode implicitThisCall(String name, TypeArgumentsContext typeArguments, DartArgumentsNode arguments, ParserRuleContext at) {
        DartInvokeMemberNode node = new DartInvokeMemberNode(readThis(at), name, arguments, false);
        if (typeArguments != null && !name.equals("whereType") && !name.equals("cast")) {
            node.setTypeArguments(writtenTypeArguments(typeArguments, at));
        }
        return node;
    }

    /** Type arguments written at a call of a generic function or method ({@code f<int, T>(...)}), as passed to the callee. */
    private org.dartj.nodes.expression.DartTypeArgumentsNode writtenTypeArguments(TypeArgumentsContext typeArguments, ParserRuleContext at) {
        List<TypeContext> written = typeArguments.typeList().type();
        org.dartj.types.DartType[] types = new org.dartj.types.DartType[written.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = dartType(written.get(i));
        }
        return typeArgumentsNode(types, at);
    }

    private DartArgumentsNode translateMemberArguments(String name, CallSelectorContext call) {
        return translateMemberArguments(name, call.typeArguments(), call.arguments());
    }

    private DartArgumentsNode translateMemberArguments(String name, TypeArgumentsContext typeArguments, ArgumentsContext arguments) {
        if (typeArguments != null && arguments.argument().isEmpty() && (name.equals("whereType") || name.equals("cast"))) {
            List<DartExpressionNode> types = new ArrayList<>();
            for (TypeContext type : typeArguments.typeList().type()) {
                types.add(new DartConstantNode(resolveType(type)));
            }
            return new DartArgumentsNode(types.toArray(new DartExpressionNode[0]), new DartExpressionNode[0], new String[0]);
        }
        return translateArguments(arguments);
    }

    /**
     * {@code C<T>(args)}, {@code C<T>.named(args)} (a constructor call with type arguments,
     * e.g. {@code List<int>.filled(3, 0)}) or {@code f<T>(args)} (a generic function call).
     * Type arguments are not kept, except that an int literal given as the fill value of
     * {@code List<double>.filled} is a double, as in Dart.
     */
    private DartExpressionNode translateGenericCall(GenericCallPrimaryContext g) {
        IdentifierContext id = g.identifier(0);
        String name = id.getText();
        Variable local = lookupLocal(name);
        Object member = local == null ? classMember(name) : null;
        Object resolved = local == null && member == null ? resolveNonLocal(name, id) : null;
        if (resolved instanceof DartClass cls) {
            String ctor = g.identifier().size() > 1 ? g.identifier(1).getText() : "";
            List<TypeContext> types = g.typeArguments().typeList().type();
            if (cls.typeParameters().length == types.size()) {
                org.dartj.types.DartType[] arguments = new org.dartj.types.DartType[types.size()];
                for (int i = 0; i < arguments.length; i++) {
                    arguments[i] = dartType(types.get(i));
                }
                typeTranslator().checkBounds(cls, arguments, id, "");
            }
            boolean doubleFill = userClasses.get(cls.getName()) == null && cls.getName().equals("List") && ctor.equals("filled") && types.size() == 1 &&
                            types.get(0).getText().equals("double");
            if (!doubleFill) {
                return staticCall(cls, ctor, types, g.arguments(), g, g.arguments());
            }
            return coreStaticCall(cls, ctor, types, translateArguments(g.arguments(), 1), g, g.arguments());
        }
        if (g.identifier().size() > 1 || g.NEW() != null) {
            throw error(g.typeArguments(), "Unexpected '.' after type arguments.");
        }
        DartExpressionNode node;
        if (local != null) {
            node = new DartInvokeNode(instantiate(at(read(local), id), name, g.typeArguments().typeList().type(), g), translateArguments(g.arguments()));
        } else if (member != null) {
            node = member == INSTANCE_MEMBER ? implicitThisCall(name, g.typeArguments(), translateMemberArguments(name, g.typeArguments(), g.arguments()), id)
                            : callStatic(member, g.typeArguments(), g.arguments(), id);
        } else if (resolved instanceof DartFunctionHolder) {
            node = callNamed(name, resolved, g.arguments(), g, g.typeArguments().typeList().type());
        } else if (resolved != null) {
            node = callNamed(name, resolved, g.arguments(), g);
        } else {
            throw error(id, "Method not found: '" + name + "'.");
        }
        setSection(node, g, g.arguments());
        return node;
    }

    /**
     * A type name with type arguments as an expression: a type literal ({@code List<int>}), a
     * constructor tear-off ({@code Box<int>.new}, {@code Box<int>.named}) or a generic function
     * instantiated ({@code f<int>}).
     */
    /**
     * A dot shorthand's context, where it is not the whole expression in a typed context: the
     * right operand of {@code ==}/{@code !=} (the left operand's type) and a case's constant or
     * relational pattern (the matched value's type). Keyed by the shorthand's first token.
     */
    private Token shorthandStart;
    private org.dartj.types.DartType shorthandType;
    /** The static type of the value a case pattern matches, while its top-level parts are translated (null: not known). */
    private org.dartj.types.DartType patternValueType;

    /** The class whose static member or constructor a dot shorthand names: its context type's. */
    private DartClass dotShorthandClass(DotShorthandPrimaryContext ds, PostfixExpressionContext whole) {
        org.dartj.types.DartType t = contextTypeOf(whole, whole);
        if (t == null && shorthandStart != null && shorthandStart == whole.getStart() && shorthandType != null) {
            t = shorthandType.isTop() ? null : shorthandType.withNullable(false);
        }
        if (t instanceof org.dartj.types.DartFutureOrType f) {
            t = f.argument() == null ? null : f.argument().withNullable(false);
        }
        ParserRuleContext name = ds.identifier() != null ? ds.identifier() : null;
        String text = ds.identifier() != null ? ds.identifier().getText() : "new";
        if (t instanceof org.dartj.types.DartInterfaceType it) {
            return it.dartClass();
        }
        if (name != null) {
            throw error(name, "No type was provided to find the dot shorthand '" + text + "'.");
        }
        throw error(ds.getStop(), "No type was provided to find the dot shorthand '" + text + "'.");
    }

    /** The selector {@code .id} (or {@code .new}) that a dot shorthand puts after its class. */
    private static SelectorContext dotShorthandSelector(DotShorthandPrimaryContext ds) {
        SelectorContext holder = new SelectorContext(ds, ds.invokingState);
        SelectorContext selector;
        if (ds.identifier() != null) {
            PropertySelectorContext ps = new PropertySelectorContext(holder);
            ps.addAnyChild(ds.DOT());
            ps.addAnyChild(ds.identifier());
            selector = ps;
        } else {
            ConstructorTearOffSelectorContext ns = new ConstructorTearOffSelectorContext(holder);
            ns.addAnyChild(ds.DOT());
            ns.addAnyChild(ds.NEW());
            selector = ns;
        }
        selector.start = ds.DOT().getSymbol();
        selector.stop = ds.getStop();
        return selector;
    }

    /**
     * The type that gives a dot shorthand compared with or matched against {@code value} its
     * context: its static type, or where flow analysis leaves that open here, the declared type
     * of the local variable or field it names.
     */
    private org.dartj.types.DartType shorthandContextOf(DartExpressionNode value, ParseTree tree) {
        org.dartj.types.DartType t = value == null ? null : staticType(value);
        IdentifierPrimaryContext id = t == null ? single(tree, IdentifierPrimaryContext.class) : null;
        if (id == null) {
            return t;
        }
        String name = id.identifier().getText();
        Variable v = lookupLocal(name);
        TypeContext declared = v != null ? v.declaredType : classMember(name) != null ? ownFieldType(name) : null;
        if (declared == null && v != null) {
            // `var rec = (Color.red, 1);`: the type inferred from its initializer.
            return v.inferredType;
        }
        return declared == null ? null : dartType(declared);
    }

    /** Translates {@code e} with {@code type} as the context of a dot shorthand that starts it. */
    private DartExpressionNode withShorthandContext(ParserRuleContext e, org.dartj.types.DartType type, java.util.function.Supplier<DartExpressionNode> translation) {
        Token savedStart = shorthandStart;
        org.dartj.types.DartType savedType = shorthandType;
        shorthandStart = e.getStart();
        shorthandType = type;
        try {
            return translation.get();
        } finally {
            shorthandStart = savedStart;
            shorthandType = savedType;
        }
    }

    private DartExpressionNode translateTypeInstantiation(TypeInstantiationPrimaryContext ti) {
        TypeNameContext tn = ti.typeName();
        List<TypeContext> written = ti.typeArguments().typeList().type();
        String member = ti.NEW() != null ? "" : ti.identifier() != null ? ti.identifier().getText() : null;
        String first = tn.identifier(0).getText();
        boolean firstIsValue = lookupLocal(first) != null || classMember(first) != null;
        Object resolved = firstIsValue ? null : resolveNonLocal(first, tn);
        if (member == null) {
            // An extension type's name with type arguments is a type literal, not its constructor instantiated.
            Object named = tn.identifier().size() > 1 && resolved instanceof Map<?, ?> library ? library.get(tn.identifier(1).getText()) : resolved;
            DartExpressionNode generic = extensionTypeNamed(named) != null ? null : genericFunctionValue(tn, firstIsValue, resolved);
            if (generic != null) {
                org.dartj.types.DartType[] types = new org.dartj.types.DartType[written.size()];
                for (int i = 0; i < types.length; i++) {
                    types[i] = dartType(written.get(i));
                }
                String name = tn.identifier(tn.identifier().size() - 1).getText();
                RootCallTarget code = new org.dartj.nodes.call.DartInstantiationRootNode(language, name).getCallTarget();
                org.dartj.types.DartFunctionType type = tn.identifier().size() == 1 && resolved instanceof DartFunctionHolder holder ? instantiatedType(holder, types) : null;
                return typed(at(new org.dartj.nodes.call.DartInstantiateNode(generic, typeArgumentsNode(types, ti), code), ti), type);
            }
        }
        if (tn.identifier().size() > 1 && resolved instanceof Map<?, ?> library) {
            resolved = library.get(tn.identifier(1).getText());
        } else if (tn.identifier().size() > 1) {
            resolved = null;
        }
        if (member == null) {
            org.dartj.types.DartType type = typeTranslator().literal(tn, written, ti);
            org.dartj.nodes.expression.DartClassTypeArgumentsNode classArgs = classTypeArguments(type, ti);
            return at(new org.dartj.nodes.expression.DartTypeLiteralNode(classArgs == null ? erased(type) : type, classArgs), ti);
        }
        if (!(resolved instanceof DartClass cls)) {
            throw error(tn, "Undefined name '" + tn.getText() + "'.");
        }
        DartClassInfo info = userClasses.get(cls.getName()) != null && userClasses.get(cls.getName()).dartClass == cls ? userClasses.get(cls.getName()) : loader.classInfo(cls);
        if (info == null) {
            return coreConstructorTearOff(cls, member, written, ti);
        }
        return constructorTearOff(info, member, written, ti);
    }

    /**
     * A constructor of a core class as a function value ({@code StringBuffer.new},
     * {@code List<int>.filled}): the builtin itself, or with written type arguments an
     * instantiation of it that hands them over on every call (a collection reifies them).
     */
    private DartExpressionNode coreConstructorTearOff(DartClass cls, String member, List<TypeContext> written, ParserRuleContext at) {
        DartFunction constructor = cls.lookupStatic(member);
        if (constructor == null) {
            throw error(at, member.isEmpty() ? "Couldn't find constructor '" + cls.getName() + "'." : "Couldn't find constructor '" + cls.getName() + "." + member + "'.");
        }
        if (written == null) {
            return at(new DartConstantNode(constructor), at);
        }
        String[] params = cls.typeParameters();
        if (written.size() != params.length) {
            throw error(at, "Expected " + params.length + " type arguments.");
        }
        org.dartj.types.DartType[] types = new org.dartj.types.DartType[params.length];
        for (int i = 0; i < types.length; i++) {
            types[i] = dartType(written.get(i));
        }
        String name = member.isEmpty() ? cls.getName() + ".new" : cls.getName() + "." + member;
        RootCallTarget code = new org.dartj.nodes.call.DartInstantiationRootNode(language, name).getCallTarget();
        return at(new org.dartj.nodes.call.DartInstantiateNode(new DartConstantNode(constructor), typeArgumentsNode(types, at), code), at);
    }

    /**
     * The static type of {@code f<types>} for a generic top-level function {@code f} of this
     * library: its signature with the type arguments (so that calls of the value see its
     * parameter types); null when not known here.
     */
    private org.dartj.types.DartFunctionType instantiatedType(DartFunctionHolder holder, org.dartj.types.DartType[] types) {
        for (org.dartj.types.DartType t : types) {
            if (t.hasTypeParameters()) {
                return null;
            }
        }
        for (TopLevelDeclarationContext d : declarations) {
            if (d instanceof TopLevelFunctionContext f && f.functionSignature().identifier().getText().equals(holder.name) && functions.get(holder.name) == holder) {
                FunctionSignatureContext sig = f.functionSignature();
                if (sig.typeParameters() == null || sig.typeParameters().typeParameter().size() != types.length) {
                    return null;
                }
                TypeParametersContext savedParameters = signatureTypeParameters;
                int savedOffset = signatureTypeParameterOffset;
                signatureTypeParameters = sig.typeParameters();
                signatureTypeParameterOffset = 0;
                try {
                    FunctionBodyContext body = f.functionBody();
                    org.dartj.types.DartFunctionType generic = signatureType(sig.formalParameterList(), body.expression(), body.ASYNC() != null, body.STAR() != null, f, true);
                    return generic == null ? null : (org.dartj.types.DartFunctionType) generic.substitute(types);
                } finally {
                    signatureTypeParameters = savedParameters;
                    signatureTypeParameterOffset = savedOffset;
                }
            }
        }
        return null;
    }

    /**
     * The function that {@code name<types>} or {@code a.b<types>} instantiates: a local
     * function, a member of the enclosing class, a top-level function (also through a prefix),
     * a static method ({@code C.m}) or a method torn off a value ({@code obj.m}); null when the
     * name is a type (a type literal or a constructor tear-off follows).
     */
    private DartExpressionNode genericFunctionValue(TypeNameContext tn, boolean firstIsValue, Object resolved) {
        IdentifierContext firstId = tn.identifier(0);
        if (tn.identifier().size() == 1) {
            if (firstIsValue) {
                return readName(firstId.getText(), firstId);
            }
            return resolved instanceof DartFunctionHolder holder ? at(new DartTopLevelFunctionNode(holder), tn) : null;
        }
        IdentifierContext second = tn.identifier(1);
        String memberName = second.getText();
        if (firstIsValue || resolved instanceof DartGlobalVariable || resolved instanceof DartStaticMember || resolved instanceof DartCoreLibraries.Getter) {
            return at(new DartGetPropertyNode(readName(firstId.getText(), firstId), memberName, false), tn);
        }
        if (resolved instanceof Map<?, ?> library) {
            return library.get(memberName) instanceof DartFunctionHolder holder ? at(new DartTopLevelFunctionNode(holder), tn) : null;
        }
        if (resolved instanceof DartClass cls) {
            DartClassInfo info = classInfoOf(cls);
            if (info != null) {
                Object staticMember = info.staticMember(memberName);
                if (staticMember instanceof DartStaticMember m && !m.isGetter()) {
                    return readStatic(staticMember, second);
                }
                if (staticMember == null && !info.constructors.containsKey(memberName)) {
                    throw error(second, "Member not found: '" + cls.getName() + "." + memberName + "'.");
                }
                return null;
            }
            DartFunction method = cls.lookupStatic(memberName);
            return method == null ? null : at(new DartConstantNode(method), second);
        }
        return null;
    }

    /** {@code f<types>} for a function value {@code f}: the value instantiated with the written types. */
    private DartExpressionNode instantiate(DartExpressionNode function, String name, List<TypeContext> written, ParserRuleContext at) {
        org.dartj.types.DartType[] types = new org.dartj.types.DartType[written.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = dartType(written.get(i));
        }
        RootCallTarget code = new org.dartj.nodes.call.DartInstantiationRootNode(language, name).getCallTarget();
        return at(new org.dartj.nodes.call.DartInstantiateNode(function, typeArgumentsNode(types, at), code), at);
    }

    /** A constructor as a function value: {@code Box.new}, {@code Box.named}, {@code Box<int>.new}. */
    private DartExpressionNode constructorTearOff(DartClassInfo info, String member, List<TypeContext> written, ParserRuleContext at) {
        DartFunctionHolder ctor = info.constructors.get(member);
        if (ctor == null) {
            throw error(at, member.isEmpty() ? "Couldn't find constructor '" + info.name() + "'." : "Couldn't find constructor '" + info.name() + "." + member + "'.");
        }
        if (info.dartClass.isAbstract() && !info.factories.contains(member)) {
            throw error(at, "The class '" + info.name() + "' is abstract and can't be instantiated.");
        }
        String name = member.isEmpty() ? info.name() + ".new" : info.name() + "." + member;
        String[] params = info.dartClass.typeParameters();
        if (written != null && written.size() != params.length) {
            throw error(at, "Expected " + params.length + " type arguments.");
        }
        if (params.length == 0) {
            return at(new org.dartj.nodes.object.DartConstructorTearOffNode(ctor, name, null), at);
        }
        org.dartj.types.DartType[] types = new org.dartj.types.DartType[params.length];
        boolean constant = true;
        for (int i = 0; i < types.length; i++) {
            types[i] = written == null ? info.dartClass.defaultTypeArgument(i) : dartType(written.get(i));
            constant &= !types[i].hasTypeParameters();
        }
        if (written != null && constant) {
            typeTranslator().checkBounds(info.dartClass, types, at, "");
        }
        if (info.factories.contains(member)) {
            // Box<int>.make, and Box<T>.make in generic code: the factory instantiated (equal
            // tear-offs for equal type arguments).
            RootCallTarget code = new org.dartj.nodes.call.DartInstantiationRootNode(language, name).getCallTarget();
            return at(new org.dartj.nodes.call.DartInstantiateNode(new DartTopLevelFunctionNode(ctor), typeArgumentsNode(types, at), code), at);
        }
        DartExpressionNode typeArguments = written == null ? new org.dartj.nodes.expression.DartTypeArgumentsNode(types, null)
                        : constructorTypeArguments(info, member, written, null, null, at).node();
        return at(new org.dartj.nodes.object.DartConstructorTearOffNode(ctor, name, typeArguments), at);
    }

    private DartArgumentsNode translateArguments(ArgumentsContext args) {
        return translateArguments(args, -1);
    }

    /** The arguments; an int literal at positional index {@code doubleIndex} becomes a double. */
    private DartArgumentsNode translateArguments(ArgumentsContext args, int doubleIndex) {
        return translateArguments(args, doubleIndex, List.of());
    }

    /** The arguments, then {@code trailing} as more positional arguments. */
    private DartArgumentsNode translateArguments(ArgumentsContext args, int doubleIndex, List<DartExpressionNode> trailing) {
        return translateArguments(args, doubleIndex, trailing, null);
    }

    /** The context type of a call's argument, by positional index or name (null: none known). */
    @FunctionalInterface
    private interface ArgumentContexts {
        org.dartj.types.DartType of(int position, String named);

        /** Called with each argument once translated (upward inference from its static type). */
        default void translated(int position, String named, DartExpressionNode value) {
        }
    }

    /** The arguments, each translated in the context {@code contexts} gives it (if not null). */
    private DartArgumentsNode translateArguments(ArgumentsContext args, int doubleIndex, List<DartExpressionNode> trailing, ArgumentContexts contexts) {
        List<DartExpressionNode> positional = new ArrayList<>();
        List<DartExpressionNode> named = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<ArgumentContext> all = args.argument();
        for (int i = 0; i < all.size(); i++) {
            ArgumentContext a = all.get(i);
            org.dartj.types.DartType context = contexts == null ? null : contexts.of(positional.size(), a.label() == null ? null : a.label().identifier().getText());
            DartExpressionNode translated = context == null ? translateExpression(a.expression()) : translateInContextType(a.expression(), context);
            if (contexts != null) {
                contexts.translated(positional.size(), a.label() == null ? null : a.label().identifier().getText(), translated);
            }
            DartExpressionNode value = spillIfLaterAwaits(translated, all.subList(i + 1, all.size()));
            if (a.label() != null) {
                String n = a.label().identifier().getText();
                if (names.contains(n)) {
                    throw error(a.label(), "Duplicated named argument '" + n + "'.");
                }
                names.add(n);
                named.add(value);
            } else {
                if (positional.size() == doubleIndex && value instanceof DartLongLiteralNode literal) {
                    value = new DartDoubleLiteralNode(literal.getValue());
                }
                positional.add(value);
            }
        }
        positional.addAll(trailing);
        return new DartArgumentsNode(positional.toArray(new DartExpressionNode[0]), named.toArray(new DartExpressionNode[0]), names.toArray(new String[0]));
    }

    /** A name that is not a local: library function or variable, or an imported name. */
    Object resolveNonLocal(String name, ParserRuleContext at) {
        DartFunctionHolder f = functions.get(name);
        if (f != null) {
            return f;
        }
        DartClassInfo userClass = userClasses.get(name);
        if (userClass != null && !userClass.isExtension) {
            return userClass.dartClass;
        }
        DartStaticMember accessor = accessors.get(name);
        if (accessor != null) {
            return accessor;
        }
        if (globals.containsKey(name)) {
            return globals.get(name);
        }
        if (prefixes.containsKey(name)) {
            return prefixes.get(name);
        }
        return imported.get(name);
    }

    private DartExpressionNode readName(String name, ParserRuleContext at) {
        Variable v = lookupLocal(name);
        if (v != null) {
            return typed(at(read(v), at), readType(v));
        }
        Object member = classMember(name);
        if (member != null) {
            return member == INSTANCE_MEMBER ? at(new DartGetPropertyNode(readThis(at), name, false), at) : readStatic(member, at);
        }
        Object resolved = resolveNonLocal(name, at);
        if (resolved == null) {
            DartExpressionNode typeParameter = typeParameterLiteral(name, at);
            if (typeParameter != null) {
                return typeParameter;
            }
            if (isTypedefName(name)) {
                return readNonLocal(name, new DartTypedef(this, name), at);
            }
            throw error(at, "Undefined name '" + name + "'.");
        }
        return readNonLocal(name, resolved, at);
    }

    /** Whether {@code name} is a typedef of this library (not an extension type). */
    private boolean isTypedefName(String name) {
        return functionTypeAliases.containsKey(name) || typeAliases.get(name) != null && typeAliases.get(name).getParent() instanceof TypeAliasContext;
    }

    private DartExpressionNode readNonLocal(String name, Object resolved, ParserRuleContext at) {
        if (resolved instanceof DartTypedef typedef) {
            // A typedef's name as a type literal: the type it stands for, instantiated to bounds.
            org.dartj.types.DartType type = typedef.owner().typeTranslator().alias(typedef.name(), new org.dartj.types.DartType[0], false, at);
            return at(new org.dartj.nodes.expression.DartTypeLiteralNode(erased(type), null), at);
        }
        DartClassInfo extensionType = extensionTypeNamed(resolved);
        if (extensionType != null) {
            // An extension type's name as a value is a type literal of its erasure, not a tear-off.
            org.dartj.types.DartType type = extensionType.owner.translator().typeTranslator().alias(extensionType.dartClass.getName(), new org.dartj.types.DartType[0], false, at);
            return at(new org.dartj.nodes.expression.DartTypeLiteralNode(erased(type), null), at);
        }
        if (resolved instanceof DartFunctionHolder holder) {
            return at(new DartTopLevelFunctionNode(holder), at);
        } else if (resolved instanceof DartGlobalVariable g) {
            return typed(at(new DartReadGlobalNode(g), at), globals.get(name) == g ? topLevelType(name) : null);
        } else if (resolved instanceof DartStaticMember accessor) {
            if (accessor.holder() == null) {
                throw error(at, "Getter not found: '" + name + "'.");
            }
            return readStatic(accessor, at);
        } else if (resolved instanceof DartCoreLibraries.Getter getter) {
            return at(new DartStaticCallNode(getter.function(), new DartArgumentsNode(new DartExpressionNode[0], new DartExpressionNode[0], new String[0])), at);
        } else if (resolved instanceof Map) {
            throw error(at, "A prefix can't be used as an expression.");
        } else if (resolved instanceof DartClass cls) {
            // A type literal: the class instantiated to dynamic (List is List<dynamic>).
            return at(new DartConstantNode(language.coreClasses().types.raw(cls)), at);
        }
        return at(new DartConstantNode(resolved), at);
    }

    private DartExpressionNode assignTo(String name, DartExpressionNode value, ParserRuleContext at) {
        Variable v = lookupLocal(name);
        if (v != null) {
            lastAssigned = v;
            lastAssignedType = staticType(value);
            if (isDoubleType(v.declaredType) && language.coreClasses().types.intType.equals(lastAssignedType)) {
                // An int literal in a double context is a double.
                lastAssignedType = language.coreClasses().types.doubleType;
            }
            if (v.isFinal) {
                throw error(at, "Can't assign to the final variable '" + name + "'.");
            }
            if (v.declaredType != null) {
                value = implicitCast(isDoubleType(v.declaredType) ? DartToDoubleNodeGen.create(value) : value, v.declaredType, at);
            }
            return at(write(v, value), at);
        }
        Object member = classMember(name);
        if (member == INSTANCE_MEMBER) {
            return at(new DartSetPropertyNode(readThis(at), name, value).implicitThis(), at);
        } else if (member != null) {
            return writeStatic(member, name, value, at);
        }
        Object resolved = resolveNonLocal(name, at);
        if (resolved instanceof DartStaticMember accessor) {
            return writeStatic(accessor, name, value, at);
        }
        if (resolved instanceof DartCoreLibraries.Getter) {
            return writeStatic(resolved, name, value, at);
        }
        if (resolved instanceof DartGlobalVariable g) {
            if (g.isFinal && !g.assignableOnce) {
                throw error(at, "Can't assign to the final variable '" + name + "'.");
            }
            TypeContext type = globalTypes.get(g);
            if (type != null) {
                value = implicitCast(isDoubleType(type) ? DartToDoubleNodeGen.create(value) : value, type, at);
            }
            return at(new DartWriteGlobalNode(g, value), at);
        }
        if (resolved == null) {
            throw error(at, "Undefined name '" + name + "'.");
        }
        throw error(at, "Can't assign to '" + name + "'.");
    }

    // ------------------------------------------------------------------ class members

    /** Type aliases: the aliased type, or null for a function type alias. */
    final Map<String, TypeContext> typeAliases = new HashMap<>();
    /** Old-style function typedefs ({@code typedef int Op(int a, int b);}), by name (their typeAliases entry is null). */
    final Map<String, FunctionTypeAliasContext> functionTypeAliases = new HashMap<>();

    /**
     * The function type an old-style typedef stands for, its type parameters read as the
     * typedef's (bound by the caller); null where a parameter is itself written as a function
     * ({@code int f(int x)}), which then reads as {@code Function}.
     */
    org.dartj.types.DartFunctionType functionTypeAlias(FunctionTypeAliasContext fa) {
        FormalParameterListContext params = fa.formalParameterList();
        org.dartj.types.DartType returnType = fa.type() == null ? org.dartj.types.DartSpecialType.DYNAMIC : dartType(fa.type());
        List<org.dartj.types.DartType> required = new ArrayList<>();
        List<org.dartj.types.DartType> optional = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<org.dartj.types.DartType> named = new ArrayList<>();
        List<Boolean> namedRequired = new ArrayList<>();
        for (NormalFormalParameterContext p : params.normalFormalParameter()) {
            org.dartj.types.DartType t = parameterType(p, true);
            if (t == null) {
                return null;
            }
            required.add(t);
        }
        if (params.optionalOrNamedParameters() instanceof OptionalPositionalParametersContext opt) {
            for (DefaultFormalParameterContext d : opt.defaultFormalParameter()) {
                org.dartj.types.DartType t = parameterType(d.normalFormalParameter(), true);
                if (t == null) {
                    return null;
                }
                optional.add(t);
            }
        } else if (params.optionalOrNamedParameters() instanceof NamedParametersContext np) {
            for (DefaultNamedParameterContext d : np.defaultNamedParameter()) {
                org.dartj.types.DartType t = parameterType(d.normalFormalParameter(), true);
                if (t == null) {
                    return null;
                }
                names.add(parameterName(d.normalFormalParameter()));
                named.add(t);
                namedRequired.add(d.REQUIRED() != null);
            }
        }
        return DartTypeTranslator.function(returnType, required, optional, names, named, namedRequired);
    }
    /** The declared types of this library's typed top-level variables (assignments are checked). */
    final Map<DartGlobalVariable, TypeContext> globalTypes = new HashMap<>();
    /** Top-level getters and setters. */
    final Map<String, DartStaticMember> accessors = new HashMap<>();

    /** Classes declared in this library, by name. */
    final Map<String, DartClassInfo> userClasses = new HashMap<>();

    static final Object INSTANCE_MEMBER = new Object();

    /**
     * A name that is a member of the enclosing class: {@link #INSTANCE_MEMBER} (then read
     * through {@code this}), a static member's holder or variable, or null.
     */
    Object classMember(String name) {
        DartClassInfo cls = function == null ? currentClass : function.enclosingClass;
        if (cls == null) {
            return null;
        }
        Object s = cls.staticMember(name);
        if (s != null) {
            return s;
        }
        if (cls.hasInstanceMember(name) && lookupLocal("this") != null) {
            return INSTANCE_MEMBER;
        }
        if (lookupLocal("this") != null && isRecordField(cls, name)) {
            return INSTANCE_MEMBER;
        }
        return null;
    }

    /** A field of the record type an extension is on ({@code $1}, a named field): a member of {@code this}. */
    private static boolean isRecordField(DartClassInfo cls, String name) {
        if (!(cls.declaration instanceof ExtensionDeclarationContext xd) || xd.type().typeNotFunction() == null || xd.type().typeNotFunction().recordType() == null) {
            return false;
        }
        RecordTypeContext record = xd.type().typeNotFunction().recordType();
        int brace = record.LBRACE() == null ? Integer.MAX_VALUE : record.LBRACE().getSymbol().getTokenIndex();
        int positional = 0;
        for (RecordTypeFieldContext field : record.recordTypeField()) {
            if (field.getStart().getTokenIndex() < brace) {
                positional++;
            } else if (field.identifier() != null && field.identifier().getText().equals(name)) {
                return true;
            }
        }
        return name.matches("\\$[1-9][0-9]*") && Integer.parseInt(name.substring(1)) <= positional;
    }

    DartExpressionNode readThis(ParserRuleContext at) {
        Variable self = lookupLocal("this");
        if (self == null) {
            throw error(at, "Invalid reference to 'this' expression.");
        }
        return at(read(self), at);
    }

    private Object requireStatic(DartClassInfo info, String member, ParserRuleContext at) {
        Object m = info.staticMember(member);
        if (m == null) {
            throw error(at, "Member not found: '" + info.name() + "." + member + "'.");
        }
        return m;
    }

    /** Reads a static member: a static field, a static getter, or a static method tear-off. */
    private DartExpressionNode readStatic(Object member, ParserRuleContext at) {
        if (member instanceof DartGlobalVariable g) {
            return at(new DartReadGlobalNode(g), at);
        }
        if (member instanceof DartCoreLibraries.Getter getter) {
            return at(new DartStaticCallNode(getter.function(), new DartArgumentsNode(new DartExpressionNode[0], new DartExpressionNode[0], new String[0])), at);
        }
        DartStaticMember m = (DartStaticMember) member;
        if (m.isGetter()) {
            return at(new DartStaticCallNode(m.holder(), new DartArgumentsNode(new DartExpressionNode[0], new DartExpressionNode[0], new String[0])), at);
        }
        return at(new DartTopLevelFunctionNode(m.holder()), at);
    }

    private DartExpressionNode callStatic(Object member, ArgumentsContext arguments, ParserRuleContext at) {
        return callStatic(member, null, arguments, at);
    }

    /** The contexts that a function type's parameters give the arguments of a call of a value of that type; null when it is not a function type. */
    private static ArgumentContexts functionTypeContexts(org.dartj.types.DartType callee) {
        if (!(callee instanceof org.dartj.types.DartFunctionType f) || f.isNullable()) {
            return null;
        }
        org.dartj.types.DartType[] required = f.requiredParameters();
        org.dartj.types.DartType[] optional = f.optionalParameters();
        List<String> names = List.of(f.parameterNames());
        org.dartj.types.DartType[] named = f.namedParameters();
        return (position, name) -> name != null ? (names.contains(name) ? named[names.indexOf(name)] : null)
                        : position < required.length ? required[position] : position - required.length < optional.length ? optional[position - required.length] : null;
    }

    /** A call of static member {@code name} of {@code info}: a static method of a class of this library is called with inference. */
    private DartExpressionNode callStatic(DartClassInfo info, String name, Object member, TypeArgumentsContext typeArguments, ArgumentsContext arguments, ParserRuleContext whole,
                    ParserRuleContext at) {
        MethodMemberContext declaration = info == null || userClasses.get(info.name()) != info || !(member instanceof DartStaticMember m) || m.isGetter() ? null : staticMethod(info, name);
        if (declaration != null) {
            return callStaticMethod((DartStaticMember) member, declaration, typeArguments, arguments, whole, at);
        }
        return callStatic(member, typeArguments, arguments, at);
    }

    /** A call of a static member; a static generic method receives the type arguments written at the call. */
    private DartExpressionNode callStatic(Object member, TypeArgumentsContext typeArguments, ArgumentsContext arguments, ParserRuleContext at) {
        if (member instanceof DartStaticMember m && !m.isGetter()) {
            if (typeArguments != null) {
                return at(DartStaticCallNode.generic(m.holder(), translateArguments(arguments), writtenTypeArguments(typeArguments, at)), at);
            }
            return at(new DartStaticCallNode(m.holder(), translateArguments(arguments)), at);
        }
        return at(new DartInvokeNode(readStatic(member, at), translateArguments(arguments)), at);
    }

    private DartExpressionNode writeStatic(Object member, String name, DartExpressionNode value, ParserRuleContext at) {
        if (member instanceof DartGlobalVariable g) {
            if (g.isFinal && !g.assignableOnce) {
                throw error(at, "Can't assign to the final variable '" + name + "'.");
            }
            TypeContext type = globalTypes.get(g);
            if (type != null) {
                value = implicitCast(isDoubleType(type) ? DartToDoubleNodeGen.create(value) : value, type, at);
            }
            return at(new DartWriteGlobalNode(g, value), at);
        }
        if (member instanceof DartCoreLibraries.Getter getter && getter.setter() != null) {
            return at(new DartStaticCallNode(getter.setter(), new DartArgumentsNode(new DartExpressionNode[]{value}, new DartExpressionNode[0], new String[0])), at);
        } else if (member instanceof DartCoreLibraries.Getter) {
            throw error(at, "Can't assign to '" + name + "'.");
        }
        DartStaticMember m = (DartStaticMember) member;
        if (m.setter() == null) {
            throw error(at, "Can't assign to '" + name + "'.");
        }
        return at(new DartStaticCallNode(m.setter(), new DartArgumentsNode(new DartExpressionNode[]{value}, new DartExpressionNode[0], new String[0])), at);
    }

    /** {@code Class.staticField} as an assignment target, or null. */
    private Object staticTarget(PostfixExpressionContext target) {
        if (target.selector().size() == 1 && target.selector().get(0) instanceof PropertySelectorContext ps && target.primary() instanceof IdentifierPrimaryContext id &&
                        lookupLocal(id.identifier().getText()) == null && classMember(id.identifier().getText()) == null) {
            DartClassInfo info = userClasses.get(id.identifier().getText());
            if (info != null) {
                return requireStatic(info, ps.identifier().getText(), ps);
            }
            // prefix.variable, prefix.setter
            if (resolveNonLocal(id.identifier().getText(), id) instanceof Map<?, ?> library) {
                Object member = library.get(ps.identifier().getText());
                if (member instanceof DartGlobalVariable || member instanceof DartStaticMember || member instanceof DartCoreLibraries.Getter) {
                    return member;
                }
            }
        }
        return null;
    }

    /** {@code super.name(args)}: the superclass's method, called on {@code this}. */
    private DartExpressionNode superInvoke(String name, ArgumentsContext arguments, ParserRuleContext at) {
        DartClass superclass = superclassOfCurrent(at);
        DartFunction method = superclass.lookupMethod(name);
        if (method == null) {
            Object getter = superclass.lookupGetterOrField(name);
            if (getter == null) {
                throw error(at, "Superclass has no method named '" + name + "'.");
            }
            return new DartInvokeNode(superGet(name, at), translateArguments(arguments));
        }
        return new DartSuperCallNode(readThis(at), method, translateArguments(arguments, -1, List.of(), superCallContexts(superclass, name)));
    }

    /** Contexts for the arguments of {@code super.name(...)}: the parameter types of a non-generic method of a non-generic class of this library; else null. */
    private ArgumentContexts superCallContexts(DartClass superclass, String name) {
        DartClassInfo info = userClasses.get(superclass.getName());
        PlainMethodSignatureContext pm = info == null || info.dartClass != superclass ? null : instanceMethod(info, name);
        DartClassInfo declaring = pm == null ? null : declaringClass(pm);
        if (pm == null || pm.typeParameters() != null || declaring == null || declaring.dartClass.typeParameters().length > 0) {
            return null;
        }
        return new CallInference(calleeSignature(pm.formalParameterList(), null, pm.type(), declaring, new org.dartj.types.DartType[0]), new org.dartj.types.DartType[0]);
    }

    /** {@code super.name}: the superclass's getter or field, on {@code this}. */
    private DartExpressionNode superGet(String name, ParserRuleContext at) {
        DartClass superclass = superclassOfCurrent(at);
        Object getter = superclass.lookupGetterOrField(name);
        if (getter instanceof Integer index) {
            return at(new DartReadFieldNode(readThis(at), index), at);
        } else if (getter instanceof DartFunction f) {
            return at(new DartSuperCallNode(readThis(at), f, new DartArgumentsNode(new DartExpressionNode[0], new DartExpressionNode[0], new String[0])), at);
        }
        DartFunction method = superclass.lookupMethod(name);
        if (method != null) {
            return at(new DartBoundMethodNode(readThis(at), method), at);
        }
        throw error(at, "Superclass has no getter named '" + name + "'.");
    }

    private DartClass superclassOfCurrent(ParserRuleContext at) {
        DartClassInfo cls = function == null ? null : function.enclosingClass;
        if (cls == null || lookupLocal("this") == null) {
            throw error(at, "'super' can only be used in instance members.");
        }
        return cls.dartClass.getSuperclass();
    }

    // ------------------------------------------------------------------ assignment

    /** The postfix expression inside an assignment's left side, or null if it is not one. */
    private static PostfixExpressionContext assignable(ConditionalExpressionContext c) {
        ParseTree t = c;
        while (true) {
            if (t instanceof PostfixExpressionContext p) {
                return p.PLUS_PLUS() == null && p.MINUS_MINUS() == null ? p : null;
            }
            if (t instanceof ParserRuleContext r && r.getChildCount() == 1) {
                t = r.getChild(0);
            } else {
                return null;
            }
        }
    }

    private DartExpressionNode translateAssignment(ConditionalHeadExpressionContext a) {
        return translateAssignment(a.conditionalExpression(), a.assignmentOperator(), a.expression(), a);
    }

    /**
     * {@code target op value}, where {@code value} is an expression or, as the value of a
     * cascade section, an expression without cascade ({@code ..a = b = 3}).
     */
    private DartExpressionNode translateAssignment(ConditionalExpressionContext targetCtx, AssignmentOperatorContext op, ParserRuleContext valueCtx, ParserRuleContext whole) {
        PostfixExpressionContext target = assignable(targetCtx);
        if (target != null && target.selector().isEmpty() && target.primary() instanceof RecordPrimaryContext rp && rp.CONST() == null && op.EQ() != null) {
            return translatePatternAssignment(rp.recordLiteral(), valueCtx, whole);
        }
        if (target == null) {
            throw error(targetCtx, "Illegal assignment target.");
        }
        if (op.GT().size() > 0) {
            checkAdjacent(op);
        }
        int type = op.getStart().getType();
        if (type == DartLexer.EQ) {
            // `c = .red`: a variable's or field's declared type is the context of a dot shorthand.
            org.dartj.types.DartType shorthandContext = target.selector().isEmpty() && valueCtx.getStart().getType() == DartLexer.DOT ? shorthandContextOf(null, target) : null;
            return assign(target, indexed -> {
                org.dartj.types.DartType context = shorthandContext != null ? shorthandContext : valueCtx.getStart().getType() == DartLexer.DOT ? indexed : null;
                return context == null ? translateValue(valueCtx) : withShorthandContext(valueCtx, context, () -> translateValue(valueCtx));
            }, whole);
        }
        if (type == DartLexer.QUESTION_QUESTION_EQ) {
            return translateCompound(target, compoundOperator(op), null, false, whole, valueCtx);
        }
        char fused = type == DartLexer.PLUS_EQ ? '+' : type == DartLexer.MINUS_EQ ? '-' : (char) 0;
        return translateCompound(target, compoundOperator(op), fused, null, false, whole, valueCtx);
    }

    /** An assigned value: an expression, or an expression without cascade. */
    private DartExpressionNode translateValue(ParserRuleContext value) {
        return value instanceof ExpressionWithoutCascadeContext e ? translateExpressionWithoutCascade(e) : translateExpression((ExpressionContext) value);
    }

    /** The operation of {@code ??=}: its right operand is evaluated only when the target is null. */
    private static final Binary IF_NULL = (left, right) -> new DartIfNullNode(left, right);

    /** The operation of a compound assignment operator ({@code +=}, {@code ??=}, ...). */
    private static Binary compoundOperator(AssignmentOperatorContext op) {
        int type = op.getStart().getType();
        if (type == DartLexer.QUESTION_QUESTION_EQ) {
            return IF_NULL;
        }
        return switch (type) {
            case DartLexer.STAR_EQ -> DartMulNodeGen::create;
            case DartLexer.SLASH_EQ -> DartDivNodeGen::create;
            case DartLexer.TILDE_SLASH_EQ -> DartIntegerDivNodeGen::create;
            case DartLexer.PERCENT_EQ -> DartModuloNodeGen::create;
            case DartLexer.PLUS_EQ -> DartAddNodeGen::create;
            case DartLexer.MINUS_EQ -> DartSubNodeGen::create;
            case DartLexer.LT_LT_EQ -> DartShiftLeftNodeGen::create;
            case DartLexer.AMP_EQ -> DartBitAndNodeGen::create;
            case DartLexer.CARET_EQ -> DartBitXorNodeGen::create;
            case DartLexer.BAR_EQ -> DartBitOrNodeGen::create;
            default -> op.GT().size() == 2 ? DartUnsignedShiftRightNodeGen::create : DartShiftRightNodeGen::create;
        };
    }

    /** {@code target = value} for a name, a property or an index target. */
    private DartExpressionNode assign(PostfixExpressionContext target, java.util.function.Function<org.dartj.types.DartType, DartExpressionNode> value, ParserRuleContext whole) {
        List<SelectorContext> selectors = target.selector();
        if (selectors.isEmpty()) {
            if (!(target.primary() instanceof IdentifierPrimaryContext id)) {
                throw error(target, "Illegal assignment target.");
            }
            return assignTo(id.identifier().getText(), value.apply(null), whole);
        }
        Object staticField = staticTarget(target);
        if (staticField != null) {
            return writeStatic(staticField, ((PropertySelectorContext) selectors.get(0)).identifier().getText(), value.apply(null), whole);
        }
        SelectorContext last = selectors.get(selectors.size() - 1);
        String name = propertyName(last);
        ExpressionContext indexCtx = indexExpression(last);
        if (name == null && indexCtx == null) {
            throw error(target, "Illegal assignment target.");
        }
        DartClass extension = explicitExtensionTarget(target);
        if (extension != null) {
            // `Ext(x).p = v`, `Ext(x)[i] = v`: the extension's setter or operator, whatever x's class declares;
            // `Ext(x)?.p = v`, `Ext(x)?[i] = v` do nothing (and are null) when x is null.
            List<NullShort> extensionShorts = new ArrayList<>();
            DartExpressionNode extensionReceiver = extensionReceiver(target);
            if (isNullAware(last)) {
                extensionReceiver = openShort(extensionReceiver, extensionShorts);
            }
            DartExpressionNode r = spillIfAwaitFollows(extensionReceiver, whole);
            if (name != null) {
                return closeShorts(at(new DartSetPropertyNode(r, name, value.apply(null)).setExtension(extension), whole), extensionShorts, whole);
            }
            DartExpressionNode index = spillIfAwaitFollows(translateExpression(indexCtx), whole);
            return closeShorts(extensionIndexSet(extension, r, index, value.apply(null), whole), extensionShorts, whole);
        }
        // `a?.b.c = v`, `a?.c = v`: when a is null, nothing more is evaluated (v neither) and the value is null.
        List<NullShort> shorts = new ArrayList<>();
        DartExpressionNode receiver = receiverOf(target, shorts);
        if (isNullAware(last)) {
            receiver = openShort(receiver, shorts);
        }
        DartExpressionNode r = spillIfAwaitFollows(receiver, whole);
        DartExpressionNode store;
        if (name != null) {
            store = at(new DartSetPropertyNode(r, name, value.apply(null)), whole);
        } else {
            // `map[.red] = .on`: operator []= gives its key and value their context (K and V of a Map<K, V>).
            org.dartj.types.DartType receiverType = staticType(receiver);
            org.dartj.types.DartType keyContext = receiverType == null ? null : rules().argumentContext(receiverType, "[]=", 0, null);
            DartExpressionNode key = keyContext == null ? translateExpression(indexCtx) : translateInContextType(indexCtx, keyContext);
            DartExpressionNode index = spillIfAwaitFollows(key, whole);
            store = at(DartIndexSetNodeGen.create(r, index, value.apply(receiverType == null ? null : rules().argumentContext(receiverType, "[]=", 1, null))), whole);
        }
        return closeShorts(store, shorts, whole);
    }

    /**
     * The extension of an explicit extension application that is an assignment target
     * ({@code Ext(x).p}, {@code Ext(x)[i]}), or null.
     */
    private DartClass explicitExtensionTarget(PostfixExpressionContext target) {
        List<SelectorContext> selectors = target.selector();
        if (selectors.size() != 2 || !(target.primary() instanceof IdentifierPrimaryContext id) || !(selectors.get(0) instanceof CallSelectorContext application)
                        || application.typeArguments() != null || application.arguments().argument().size() != 1 || application.arguments().argument(0).label() != null
                        || !(selectors.get(1) instanceof PropertySelectorContext || selectors.get(1) instanceof IndexSelectorContext
                                        || selectors.get(1) instanceof NullAwarePropertySelectorContext || selectors.get(1) instanceof NullAwareIndexSelectorContext)) {
            return null;
        }
        String name = id.identifier().getText();
        if (lookupLocal(name) != null || resolveNonLocal(name, id) != null) {
            return null;
        }
        DartClassInfo info = userClasses.get(name);
        return info != null && info.isExtension && info.declaration instanceof ExtensionDeclarationContext ? info.dartClass : null;
    }

    /** The receiver {@code x} of an explicit extension application {@code Ext(x)}. */
    private DartExpressionNode extensionReceiver(PostfixExpressionContext target) {
        return translateExpression(((CallSelectorContext) target.selector().get(0)).arguments().argument(0).expression());
    }

    /** {@code Ext(r)[index] = value}: the extension's {@code []=}; the assignment's value is {@code value}. */
    private DartExpressionNode extensionIndexSet(DartClass extension, DartExpressionNode receiver, DartExpressionNode index, DartExpressionNode value, ParserRuleContext whole) {
        // Receiver, index and value are evaluated in that order; the value is also the result.
        int receiverTmp = temp();
        int indexTmp = temp();
        int valueTmp = temp();
        DartInvokeMemberNode set = new DartInvokeMemberNode(DartReadLocalNodeGen.create(receiverTmp), "[]=",
                        new DartArgumentsNode(new DartExpressionNode[]{DartReadLocalNodeGen.create(indexTmp), DartReadLocalNodeGen.create(valueTmp)}, new DartExpressionNode[0], new String[0]), false);
        set.setExtension(extension);
        return at(new DartSequenceNode(new DartStatementNode[]{new DartExpressionStatementNode(writeLocal(receiver, receiverTmp)),
                        new DartExpressionStatementNode(writeLocal(index, indexTmp)), new DartExpressionStatementNode(writeLocal(value, valueTmp)),
                        new DartExpressionStatementNode(at(set, whole))}, DartReadLocalNodeGen.create(valueTmp)), whole);
    }

    private DartExpressionNode spillIfAwaitFollows(DartExpressionNode node, ParserRuleContext whole) {
        return function.isAsync && DartScopes.containsAwait(whole) ? spill(node) : node;
    }

    /** The receiver of the last selector of a target: everything before it, its null-shorting scopes left open in {@code shorts}. */
    private DartExpressionNode receiverOf(PostfixExpressionContext target, List<NullShort> shorts) {
        PostfixExpressionContext copy = new PostfixExpressionContext(target.getParent() instanceof ParserRuleContext r ? r : null, target.invokingState);
        copy.start = target.getStart();
        copy.addChild(target.primary());
        List<SelectorContext> selectors = target.selector();
        for (int i = 0; i < selectors.size() - 1; i++) {
            copy.addChild(selectors.get(i));
        }
        copy.stop = selectors.size() > 1 ? selectors.get(selectors.size() - 2).getStop() : target.primary().getStop();
        return translateChain(copy, shorts, true);
    }

    /**
     * {@code target op= value}, {@code ++target}, {@code target++}: the target's receiver and
     * index are evaluated once, into temporaries.
     */
    private DartExpressionNode translateCompound(ParserRuleContext targetCtx, Binary operator, DartExpressionNode constant, boolean postfix, ParserRuleContext whole,
                    ParserRuleContext... valueCtx) {
        return translateCompound(targetCtx, operator, (char) 0, constant, postfix, whole, valueCtx);
    }

    /** As above; {@code fusedOperator} '+' or '-' allows the fused local update node. */
    private DartExpressionNode translateCompound(ParserRuleContext targetCtx, Binary operator, char fusedOperator, DartExpressionNode constant, boolean postfix,
                    ParserRuleContext whole, ParserRuleContext... valueCtx) {
        PostfixExpressionContext target;
        if (targetCtx instanceof PostfixExpressionContext p && (p.PLUS_PLUS() != null || p.MINUS_MINUS() != null)) {
            PostfixExpressionContext copy = new PostfixExpressionContext(null, 0);
            copy.start = p.getStart();
            copy.addChild(p.primary());
            p.selector().forEach(copy::addChild);
            copy.stop = p.selector().isEmpty() ? p.primary().getStop() : p.selector().get(p.selector().size() - 1).getStop();
            target = copy;
        } else if (targetCtx instanceof PostfixExpressionContext p) {
            target = p;
        } else {
            target = unaryAsPostfix((UnaryExpressionContext) targetCtx);
        }
        if (target == null) {
            throw error(targetCtx, "Illegal assignment target.");
        }
        java.util.function.Supplier<DartExpressionNode> rhs = () -> constant != null ? constant : translateValue(valueCtx[0]);
        boolean valueAwaits = function.isAsync && valueCtx.length > 0 && DartScopes.containsAwait(valueCtx[0]);
        List<SelectorContext> selectors = target.selector();
        List<DartStatementNode> setup = new ArrayList<>();
        List<NullShort> shorts = new ArrayList<>();
        boolean localTarget = false;
        DartExpressionNode readOld;
        java.util.function.Function<DartExpressionNode, DartExpressionNode> store;
        Object staticField = staticTarget(target);
        if (staticField != null) {
            String name = ((PropertySelectorContext) selectors.get(0)).identifier().getText();
            readOld = readStatic(staticField, target);
            store = value -> writeStatic(staticField, name, value, whole);
        } else if (selectors.isEmpty()) {
            if (!(target.primary() instanceof IdentifierPrimaryContext id)) {
                throw error(target, "Illegal assignment target.");
            }
            String name = id.identifier().getText();
            Variable local = lookupLocal(name);
            if (!postfix && !valueAwaits && fusedOperator != 0 && local != null && !local.isCaptured() && !local.isFinal && !local.isLate && local.scope.function == function) {
                return at(DartLocalUpdateNodeGen.create(local.frameSlot, fusedOperator == '-', rhs.get()), whole);
            }
            localTarget = local != null;
            readOld = readName(name, id);
            DartExpressionNode check = assignTo(name, new DartConstantNode(DartNull.INSTANCE), whole); // reports final/undefined now
            if (check == null) {
                throw error(target, "Illegal assignment target.");
            }
            store = value -> assignTo(name, value, whole);
        } else {
            SelectorContext last = selectors.get(selectors.size() - 1);
            String name = propertyName(last);
            ExpressionContext indexCtx = indexExpression(last);
            if (name == null && indexCtx == null) {
                throw error(target, "Illegal assignment target.");
            }
            DartClass extension = explicitExtensionTarget(target);
            DartExpressionNode receiver = extension != null ? extensionReceiver(target) : receiverOf(target, shorts);
            if (isNullAware(last)) {
                receiver = openShort(receiver, shorts);
            }
            int receiverTmp = temp();
            setup.add(new DartExpressionStatementNode(writeLocal(receiver, receiverTmp)));
            if (name != null) {
                DartGetPropertyNode get = new DartGetPropertyNode(DartReadLocalNodeGen.create(receiverTmp), name, false);
                if (extension != null) {
                    get.setExtension(extension);
                }
                readOld = at(get, target);
                store = value -> at(new DartSetPropertyNode(DartReadLocalNodeGen.create(receiverTmp), name, value).setExtension(extension), whole);
            } else {
                int indexTmp = temp();
                setup.add(new DartExpressionStatementNode(writeLocal(translateExpression(indexCtx), indexTmp)));
                if (extension != null) {
                    DartInvokeMemberNode get = new DartInvokeMemberNode(DartReadLocalNodeGen.create(receiverTmp), "[]",
                                    new DartArgumentsNode(new DartExpressionNode[]{DartReadLocalNodeGen.create(indexTmp)}, new DartExpressionNode[0], new String[0]), false);
                    get.setExtension(extension);
                    readOld = at(get, target);
                    store = value -> extensionIndexSet(extension, DartReadLocalNodeGen.create(receiverTmp), DartReadLocalNodeGen.create(indexTmp), value, whole);
                } else {
                    readOld = at(DartIndexGetNodeGen.create(DartReadLocalNodeGen.create(receiverTmp), DartReadLocalNodeGen.create(indexTmp)), target);
                    store = value -> at(DartIndexSetNodeGen.create(DartReadLocalNodeGen.create(receiverTmp), DartReadLocalNodeGen.create(indexTmp), value), whole);
                }
            }
        }
        if (valueAwaits && !setup.isEmpty()) {
            function.pre.addAll(setup);
            setup.clear();
        }
        if (valueAwaits && operator == IF_NULL) {
            // `target ??= await v`: the value, awaits included, runs only when the target is null.
            int tmp = temp();
            function.pre.add(new DartExpressionStatementNode(writeLocal(readOld, tmp)));
            DartStatementNode assignValue = lowered(() -> store.apply(rhs.get()), tmp);
            DartExpressionNode isNull = DartEqualNodeGen.create(DartReadLocalNodeGen.create(tmp), new DartConstantNode(DartNull.INSTANCE));
            function.pre.add(at(new DartResumableIfNode(isNull, assignValue, null, function.newStateSlot()), whole));
            return closeShorts(DartReadLocalNodeGen.create(tmp), shorts, whole);
        }
        if (valueAwaits) {
            // `x op= await v` reads x before the await.
            readOld = spill(readOld);
        }
        DartExpressionNode result;
        if (postfix) {
            int oldTmp = temp();
            setup.add(new DartExpressionStatementNode(writeLocal(readOld, oldTmp)));
            setup.add(new DartExpressionStatementNode(store.apply(at(operator.create(DartReadLocalNodeGen.create(oldTmp), rhs.get()), whole))));
            result = DartReadLocalNodeGen.create(oldTmp);
        } else if (operator == IF_NULL && !localTarget) {
            // `o.p ??= v`, `o[i] ??= v`: the setter runs only when the old value is null.
            int oldTmp = temp();
            setup.add(new DartExpressionStatementNode(writeLocal(readOld, oldTmp)));
            DartExpressionNode isNull = DartEqualNodeGen.create(DartReadLocalNodeGen.create(oldTmp), new DartConstantNode(DartNull.INSTANCE));
            result = at(new DartConditionalNode(isNull, store.apply(rhs.get()), DartReadLocalNodeGen.create(oldTmp)), whole);
        } else {
            result = store.apply(at(operator.create(readOld, rhs.get()), whole));
        }
        if (!setup.isEmpty()) {
            result = at(new DartSequenceNode(setup.toArray(new DartStatementNode[0]), result), whole);
        }
        return closeShorts(result, shorts, whole);
    }

    private static PostfixExpressionContext unaryAsPostfix(UnaryExpressionContext u) {
        if (u instanceof PostfixUnaryContext pu) {
            PostfixExpressionContext p = pu.postfixExpression();
            return p.PLUS_PLUS() == null && p.MINUS_MINUS() == null ? p : null;
        }
        return null;
    }

    // ------------------------------------------------------------------ primaries and literals

    private DartExpressionNode translatePrimary(PrimaryContext p) {
        if (p instanceof ParenthesizedPrimaryContext paren) {
            return translateExpression(paren.expression());
        } else if (p instanceof LiteralPrimaryContext lit) {
            return translateLiteral(lit.literal());
        } else if (p instanceof ThisPrimaryContext) {
            return typed(readThis(p), thisType());
        } else if (p instanceof SuperPrimaryContext) {
            throw error(p, "Expected a member access after 'super'.");
        } else if (p instanceof NewExpressionContext n) {
            return translateNew(n);
        } else if (p instanceof RecordPrimaryContext r) {
            if (r.CONST() == null && !constContext) {
                return translateRecord(r.recordLiteral());
            }
            boolean saved = constContext;
            constContext = true;
            try {
                return at(new org.dartj.nodes.object.DartConstInstanceNode(translateRecord(r.recordLiteral())), r);
            } finally {
                constContext = saved;
            }
        } else if (p instanceof SwitchExpressionPrimaryContext sw) {
            return translateSwitchExpression(sw);
        } else if (p instanceof GenericCallPrimaryContext g) {
            return translateGenericCall(g);
        } else if (p instanceof FunctionPrimaryContext f) {
            String name = qualifiedName("<anonymous closure>");
            pendingClosureContext = contextTypeOf(f, f) instanceof org.dartj.types.DartFunctionType ft ? ft : null;
            RootCallTarget target = translateFunction(name, f.formalParameterList(), f.block(), null, f.ASYNC() != null, f.STAR() != null, f);
            return typed(at(closure(name, target, f), f), ((org.dartj.nodes.DartRootNode) target.getRootNode()).functionType());
        } else if (p instanceof TypeInstantiationPrimaryContext ti) {
            return translateTypeInstantiation(ti);
        }
        throw error(p, "Unsupported expression.");
    }

    private DartExpressionNode translateFunctionLiteral(FunctionExpressionContext fe) {
        FunctionExpressionBodyContext body = fe.functionExpressionBody();
        String name = qualifiedName("<anonymous closure>");
        pendingClosureContext = contextTypeOf(fe, fe) instanceof org.dartj.types.DartFunctionType ft ? ft : null;
        RootCallTarget target = translateFunction(name, fe.formalParameterList(), null, body.expression(), body.ASYNC() != null, false, fe);
        return typed(at(closure(name, target, fe), fe), ((org.dartj.nodes.DartRootNode) target.getRootNode()).functionType());
    }

    /** The closure of a function literal or local function, reifying its signature when that depends on the type arguments in scope. */
    private DartClosureNode closure(String name, RootCallTarget target, ParserRuleContext at) {
        org.dartj.types.DartFunctionType open = ((org.dartj.nodes.DartRootNode) target.getRootNode()).openSignature();
        org.dartj.nodes.expression.DartClassTypeArgumentsNode arguments = open == null ? null : classTypeArguments(open, at);
        if (arguments == null) {
            return new DartClosureNode(name, target, function.envSlot);
        }
        return new DartClosureNode(name, target, function.envSlot, open, arguments);
    }


    // ------------------------------------------------------------------ records and patterns

    /** {@code (a, b) = (b, a)}: a record pattern assigning existing variables; yields the value. */
    private DartExpressionNode translatePatternAssignment(RecordLiteralContext r, ParserRuleContext valueCtx, ParserRuleContext a) {
        DartExpressionNode value = translateValue(valueCtx);
        List<DartPatternNode> positional = new ArrayList<>();
        java.util.TreeMap<String, DartPatternNode> named = new java.util.TreeMap<>();
        for (int i = 0; i < r.getChildCount(); i++) {
            ParseTree c = r.getChild(i);
            String label = null;
            ExpressionContext e;
            if (c instanceof LabelContext l) {
                label = l.identifier().getText();
                e = (ExpressionContext) r.getChild(++i);
            } else if (c instanceof RecordFieldContext rf) {
                label = rf.label() == null ? null : rf.label().identifier().getText();
                e = rf.expression();
            } else if (c instanceof ExpressionContext ec) {
                e = ec;
            } else {
                continue;
            }
            String name = bareName(e);
            if (name == null) {
                throw error(e, "Only variables can be assigned by a record pattern so far.");
            }
            int valueSlot = function.newSlot("<matched>");
            DartPatternNode bind = at(new DartBindingPatternNode(null, valueSlot, assignTo(name, DartReadLocalNodeGen.create(valueSlot), e)), e);
            if (label == null) {
                positional.add(bind);
            } else {
                named.put(label, bind);
            }
        }
        DartPatternNode pattern = new DartRecordPatternNode(positional.toArray(new DartPatternNode[0]), named.keySet().toArray(new String[0]),
                        named.values().toArray(new DartPatternNode[0]));
        int tmp = temp();
        return at(new DartSequenceNode(new DartStatementNode[]{new DartExpressionStatementNode(writeLocal(value, tmp)),
                        new DartPatternDeclarationNode(DartReadLocalNodeGen.create(tmp), pattern)}, DartReadLocalNodeGen.create(tmp)), a);
    }

    private DartExpressionNode translateRecord(RecordLiteralContext r) {
        // `(double, int) d = (1, 2)`: an int literal in a double field of the context is a double.
        org.dartj.types.DartRecordType context = contextTypeOf(r, r) instanceof org.dartj.types.DartRecordType rt ? rt : null;
        List<DartExpressionNode> positional = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<DartExpressionNode> named = new ArrayList<>();
        List<ParseTree> fields = new ArrayList<>();
        for (int i = 0; i < r.getChildCount(); i++) {
            ParseTree c = r.getChild(i);
            if (c instanceof ExpressionContext || c instanceof RecordFieldContext || c instanceof LabelContext) {
                fields.add(c);
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            ParseTree f = fields.get(i);
            String label = null;
            ExpressionContext e;
            if (f instanceof LabelContext l) {
                label = l.identifier().getText();
                e = (ExpressionContext) fields.get(++i);
            } else if (f instanceof RecordFieldContext rf) {
                label = rf.label() == null ? null : rf.label().identifier().getText();
                e = rf.expression();
            } else {
                e = (ExpressionContext) f;
            }
            DartExpressionNode value = translateExpression(e);
            if (context != null && value instanceof DartLongLiteralNode literal) {
                org.dartj.types.DartType field = label == null ? (positional.size() < context.positional().length ? context.positional()[positional.size()] : null)
                                : java.util.Arrays.asList(context.names()).contains(label) ? context.named()[java.util.Arrays.asList(context.names()).indexOf(label)] : null;
                if (field != null && rules().isDouble(field.withNullable(false))) {
                    value = new DartDoubleLiteralNode(literal.getValue());
                }
            }
            if (label == null) {
                positional.add(value);
            } else {
                if (names.contains(label)) {
                    throw error(e, "Duplicate named field '" + label + "'.");
                }
                names.add(label);
                named.add(value);
            }
        }
        String[] sorted = names.toArray(new String[0]);
        java.util.Arrays.sort(sorted);
        int[] order = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            order[i] = names.indexOf(sorted[i]);
        }
        DartExpressionNode record = at(new DartRecordLiteralNode(positional.toArray(new DartExpressionNode[0]), sorted, named.toArray(new DartExpressionNode[0]), order), r);
        org.dartj.types.DartType[] positionalTypes = new org.dartj.types.DartType[positional.size()];
        org.dartj.types.DartType[] namedTypes = new org.dartj.types.DartType[sorted.length];
        for (int i = 0; i < positionalTypes.length + namedTypes.length; i++) {
            org.dartj.types.DartType field = staticType(i < positionalTypes.length ? positional.get(i) : named.get(order[i - positionalTypes.length]));
            if (field == null) {
                return record;
            }
            if (i < positionalTypes.length) {
                positionalTypes[i] = field;
            } else {
                namedTypes[i - positionalTypes.length] = field;
            }
        }
        org.dartj.types.DartType type = new org.dartj.types.DartRecordType(positionalTypes, sorted, namedTypes, false);
        recordLiteralTypes.put(record, type);
        // Without a context type a record literal's static type is its fields' ([(n: 1)] is a List<({int n})>).
        return contextType == null || contextExpression == null ? typed(record, type) : record;
    }

    /**
     * The static types of record literals whose fields' types are known, for a {@code var}
     * local's inferred type only: elsewhere a record literal's type may come from its context.
     */
    private final Map<DartExpressionNode, org.dartj.types.DartType> recordLiteralTypes = new java.util.IdentityHashMap<>();

    private DartExpressionNode translateSwitchExpression(SwitchExpressionPrimaryContext sw) {
        boolean casesAwait = function.isAsync && sw.switchExpressionCase().stream().anyMatch(DartScopes::containsAwait);
        List<PatternContext> unguarded = new ArrayList<>();
        for (SwitchExpressionCaseContext c : sw.switchExpressionCase()) {
            if (c.WHEN() == null) {
                unguarded.add(c.pattern());
            }
        }
        DartExhaustivenessCheck.check(this, sw.expression(), unguarded, false);
        DartExpressionNode subject = translateExpression(sw.expression());
        Scope saved = scope;
        List<String> names = new ArrayList<>();
        for (SwitchExpressionCaseContext c : sw.switchExpressionCase()) {
            DartScopes.patternNames(c.pattern(), false, names);
        }
        boolean captured = DartScopes.anyCaptured(function, names);
        if (casesAwait) {
            return lowerSwitchExpression(sw, subject, captured);
        }
        scope = new Scope(saved, function, captured);
        try {
            List<DartPatternNode> patterns = new ArrayList<>();
            List<DartConditionNode> guards = new ArrayList<>();
            List<DartExpressionNode> values = new ArrayList<>();
            for (SwitchExpressionCaseContext c : sw.switchExpressionCase()) {
                patterns.add(translateCasePattern(c.pattern(), subject, sw.expression()));
                guards.add(c.WHEN() == null ? null : new DartConditionNode(translateExpression(c.expression(0))));
                values.add(translateExpression(c.expression(c.WHEN() == null ? 0 : 1)));
            }
            if (!captured) {
                return at(new DartSwitchExpressionNode(subject, patterns.toArray(new DartPatternNode[0]), guards.toArray(new DartConditionNode[0]),
                                values.toArray(new DartExpressionNode[0])), sw);
            }
            // The subject is evaluated in the enclosing environment, the cases in a fresh one.
            int tmp = temp();
            DartExpressionNode cases = new DartSwitchExpressionNode(DartReadLocalNodeGen.create(tmp), patterns.toArray(new DartPatternNode[0]),
                            guards.toArray(new DartConditionNode[0]), values.toArray(new DartExpressionNode[0]));
            DartExpressionNode scoped = new org.dartj.nodes.local.DartScopeExpressionNode(cases, function.envSlot, scope.environmentSize, scope.environmentNames());
            return at(new DartSequenceNode(new DartStatementNode[]{new DartExpressionStatementNode(writeLocal(subject, tmp))}, scoped), sw);
        } finally {
            scope = saved;
        }
    }

    /**
     * A switch expression whose cases await, as statements before the enclosing statement: the
     * subject into a temporary, a resumable case selection (guards with their awaits), then the
     * chosen case's value (with its awaits) into the result temporary.
     */
    private DartExpressionNode lowerSwitchExpression(SwitchExpressionPrimaryContext sw, DartExpressionNode subject, boolean captured) {
        int subjectSlot = temp();
        function.pre.add(new DartExpressionStatementNode(writeLocal(subject, subjectSlot)));
        List<DartStatementNode> outer = takePre();
        int result = temp();
        Scope saved = scope;
        scope = new Scope(saved, function, captured);
        try {
            List<DartPatternNode> patterns = new ArrayList<>();
            List<DartStatementNode> guardPre = new ArrayList<>();
            List<DartConditionNode> guards = new ArrayList<>();
            List<DartStatementNode> values = new ArrayList<>();
            for (SwitchExpressionCaseContext c : sw.switchExpressionCase()) {
                checkNoAwaitInPattern(c.pattern());
                patterns.add(translateCasePattern(c.pattern(), subject, sw.expression()));
                if (c.WHEN() == null) {
                    guards.add(null);
                    guardPre.add(null);
                } else {
                    guards.add(translateGuard(c.expression(0), guardPre));
                }
                ExpressionContext valueCtx = c.expression(c.WHEN() == null ? 0 : 1);
                DartExpressionNode value = translateExpression(valueCtx);
                values.add(withPre(new DartExpressionStatementNode(writeLocal(value, result))));
            }
            int[] caseBody = new int[values.size()];
            for (int i = 0; i < caseBody.length; i++) {
                caseBody[i] = i;
            }
            DartStatementNode cases = resumableCases(DartReadLocalNodeGen.create(subjectSlot), patterns, guardPre, guards, caseBody, values, null, function.nextTargetId++, true);
            if (captured) {
                // The cases bind in a fresh environment per evaluation.
                cases = new DartResumableScopeNode(cases, function.envSlot, scope.environmentSize, scope.environmentNames(), function.newStateSlot());
            }
            outer.add(at(cases, sw));
            function.pre = outer;
            return DartReadLocalNodeGen.create(result);
        } finally {
            scope = saved;
        }
    }

    private DartStatementNode translateForInPattern(ParserRuleContext whole, ParserRuleContext bodyCtx, java.util.function.Supplier<DartStatementNode> bodyTranslation,
                    ForInPatternContext fp, Set<String> labels) {
        boolean resumable = function.isAsync && DartScopes.containsAwait(bodyCtx);
        DartExpressionNode iterable = translateExpression(fp.expression());
        List<DartStatementNode> pre = takePre();
        int iteratorSlot = function.newSlot("<iterator>");
        int indexSlot = function.newSlot("<index>");
        int elementSlot = function.newSlot("<element>");
        Target target = new Target(labels, function.nextTargetId++, true);
        function.targets.add(target);
        Scope saved = scope;
        try {
            List<String> names = new ArrayList<>();
            DartScopes.patternNames(fp.outerPattern(), true, names);
            boolean captured = DartScopes.anyCaptured(function, names);
            scope = new Scope(saved, function, captured);
            DartPatternNode pattern = translateOuterPattern(fp.outerPattern(), true, fp.FINAL() != null);
            DartStatementNode bind = new DartPatternDeclarationNode(DartReadLocalNodeGen.create(elementSlot), pattern);
            DartStatementNode body = bodyTranslation.get();
            if (resumable) {
                DartStatementNode iteration = new DartResumableBlockNode(new DartStatementNode[]{bind, body}, function.newStateSlot());
                if (captured) {
                    iteration = new DartResumableScopeNode(iteration, function.envSlot, scope.environmentSize, scope.environmentNames(), function.newStateSlot());
                }
                return prepend(pre, at(new DartResumableForInNode(iterable, iteratorSlot, indexSlot, function.newSlot("<length>"), elementSlot, iteration, target.id,
                                function.newStateSlot()), whole));
            }
            DartStatementNode iteration = block(List.of(bind, body));
            if (captured) {
                iteration = new DartScopeNode(iteration, function.envSlot, scope.environmentSize, scope.environmentNames());
            }
            return prepend(pre, at(new DartForInNode(iterable, iteratorSlot, indexSlot, function.newSlot("<length>"), elementSlot, iteration, target.id), whole));
        } finally {
            scope = saved;
            function.targets.remove(function.targets.size() - 1);
        }
    }

    private DartPatternNode translateOuterPattern(OuterPatternContext o, boolean declaration, boolean isFinal) {
        if (o instanceof OuterParenthesizedContext p) {
            return translatePattern(p.pattern(), declaration, isFinal);
        } else if (o instanceof OuterRecordContext r) {
            return translateRecordPattern(r.recordPattern(), declaration, isFinal);
        } else if (o instanceof OuterListContext l) {
            return translateListPattern(l.listPattern(), declaration, isFinal);
        } else if (o instanceof OuterMapContext m) {
            return translateMapPattern(m.mapPattern(), declaration, isFinal);
        }
        return translateObjectPattern(((OuterObjectContext) o).objectPattern(), declaration, isFinal);
    }

    /**
     * A pattern. In a declaration ({@code var (a, b) = ...}) bare names declare variables; in
     * a case they are constants (and {@code _} is the wildcard in both).
     */
    /** A case's pattern, matching the value of {@code subject} (whose static type is the context of dot shorthands in it). */
    private DartPatternNode translateCasePattern(PatternContext p, DartExpressionNode subject, ParseTree subjectTree) {
        org.dartj.types.DartType saved = patternValueType;
        patternValueType = shorthandContextOf(subject, subjectTree);
        if (patternValueType == null && subject != null) {
            // `switch ((a, b))`: a record literal subject has its fields' types.
            patternValueType = recordLiteralTypes.get(subject);
        }
        try {
            return translatePattern(p, false, false);
        } finally {
            patternValueType = saved;
        }
    }

    DartPatternNode translatePattern(PatternContext p, boolean declaration, boolean isFinal) {
        DartPatternNode result = null;
        for (LogicalAndPatternContext and : p.logicalAndPattern()) {
            DartPatternNode conjunction = null;
            for (RelationalPatternContext rel : and.relationalPattern()) {
                DartPatternNode node = translateRelationalPattern(rel, declaration, isFinal);
                conjunction = conjunction == null ? node : new DartLogicalPatternNode(conjunction, node, false);
            }
            result = result == null ? conjunction : new DartLogicalPatternNode(result, conjunction, true);
        }
        return at(result, p);
    }

    private DartPatternNode translateRelationalPattern(RelationalPatternContext rel, boolean declaration, boolean isFinal) {
        if (rel instanceof RelationalOperatorPatternContext r) {
            String op = r.getChild(0).getText();
            DartExpressionNode operand = withShorthandContext(r.bitwiseOrExpression(), patternValueType, () -> translateBitwiseOr(r.bitwiseOrExpression()));
            return at(new DartRelationalPatternNode(op, operand), r);
        }
        UnaryPatternContext u = ((PlainRelationalPatternContext) rel).unaryPattern();
        if (u instanceof CastPatternContext c) {
            org.dartj.types.DartType cast = dartType(c.type());
            org.dartj.nodes.expression.DartClassTypeArgumentsNode castArguments = classTypeArguments(cast, c);
            return at(new DartUnaryPatternNode(translatePrimaryPattern(c.primaryPattern(), declaration, isFinal), DartUnaryPatternNode.Kind.CAST,
                            typeTest(castArguments == null ? erased(cast) : cast)).withTypeArguments(castArguments), c);
        } else if (u instanceof NullCheckPatternContext n) {
            return at(new DartUnaryPatternNode(translatePrimaryPattern(n.primaryPattern(), declaration, isFinal), DartUnaryPatternNode.Kind.NULL_CHECK, null), n);
        } else if (u instanceof NullAssertPatternContext n) {
            return at(new DartUnaryPatternNode(translatePrimaryPattern(n.primaryPattern(), declaration, isFinal), DartUnaryPatternNode.Kind.NULL_ASSERT, null), n);
        }
        return translatePrimaryPattern(((PlainUnaryPatternContext) u).primaryPattern(), declaration, isFinal);
    }

    private DartPatternNode translatePrimaryPattern(PrimaryPatternContext pp, boolean declaration, boolean isFinal) {
        if (pp instanceof ParenthesizedPatternContext p) {
            return translatePattern(p.pattern(), declaration, isFinal);
        }
        return translateCompoundPattern(pp, declaration, isFinal);
    }

    /**
     * A subpattern of a record, list, map or object pattern, with the static type of the part
     * of the value it matches (null: not known) as the context of its dot shorthands.
     */
    private DartPatternNode translateSubpattern(PatternContext p, org.dartj.types.DartType matched, boolean declaration, boolean isFinal) {
        org.dartj.types.DartType saved = patternValueType;
        patternValueType = matched;
        try {
            return translatePattern(p, declaration, isFinal);
        } finally {
            patternValueType = saved;
        }
    }

    /** The {@code index}th type argument of a matched value of class {@code expected} (a {@code List} or {@code Map}), or null. */
    private org.dartj.types.DartType matchedTypeArgument(TypeArgumentsContext written, DartClass expected, int index) {
        if (written != null) {
            List<TypeContext> types = written.typeList().type();
            return index < types.size() ? dartType(types.get(index)) : null;
        }
        if (patternValueType instanceof org.dartj.types.DartInterfaceType it && it.dartClass() == expected && index < it.arguments().length) {
            return it.arguments()[index];
        }
        return null;
    }

    private DartPatternNode translateCompoundPattern(PrimaryPatternContext pp, boolean declaration, boolean isFinal) {
        if (pp instanceof RecordPatternPrimaryContext r) {
            return translateRecordPattern(r.recordPattern(), declaration, isFinal);
        } else if (pp instanceof ListPatternPrimaryContext l) {
            return translateListPattern(l.listPattern(), declaration, isFinal);
        } else if (pp instanceof MapPatternPrimaryContext m) {
            return translateMapPattern(m.mapPattern(), declaration, isFinal);
        } else if (pp instanceof ObjectPatternPrimaryContext o) {
            return translateObjectPattern(o.objectPattern(), declaration, isFinal);
        } else if (pp instanceof VariablePatternContext v) {
            org.dartj.types.DartType declared = v.type() == null ? null : dartType(v.type());
            org.dartj.nodes.expression.DartClassTypeArgumentsNode typeArguments = declared == null ? null : classTypeArguments(declared, v);
            org.dartj.types.DartTypeTest type = declared == null ? null : typeTest(typeArguments == null ? erased(declared) : declared);
            DartPatternNode node = binding(v.identifier(), type, v.FINAL() != null || isFinal);
            if (node instanceof DartBindingPatternNode b) {
                b.withTypeArguments(typeArguments);
                if (declaration && type != null) {
                    b.castInDeclaration();
                }
            }
            return node;
        }
        ConstantPatternContext c = ((ConstantPatternPrimaryContext) pp).constantPattern();
        if (c.qualifiedName() != null && c.qualifiedName().identifier().size() == 1) {
            IdentifierContext id = c.qualifiedName().identifier(0);
            if (id.getText().equals("_")) {
                return at(new DartBindingPatternNode(null, -1, null), c);
            }
            if (declaration) {
                return binding(id, null, isFinal);
            }
        }
        return at(new DartConstantPatternNode(translateConstantPattern(c)), c);
    }

    private DartPatternNode binding(IdentifierContext id, org.dartj.types.DartTypeTest type, boolean isFinal) {
        String name = id.getText();
        if (name.equals("_")) {
            return at(new DartBindingPatternNode(type, -1, null), id);
        }
        Variable v = scope.declare(name, isFinal);
        int valueSlot = function.newSlot("<matched>");
        return at(new DartBindingPatternNode(type, valueSlot, write(v, DartReadLocalNodeGen.create(valueSlot))), id);
    }

    private DartExpressionNode translateConstantPattern(ConstantPatternContext c) {
        if (c.literal() != null) {
            boolean saved = constContext;
            constContext = true;
            try {
                return translateLiteral(c.literal());
            } finally {
                constContext = saved;
            }
        } else if (c.MINUS() != null) {
            String text = c.getChild(1).getText().replace("_", "");
            if (c.HEX_NUMBER() != null) {
                return new DartLongLiteralNode(-Long.parseUnsignedLong(text.substring(2), 16));
            }
            if (isIntegerText(text)) {
                return new DartLongLiteralNode(text.equals("9223372036854775808") ? Long.MIN_VALUE : -parseInteger(text, c));
            }
            return new DartDoubleLiteralNode(-Double.parseDouble(text));
        } else if (c.qualifiedName() != null) {
            List<IdentifierContext> ids = c.qualifiedName().identifier();
            PostfixExpressionContext synthetic = new PostfixExpressionContext(null, 0);
            IdentifierPrimaryContext primary = new IdentifierPrimaryContext(new PrimaryContext(synthetic, 0));
            primary.addChild(ids.get(0));
            synthetic.addChild(primary);
            synthetic.start = c.getStart();
            synthetic.stop = c.getStop();
            for (int i = 1; i < ids.size(); i++) {
                PropertySelectorContext ps = new PropertySelectorContext(new SelectorContext(synthetic, 0));
                ps.addChild(ids.get(i));
                ps.start = ids.get(i).getStart();
                ps.stop = ids.get(i).getStop();
                synthetic.addChild(ps);
            }
            primary.start = ids.get(0).getStart();
            primary.stop = ids.get(0).getStop();
            return translatePostfix(synthetic);
        } else if (c.expression() != null) {
            return translateExpression(c.expression());
        } else if (c.typeName() == null && c.DOT() != null) {
            return translateDotShorthandPattern(c);
        }
        NewExpressionContext n = new NewExpressionContext(new PrimaryContext(null, 0));
        for (int i = 0; i < c.getChildCount(); i++) {
            n.addAnyChild(c.getChild(i));
        }
        n.start = c.getStart();
        n.stop = c.getStop();
        return translateNew(n);
    }

    /** {@code case .red:}, {@code case const .named(1):}: the shorthand in the matched value's type. */
    private DartExpressionNode translateDotShorthandPattern(ConstantPatternContext c) {
        PostfixExpressionContext synthetic = new PostfixExpressionContext(null, 0);
        DotShorthandPrimaryContext primary = new DotShorthandPrimaryContext(new PrimaryContext(synthetic, 0));
        if (c.CONST() != null) {
            primary.addAnyChild(c.CONST());
        }
        primary.addAnyChild(c.DOT());
        if (c.identifier() != null) {
            primary.addAnyChild(c.identifier());
        } else {
            primary.addAnyChild(c.NEW());
        }
        primary.start = c.getStart();
        primary.stop = c.identifier() != null ? c.identifier().getStop() : c.NEW().getSymbol();
        synthetic.addAnyChild(primary);
        if (c.arguments() != null) {
            CallSelectorContext call = new CallSelectorContext(new SelectorContext(synthetic, 0));
            call.addAnyChild(c.arguments());
            call.start = c.arguments().getStart();
            call.stop = c.arguments().getStop();
            synthetic.addAnyChild(call);
        }
        synthetic.start = c.getStart();
        synthetic.stop = c.getStop();
        boolean saved = constContext;
        constContext = true;
        try {
            return withShorthandContext(synthetic, patternValueType, () -> translatePostfix(synthetic));
        } finally {
            constContext = saved;
        }
    }

    private DartPatternNode translateRecordPattern(RecordPatternContext r, boolean declaration, boolean isFinal) {
        List<DartPatternNode> positional = new ArrayList<>();
        java.util.TreeMap<String, DartPatternNode> named = new java.util.TreeMap<>();
        org.dartj.types.DartRecordType matched = patternValueType instanceof org.dartj.types.DartRecordType rt ? rt : null;
        DartScopes.forEachRecordField(r, (nf, pattern) -> {
            if (nf != null) {
                String name = nf.identifier() != null ? nf.identifier().getText() : impliedName(nf.pattern());
                int index = matched == null ? -1 : java.util.Arrays.asList(matched.names()).indexOf(name);
                named.put(name, translateSubpattern(pattern, index < 0 ? null : matched.named()[index], declaration, isFinal));
            } else {
                int index = positional.size();
                org.dartj.types.DartType field = matched != null && index < matched.positional().length ? matched.positional()[index] : null;
                positional.add(translateSubpattern(pattern, field, declaration, isFinal));
            }
        });
        return at(new DartRecordPatternNode(positional.toArray(new DartPatternNode[0]), named.keySet().toArray(new String[0]),
                        named.values().toArray(new DartPatternNode[0])), r);
    }

    /** {@code (:var x)} and {@code Point(:x)} name the field after the variable. */
    private String impliedName(PatternContext p) {
        List<String> names = new ArrayList<>();
        DartScopes.patternNames(p, true, names);
        if (names.size() != 1) {
            throw error(p, "The getter name is not specified explicitly, and the pattern is not a variable.");
        }
        return names.get(0);
    }

    private DartPatternNode translateListPattern(ListPatternContext l, boolean declaration, boolean isFinal) {
        List<DartPatternNode> before = new ArrayList<>();
        List<DartPatternNode> after = new ArrayList<>();
        boolean hasRest = false;
        DartPatternNode rest = null;
        org.dartj.types.DartType element = matchedTypeArgument(l.typeArguments(), language.coreClasses().listClass, 0);
        for (ListPatternElementContext e : l.listPatternElement()) {
            if (e.ELLIPSIS() != null) {
                if (hasRest) {
                    throw error(e, "At most one rest element is allowed in a list pattern.");
                }
                hasRest = true;
                // The rest matches a list, not an element.
                rest = e.pattern() == null ? null : translateSubpattern(e.pattern(), null, declaration, isFinal);
            } else {
                (hasRest ? after : before).add(translateSubpattern(e.pattern(), element, declaration, isFinal));
            }
        }
        return at(new DartListPatternNode(before.toArray(new DartPatternNode[0]), hasRest, rest, after.toArray(new DartPatternNode[0])), l);
    }

    private DartPatternNode translateMapPattern(MapPatternContext m, boolean declaration, boolean isFinal) {
        List<DartExpressionNode> keys = new ArrayList<>();
        List<DartPatternNode> values = new ArrayList<>();
        org.dartj.types.DartType keyType = matchedTypeArgument(m.typeArguments(), language.coreClasses().mapClass, 0);
        org.dartj.types.DartType valueType = matchedTypeArgument(m.typeArguments(), language.coreClasses().mapClass, 1);
        for (MapPatternEntryContext e : m.mapPatternEntry()) {
            keys.add(keyType == null ? translateExpression(e.expression()) : withShorthandContext(e.expression(), keyType, () -> translateExpression(e.expression())));
            values.add(translateSubpattern(e.pattern(), valueType, declaration, isFinal));
        }
        return at(new DartMapPatternNode(keys.toArray(new DartExpressionNode[0]), values.toArray(new DartPatternNode[0])), m);
    }

    private DartPatternNode translateObjectPattern(ObjectPatternContext o, boolean declaration, boolean isFinal) {
        TypeContext fake = null;
        org.dartj.types.DartTypeTest type = resolveTypeName(o.typeName().getText(), o.typeName());
        // `Pixel(color: .red)`: a field's declared type is the context of its subpattern's dot shorthands.
        org.dartj.types.DartType objectType = objectPatternType(o);
        List<String> getters = new ArrayList<>();
        List<DartPatternNode> patterns = new ArrayList<>();
        for (PatternFieldContext f : o.patternField()) {
            NamedPatternFieldContext nf = f.namedPatternField();
            if (nf == null) {
                throw error(f, "An object pattern field needs a getter name.");
            }
            String getter = nf.identifier() != null ? nf.identifier().getText() : impliedName(nf.pattern());
            getters.add(getter);
            patterns.add(translateSubpattern(nf.pattern(), objectType == null ? null : memberType(objectType, getter, false), declaration, isFinal));
        }
        return at(new DartObjectPatternNode(type, getters.toArray(new String[0]), patterns.toArray(new DartPatternNode[0])), o);
    }

    /** The static type an object pattern's fields are read from, where it has no type parameters to infer (else null). */
    private org.dartj.types.DartType objectPatternType(ObjectPatternContext o) {
        if (o.typeArguments() != null || o.typeName().identifier().size() != 1) {
            return null;
        }
        Object resolved = resolveNonLocal(o.typeName().getText(), o.typeName());
        if (!(resolved instanceof DartClass cls) || cls.typeParameters() != null && cls.typeParameters().length != 0) {
            return null;
        }
        return new org.dartj.types.DartInterfaceType(cls, new org.dartj.types.DartType[0], false);
    }

    /** {@code new C(...)}, {@code const C.named(...)} (const instances are canonicalized). */
    private DartExpressionNode translateNew(NewExpressionContext n) {
        List<IdentifierContext> ids = new ArrayList<>(n.typeName().identifier());
        if (n.identifier() != null) {
            ids.add(n.identifier());
        }
        Object resolved = resolveNonLocal(ids.get(0).getText(), n);
        int next = 1;
        if (resolved instanceof Map<?, ?> library && ids.size() > 1) {
            resolved = library.get(ids.get(1).getText());
            next = 2;
        }
        if (resolved instanceof DartFunctionHolder holder && loader.extensionType(holder) != null) {
            // An extension type's name denotes its unnamed constructor.
            if (next == ids.size()) {
                boolean saved = constContext;
                constContext = n.CONST() != null || saved;
                try {
                    return callNamed(ids.get(next - 1).getText(), holder, n.arguments(), n);
                } finally {
                    constContext = saved;
                }
            }
            resolved = loader.extensionType(holder).dartClass;
        }
        if (!(resolved instanceof DartClass cls)) {
            throw error(n.typeName(), "Couldn't find constructor '" + n.typeName().getText() + "'.");
        }
        String ctor = next < ids.size() ? ids.get(next).getText() : "";
        boolean saved = constContext;
        constContext = n.CONST() != null || saved;
        try {
            return staticCall(cls, ctor, n.arguments(), n, n.arguments());
        } finally {
            constContext = saved;
        }
    }

    private DartExpressionNode translateLiteral(LiteralContext lit) {
        if (lit instanceof SymbolLiteralContext sym) {
            StringBuilder name = new StringBuilder();
            for (IdentifierContext part : sym.identifier()) {
                name.append(name.length() == 0 ? "" : ".").append(part.getText());
            }
            if (sym.operatorName() != null) {
                // `#+`, `#[]=`, `#>>`: an operator's symbol (its tokens touch, as `>>` must).
                name.append(sym.operatorName().getText());
            } else if (sym.VOID() != null) {
                name.append("void");
            }
            return at(new DartConstantNode(language.symbol(name.toString())), lit);
        }
        if (lit instanceof NullLiteralContext) {
            return at(new DartConstantNode(DartNull.INSTANCE), lit);
        } else if (lit instanceof BooleanLiteralContext b) {
            return at(new DartConstantNode(b.TRUE() != null), lit);
        } else if (lit instanceof NumberLiteralContext n) {
            String text = n.getText().replace("_", "");
            if (isIntegerText(text)) {
                return at(new DartLongLiteralNode(parseInteger(text, n)), lit);
            }
            return at(new DartDoubleLiteralNode(Double.parseDouble(text)), lit);
        } else if (lit instanceof HexLiteralContext h) {
            String digits = h.getText().substring(2).replace("_", "");
            if (digits.replaceFirst("^0+", "").length() > 16) {
                throw error(h, "The integer literal " + h.getText() + " can't be represented in 64 bits.");
            }
            return at(new DartLongLiteralNode(Long.parseUnsignedLong(digits, 16)), lit);
        } else if (lit instanceof StringLiteralExpressionContext s) {
            return translateString(s.stringLiteral());
        } else if (lit instanceof ListLiteralContext l) {
            org.dartj.types.DartType[] context = contextFor(lit, 1);
            org.dartj.types.DartType elementType = l.typeArguments() != null ? dartType(l.typeArguments().typeList().type(0)) : context != null ? context[0] : null;
            return translateCollection(DartCollectionBuildNode.Kind.LIST, l.element(), elementType, null, lit, elementType != null, l.CONST() != null);
        } else if (lit instanceof SetOrMapLiteralContext m) {
            List<ElementContext> all = m.element();
            TypeArgumentsContext ta = m.typeArguments();
            DartCollectionBuildNode.Kind kind;
            if (ta != null) {
                kind = ta.typeList().type().size() == 1 ? DartCollectionBuildNode.Kind.SET : DartCollectionBuildNode.Kind.MAP;
            } else if (all.isEmpty()) {
                kind = DartCollectionBuildNode.Kind.MAP;
            } else {
                kind = leafKind(all);
            }
            if (ta == null && all.isEmpty()) {
                // {} is a set where a Set is expected.
                kind = DartCollectionBuildNode.Kind.SET_OR_MAP;
            }
            org.dartj.types.DartType[] context = ta == null ? contextFor(lit, kind == DartCollectionBuildNode.Kind.MAP ? 2 : kind == DartCollectionBuildNode.Kind.SET ? 1 : 0) : null;
            if (context == null && ta == null && kind == DartCollectionBuildNode.Kind.SET_OR_MAP) {
                context = contextFor(lit, 2);
                if (context == null) {
                    context = contextFor(lit, 1);
                }
                if (context != null) {
                    kind = context.length == 1 ? DartCollectionBuildNode.Kind.SET : DartCollectionBuildNode.Kind.MAP;
                } else if (all.isEmpty()) {
                    kind = DartCollectionBuildNode.Kind.MAP;
                }
            }
            org.dartj.types.DartType first = ta != null ? dartType(ta.typeList().type(0)) : context != null ? context[0] : null;
            org.dartj.types.DartType second = ta != null ? (ta.typeList().type().size() < 2 ? null : dartType(ta.typeList().type(1))) : context != null && context.length > 1 ? context[1] : null;
            return translateCollection(kind, all, first, second, lit, first != null, m.CONST() != null);
        }
        throw error(lit, "Unsupported literal.");
    }

    /** Whether a braced literal is a set or a map, from its first non-spread element. */
    private static DartCollectionBuildNode.Kind leafKind(List<ElementContext> elements) {
        for (ElementContext e : elements) {
            DartCollectionBuildNode.Kind k = leafKind(e);
            if (k != null) {
                return k;
            }
        }
        return DartCollectionBuildNode.Kind.SET_OR_MAP;
    }

    private static DartCollectionBuildNode.Kind leafKind(ElementContext e) {
        if (e instanceof MapElementContext) {
            return DartCollectionBuildNode.Kind.MAP;
        } else if (e instanceof ExpressionElementContext) {
            return DartCollectionBuildNode.Kind.SET;
        } else if (e instanceof IfElementContext i) {
            return leafKind(i.element());
        } else if (e instanceof ForElementContext f) {
            return leafKind(f.element());
        }
        return null;
    }

    /** A list, set or map literal; with spreads, {@code if} or {@code for} elements it is built by statements. */
    private DartExpressionNode translateCollection(DartCollectionBuildNode.Kind kind, List<ElementContext> all, org.dartj.types.DartType firstType,
                    org.dartj.types.DartType secondType, ParserRuleContext lit, boolean typed, boolean isConst) {
        if (isConst && !constContext) {
            constContext = true;
            try {
                return translateCollection(kind, all, firstType, secondType, lit, typed, true);
            } finally {
                constContext = false;
            }
        }
        boolean simple = all.stream().allMatch(e -> e instanceof ExpressionElementContext
                        || e instanceof MapElementContext me && !(me.nullAwareKey != null && function.isAsync && DartScopes.containsAwait(me.expression(1))));
        boolean nullAware = all.stream().anyMatch(DartTranslator::isNullAwareElement);
        if (simple && kind != DartCollectionBuildNode.Kind.SET_OR_MAP && !(nullAware && (isConst || constContext))) {
            List<org.dartj.types.DartType> literalTypes = new ArrayList<>();
            List<org.dartj.types.DartType> valueTypes = new ArrayList<>();
            List<DartExpressionNode> keys = new ArrayList<>();
            List<DartExpressionNode> values = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                ElementContext e = all.get(i);
                if (kind == DartCollectionBuildNode.Kind.MAP) {
                    if (!(e instanceof MapElementContext me)) {
                        throw error(e, "Expected a map entry 'key: value'.");
                    }
                    DartExpressionNode key = typed ? translateInContextType(me.expression(0), firstType) : translateExpression(me.expression(0));
                    DartExpressionNode value = typed ? translateInContextType(me.expression(1), secondType) : translateExpression(me.expression(1));
                    if (isDouble(secondType) && value instanceof DartLongLiteralNode ln) {
                        value = new DartDoubleLiteralNode(ln.getValue());
                    }
                    literalTypes.add(me.nullAwareKey != null ? DartStaticTypes.nonNullable(staticType(key)) : staticType(key));
                    valueTypes.add(me.nullAwareValue != null ? DartStaticTypes.nonNullable(staticType(value)) : staticType(value));
                    keys.add(spillIfLaterAwaits(key, all.subList(i, all.size())));
                    values.add(spillIfLaterAwaits(value, all.subList(i + 1, all.size())));
                } else {
                    if (!(e instanceof ExpressionElementContext ee)) {
                        throw error(e, kind == DartCollectionBuildNode.Kind.LIST ? "Map entries can't be used in a list literal." : "Map entries can't be used in a set literal.");
                    }
                    DartExpressionNode value = typed ? translateInContextType(ee.expression(), firstType) : translateExpression(ee.expression());
                    if (isDouble(firstType) && value instanceof DartLongLiteralNode ln) {
                        value = new DartDoubleLiteralNode(ln.getValue());
                    }
                    literalTypes.add(ee.QUESTION() != null ? DartStaticTypes.nonNullable(staticType(value)) : staticType(value));
                    keys.add(spillIfLaterAwaits(value, all.subList(i + 1, all.size())));
                }
            }
            DartExpressionNode[] k = keys.toArray(new DartExpressionNode[0]);
            org.dartj.types.DartType elementType = typed ? firstType : inferredElementType(literalTypes);
            org.dartj.types.DartType valueType = typed ? secondType : inferredElementType(valueTypes);
            if (nullAware) {
                return nullAwareCollection(kind, all, keys, values, elementType, valueType, lit);
            }
            boolean constant = isConst || constContext;
            org.dartj.nodes.expression.DartClassTypeArgumentsNode classArgs = classTypeArguments(elementType, valueType, lit);
            if (classArgs == null) {
                elementType = erased(elementType);
                valueType = erased(valueType);
            }
            DartExpressionNode literal = at(switch (kind) {
                case LIST -> withClassArguments(new DartListLiteralNode(k, elementType, constant), classArgs);
                case SET -> withClassArguments(new DartSetLiteralNode(k, elementType, constant), classArgs);
                default -> withClassArguments(new DartMapLiteralNode(k, values.toArray(new DartExpressionNode[0]), elementType, valueType, constant), classArgs);
            }, lit);
            DartExpressionNode value = constant ? at(new org.dartj.nodes.object.DartConstInstanceNode(literal), lit) : literal;
            return typed(value, collectionType(kind, typed ? firstType : elementType, typed ? secondType : valueType));
        }
        boolean elementsAwait = function.isAsync && all.stream().anyMatch(DartScopes::containsAwait);
        int slot = function.newSlot("<collection>");
        // Each element statement runs its own lowered awaits (none unless elementsAwait).
        List<DartStatementNode> outer = takePre();
        List<DartStatementNode> statements = new ArrayList<>();
        for (ElementContext e : all) {
            statements.add(translateElement(e, slot, kind, firstType));
        }
        function.pre = outer;
        org.dartj.types.DartType dyn = org.dartj.types.DartSpecialType.DYNAMIC;
        // Elements produced by spreads and loops have static types unknown here: not reified (null).
        // With awaits, the node only creates the collection; the element statements run as resumable statements before the enclosing statement.
        DartStatementNode[] elements = elementsAwait ? new DartStatementNode[0] : statements.toArray(new DartStatementNode[0]);
        DartCollectionBuildNode build = new DartCollectionBuildNode(kind, slot, typed ? firstType : null, typed ? (secondType == null ? dyn : secondType) : null, elements);
        org.dartj.nodes.expression.DartClassTypeArgumentsNode buildArgs = typed ? classTypeArguments(firstType, secondType, lit) : null;
        if (buildArgs != null) {
            build.setClassArguments(buildArgs);
        } else if (typed) {
            build = new DartCollectionBuildNode(kind, slot, erased(firstType), erased(secondType == null ? dyn : secondType), elements);
        }
        org.dartj.types.DartType type = typed ? collectionType(kind, firstType, secondType == null ? dyn : secondType) : null;
        if (elementsAwait) {
            function.pre.add(new DartExpressionStatementNode(at(build, lit)));
            function.pre.addAll(statements);
            return typed(at(new org.dartj.nodes.literal.DartCollectionResultNode(slot), lit), type);
        }
        return typed(at(build, lit), type);
    }

    private static boolean isNullAwareElement(ElementContext e) {
        return e instanceof ExpressionElementContext ee && ee.QUESTION() != null
                        || e instanceof MapElementContext me && (me.nullAwareKey != null || me.nullAwareValue != null);
    }

    /**
     * A literal of plain elements some of which are null-aware: built by add statements that
     * skip a null, with the element types the literal's elements gave it.
     */
    private DartExpressionNode nullAwareCollection(DartCollectionBuildNode.Kind kind, List<ElementContext> all, List<DartExpressionNode> keys, List<DartExpressionNode> values,
                    org.dartj.types.DartType elementType, org.dartj.types.DartType valueType, ParserRuleContext lit) {
        int slot = function.newSlot("<collection>");
        DartStatementNode[] adds = new DartStatementNode[all.size()];
        for (int i = 0; i < adds.length; i++) {
            ElementContext e = all.get(i);
            if (e instanceof MapElementContext me) {
                adds[i] = at(new DartAddElementNode(slot, keys.get(i), values.get(i), me.nullAwareKey != null, me.nullAwareValue != null), e);
            } else {
                adds[i] = at(new DartAddElementNode(slot, keys.get(i), null, ((ExpressionElementContext) e).QUESTION() != null, false), e);
            }
        }
        org.dartj.types.DartType dyn = org.dartj.types.DartSpecialType.DYNAMIC;
        org.dartj.types.DartType first = elementType == null ? dyn : elementType;
        org.dartj.types.DartType second = kind == DartCollectionBuildNode.Kind.MAP ? (valueType == null ? dyn : valueType) : null;
        org.dartj.nodes.expression.DartClassTypeArgumentsNode classArgs = classTypeArguments(first, second, lit);
        DartCollectionBuildNode build = new DartCollectionBuildNode(kind, slot, classArgs == null ? erased(first) : first, classArgs == null ? erased(second == null ? dyn : second) : second, adds);
        if (classArgs != null) {
            build.setClassArguments(classArgs);
        }
        return typed(at(build, lit), collectionType(kind, first, second));
    }

    /** The static type of a list, set or map literal with these type arguments (null if one is not known). */
    private org.dartj.types.DartType collectionType(DartCollectionBuildNode.Kind kind, org.dartj.types.DartType first, org.dartj.types.DartType second) {
        if (first == null || kind == DartCollectionBuildNode.Kind.MAP && second == null) {
            return null;
        }
        return switch (kind) {
            case LIST -> rules().listOf(first);
            case SET -> rules().setOf(first);
            case MAP -> rules().mapOf(first, second);
            default -> null;
        };
    }

    private DartStatementNode translateElement(ElementContext e, int slot, DartCollectionBuildNode.Kind kind, org.dartj.types.DartType elementType) {
        if (e instanceof ExpressionElementContext ee) {
            if (kind == DartCollectionBuildNode.Kind.MAP) {
                throw error(e, "Expected a map entry 'key: value'.");
            }
            DartExpressionNode value = translateExpression(ee.expression());
            if (isDouble(elementType) && value instanceof DartLongLiteralNode ln) {
                value = new DartDoubleLiteralNode(ln.getValue());
            }
            return withPre(at(new DartAddElementNode(slot, value, null, ee.QUESTION() != null, false), e));
        } else if (e instanceof MapElementContext me) {
            if (kind == DartCollectionBuildNode.Kind.LIST || kind == DartCollectionBuildNode.Kind.SET) {
                throw error(e, "Map entries can't be used in a list or set literal.");
            }
            boolean nullAwareValue = me.nullAwareValue != null;
            if (me.nullAwareKey != null && function.isAsync && DartScopes.containsAwait(me.expression(1))) {
                // `?k: v` with awaits in v: v (and its awaits) runs only when k is not null.
                int tmp = temp();
                DartExpressionNode key = translateExpression(me.expression(0));
                List<DartStatementNode> parts = new ArrayList<>(takePre());
                parts.add(new DartExpressionStatementNode(writeLocal(key, tmp)));
                DartStatementNode add = withPre(at(new DartAddElementNode(slot, DartReadLocalNodeGen.create(tmp), translateExpression(me.expression(1)), false, nullAwareValue), e));
                DartExpressionNode notNull = DartNotNodeGen.create(DartEqualNodeGen.create(DartReadLocalNodeGen.create(tmp), new DartConstantNode(DartNull.INSTANCE)));
                parts.add(new DartResumableIfNode(notNull, add, null, function.newStateSlot()));
                return new DartResumableBlockNode(parts.toArray(new DartStatementNode[0]), function.newStateSlot());
            }
            DartExpressionNode key = spillIfLaterAwaits(translateExpression(me.expression(0)), List.of(me.expression(1)));
            return withPre(at(new DartAddElementNode(slot, key, translateExpression(me.expression(1)), me.nullAwareKey != null, nullAwareValue), e));
        } else if (e instanceof SpreadElementContext sp) {
            return withPre(at(new DartSpreadElementNode(slot, translateExpression(sp.expression()), sp.ELLIPSIS_QUESTION() != null), e));
        } else if (e instanceof IfElementContext ie && ie.CASE() != null) {
            return translateIfCase(ie, ie.expression(0), ie.pattern(), ie.WHEN() == null ? null : ie.expression(1),
                            () -> translateElementInScope(ie.element(0), slot, kind, elementType),
                            ie.element().size() > 1 ? () -> translateElementInScope(ie.element(1), slot, kind, elementType) : null);
        } else if (e instanceof IfElementContext ie) {
            DartExpressionNode condition = translateExpression(ie.expression(0));
            List<DartStatementNode> conditionPre = takePre();
            DartStatementNode thenPart = translateElementInScope(ie.element(0), slot, kind, elementType);
            DartStatementNode elsePart = ie.element().size() > 1 ? translateElementInScope(ie.element(1), slot, kind, elementType) : null;
            boolean branchesAwait = function.isAsync && ie.element().stream().anyMatch(DartScopes::containsAwait);
            return prepend(conditionPre, at(branchesAwait ? new DartResumableIfNode(condition, thenPart, elsePart, function.newStateSlot()) : new DartIfNode(condition, thenPart, elsePart), e));
        }
        ForElementContext fe = (ForElementContext) e;
        return translateForElement(fe, slot, kind, elementType);
    }

    private DartStatementNode translateElementInScope(ElementContext e, int slot, DartCollectionBuildNode.Kind kind, org.dartj.types.DartType elementType) {
        Scope saved = scope;
        scope = new Scope(saved, function, false);
        try {
            return translateElement(e, slot, kind, elementType);
        } finally {
            scope = saved;
        }
    }

    /** {@code for (...) element}: a for-in or classic loop whose body adds elements. */
    private DartStatementNode translateForElement(ForElementContext fe, int slot, DartCollectionBuildNode.Kind kind, org.dartj.types.DartType elementType) {
        if (fe.AWAIT() != null) {
            return translateAwaitFor(fe.forLoopParts(), fe, () -> translateElementInScope(fe.element(), slot, kind, elementType), Set.of());
        }
        return translateForParts(fe.forLoopParts(), fe, fe.element(), () -> translateElementInScope(fe.element(), slot, kind, elementType), Set.of());
    }

    /**
     * Static types of translated expressions, where the translator knows them (see
     * {@link DartStaticTypes}); an expression not in the table has a type not known here.
     */
    private final Map<DartExpressionNode, org.dartj.types.DartType> staticTypes = new java.util.IdentityHashMap<>();
    private DartStaticTypes staticTypeRules;

    private DartStaticTypes rules() {
        if (staticTypeRules == null) {
            staticTypeRules = new DartStaticTypes(language.coreClasses());
        }
        return staticTypeRules;
    }

    /** Notes the static type of {@code node} (nothing when {@code type} is null: not known). */
    private <N extends DartExpressionNode> N typed(N node, org.dartj.types.DartType type) {
        if (type != null && node != null) {
            staticTypes.put(node, type);
        }
        return node;
    }

    /** The static type of a translated expression, or null when it is not known here. */
    private org.dartj.types.DartType staticType(DartExpressionNode value) {
        org.dartj.types.DartType t = staticTypes.get(value);
        return t != null ? t : literalType(value);
    }

    /**
     * The static type a variable gets from its declared type or, without one, from its
     * initializer; null where flow analysis could promote it (a nullable or dynamic type, or a
     * name tested with {@code is}/{@code as} or matched in this function), as then its type at a
     * given use is not known here.
     */
    private org.dartj.types.DartType variableType(String name, TypeContext declared, DartExpressionNode init) {
        org.dartj.types.DartType t;
        if (declared != null) {
            t = dartType(declared);
            org.dartj.types.DartType initType = init == null ? null : staticType(init);
            if (init != null && t.isNullable() && !(initType == org.dartj.types.DartSpecialType.NULL || initType != null && initType.isNullable())) {
                // A non-null initializer may promote a nullable variable to its non-nullable type.
                return null;
            }
        } else if (init == null) {
            return null;
        } else {
            t = staticType(init);
            if (t == org.dartj.types.DartSpecialType.NULL) {
                t = org.dartj.types.DartSpecialType.DYNAMIC;
            }
        }
        return unpromotedType(name, t);
    }

    /** A local's declared type, or its initializer's static type without one (dynamic for null); null when not known. */
    private org.dartj.types.DartType declaredType(TypeContext declared, DartExpressionNode init) {
        if (declared != null) {
            return dartType(declared);
        }
        org.dartj.types.DartType t = init == null ? org.dartj.types.DartSpecialType.DYNAMIC : staticType(init);
        return t == org.dartj.types.DartSpecialType.NULL ? org.dartj.types.DartSpecialType.DYNAMIC : t;
    }

    /** A closure parameter without a declared type: the one its context's function type gives it, or null. */
    private org.dartj.types.DartType contextParameterType(String name, int position, String named) {
        org.dartj.types.DartType t = rawContextParameterType(position, named);
        return t == null ? null : unpromotedType(name, t);
    }

    /** The type a closure parameter without a declared type gets from its context, before any promotion (null: none). */
    private org.dartj.types.DartType rawContextParameterType(int position, String named) {
        org.dartj.types.DartFunctionType context = function.contextType;
        if (context == null || named == null && position < 1) {
            return null;
        }
        return context.parameterType(position - 1, named);
    }

    private org.dartj.types.DartType unpromotedType(String name, org.dartj.types.DartType t) {
        if (t == null || t == org.dartj.types.DartSpecialType.VOID) {
            return null;
        }
        // A variable never assigned after its declaration, promoted only by the if conditions the translator follows, has its declared type elsewhere.
        boolean stable = function != null && function.stable(name);
        if (t.isNullable() && t != org.dartj.types.DartSpecialType.DYNAMIC) {
            // A tracked one starts at its declared type; its assignments promote and demote it in order.
            return stable || function.tracked(name) ? t : null;
        }
        if (rules().isSealedCoreType(t)) {
            return t;
        }
        return function != null && function.mayPromote(name) && !stable && !function.tracked(name) ? null : t;
    }

    /** A local variable's static type where it is read ({@code v}'s type parameters, if any, are those of its own function). */
    private org.dartj.types.DartType readType(Variable v) {
        if (v.scope.function != function && !v.scope.function.stable(v.name) && v.scope.function.tracked(v.name) && mayBePromoted(v)) {
            // Read in a nested function: an assignment may come before or after it runs.
            return null;
        }
        org.dartj.types.DartType t = promotions.containsKey(v) ? promotions.get(v) : v.staticType;
        return t == null || t.hasTypeParameters() && v.scope.function != function ? null : t;
    }

    /** Whether flow analysis may give {@code v} a type other than its declared one somewhere (only types of interest can). */
    private static boolean mayBePromoted(Variable v) {
        return v.staticType == null || v.staticType.isNullable() || v.scope.function.mayPromote(v.name) || !v.scope.function.testedTypes(v.name).isEmpty();
    }

    /**
     * The static type of {@code receiver.name} or {@code receiver.name(...)}: a core member's
     * (see {@link DartStaticTypes#member}), or the declared type of a field, getter or
     * non-generic method of a class of this library, with the receiver's type arguments.
     */
    private org.dartj.types.DartType memberType(org.dartj.types.DartType receiver, String name, boolean call) {
        org.dartj.types.DartType core = rules().member(receiver, name, call);
        if (core != null || !(receiver instanceof org.dartj.types.DartInterfaceType r) || receiver.isNullable() || name.startsWith("_")) {
            // Private fields may be promoted by flow analysis.
            return core;
        }
        DartClassInfo info = userClasses.get(r.dartClass().getName());
        if (info == null || info.dartClass != r.dartClass() || !(info.declaration instanceof ClassDeclarationContext)) {
            return null;
        }
        for (DartClassInfo c = info; c != null; c = c.superInfo) {
            if (!(c.declaration instanceof ClassDeclarationContext)) {
                return null;
            }
            for (ClassMemberContext m : DartClassTranslator.members(c)) {
                TypeContext declared = null;
                boolean found = false;
                if (!call && m instanceof FieldMemberContext f && f.fieldDeclaration().STATIC() == null) {
                    for (InitializedIdentifierContext i : f.fieldDeclaration().initializedIdentifierList().initializedIdentifier()) {
                        found |= i.identifier().getText().equals(name);
                    }
                    declared = f.fieldDeclaration().type();
                } else if (m instanceof MethodMemberContext mm && mm.STATIC() == null) {
                    if (!call && mm.methodSignature() instanceof GetterSignatureContext g && g.identifier().getText().equals(name)) {
                        found = true;
                        declared = g.type();
                    } else if (call && mm.methodSignature() instanceof PlainMethodSignatureContext pm && pm.identifier().getText().equals(name)) {
                        found = true;
                        declared = pm.typeParameters() == null ? pm.type() : null;
                    } else if (mm.methodSignature() instanceof PlainMethodSignatureContext pm && pm.identifier().getText().equals(name)
                                    || mm.methodSignature() instanceof GetterSignatureContext g && g.identifier().getText().equals(name)) {
                        // A tear-off, or a call of a getter's value.
                        return null;
                    }
                }
                if (found) {
                    // Without a declared type the member's type is inferred (from an initializer or an overridden member): not known here.
                    return declared == null ? null : classMemberType(dartType(declared), r, c);
                }
            }
            DartClass superclass = c.dartClass.getSuperclass();
            if (c.superInfo == null ? superclass != language.coreClasses().objectClass : superclass != c.superInfo.dartClass) {
                // A core superclass or a mixin application: its members are not looked up here.
                return null;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ call-site inference

    /** While a callee's declared types are read at a call site: its own type parameters, read as type-parameter types numbered from the offset. */
    private TypeParametersContext calleeTypeParameters;
    private int calleeTypeParameterOffset;

    /**
     * A function, method or constructor of this library as its call sites see it: the
     * parameters' declared types (the receiver's type arguments put in for its class's type
     * parameters, its own type parameters numbered from {@code first}; null where untyped or
     * not known here) and its declared return type.
     */
    private record CalleeSignature(List<org.dartj.types.DartType> positional, Map<String, org.dartj.types.DartType> named, int first, int count,
                    org.dartj.types.DartType returnType) {
        org.dartj.types.DartType parameter(int position, String name) {
            return name != null ? named.get(name) : position < positional.size() ? positional.get(position) : null;
        }

        /** The return type with the callee's type arguments put in, or null when not known here. */
        org.dartj.types.DartType returnType(org.dartj.types.DartType[] types) {
            if (returnType == null) {
                return null;
            }
            org.dartj.types.DartType[] vector = new org.dartj.types.DartType[first + count];
            java.util.Arrays.fill(vector, org.dartj.types.DartSpecialType.DYNAMIC);
            for (int i = 0; i < count; i++) {
                if (types[i] == null) {
                    return DartStaticTypes.mentions(returnType, first + i, 1) ? null : returnType;
                }
                vector[first + i] = types[i];
            }
            org.dartj.types.DartType t = returnType.substitute(vector);
            return t.hasTypeParameters() ? null : t;
        }
    }

    /**
     * The signature of a callee declared by {@code list}, with its own type parameters
     * {@code own} (or null) and, for a member of a generic class, the receiver's type
     * arguments as that class's ({@code classArgs}, null for none).
     */
    private CalleeSignature calleeSignature(FormalParameterListContext list, TypeParametersContext own, TypeContext returnType, DartClassInfo info,
                    org.dartj.types.DartType[] classArgs) {
        int first = classArgs == null ? 0 : classArgs.length;
        int count = own == null ? 0 : own.typeParameter().size();
        org.dartj.types.DartType[] vector = new org.dartj.types.DartType[first + count];
        for (int i = 0; i < first; i++) {
            vector[i] = classArgs[i];
        }
        for (int i = 0; i < count; i++) {
            vector[first + i] = new org.dartj.types.DartTypeParameterType(own.typeParameter(i).identifier().getText(), first + i, false);
        }
        List<org.dartj.types.DartType> positional = new ArrayList<>();
        Map<String, org.dartj.types.DartType> named = new HashMap<>();
        for (NormalFormalParameterContext p : list.normalFormalParameter()) {
            positional.add(calleeParameterType(p, own, first, info, vector));
        }
        if (list.optionalOrNamedParameters() instanceof OptionalPositionalParametersContext opt) {
            for (DefaultFormalParameterContext d : opt.defaultFormalParameter()) {
                positional.add(calleeParameterType(d.normalFormalParameter(), own, first, info, vector));
            }
        } else if (list.optionalOrNamedParameters() instanceof NamedParametersContext np) {
            for (DefaultNamedParameterContext d : np.defaultNamedParameter()) {
                named.put(parameterName(d.normalFormalParameter()), calleeParameterType(d.normalFormalParameter(), own, first, info, vector));
            }
        }
        org.dartj.types.DartType result = returnType == null ? null : calleeType(returnType, own, first);
        return new CalleeSignature(positional, named, first, count, result == null ? null : result.substitute(vector));
    }

    private org.dartj.types.DartType calleeParameterType(NormalFormalParameterContext p, TypeParametersContext own, int first, DartClassInfo info, org.dartj.types.DartType[] vector) {
        TypeContext declared = p instanceof SimpleFormalParameterContext s ? s.type()
                        : p instanceof FieldFormalParameterContext f && info != null ? (f.type() != null ? f.type() : fieldType(info, f.identifier().getText())) : null;
        org.dartj.types.DartType t = declared == null ? null : calleeType(declared, own, first);
        return t == null ? null : t.substitute(vector);
    }

    /** A type written in a callee's declaration, read with its own type parameters numbered from {@code first}; null when not known here. */
    private org.dartj.types.DartType calleeType(TypeContext type, TypeParametersContext own, int first) {
        if (mentionsGenericAlias(type)) {
            // A generic typedef's arguments are not put into its type here.
            return null;
        }
        TypeParametersContext saved = calleeTypeParameters;
        int savedOffset = calleeTypeParameterOffset;
        calleeTypeParameters = own;
        calleeTypeParameterOffset = first;
        try {
            return dartType(type);
        } catch (DartSyntaxError e) {
            return null;
        } finally {
            calleeTypeParameters = saved;
            calleeTypeParameterOffset = savedOffset;
        }
    }

    private boolean mentionsGenericAlias(ParseTree tree) {
        if (tree instanceof TypeNotFunctionContext tn && tn.typeName() != null && tn.typeArguments() != null && typeAliases.containsKey(tn.typeName().getText())) {
            return true;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            if (mentionsGenericAlias(tree.getChild(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The arguments of a call of a known callee, translated in the contexts its parameter
     * types give them (a function literal gets its parameter types there, a collection literal
     * its type arguments), inferring the callee's own type arguments on the way: those fixed
     * beforehand ({@code fixed}: written, or from the call's context type), else the upper
     * bound of what the arguments' static types give them.
     */
    private final class CallInference implements ArgumentContexts {
        final CalleeSignature callee;
        final org.dartj.types.DartType[] fixed;
        final List<List<org.dartj.types.DartType>> found;
        final List<List<org.dartj.types.DartType>> upper;

        CallInference(CalleeSignature callee, org.dartj.types.DartType[] fixed) {
            this.callee = callee;
            this.fixed = fixed;
            this.found = argumentTypes(callee.count());
            this.upper = argumentTypes(callee.count());
        }

        @Override
        public org.dartj.types.DartType of(int position, String named) {
            org.dartj.types.DartType formal = callee.parameter(position, named);
            // Horizontal inference: only a function literal sees what earlier arguments fixed.
            return DartStaticTypes.contextSchema(formal, formal instanceof org.dartj.types.DartFunctionType ? solved() : fixed.clone(), callee.first());
        }

        @Override
        public void translated(int position, String named, DartExpressionNode value) {
            rules().constrain(callee.parameter(position, named), staticType(value), callee.first(), found, upper);
        }

        /**
         * The type arguments as far as known (null: not known here): the upper bound of the
         * lower bounds the arguments gave (Dart prefers them), else the one upper bound.
         */
        org.dartj.types.DartType[] solved() {
            org.dartj.types.DartType[] out = new org.dartj.types.DartType[callee.count()];
            for (int i = 0; i < out.length; i++) {
                List<org.dartj.types.DartType> at = upper.get(i);
                out[i] = fixed[i] != null ? fixed[i] : !found.get(i).isEmpty() ? inferredElementType(found.get(i))
                                : !at.isEmpty() && at.stream().allMatch(at.get(0)::equals) ? at.get(0) : null;
                org.dartj.types.DartType lower = out[i];
                if (lower != null && fixed[i] == null && !found.get(i).isEmpty() && at.stream().anyMatch(u -> !lower.isSubtypeOf(u))) {
                    out[i] = null;
                }
            }
            return out;
        }

        /** Whether nothing fixed or constrained type parameter {@code i} (Dart then takes its bound). */
        boolean unconstrained(int i) {
            return fixed[i] == null && found.get(i).isEmpty() && upper.get(i).isEmpty();
        }
    }

    /**
     * The type arguments a call of a generic callee passes: each solved one, else (no argument
     * told anything) its bound, or dynamic without one; {@code certain} is cleared when one is
     * not known here (then the bound or dynamic is passed, as before inference).
     */
    private org.dartj.types.DartType[] finishTypeArguments(CallInference inference, List<TypeParameterContext> params, boolean[] certain) {
        org.dartj.types.DartType[] types = inference.solved();
        for (int i = 0; i < types.length; i++) {
            if (types[i] != null) {
                continue;
            }
            TypeContext bound = params.get(i).type();
            if (!inference.unconstrained(i) || bound != null) {
                certain[0] = false;
            }
            types[i] = bound == null ? org.dartj.types.DartSpecialType.DYNAMIC : erased(dartTypeOutside(bound));
        }
        return types;
    }

    /** The type arguments that a generic call's context type fixes through its return type (downward inference); null entries are not fixed. */
    private org.dartj.types.DartType[] fixedTypeArguments(CalleeSignature callee, List<TypeContext> written, ParserRuleContext whole, ParserRuleContext end) {
        org.dartj.types.DartType[] fixed = new org.dartj.types.DartType[callee.count()];
        if (written != null) {
            if (written.size() != fixed.length) {
                throw error(whole, "Expected " + fixed.length + " type arguments.");
            }
            for (int i = 0; i < fixed.length; i++) {
                fixed[i] = dartType(written.get(i));
            }
        } else if (fixed.length > 0) {
            org.dartj.types.DartType context = contextTypeOf(whole, end);
            if (context != null && !context.hasTypeParameters()) {
                rules().constrainFromContext(callee.returnType(), context, callee.first(), fixed);
            }
        }
        return fixed;
    }

    /** The static method {@code name} declared by {@code info}, or null. */
    private static MethodMemberContext staticMethod(DartClassInfo info, String name) {
        for (ClassMemberContext m : DartClassTranslator.members(info)) {
            if (m instanceof MethodMemberContext mm && mm.STATIC() != null && mm.methodSignature() instanceof PlainMethodSignatureContext pm && pm.identifier().getText().equals(name)) {
                return mm;
            }
        }
        return null;
    }

    /** A call of a static method of a class of this library: arguments in their parameters' contexts, type arguments written or inferred. */
    private DartExpressionNode callStaticMethod(DartStaticMember m, MethodMemberContext declaration, TypeArgumentsContext typeArguments, ArgumentsContext arguments, ParserRuleContext whole,
                    ParserRuleContext at) {
        PlainMethodSignatureContext pm = (PlainMethodSignatureContext) declaration.methodSignature();
        TypeParametersContext own = pm.typeParameters();
        CalleeSignature callee = calleeSignature(pm.formalParameterList(), own, pm.type(), null, null);
        List<TypeContext> written = typeArguments == null ? null : typeArguments.typeList().type();
        CallInference inference = new CallInference(callee, fixedTypeArguments(callee, written, whole, arguments));
        DartArgumentsNode args = translateArguments(arguments, -1, List.of(), inference);
        if (own == null) {
            return at(typed(new DartStaticCallNode(m.holder(), args), callee.returnType(new org.dartj.types.DartType[0])), at);
        }
        boolean generator = declaration.functionBody() != null && declaration.functionBody().STAR() != null;
        if (generator) {
            return at(typeArguments != null ? DartStaticCallNode.generic(m.holder(), args, writtenTypeArguments(typeArguments, at)) : new DartStaticCallNode(m.holder(), args), at);
        }
        boolean[] certain = {true};
        org.dartj.types.DartType[] types = finishTypeArguments(inference, own.typeParameter(), certain);
        return at(typed(DartStaticCallNode.generic(m.holder(), args, typeArgumentsNode(types, at)), certain[0] ? callee.returnType(types) : null), at);
    }

    /**
     * {@code receiver.name(args)} of an instance method that a class of this library declares
     * or inherits from one, for a receiver whose static type is known: the arguments get their
     * parameters' contexts; a generic method without written type arguments receives those
     * inferred, when every one is known here. Null when the method is not found that way.
     */
    private DartExpressionNode userMemberCall(DartExpressionNode receiver, String name, CallSelectorContext call, boolean nullAware, org.dartj.types.DartType receiverType, ParserRuleContext whole) {
        org.dartj.types.DartType r = nullAware ? DartStaticTypes.nonNullable(receiverType) : receiverType;
        PlainMethodSignatureContext pm = instanceMethod(libraryClass(r), name);
        // A receiver typed with type parameters is `this` of a generic class: its type arguments are those in scope.
        if (pm == null || r.hasTypeParameters() && !r.equals(thisType()) || !(pm.getParent() instanceof MethodMemberContext mm)) {
            return null;
        }
        DartClassInfo declaring = declaringClass(pm);
        org.dartj.types.DartInterfaceType it = (org.dartj.types.DartInterfaceType) r;
        org.dartj.types.DartType[] classArgs = declaring == null ? null : it.dartClass().argumentsAs(declaring.dartClass, it.arguments());
        if (classArgs == null || classArgs.length != declaring.dartClass.typeParameters().length) {
            return null;
        }
        TypeParametersContext own = pm.typeParameters();
        CalleeSignature callee = calleeSignature(pm.formalParameterList(), own, pm.type(), declaring, classArgs);
        List<TypeContext> written = call.typeArguments() == null ? null : call.typeArguments().typeList().type();
        if (written != null && (own == null || written.size() != own.typeParameter().size())) {
            return null;
        }
        CallInference inference = new CallInference(callee, fixedTypeArguments(callee, written, whole, call));
        DartArgumentsNode args = translateArguments(call.arguments(), -1, List.of(), inference);
        DartInvokeMemberNode node = new DartInvokeMemberNode(receiver, name, args, nullAware);
        if (own == null) {
            return node;
        }
        if (written != null) {
            node.setTypeArguments(writtenTypeArguments(call.typeArguments(), call));
            return typed(node, nullAware ? null : callee.returnType(inference.solved()));
        }
        boolean[] certain = {true};
        org.dartj.types.DartType[] types = finishTypeArguments(inference, own.typeParameter(), certain);
        boolean generator = mm.functionBody() != null && mm.functionBody().STAR() != null;
        if (!certain[0] || generator) {
            // Not known here: the callee sees each type parameter's bound.
            return node;
        }
        node.setTypeArguments(typeArgumentsNode(types, call));
        return typed(node, nullAware ? null : callee.returnType(types));
    }

    /** The class of this library whose body declares a method. */
    private DartClassInfo declaringClass(ParserRuleContext member) {
        for (ParseTree p = member; p != null; p = p.getParent()) {
            if (p instanceof ClassDeclarationContext cd) {
                DartClassInfo info = userClasses.get(cd.identifier().getText());
                return info != null && info.declaration == cd ? info : null;
            }
        }
        return null;
    }

    /**
     * {@code receiver.name(args)} of a generic method of a class of this library, without
     * written type arguments: when the arguments' static types fix every type argument
     * (parameters declared {@code S}, {@code S?}, {@code C<S>}), they are passed, and a return
     * type that is one of them is the call's static type. Otherwise the call is left as is
     * (the callee sees each type parameter's bound).
     */
    private DartExpressionNode inferMethodTypeArguments(DartInvokeMemberNode node, org.dartj.types.DartType receiver, String name, DartArgumentsNode args, ParserRuleContext at) {
        PlainMethodSignatureContext method = genericMethod(receiver, name);
        if (method == null) {
            return node;
        }
        List<TypeParameterContext> params = method.typeParameters().typeParameter();
        List<String> names = params.stream().map(p -> p.identifier().getText()).toList();
        org.dartj.types.DartType[] types = new org.dartj.types.DartType[names.size()];
        if (!inferFromParameters(null, method.formalParameterList(), args, names, types)) {
            return node;
        }
        for (int i = 0; i < types.length; i++) {
            if (types[i] == null) {
                if (params.get(i).type() != null) {
                    // A bound: written in the method's scope, not translated here.
                    return node;
                }
                types[i] = org.dartj.types.DartSpecialType.DYNAMIC;
            }
        }
        org.dartj.nodes.expression.DartTypeArgumentsNode vectorNode = typeArgumentsNode(types, at);
        node.setTypeArguments(vectorNode);
        int returned = method.type() == null ? -1 : names.indexOf(method.type().getText());
        return typed(node, returned >= 0 ? types[returned] : null);
    }

    /** The generic instance method {@code name} declared by the receiver's class (a class of this library) or a superclass; null if not found here. */
    private PlainMethodSignatureContext genericMethod(org.dartj.types.DartType receiver, String name) {
        PlainMethodSignatureContext method = instanceMethod(libraryClass(receiver), name);
        return method == null || method.typeParameters() == null ? null : method;
    }

    /** The class of this library that a non-nullable static type names, or null. */
    private DartClassInfo libraryClass(org.dartj.types.DartType type) {
        if (!(type instanceof org.dartj.types.DartInterfaceType t) || type.isNullable()) {
            return null;
        }
        DartClassInfo info = userClasses.get(t.dartClass().getName());
        return info != null && info.dartClass == t.dartClass() ? info : null;
    }

    /**
     * The instance method {@code name} that class {@code info} declares or inherits from classes
     * of this library; null if a field or getter of that name comes first, or the chain leaves
     * what this library declares.
     */
    private PlainMethodSignatureContext instanceMethod(DartClassInfo info, String name) {
        for (DartClassInfo c = info; c != null; c = c.superInfo) {
            if (!(c.declaration instanceof ClassDeclarationContext)) {
                return null;
            }
            for (ClassMemberContext m : DartClassTranslator.members(c)) {
                if (m instanceof MethodMemberContext mm && mm.STATIC() == null && mm.methodSignature() instanceof PlainMethodSignatureContext pm && pm.identifier().getText().equals(name)) {
                    return pm;
                } else if (m instanceof FieldMemberContext f && f.fieldDeclaration().STATIC() == null
                                && f.fieldDeclaration().initializedIdentifierList().initializedIdentifier().stream().anyMatch(i -> i.identifier().getText().equals(name))) {
                    return null;
                } else if (m instanceof MethodMemberContext mm && mm.methodSignature() instanceof GetterSignatureContext g && g.identifier().getText().equals(name)) {
                    return null;
                }
            }
            DartClass superclass = c.dartClass.getSuperclass();
            if (c.superInfo == null ? superclass != language.coreClasses().objectClass : superclass != c.superInfo.dartClass) {
                return null;
            }
        }
        return null;
    }

    /** A member's declared type as seen through a receiver of type {@code receiver} (its class type parameters replaced). */
    private static org.dartj.types.DartType classMemberType(org.dartj.types.DartType declared, org.dartj.types.DartInterfaceType receiver, DartClassInfo declaring) {
        if (!declared.hasTypeParameters()) {
            return declared;
        }
        org.dartj.types.DartType[] args = receiver.dartClass().argumentsAs(declaring.dartClass, receiver.arguments());
        return args == null || args.length != declaring.dartClass.typeParameters().length ? null : declared.substitute(args);
    }

    /** The static type of {@code this} in a class body: the class with its own type parameters as arguments; null elsewhere. */
    private org.dartj.types.DartType thisType() {
        DartClassInfo cls = function == null ? currentClass : function.enclosingClass;
        if (cls == null || !(cls.declaration instanceof ClassDeclarationContext) || classTypeParameterCount() != cls.dartClass.typeParameters().length) {
            return null;
        }
        String[] names = cls.dartClass.typeParameters();
        org.dartj.types.DartType[] args = new org.dartj.types.DartType[names.length];
        for (int i = 0; i < names.length; i++) {
            args[i] = new org.dartj.types.DartTypeParameterType(names[i], i, false);
        }
        return new org.dartj.types.DartInterfaceType(cls.dartClass, args, false);
    }

    /** The static type of a literal element (null if not a literal: unknown here). */
    private org.dartj.types.DartType literalType(DartExpressionNode value) {
        org.dartj.types.DartTypeSystem types = language.coreClasses().types;
        if (value instanceof DartLongLiteralNode) {
            return types.intType;
        } else if (value instanceof DartDoubleLiteralNode) {
            return types.doubleType;
        } else if (value instanceof DartInterpolationNode) {
            return types.stringType;
        } else if (value instanceof DartConstantNode c) {
            Object v = c.getValue();
            return v instanceof TruffleString ? types.stringType : v instanceof Boolean ? types.boolType : v == DartNull.INSTANCE ? org.dartj.types.DartSpecialType.NULL : null;
        }
        return null;
    }

    /**
     * The element type Dart infers for an untyped collection literal from its elements' static
     * types (their upper bound: {@code [1, 2]} is a {@code List<int>}, {@code [1, 2.5]} a
     * {@code List<num>}, {@code [1, null]} a {@code List<int?>}), dynamic when it is empty; null
     * (not reified) when an element's static type is not known here.
     */
    private org.dartj.types.DartType inferredElementType(List<org.dartj.types.DartType> types) {
        return rules().upperBound(types);
    }

    private static boolean isDouble(org.dartj.types.DartType type) {
        return type instanceof org.dartj.types.DartInterfaceType t && t.dartClass().getName().equals("double") && !t.dartClass().isDeclaredInDart();
    }

    /**
     * The node passing {@code types} to a generic call: constant, or completed at run time
     * from the enclosing class's type arguments when one of them uses its type parameters (then
     * the others are erased to their run-time form in place).
     */
    private org.dartj.nodes.expression.DartTypeArgumentsNode typeArgumentsNode(org.dartj.types.DartType[] types, ParserRuleContext at) {
        org.dartj.nodes.expression.DartClassTypeArgumentsNode fromClass = null;
        for (org.dartj.types.DartType t : types) {
            if (fromClass == null) {
                fromClass = classTypeArguments(t, at);
            }
        }
        if (fromClass == null) {
            for (int i = 0; i < types.length; i++) {
                types[i] = erased(types[i]);
            }
        }
        return new org.dartj.nodes.expression.DartTypeArgumentsNode(types, fromClass);
    }

    private org.dartj.nodes.expression.DartClassTypeArgumentsNode classTypeArguments(org.dartj.types.DartType first, org.dartj.types.DartType second, ParserRuleContext at) {
        org.dartj.nodes.expression.DartClassTypeArgumentsNode n = first == null ? null : classTypeArguments(first, at);
        return n != null || second == null ? n : classTypeArguments(second, at);
    }

    private static DartExpressionNode withClassArguments(DartListLiteralNode node, org.dartj.nodes.expression.DartClassTypeArgumentsNode args) {
        node.setClassArguments(args);
        return node;
    }

    private static DartExpressionNode withClassArguments(DartSetLiteralNode node, org.dartj.nodes.expression.DartClassTypeArgumentsNode args) {
        node.setClassArguments(args);
        return node;
    }

    private static DartExpressionNode withClassArguments(DartMapLiteralNode node, org.dartj.nodes.expression.DartClassTypeArgumentsNode args) {
        node.setClassArguments(args);
        return node;
    }

    /** The collection literal whose type arguments come from a declared type, and those arguments. */
    private ParserRuleContext contextLiteral;
    private org.dartj.types.DartType[] contextArguments;

    /** The context type arguments for {@code lit} if it is the literal being translated in a typed context. */
    private org.dartj.types.DartType[] contextFor(ParserRuleContext lit, int count) {
        if (lit != contextLiteral || contextArguments == null || contextArguments.length != count) {
            return null;
        }
        contextLiteral = null;
        return contextArguments;
    }

    /**
     * An initializer translated in the context of its declared type: an int literal becomes a
     * double for {@code double}, an untyped collection literal takes the declared type's
     * arguments ({@code List<double> xs = [];}).
     */
    private DartExpressionNode translateInContext(ExpressionContext expression, TypeContext type) {
        if (type == null) {
            return translateExpression(expression);
        }
        ParserRuleContext saved = contextLiteral;
        org.dartj.types.DartType[] savedArgs = contextArguments;
        ParserRuleContext savedContextExpression = contextExpression;
        org.dartj.types.DartType savedContextType = contextType;
        contextExpression = expression;
        contextType = dartType(type);
        ParserRuleContext lit = soleLiteral(expression);
        if (lit != null) {
            org.dartj.types.DartType declared = dartType(type);
            if (declared instanceof org.dartj.types.DartInterfaceType it && !it.dartClass().isDeclaredInDart() && it.arguments().length > 0) {
                contextLiteral = lit;
                contextArguments = it.arguments();
            }
        }
        try {
            return implicitCallTearOff(coerce(translateExpression(expression), type), contextType, expression);
        } finally {
            contextLiteral = saved;
            contextArguments = savedArgs;
            contextExpression = savedContextExpression;
            contextType = savedContextType;
        }
    }

    /**
     * An expression translated in the context of a type known here (a parameter type, a
     * context function type's result): an untyped collection literal takes its arguments, a
     * function literal its parameter and result types. Unknown, top and generic types give no context.
     */
    private DartExpressionNode translateInContextType(ExpressionContext expression, org.dartj.types.DartType type) {
        if (type == null || type.isTop() || type.hasTypeParameters()) {
            return translateExpression(expression);
        }
        ParserRuleContext saved = contextLiteral;
        org.dartj.types.DartType[] savedArgs = contextArguments;
        ParserRuleContext savedContextExpression = contextExpression;
        org.dartj.types.DartType savedContextType = contextType;
        contextExpression = expression;
        contextType = type;
        ParserRuleContext lit = soleLiteral(expression);
        if (lit != null && type instanceof org.dartj.types.DartInterfaceType it && !it.isNullable() && !it.dartClass().isDeclaredInDart() && it.arguments().length > 0) {
            contextLiteral = lit;
            contextArguments = it.arguments();
        }
        try {
            DartExpressionNode value = translateExpression(expression);
            if (value instanceof DartLongLiteralNode l && rules().isDouble(type.withNullable(false))) {
                // An int literal in a double context is a double.
                return new DartDoubleLiteralNode(l.getValue());
            }
            return value;
        } finally {
            contextLiteral = saved;
            contextArguments = savedArgs;
            contextExpression = savedContextExpression;
            contextType = savedContextType;
        }
    }

    /** The expression translated in the context of a declared type, and that type (downward inference). */
    private ParserRuleContext contextExpression;
    private org.dartj.types.DartType contextType;

    /** The context type of the expression spanning {@code from} to {@code to}, when it is the whole expression that has one; else null. */
    private org.dartj.types.DartType contextTypeOf(ParserRuleContext from, ParserRuleContext to) {
        if (contextExpression == null || contextType == null || from.getStart() != contextExpression.getStart() || to.getStop() != contextExpression.getStop()) {
            return null;
        }
        return contextType.isTop() ? null : contextType.withNullable(false);
    }

    /**
     * A variable's initializer that is a null, bool, number or string literal whose type can
     * never be the variable's: the CFE's compile error ({@code int x = 'a';},
     * {@code String s = null;}). Other initializers are checked when they run.
     */
    private void checkLiteralAssignable(ExpressionContext expression, TypeContext type) {
        LiteralContext literal = type == null ? null : scalarLiteral(expression);
        if (literal == null) {
            return;
        }
        org.dartj.types.DartType declared = dartType(type);
        if (declared.isTop() || declared.hasTypeParameters() || !(declared instanceof org.dartj.types.DartInterfaceType it) || it.dartClass().getName().equals("Null")) {
            return;
        }
        org.dartj.types.DartTypeSystem types = language.coreClasses().types;
        if (literal instanceof NullLiteralContext) {
            if (!declared.isNullable()) {
                throw pointError(literal.getStart(), "The value 'null' can't be assigned to a variable of type '" + declared + "' because '" + declared + "' is not nullable.");
            }
            return;
        }
        org.dartj.types.DartType value = literal instanceof BooleanLiteralContext ? types.boolType
                        : literal instanceof StringLiteralExpressionContext ? types.stringType
                                        : literal instanceof HexLiteralContext || isIntegerText(literal.getText().replace("_", "")) ? types.intType : types.doubleType;
        if (value == types.intType && rules().isDouble(declared.withNullable(false))) {
            return;
        }
        // Only where the answer is certain: the literal types themselves, num, and classes of
        // the program (none of which a literal's class implements).
        org.dartj.types.DartType plain = declared.withNullable(false);
        boolean known = plain.equals(types.intType) || plain.equals(types.doubleType) || plain.equals(types.numType) || plain.equals(types.stringType)
                        || plain.equals(types.boolType) || it.arguments().length == 0 && userClasses.get(it.dartClass().getName()) != null
                                        && userClasses.get(it.dartClass().getName()).dartClass == it.dartClass() && !userClasses.get(it.dartClass().getName()).isExtension;
        if (!known) {
            return;
        }
        if (!value.isSubtypeOf(declared)) {
            throw pointError(literal.getStart(), "A value of type '" + value + "' can't be assigned to a variable of type '" + declared + "'.");
        }
    }

    /** The null, bool, number or string literal that is the whole expression (in parentheses), or null. */
    private static LiteralContext scalarLiteral(ParseTree e) {
        while (e != null) {
            if (e instanceof LiteralContext l) {
                return l instanceof NullLiteralContext || l instanceof BooleanLiteralContext || l instanceof NumberLiteralContext
                                || l instanceof HexLiteralContext || l instanceof StringLiteralExpressionContext ? l : null;
            }
            ParseTree only = null;
            int count = 0;
            for (int i = 0; i < e.getChildCount(); i++) {
                if (e.getChild(i) instanceof TerminalNode t) {
                    if (!t.getText().equals("(") && !t.getText().equals(")")) {
                        return null;
                    }
                } else {
                    count++;
                    only = e.getChild(i);
                }
            }
            if (count != 1) {
                return null;
            }
            e = only;
        }
        return null;
    }

    /** The list, set or map literal that is the whole expression, or null. */
    private static ParserRuleContext soleLiteral(ParseTree e) {
        while (e != null) {
            if (e instanceof ListLiteralContext || e instanceof SetOrMapLiteralContext) {
                return (ParserRuleContext) e;
            }
            ParseTree only = null;
            int count = 0;
            for (int i = 0; i < e.getChildCount(); i++) {
                if (!(e.getChild(i) instanceof TerminalNode)) {
                    count++;
                    only = e.getChild(i);
                }
            }
            if (count != 1 || only instanceof TerminalNode) {
                return null;
            }
            e = only;
        }
        return null;
    }

    private static String typeName(TypeContext type) {
        return type.getText();
    }

    /** An int literal in a double context is a double: {@code double d = 1;}. */
    private static DartExpressionNode coerce(DartExpressionNode value, TypeContext type) {
        if (type != null && value instanceof DartLongLiteralNode l && (type.getText().equals("double") || type.getText().equals("double?"))) {
            return new DartDoubleLiteralNode(l.getValue());
        }
        return value;
    }

    /**
     * A value of a class with a {@code call} method in a function-typed context is its
     * {@code call} tear-off ({@code int Function(int) f = multiplier;}), as Dart's implicit
     * call tear-off.
     */
    private DartExpressionNode implicitCallTearOff(DartExpressionNode value, org.dartj.types.DartType context, ParserRuleContext at) {
        boolean functionContext = context instanceof org.dartj.types.DartFunctionType ||
                        context instanceof org.dartj.types.DartInterfaceType ct && ct.dartClass().getName().equals("Function") && userClasses.get("Function") == null;
        if (functionContext && instanceMethod(libraryClass(staticType(value)), "call") != null) {
            return at(new DartGetPropertyNode(value, "call", false), at);
        }
        return value;
    }

    /** The declared return type of a function declaration, or null. */
    private static TypeContext declaredReturnType(ParserRuleContext whole) {
        if (whole instanceof TopLevelFunctionContext f) {
            return f.functionSignature().type();
        } else if (whole instanceof LocalFunctionDeclarationContext f) {
            return f.functionSignature().type();
        } else if (whole instanceof MethodMemberContext m) {
            MethodSignatureContext sig = m.methodSignature();
            if (sig instanceof GetterSignatureContext g) {
                return g.type();
            } else if (sig instanceof PlainMethodSignatureContext p) {
                return p.type();
            } else if (sig instanceof OperatorSignatureContext o) {
                return o.type();
            }
        } else if (whole instanceof TopLevelGetterContext g) {
            return g.type();
        }
        return null;
    }

    /** A returned expression, in the context of the declared return type ({@code List<T> f() => [];}). */
    private DartExpressionNode translateReturned(ExpressionContext e) {
        TypeContext declared = function.returnType;
        if (declared != null) {
            return translateInContext(e, declared);
        }
        if (function.isAsync && !function.isGenerator && function.tree instanceof ParserRuleContext tree && declaredReturnType(tree) != null) {
            // An async function's returned expression has the context FutureOr<T> for a declared Future<T>: T is its context here.
            org.dartj.types.DartType t = dartType(declaredReturnType(tree));
            if (t instanceof org.dartj.types.DartInterfaceType future && future.dartClass() == language.coreClasses().futureClass && future.arguments().length == 1 && !future.isNullable()) {
                return translateInContextType(e, future.arguments()[0]);
            }
        }
        // A function literal without a return type returns in the context of the function type
        // its own context gives it ({@code map.putIfAbsent(k, () => [])} makes a List<V>).
        org.dartj.types.DartFunctionType context = function.contextType;
        if (context != null && !function.isAsync && !function.isGenerator && function.tree instanceof FunctionExpressionContext) {
            return translateInContextType(e, context.returnType());
        }
        return translateExpression(e);
    }

    private DartExpressionNode returnValue(DartExpressionNode value) {
        return function.returnsDouble ? DartToDoubleNodeGen.create(value) : value;
    }

    static boolean isDoubleType(TypeContext type) {
        return type != null && (type.getText().equals("double") || type.getText().equals("double?"));
    }

    /** A field of the class being translated declared {@code double}. */
    /** The declared type of a field of the class being translated ({@code this.x} takes it), or null. */
    private TypeContext ownFieldType(String field) {
        if (currentClass == null) {
            return null;
        }
        for (ClassMemberContext m : DartClassTranslator.members(currentClass)) {
            if (m instanceof FieldMemberContext f && f.fieldDeclaration().STATIC() == null) {
                for (InitializedIdentifierContext i : f.fieldDeclaration().initializedIdentifierList().initializedIdentifier()) {
                    if (i.identifier().getText().equals(field)) {
                        return f.fieldDeclaration().type();
                    }
                }
            }
        }
        return null;
    }

    private boolean isDoubleField(String field) {
        DartClassInfo cls = currentClass;
        for (DartClassInfo c = cls; c != null; c = c.superInfo) {
            for (ClassMemberContext m : DartClassTranslator.members(c)) {
                if (m instanceof FieldMemberContext f) {
                    for (InitializedIdentifierContext i : f.fieldDeclaration().initializedIdentifierList().initializedIdentifier()) {
                        if (i.identifier().getText().equals(field)) {
                            return isDoubleType(f.fieldDeclaration().type());
                        }
                    }
                }
            }
        }
        return false;
    }

    private DartExpressionNode translateString(StringLiteralContext s) {
        List<Object> parts = stringParts(s);
        if (parts.size() == 1 && parts.get(0) instanceof String text) {
            return at(new DartConstantNode(TruffleString.fromJavaStringUncached(text, TruffleString.Encoding.UTF_16)), s);
        }
        List<DartExpressionNode> nodes = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof String text) {
                nodes.add(new DartConstantNode(TruffleString.fromJavaStringUncached(text, TruffleString.Encoding.UTF_16)));
            } else {
                nodes.add((DartExpressionNode) part);
            }
        }
        return at(new DartInterpolationNode(nodes.toArray(new DartExpressionNode[0])), s);
    }

    /** The parts of adjacent string literals: text (String) and interpolated expressions. */
    private List<Object> stringParts(StringLiteralContext s) {
        List<Object> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (StringPartContext part : s.stringPart()) {
            if (part instanceof RawStringContext raw) {
                String t = raw.getText().substring(1);
                int q = t.startsWith("'''") || t.startsWith("\"\"\"") ? 3 : 1;
                String body = t.substring(q, t.length() - q);
                text.append(q == 3 ? dropFirstLine(body) : body);
                continue;
            }
            QuotedStringContext q = (QuotedStringContext) part;
            boolean triple = q.TRIPLE_SINGLE_START() != null || q.TRIPLE_DOUBLE_START() != null;
            boolean first = true;
            for (StringContentContext c : q.stringContent()) {
                if (c instanceof StringTextContext t) {
                    String chunk = t.getText();
                    text.append(triple && first ? dropFirstLine(chunk) : chunk);
                } else if (c instanceof StringEscapeContext e) {
                    text.append(unescape(e.getText(), e));
                } else {
                    if (!text.isEmpty()) {
                        parts.add(text.toString());
                        text.setLength(0);
                    }
                    if (c instanceof SimpleInterpolationContext si) {
                        Token t = si.INTERPOLATION_ID().getSymbol();
                        String name = t.getText().substring(1);
                        ParserRuleContext at = new ParserRuleContext();
                        at.start = t;
                        at.stop = t;
                        at.setParent(si);
                        parts.add(readName(name, at));
                    } else {
                        parts.add(translateExpression(((ExpressionInterpolationContext) c).expression()));
                    }
                }
                first = false;
            }
        }
        if (!text.isEmpty() || parts.isEmpty()) {
            parts.add(text.toString());
        }
        return parts;
    }

    /** A multi-line string drops its first line if that line holds only spaces and tabs. */
    private static String dropFirstLine(String chunk) {
        int i = 0;
        while (i < chunk.length() && (chunk.charAt(i) == ' ' || chunk.charAt(i) == '\t')) {
            i++;
        }
        if (i < chunk.length() && chunk.charAt(i) == '\n') {
            return chunk.substring(i + 1);
        }
        if (i + 1 < chunk.length() && chunk.charAt(i) == '\r' && chunk.charAt(i + 1) == '\n') {
            return chunk.substring(i + 2);
        }
        if (i < chunk.length() && chunk.charAt(i) == '\r') {
            return chunk.substring(i + 1);
        }
        return chunk;
    }

    private String unescape(String escape, ParserRuleContext at) {
        char c = escape.charAt(1);
        switch (c) {
            case 'n':
                return "\n";
            case 'r':
                return "\r";
            case 't':
                return "\t";
            case 'b':
                return "\b";
            case 'f':
                return "\f";
            case 'v':
                return "\u000B";
            case 'x':
                return String.valueOf((char) Integer.parseInt(escape.substring(2), 16));
            case 'u': {
                String hex = escape.charAt(2) == '{' ? escape.substring(3, escape.length() - 1) : escape.substring(2);
                int cp = Integer.parseInt(hex, 16);
                if (cp > 0x10FFFF) {
                    throw error(at, "An escape sequence starting with '\\u' must be followed by 4 hexadecimal digits or from 1 to 6 digits between '{' and '}'.");
                }
                return new String(Character.toChars(cp));
            }
            default:
                return escape.substring(1);
        }
    }
}
