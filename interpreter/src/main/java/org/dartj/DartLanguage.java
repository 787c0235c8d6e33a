package org.dartj;

import org.dartj.builtins.DartCoreLibraries;
import org.dartj.classes.DartCoreClasses;
import org.dartj.nodes.DartProgramRootNode;
import org.dartj.parser.DartProgram;
import org.dartj.parser.DartTranslator;
import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;

/**
 * Dart as a Truffle language. Map of the packages:
 * <ul>
 * <li>{@code org.dartj.parser}: ANTLR parse tree to nodes ({@link DartTranslator}), scopes,
 * syntax errors;</li>
 * <li>{@code org.dartj.nodes}: the AST interpreter, by role: {@code literal},
 * {@code expression} (operators), {@code local} and {@code global} (variables),
 * {@code controlflow}, {@code call} (calls, member dispatch, arguments), {@code async}
 * (await and the resumable statements of async functions);</li>
 * <li>{@code org.dartj.builtins}: the core libraries, one class per Dart type
 * ({@code core/ListBuiltins}, {@code isolate/SendPortBuiltins}, ...), registered by
 * {@link DartCoreLibraries};</li>
 * <li>{@code org.dartj.classes}: the class model and the core classes;</li>
 * <li>{@code org.dartj.isolate}: spawning isolates (inner context + Truffle thread),
 * receive ports, uncaught-error reports.</li>
 * </ul>
 * Values, ports, the event loop and the message copier live in the {@code dartj-runtime}
 * module ({@code org.dartj.runtime}).
 *
 * <p>Policy {@code SHARED}: parsed programs, classes and builtins live here and serve every
 * isolate (each isolate is a {@link DartContext}).
 */
@TruffleLanguage.Registration(id = DartLanguage.ID, name = "Dart", version = DartLanguage.VERSION, defaultMimeType = DartLanguage.MIME_TYPE,
                characterMimeTypes = DartLanguage.MIME_TYPE, contextPolicy = TruffleLanguage.ContextPolicy.SHARED, website = "https://dart.dev",
                dependentLanguages = "regex")
public final class DartLanguage extends TruffleLanguage<DartContext> {
    public static final String ID = "dart";
    public static final String VERSION = "3.9.0 (DartJ 0.1)";
    public static final String MIME_TYPE = "application/x-dart";

    @Option(name = "ExitOnQuiescence", help = "End the program when no isolate can ever receive another message (launcher policy; the Dart VM waits forever).", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> EXIT_ON_QUIESCENCE = new OptionKey<>(false);

    @Option(name = "ReportUncaught", help = "Print the main isolate's fatal uncaught error as the Dart VM does (with the awaiters of async code) and make 255 the program's value, instead of raising it to the embedder (launcher policy).", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> REPORT_UNCAUGHT = new OptionKey<>(false);

    @Option(name = "Packages", help = "The package_config.json that resolves package: imports (default: the nearest .dart_tool/package_config.json).", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<String> PACKAGES = new OptionKey<>("");

    @Option(name = "EnableAsserts", help = "Run assert statements and initializers, as `dart run --enable-asserts` (off by default, as in `dart run`).", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> ENABLE_ASSERTS = new OptionKey<>(false);

    @Option(name = "StopwatchCpuTime", help = "Stopwatch measures the running thread's CPU time instead of elapsed time (benchmarks on a loaded machine; not Dart behaviour).", //
                    category = OptionCategory.EXPERT, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> STOPWATCH_CPU_TIME = new OptionKey<>(false);

    private static final LanguageReference<DartLanguage> REFERENCE = LanguageReference.create(DartLanguage.class);

    private final DartCoreClasses coreClasses = new DartCoreClasses();
    private final DartCoreLibraries coreLibraries = new DartCoreLibraries(this, coreClasses);

    private final java.util.concurrent.atomic.AtomicInteger libraryIds = new java.util.concurrent.atomic.AtomicInteger();

    /** Each translated library gets an id: the index of its top-level values in every isolate. */
    public int newLibraryId() {
        return libraryIds.getAndIncrement();
    }

    private final java.util.concurrent.ConcurrentHashMap<String, org.dartj.builtins.core.DartSymbol> symbols = new java.util.concurrent.ConcurrentHashMap<>();

    /** The canonical symbol {@code #name}: symbol literals are constants, shared by all isolates. */
    public org.dartj.builtins.core.DartSymbol symbol(String name) {
        return symbols.computeIfAbsent(name, n -> new org.dartj.builtins.core.DartSymbol(coreClasses.byName("Symbol"), n));
    }

    public static DartLanguage get(Node node) {
        return REFERENCE.get(node);
    }

    private volatile com.oracle.truffle.api.RootCallTarget javaClosureTarget;

    /** The call target of Java-lambda function values ({@code DartJavaClosureRootNode}), made on first use. */
    public com.oracle.truffle.api.RootCallTarget javaClosureTarget() {
        com.oracle.truffle.api.RootCallTarget target = javaClosureTarget;
        if (target == null) {
            synchronized (this) {
                target = javaClosureTarget;
                if (target == null) {
                    target = org.dartj.nodes.call.DartJavaClosureRootNode.createTarget(this);
                    javaClosureTarget = target;
                }
            }
        }
        return target;
    }

    public DartCoreClasses coreClasses() {
        return coreClasses;
    }

    public DartCoreLibraries coreLibraries() {
        return coreLibraries;
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new DartLanguageOptionDescriptors();
    }

    @Override
    protected boolean areOptionsCompatible(org.graalvm.options.OptionValues firstOptions, org.graalvm.options.OptionValues newOptions) {
        // Translated code depends on whether asserts run, so only contexts that agree share it.
        return firstOptions.get(ENABLE_ASSERTS).equals(newOptions.get(ENABLE_ASSERTS));
    }

    @Override
    protected DartContext createContext(Env env) {
        coreLibraries.ensureInstalled();
        return new DartContext(this, env);
    }

    @Override
    protected void finalizeContext(DartContext context) {
        context.shutdownChildren();
    }

    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return true;
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        DartProgram program = DartTranslator.translate(this, source);
        return new DartProgramRootNode(this, program).getCallTarget();
    }
}
