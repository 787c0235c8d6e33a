package org.dartj.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.dartj.nodes.DartStatementNode;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;

/**
 * The translator's static scopes. A local lives in a frame slot unless a nested function
 * may capture it; captured locals live in the environment of the scope that declares them.
 * "May capture" is decided per function, conservatively, by name: a local is captured if a
 * function nested in its function mentions its name without declaring it itself (see
 * {@link #namesUsedInNestedFunctions}).
 */
final class DartScopes {
    private DartScopes() {
    }

    /** One function being translated. */
    static final class Function {
        final Function parent;
        final String name;
        final FrameDescriptor.Builder frame = FrameDescriptor.newBuilder();
        final int envSlot;
        final Set<String> capturedNames;
        /** The body can suspend (async, or a sync* generator): resumable statements are used. */
        final boolean isAsync;
        boolean isGenerator;
        /** An async* body: its yields feed a stream; await works as in async bodies. */
        boolean isAsyncGenerator;
        int currentSlot = -1;
        boolean returnsDouble;
        /** A generic (synchronous) function's type parameters and the slot holding its type arguments. */
        DartParser.TypeParametersContext typeParameters;
        int typeArgumentsSlot = -1;
        org.dartj.types.DartType[] typeParameterBounds;
        /** The declared return type (not of async functions or generators), or null. */
        DartParser.TypeContext returnType;
        /** The class whose member this function is (or is nested in), or null. */
        final DartClassInfo enclosingClass;
        /** Rethrow targets: the slots holding the exception of the enclosing catch clauses. */
        final List<Integer> catchSlots = new ArrayList<>();
        int resumeValueSlot = -1;
        int futureSlot = -1;
        int nextTargetId;
        final List<Target> targets = new ArrayList<>();
        /** Statements that must run before the statement being translated (lowered awaits). */
        List<DartStatementNode> pre = new ArrayList<>();
        /** The declaration being translated (its text is scanned for type promotions). */
        final ParseTree tree;
        /** Names that an {@code is}/{@code as} test or a pattern match in this function may promote (computed when first needed). */
        private Set<String> promoted;
        /** The static types of the {@code return e;} statements of the body; null once one is not known here. */
        List<org.dartj.types.DartType> returnTypes = new ArrayList<>();
        /** The static types of the values a sync* body yields ({@code yield* e}: e's element type); null once one is not known here. */
        List<org.dartj.types.DartType> yieldTypes = new ArrayList<>();
        /** A function literal's context type (its untyped parameters take their types from it), or null. */
        org.dartj.types.DartFunctionType contextType;

        Function(Function parent, String name, ParseTree body, boolean isAsync, DartClassInfo enclosingClass) {
            this.parent = parent;
            this.name = name;
            this.isAsync = isAsync;
            this.enclosingClass = enclosingClass;
            this.envSlot = frame.addSlot(FrameSlotKind.Object, "<env>", null);
            this.capturedNames = namesUsedInNestedFunctions(body);
            this.tree = body;
            if (isAsync) {
                resumeValueSlot = frame.addSlot(FrameSlotKind.Object, "<resume>", null);
                futureSlot = frame.addSlot(FrameSlotKind.Object, "<future>", null);
            }
        }

        /** Whether {@code name} may be promoted somewhere in this function (nested functions included). */
        boolean mayPromote(String name) {
            if (promoted == null) {
                promoted = new HashSet<>();
                if (tree != null) {
                    promotedNames(tree, promoted);
                }
            }
            return promoted.contains(name);
        }

        /**
         * Whether flow analysis can be followed here for {@code name}: it is never assigned after
         * its declaration (nested functions included) and every test that may promote it is the
         * whole condition of an if statement ({@link #conditionTest}), so its type is its declared
         * type except where such a test promotes it.
         */
        boolean stable(String name) {
            if (assigned == null) {
                assigned = new HashSet<>();
                unmodeled = new HashSet<>();
                if (tree != null) {
                    assignedNames(tree, assigned);
                    Set<ParseTree> modeled = new HashSet<>();
                    modeledTests(tree, modeled);
                    unmodeledTests(tree, modeled, unmodeled);
                }
            }
            return !assigned.contains(ALL) && !assigned.contains(name) && !unmodeled.contains(name);
        }

        private Set<String> assigned;
        private Set<String> unmodeled;
        private Set<String> untrackable;
        private Map<String, List<DartParser.TypeContext>> tested;

        /**
         * Whether assignments to {@code name} can be followed: it is assigned only by whole
         * statements {@code name = e;} outside loops and nested functions, and tested only by
         * if conditions (then a statement-level assignment demotes it in order).
         */
        boolean tracked(String name) {
            stable(name);
            if (untrackable == null) {
                untrackable = new HashSet<>();
                tested = new HashMap<>();
                Set<ParseTree> direct = new HashSet<>();
                if (tree != null) {
                    directAssignments(tree, false, direct, untrackable);
                    Set<String> all = new HashSet<>();
                    indirectAssignments(tree, direct, all);
                    untrackable.addAll(all);
                    DartScopes.testedTypes(tree, tested);
                }
            }
            return !assigned.contains(ALL) && assigned.contains(name) && !untrackable.contains(name) && !unmodeled.contains(name);
        }

        /** Whether some name is tracked here (so statements are looked into for assignments). */
        boolean hasTracked() {
            if (anyTracked == null) {
                stable("");
                tracked("");
                anyTracked = assigned.stream().anyMatch(this::tracked);
            }
            return anyTracked;
        }

        private Boolean anyTracked;

        /** The types {@code name} is tested against by if conditions ({@code name is T}) in this function. */
        List<DartParser.TypeContext> testedTypes(String name) {
            tracked(name);
            return tested.getOrDefault(name, List.of());
        }

        int newSlot(String slotName) {
            return frame.addSlot(FrameSlotKind.Illegal, slotName, null);
        }

        int newStateSlot() {
            return frame.addSlot(FrameSlotKind.Object, "<state>", null);
        }
    }

    /** A break/continue target: a loop, or a labelled statement. */
    static final class Target {
        final Set<String> labels;
        final int id;
        final boolean isLoop;
        boolean isSwitch;

        Target(Set<String> labels, int id, boolean isLoop) {
            this.labels = labels;
            this.id = id;
            this.isLoop = isLoop;
        }
    }

    /** A block, loop or parameter scope. */
    static final class Scope {
        final Scope parent;
        final Function function;
        final Map<String, Variable> variables = new HashMap<>();
        final boolean hasEnvironment;
        int environmentSize;

        Scope(Scope parent, Function function, boolean hasEnvironment) {
            this.parent = parent;
            this.function = function;
            this.hasEnvironment = hasEnvironment;
        }

        /** The names of the variables in this scope's environment, by environment index. */
        String[] environmentNames() {
            String[] names = new String[environmentSize];
            for (Variable v : variables.values()) {
                if (v.environmentIndex >= 0 && v.environmentIndex < names.length) {
                    names[v.environmentIndex] = v.name;
                }
            }
            return names;
        }

        Variable declare(String name, boolean isFinal) {
            Variable v;
            if (hasEnvironment && function.capturedNames.contains(name)) {
                v = new Variable(name, -1, this, environmentSize++, isFinal);
            } else {
                v = new Variable(name, function.newSlot(name), this, -1, isFinal);
            }
            if (!name.equals("_")) {
                // Dart 3.7: a local, parameter or catch variable named `_` is a wildcard and binds nothing.
                variables.put(name, v);
            }
            return v;
        }
    }

    /** A local variable: in a frame slot, or at an index of its scope's environment. */
    static final class Variable {
        final String name;
        final int frameSlot;
        final Scope scope;
        final int environmentIndex;
        final boolean isFinal;
        /** A {@code late} local: its slot holds a cell (DartLateLocal), never read directly. */
        boolean isLate;
        /** The declared type that assignments are checked against (null: untyped or var). */
        DartParser.TypeContext declaredType;
        /** The variable's static type where no promotion can change it (null: not known here). */
        org.dartj.types.DartType staticType;
        /**
         * A {@code var}/{@code final} local's type inferred from its initializer, or an untyped
         * closure parameter's from the closure's context, before any promotion (null: not known).
         */
        org.dartj.types.DartType inferredType;
        /** A local function's declaration (its call sites infer a generic one's type arguments), or null. */
        DartParser.LocalFunctionDeclarationContext localFunction;
        /** The declared type, or for a {@code var} local its initializer's: the type promotions start from (null: not known). */
        org.dartj.types.DartType declared;

        Variable(String name, int frameSlot, Scope scope, int environmentIndex, boolean isFinal) {
            this.name = name;
            this.frameSlot = frameSlot;
            this.scope = scope;
            this.environmentIndex = environmentIndex;
            this.isFinal = isFinal;
        }

        boolean isCaptured() {
            return environmentIndex >= 0;
        }
    }

    /**
     * Names of variables that flow analysis may promote in {@code tree}: the operand of an
     * {@code is} or {@code as}, the scrutinee of a switch or if-case, the operand of {@code !}.
     */
    static void promotedNames(ParseTree tree, Set<String> out) {
        if (tree instanceof DartParser.RelationalExpressionContext r && (r.IS() != null || r.AS() != null)) {
            out.add(r.bitwiseOrExpression(0).getText());
        } else if (tree instanceof DartParser.IfCaseStatementContext c) {
            out.add(c.expression(0).getText());
        } else if (tree instanceof DartParser.IfElementContext c && c.CASE() != null) {
            out.add(c.expression(0).getText());
        } else if (tree instanceof DartParser.SwitchStatementContext c) {
            out.add(c.expression().getText());
        } else if (tree instanceof DartParser.SwitchExpressionPrimaryContext c) {
            out.add(c.expression().getText());
        } else if (tree instanceof DartParser.PostfixExpressionContext p && !p.selector().isEmpty() && p.selector(0) instanceof DartParser.NullAssertSelectorContext) {
            out.add(p.primary().getText());
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            promotedNames(tree.getChild(i), out);
        }
    }

    /** Stands for every name when an assignment's target is a pattern. */
    private static final String ALL = "<all>";

    private static final Set<String> ASSIGNING = Set.of("=", "+=", "-=", "*=", "/=", "~/=", "%=", "<<=", ">=", "&=", "|=", "^=", "??=", "++", "--", ">", "in");

    /** Names that are assigned in {@code tree} (not declared): followed by an assignment operator, {@code in}, or after {@code ++}/{@code --}. */
    static void assignedNames(ParseTree tree, Set<String> out) {
        assignedNames(tree, out, Set.of());
    }

    private static void assignedNames(ParseTree tree, Set<String> out, Set<TerminalNode> excluded) {
        List<TerminalNode> tokens = new ArrayList<>();
        terminals(tree, tokens);
        for (int i = 0; i < tokens.size(); i++) {
            TerminalNode t = tokens.get(i);
            if (excluded.contains(t)) {
                continue;
            }
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).getText() : "";
            String previous = i > 0 ? tokens.get(i - 1).getText() : "";
            if (t.getText().equals(")") && next.equals("=")) {
                // A pattern assignment: its variables are not looked for.
                out.add(ALL);
            }
            if (!(t.getParent() instanceof DartParser.IdentifierContext id) || previous.equals(".") || previous.equals("?.")) {
                continue;
            }
            ParseTree owner = id.getParent();
            boolean declaration = owner instanceof DartParser.InitializedIdentifierContext || owner instanceof DartParser.NormalFormalParameterContext
                            || owner instanceof DartParser.FunctionSignatureContext;
            // '>' and '>=' start the shift assignments ('>>=' is lexed as '>' '>='), and are comparisons otherwise.
            boolean comparison = (next.equals(">") || next.equals(">=")) && !(tokens.get(i + 1).getParent() instanceof DartParser.AssignmentOperatorContext);
            if (!declaration && !comparison && (ASSIGNING.contains(next) || previous.equals("++") || previous.equals("--"))) {
                out.add(id.getText());
            }
        }
    }

    /** Whether {@code tree} mentions the name {@code name} (as an identifier). */
    static boolean mentions(ParseTree tree, String name) {
        if (tree instanceof DartParser.IdentifierContext id) {
            return id.getText().equals(name);
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            if (mentions(tree.getChild(i), name)) {
                return true;
            }
        }
        return false;
    }

    /** The name a statement {@code name = e;} assigns as a whole, or null. */
    static String directAssignment(ParseTree statement) {
        if (!(statement instanceof DartParser.StatementContext st) || !st.label().isEmpty() || !(st.nonLabelledStatement() instanceof DartParser.ExpressionStatementContext es)) {
            return null;
        }
        ParseTree e = es.expression();
        while (e.getChildCount() == 1) {
            e = e.getChild(0);
        }
        if (!(e instanceof DartParser.ConditionalHeadExpressionContext a) || a.assignmentOperator() == null || a.assignmentOperator().EQ() == null || a.assignmentOperator().getChildCount() != 1 || a.getChildCount() != 3) {
            return null;
        }
        String target = a.conditionalExpression().getText();
        return isName(target) ? target : null;
    }

    private static void directAssignments(ParseTree tree, boolean restricted, Set<ParseTree> direct, Set<String> untrackable) {
        String name = directAssignment(tree);
        if (name != null) {
            direct.add(tree);
            if (restricted) {
                untrackable.add(name);
            }
        }
        // Loops, try and switch statements reset what their assignments may have changed (DartTranslator.resetAssigned);
        // a nested function may run at any time.
        boolean inner = restricted || tree instanceof DartParser.FunctionExpressionContext || tree instanceof DartParser.FunctionPrimaryContext
                        || tree instanceof DartParser.LocalFunctionDeclarationContext;
        for (int i = 0; i < tree.getChildCount(); i++) {
            directAssignments(tree.getChild(i), inner, direct, untrackable);
        }
    }

    /** Names assigned other than as the targets of the statements in {@code direct} (compound operators, ++, for-in, nested in expressions). */
    private static void indirectAssignments(ParseTree tree, Set<ParseTree> direct, Set<String> out) {
        Set<TerminalNode> targets = new HashSet<>();
        for (ParseTree d : direct) {
            List<TerminalNode> tokens = new ArrayList<>();
            terminals(d, tokens);
            targets.add(tokens.get(0));
        }
        assignedNames(tree, out, targets);
    }

    private static void testedTypes(ParseTree tree, Map<String, List<DartParser.TypeContext>> out) {
        if (tree instanceof DartParser.IfStatementContext i && conditionTest(i.expression()) instanceof DartParser.RelationalExpressionContext r) {
            out.computeIfAbsent(r.bitwiseOrExpression(0).getText(), k -> new ArrayList<>()).add(r.type());
        }
        for (int k = 0; k < tree.getChildCount(); k++) {
            testedTypes(tree.getChild(k), out);
        }
    }

    private static void terminals(ParseTree tree, List<TerminalNode> out) {
        if (tree instanceof TerminalNode t) {
            out.add(t);
            return;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            terminals(tree.getChild(i), out);
        }
    }

    /**
     * The test an if statement's whole condition is, when it is one flow analysis promotes by
     * that the translator follows: {@code x is T}, {@code x is! T} (a relational expression) or
     * {@code x == null}, {@code x != null}, {@code null == x}, {@code null != x} (an equality
     * expression), x a plain name; else null.
     */
    static ParserRuleContext conditionTest(ParseTree condition) {
        ParseTree t = condition;
        while (t != null) {
            if (t instanceof DartParser.EqualityExpressionContext eq && eq.relationalExpression().size() == 2) {
                String left = eq.relationalExpression(0).getText();
                String right = eq.relationalExpression(1).getText();
                return (left.equals("null") && isName(right)) || (right.equals("null") && isName(left)) ? eq : null;
            }
            if (t instanceof DartParser.RelationalExpressionContext r && (r.IS() != null || r.AS() != null || r.relationalOperator() != null)) {
                return r.IS() != null && isName(r.bitwiseOrExpression(0).getText()) ? r : null;
            }
            if (t.getChildCount() != 1) {
                return null;
            }
            t = t.getChild(0);
        }
        return null;
    }

    /** The name a test made by {@link #conditionTest} tests. */
    static String testedName(ParserRuleContext test) {
        if (test instanceof DartParser.RelationalExpressionContext r) {
            return r.bitwiseOrExpression(0).getText();
        }
        DartParser.EqualityExpressionContext eq = (DartParser.EqualityExpressionContext) test;
        String left = eq.relationalExpression(0).getText();
        return left.equals("null") ? eq.relationalExpression(1).getText() : left;
    }

    private static boolean isName(String text) {
        return text.matches("[A-Za-z_$][A-Za-z0-9_$]*") && !text.equals("this") && !text.equals("null");
    }

    private static void modeledTests(ParseTree tree, Set<ParseTree> out) {
        if (tree instanceof DartParser.IfStatementContext i) {
            ParserRuleContext test = conditionTest(i.expression());
            if (test != null) {
                out.add(test);
            }
        }
        for (int k = 0; k < tree.getChildCount(); k++) {
            modeledTests(tree.getChild(k), out);
        }
    }

    /** Names that a promoting construct other than a modeled if condition may promote: those of {@link #promotedNames} and null comparisons. */
    private static void unmodeledTests(ParseTree tree, Set<ParseTree> modeled, Set<String> out) {
        if (!modeled.contains(tree)) {
            if (tree instanceof DartParser.EqualityExpressionContext eq && eq.relationalExpression().size() == 2) {
                out.add(eq.relationalExpression(0).getText());
                out.add(eq.relationalExpression(1).getText());
            } else if (tree instanceof DartParser.RelationalExpressionContext r && (r.IS() != null || r.AS() != null)) {
                out.add(r.bitwiseOrExpression(0).getText());
            } else if (tree instanceof DartParser.IfCaseStatementContext c) {
                out.add(c.expression(0).getText());
            } else if (tree instanceof DartParser.SwitchStatementContext c) {
                out.add(c.expression().getText());
            } else if (tree instanceof DartParser.SwitchExpressionPrimaryContext c) {
                out.add(c.expression().getText());
            } else if (tree instanceof DartParser.PostfixExpressionContext p && !p.selector().isEmpty() && p.selector(0) instanceof DartParser.NullAssertSelectorContext) {
                out.add(p.primary().getText());
            }
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            unmodeledTests(tree.getChild(i), modeled, out);
        }
    }

    /**
     * The names that functions nested in {@code body} (any depth) may capture from it: the
     * identifiers a nested function mentions, less the ones it declares itself (parameters,
     * and locals, loop variables and catch parameters within their blocks: Dart forbids using
     * an outer variable in a block that declares the same name). {@code body} may be the function's
     * own declaration or literal; only functions inside it count as nested. Capturing too much
     * costs speed and changes what an isolate message copies, so this stays close to the VM,
     * whose contexts hold only variables that closures use.
     */
    static Set<String> namesUsedInNestedFunctions(ParseTree body) {
        Set<String> names = new HashSet<>();
        if (body != null) {
            if (isFunction(body)) {
                for (int i = 0; i < body.getChildCount(); i++) {
                    collect(body.getChild(i), names);
                }
            } else {
                collect(body, names);
            }
        }
        return names;
    }

    private static boolean isFunction(ParseTree tree) {
        return tree instanceof DartParser.FunctionExpressionContext || tree instanceof DartParser.FunctionPrimaryContext
                        || tree instanceof DartParser.LocalFunctionDeclarationContext;
    }

    /** Walks the enclosing function's own code, adding what each nested function captures. */
    private static void collect(ParseTree tree, Set<String> names) {
        if (tree instanceof DartParser.InitializedIdentifierContext i && i.getParent().getParent() instanceof DartParser.DeclaredVariablesContext d && d.LATE() != null) {
            // A late local's initializer runs later, as a closure over its scope.
            names.add("this");
            mentionedNames(tree, names);
            return;
        }
        if (isFunction(tree)) {
            // A nested function may use `this` implicitly (member names): capture it.
            names.add("this");
            names.addAll(freeNames(tree));
            return;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            collect(tree.getChild(i), names);
        }
    }

    /**
     * The names a function literal or local function mentions that are not its own locals: its
     * parameters, and the variables, local functions, loop variables and catch parameters
     * declared in its blocks are bound where Dart's scoping says (a block's declarations bind
     * in the whole block). Pattern variables are not tracked: mentioning one counts as free,
     * which only captures too much.
     */
    private static Set<String> freeNames(ParseTree function) {
        Set<String> bound = new HashSet<>();
        DartParser.FormalParameterListContext params = null;
        if (function instanceof DartParser.FunctionExpressionContext f) {
            params = f.formalParameterList();
        } else if (function instanceof DartParser.FunctionPrimaryContext f) {
            params = f.formalParameterList();
        } else if (function instanceof DartParser.LocalFunctionDeclarationContext f) {
            params = f.functionSignature().formalParameterList();
        }
        if (params != null) {
            for (DartParser.NormalFormalParameterContext p : ownParameters(params)) {
                if (p instanceof DartParser.SimpleFormalParameterContext s) {
                    bound.add(s.identifier().getText());
                } else if (p instanceof DartParser.FunctionFormalParameterContext s) {
                    bound.add(s.identifier().getText());
                }
            }
        }
        Set<String> free = new HashSet<>();
        for (int i = 0; i < function.getChildCount(); i++) {
            freeNames(function.getChild(i), bound, free);
        }
        // A local function's own name is declared in the enclosing scope (recursion captures it).
        if (function instanceof DartParser.LocalFunctionDeclarationContext f) {
            free.add(f.functionSignature().identifier().getText());
        }
        return free;
    }

    private static void freeNames(ParseTree tree, Set<String> bound, Set<String> free) {
        if (tree instanceof DartParser.IdentifierContext id) {
            if (!bound.contains(id.getText())) {
                free.add(id.getText());
            }
            return;
        }
        if (tree instanceof TerminalNode t) {
            if (t.getSymbol().getType() == DartLexer.INTERPOLATION_ID && !bound.contains(t.getText().substring(1))) {
                free.add(t.getText().substring(1));
            }
            return;
        }
        if (isFunction(tree)) {
            free.add("this");
            for (String name : freeNames(tree)) {
                if (!bound.contains(name)) {
                    free.add(name);
                }
            }
            return;
        }
        Set<String> inner = bound;
        if (tree instanceof DartParser.BlockContext block) {
            inner = new HashSet<>(bound);
            for (DartParser.StatementContext st : block.statement()) {
                var statement = st.nonLabelledStatement();
                if (statement instanceof DartParser.LocalVariableStatementContext v) {
                    for (var id : v.localVariableDeclaration().declaredVariables().initializedIdentifierList().initializedIdentifier()) {
                        inner.add(id.identifier().getText());
                    }
                } else if (statement instanceof DartParser.LocalFunctionStatementContext lf) {
                    inner.add(lf.localFunctionDeclaration().functionSignature().identifier().getText());
                }
            }
        } else if (tree instanceof DartParser.ForStatementContext loop) {
            var parts = loop.forLoopParts();
            if (parts instanceof DartParser.ForInDeclarationContext in) {
                inner = new HashSet<>(bound);
                inner.add(in.identifier().getText());
            } else if (parts instanceof DartParser.ForClassicContext classic && classic.forInitializer().declaredVariables() != null) {
                inner = new HashSet<>(bound);
                for (var id : classic.forInitializer().declaredVariables().initializedIdentifierList().initializedIdentifier()) {
                    inner.add(id.identifier().getText());
                }
            }
        } else if (tree instanceof DartParser.OnPartContext on && on.catchPart() != null) {
            inner = new HashSet<>(bound);
            for (var id : on.catchPart().identifier()) {
                inner.add(id.getText());
            }
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            freeNames(tree.getChild(i), inner, free);
        }
    }

    private static List<DartParser.NormalFormalParameterContext> ownParameters(DartParser.FormalParameterListContext params) {
        List<DartParser.NormalFormalParameterContext> out = new ArrayList<>(params.normalFormalParameter());
        var optional = params.optionalOrNamedParameters();
        if (optional instanceof DartParser.OptionalPositionalParametersContext o) {
            for (var d : o.defaultFormalParameter()) {
                out.add(d.normalFormalParameter());
            }
        } else if (optional instanceof DartParser.NamedParametersContext n) {
            for (var d : n.defaultNamedParameter()) {
                out.add(d.normalFormalParameter());
            }
        }
        return out;
    }

    /** Every identifier in the subtree, with the free names of the functions nested in it. */
    private static void mentionedNames(ParseTree tree, Set<String> names) {
        freeNames(tree, Set.of(), names);
    }

    /** True if the subtree contains an {@code await} outside nested functions. */
    static boolean containsAwait(ParseTree tree) {
        if (tree == null || tree instanceof DartParser.FunctionExpressionContext || tree instanceof DartParser.FunctionPrimaryContext
                        || tree instanceof DartParser.LocalFunctionDeclarationContext) {
            return false;
        }
        if (tree instanceof DartParser.AwaitExpressionContext || tree instanceof DartParser.YieldStatementContext) {
            return true;
        }
        if (tree instanceof DartParser.ForStatementContext f && f.AWAIT() != null || tree instanceof DartParser.ForElementContext e && e.AWAIT() != null) {
            return true;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            if (containsAwait(tree.getChild(i))) {
                return true;
            }
        }
        return false;
    }

    /** True if a statement list declares a local that nested functions may capture. */
    static boolean declaresCaptured(Function function, List<? extends ParserRuleContext> declarations) {
        for (ParserRuleContext d : declarations) {
            for (String n : declaredNames(d)) {
                if (function.capturedNames.contains(n)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Variables a pattern declares: variable patterns, and bare names in declarations. */
    /**
     * The fields of a record pattern in source order: {@code field} receives each positional
     * field's pattern with a null name context, or a named field (its pattern is the named
     * field's).
     */
    static void forEachRecordField(DartParser.RecordPatternContext r, java.util.function.BiConsumer<DartParser.NamedPatternFieldContext, DartParser.PatternContext> field) {
        for (int i = 0; i < r.getChildCount(); i++) {
            ParseTree c = r.getChild(i);
            if (c instanceof DartParser.PatternContext pc) {
                field.accept(null, pc);
            } else if (c instanceof DartParser.NamedPatternFieldContext n) {
                field.accept(n, n.pattern());
            } else if (c instanceof DartParser.PatternFieldContext pf) {
                field.accept(pf.namedPatternField(), pf.namedPatternField() != null ? pf.namedPatternField().pattern() : pf.pattern());
            }
        }
    }

    static void patternNames(ParseTree tree, boolean declaration, List<String> out) {
        if (tree instanceof DartParser.VariablePatternContext v) {
            if (!v.identifier().getText().equals("_")) {
                out.add(v.identifier().getText());
            }
            return;
        }
        if (declaration && tree instanceof DartParser.ConstantPatternContext c && c.qualifiedName() != null && c.qualifiedName().identifier().size() == 1) {
            String name = c.qualifiedName().getText();
            if (!name.equals("_")) {
                out.add(name);
            }
            return;
        }
        if (tree instanceof DartParser.MapPatternEntryContext e) {
            patternNames(e.pattern(), declaration, out);
            return;
        }
        if (tree instanceof DartParser.RelationalOperatorPatternContext) {
            return;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            patternNames(tree.getChild(i), declaration, out);
        }
    }

    static boolean anyCaptured(Function function, List<String> names) {
        for (String n : names) {
            if (function.capturedNames.contains(n)) {
                return true;
            }
        }
        return false;
    }

    static boolean declaresCapturedNames(Function function, List<DartParser.IdentifierContext> ids) {
        for (DartParser.IdentifierContext id : ids) {
            if (function.capturedNames.contains(id.getText())) {
                return true;
            }
        }
        return false;
    }

    static List<String> declaredNames(ParserRuleContext ctx) {
        List<String> names = new ArrayList<>();
        if (ctx instanceof DartParser.StatementContext s) {
            ctx = s.nonLabelledStatement();
        }
        if (ctx instanceof DartParser.LocalVariableStatementContext v) {
            for (var i : v.localVariableDeclaration().declaredVariables().initializedIdentifierList().initializedIdentifier()) {
                names.add(i.identifier().getText());
            }
        } else if (ctx instanceof DartParser.PatternDeclarationStatementContext pd) {
            patternNames(pd.outerPattern(), true, names);
        } else if (ctx instanceof DartParser.LocalFunctionStatementContext f) {
            names.add(f.localFunctionDeclaration().functionSignature().identifier().getText());
        } else if (ctx instanceof DartParser.DeclaredVariablesContext dv) {
            for (var i : dv.initializedIdentifierList().initializedIdentifier()) {
                names.add(i.identifier().getText());
            }
        } else if (ctx instanceof DartParser.NormalFormalParameterContext p) {
            if (p instanceof DartParser.SimpleFormalParameterContext sp) {
                names.add(sp.identifier().getText());
            } else if (p instanceof DartParser.FunctionFormalParameterContext fp) {
                names.add(fp.identifier().getText());
            } else if (p instanceof DartParser.FieldFormalParameterContext ff) {
                names.add(ff.identifier().getText());
            } else if (p instanceof DartParser.SuperFormalParameterContext sf) {
                names.add(sf.identifier().getText());
            }
        }
        return names;
    }
}
