package org.dartj.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * Writes {@value #INDEX}: one line per {@code @DartBuiltin} node class, giving the binary name
 * of the node factory the Truffle DSL generates for it and the builtin's owner class (empty for
 * a library function). The interpreter reads it at start-up to learn which classes own which
 * builtins without loading the hundreds of factory and node classes; a class's builtins are
 * loaded when the class is first looked into.
 *
 * <p>It also writes {@value #PARAMETERS}: per node class, its parameters as its
 * specializations declare them (the name in the first specialization, and every Java type any
 * specialization takes at that position), read only when a builtin is called with an argument
 * it takes no specialization for, to report the VM's {@code TypeError} naming the parameter.
 */
@SupportedAnnotationTypes(DartBuiltinIndexProcessor.ANNOTATION)
public final class DartBuiltinIndexProcessor extends AbstractProcessor {
    static final String ANNOTATION = "org.dartj.builtins.DartBuiltin";
    static final String INDEX = "META-INF/dartj/builtins.index";
    static final String PARAMETERS = "META-INF/dartj/builtins.parameters";

    private final Set<String> lines = new TreeSet<>();
    private final Set<String> parameterLines = new TreeSet<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (Element e : round.getElementsAnnotatedWith(annotation)) {
                if (e instanceof TypeElement node) {
                    lines.add(factoryName(node) + "\t" + owner(node, annotation));
                    String parameters = parameters(node);
                    if (parameters != null) {
                        parameterLines.add(processingEnv.getElementUtils().getBinaryName(node) + parameters);
                    }
                }
            }
        }
        if (round.processingOver() && !lines.isEmpty()) {
            write(INDEX, lines);
            write(PARAMETERS, parameterLines);
        }
        return false;
    }

    private void write(String resource, Set<String> content) {
        try (Writer w = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", resource).openWriter()) {
            for (String line : content) {
                w.write(line);
                w.write('\n');
            }
        } catch (IOException ex) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + resource + ": " + ex.getMessage());
        }
    }

    /**
     * The node's child parameters as its {@code @Specialization} methods declare them, each
     * {@code \tname:type|type} (erased Java types); the frame and the parameters with a
     * Truffle annotation ({@code @Cached}, {@code @Bind}) are not children. Null when the node has no
     * specialization or its specializations disagree on the number of children.
     */
    private String parameters(TypeElement node) {
        List<String> names = null;
        List<Set<String>> types = new ArrayList<>();
        for (Element member : node.getEnclosedElements()) {
            if (!(member instanceof ExecutableElement method) || !annotated(method, "Specialization")) {
                continue;
            }
            List<VariableElement> children = new ArrayList<>();
            for (VariableElement p : method.getParameters()) {
                if (!truffleAnnotated(p) && !isFrame(p.asType())) {
                    children.add(p);
                }
            }
            if (names == null) {
                names = new ArrayList<>();
                for (VariableElement p : children) {
                    names.add(p.getSimpleName().toString());
                    types.add(new java.util.LinkedHashSet<>());
                }
            } else if (names.size() != children.size()) {
                return null;
            }
            for (int i = 0; i < children.size(); i++) {
                types.get(i).add(processingEnv.getTypeUtils().erasure(children.get(i).asType()).toString());
            }
        }
        if (names == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            sb.append('\t').append(names.get(i)).append(':').append(String.join("|", types.get(i)));
        }
        return sb.toString();
    }

    private static boolean truffleAnnotated(Element e) {
        for (AnnotationMirror m : e.getAnnotationMirrors()) {
            if (m.getAnnotationType().toString().startsWith("com.oracle.truffle.")) {
                return true;
            }
        }
        return false;
    }

    private static boolean annotated(Element e, String simpleName) {
        for (AnnotationMirror m : e.getAnnotationMirrors()) {
            if (m.getAnnotationType().asElement().getSimpleName().contentEquals(simpleName)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFrame(TypeMirror type) {
        String name = type.toString();
        return name.equals("com.oracle.truffle.api.frame.VirtualFrame") || name.equals("com.oracle.truffle.api.frame.Frame") ||
                        name.equals("com.oracle.truffle.api.frame.MaterializedFrame");
    }

    /** {@code pkg.ListBuiltins.AddNode} gets the factory {@code pkg.ListBuiltinsFactory$AddNodeFactory}. */
    private String factoryName(TypeElement node) {
        List<String> nesting = new ArrayList<>();
        Element e = node;
        while (e.getEnclosingElement() instanceof TypeElement outer) {
            nesting.add(0, e.getSimpleName().toString());
            e = outer;
        }
        String top = processingEnv.getElementUtils().getBinaryName((TypeElement) e).toString();
        StringBuilder name = new StringBuilder(top).append("Factory");
        for (String n : nesting) {
            name.append('$').append(n).append("Factory");
        }
        return name.toString();
    }

    private static String owner(TypeElement node, TypeElement annotation) {
        for (AnnotationMirror m : node.getAnnotationMirrors()) {
            if (m.getAnnotationType().asElement().equals(annotation)) {
                for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> v : m.getElementValues().entrySet()) {
                    if (v.getKey().getSimpleName().contentEquals("owner")) {
                        return (String) v.getValue().getValue();
                    }
                }
            }
        }
        return "";
    }
}
