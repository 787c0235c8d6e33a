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
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * Writes {@value #INDEX}: one line per {@code @DartBuiltin} node class, giving the binary name
 * of the node factory the Truffle DSL generates for it and the builtin's owner class (empty for
 * a library function). The interpreter reads it at start-up to learn which classes own which
 * builtins without loading the hundreds of factory and node classes; a class's builtins are
 * loaded when the class is first looked into.
 */
@SupportedAnnotationTypes(DartBuiltinIndexProcessor.ANNOTATION)
public final class DartBuiltinIndexProcessor extends AbstractProcessor {
    static final String ANNOTATION = "org.dartj.builtins.DartBuiltin";
    static final String INDEX = "META-INF/dartj/builtins.index";

    private final Set<String> lines = new TreeSet<>();

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
                }
            }
        }
        if (round.processingOver() && !lines.isEmpty()) {
            try (Writer w = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", INDEX).openWriter()) {
                for (String line : lines) {
                    w.write(line);
                    w.write('\n');
                }
            } catch (IOException ex) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + INDEX + ": " + ex.getMessage());
            }
        }
        return false;
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
