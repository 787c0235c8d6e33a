package org.dartj.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.dartj.classes.DartCoreClasses;
import org.dartj.types.DartFunctionType;
import org.dartj.types.DartInterfaceType;
import org.dartj.types.DartSpecialType;
import org.dartj.types.DartType;
import org.dartj.types.DartTypeParameterType;
import org.dartj.types.DartTypeSystem;
import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Call-site inference: the rules that fix a callee's own type arguments from its arguments
 * and its context type, the context a parameter gives a function literal, and (in whole
 * programs) when flow analysis's promotions are followed.
 */
@Timeout(60)
class DartCallInferenceTest {
    private final DartCoreClasses classes = new DartCoreClasses();
    private final DartTypeSystem types = classes.types;
    private final DartStaticTypes rules = new DartStaticTypes(classes);
    /** The callee's type parameter R, numbered after one class type parameter. */
    private final DartTypeParameterType r = new DartTypeParameterType("R", 1, false);

    private static DartFunctionType function(DartType result, DartType... parameters) {
        return new DartFunctionType(result, parameters, new DartType[0], new String[0], new DartType[0], new boolean[0], false);
    }

    private static List<List<DartType>> slots(int count) {
        List<List<DartType>> found = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            found.add(new ArrayList<>());
        }
        return found;
    }

    @Test
    void aFunctionLiteralsResultFixesTheTypeArgumentOfTheReturnType() {
        List<List<DartType>> found = slots(1);
        rules.constrain(function(r, types.intType), function(types.stringType, types.intType), 1, found);
        assertEquals(List.of(types.stringType), found.get(0));
    }

    @Test
    void aFunctionsParameterTypesBoundTheTypeParametersFromAbove() {
        DartTypeParameterType t = new DartTypeParameterType("T", 0, false);
        List<List<DartType>> found = slots(1);
        List<List<DartType>> upper = slots(1);
        rules.constrain(function(types.numType, t), function(types.intType, types.intType), 0, found, upper);
        assertEquals(List.of(), found.get(0));
        assertEquals(List.of(types.intType), upper.get(0));
    }

    @Test
    void genericClassArgumentsAreMatchedThroughSupertypes() {
        List<List<DartType>> found = slots(1);
        DartType iterableOfR = new DartInterfaceType(classes.iterableClass, new DartType[]{r}, false);
        rules.constrain(iterableOfR, rules.listOf(types.doubleType), 1, found);
        assertEquals(List.of(types.doubleType), found.get(0));
    }

    @Test
    void anUnknownArgumentLeavesTheTypeParameterUnknown() {
        List<List<DartType>> found = slots(1);
        rules.constrain(r, null, 1, found);
        assertEquals(1, found.get(0).size());
        assertNull(found.get(0).get(0));
        assertNull(rules.upperBound(found.get(0)));
    }

    @Test
    void theContextTypeFixesTypeArgumentsDownward() {
        DartType[] fixed = new DartType[1];
        rules.constrainFromContext(rules.listOf(r), rules.listOf(types.numType), 1, fixed);
        assertEquals(types.numType, fixed[0]);
        DartType[] none = new DartType[1];
        rules.constrainFromContext(rules.listOf(r), types.objectType, 1, none);
        assertNull(none[0]);
    }

    @Test
    void anOpenResultTypeStillGivesTheParametersTheirTypes() {
        DartType context = DartStaticTypes.contextSchema(function(r, types.intType), new DartType[1], 1);
        assertEquals(function(DartSpecialType.DYNAMIC, types.intType), context);
        // An open parameter type gives no context at all.
        assertNull(DartStaticTypes.contextSchema(function(types.intType, r), new DartType[1], 1));
        assertEquals(function(types.intType, types.stringType), DartStaticTypes.contextSchema(function(types.intType, r), new DartType[]{types.stringType}, 1));
    }

    @Test
    void iterableCallbacksDecideTheResultType() {
        DartType list = rules.listOf(types.intType);
        assertEquals(rules.iterableOf(types.doubleType), rules.iterableCall(list, "map", new DartType[]{function(types.doubleType, types.intType)}));
        assertEquals(rules.iterableOf(types.stringType), rules.iterableCall(list, "expand", new DartType[]{function(rules.listOf(types.stringType), types.intType)}));
        assertEquals(types.numType, rules.iterableCall(list, "fold", new DartType[]{types.intType, function(types.doubleType, types.intType, types.intType)}));
        assertNull(rules.iterableCall(list, "map", new DartType[]{null}));
        assertEquals(function(types.boolType, types.intType), rules.argumentContext(list, "where", 0, null));
        assertEquals(function(types.intType, types.intType, types.intType), rules.foldContext(list, types.intType));
    }

    @Test
    void onlyNeverAssignedNamesTestedByWholeIfConditionsAreFollowed() {
        var unit = DartParseDriver.parse(com.oracle.truffle.api.source.Source.newBuilder("dart", """
                        void f(Object a, Object b, Object c, int? d, Object e, Object g, int? h) {
                          if (a is int) {}
                          b = 1;
                          if (c is int && true) {}
                          if (d == null) return;
                          e as int;
                          var k = () { g = 2; };
                          print(h ?? 0);
                        }
                        """, "t.dart").build());
        DartScopes.Function f = new DartScopes.Function(null, "f", unit, false, null);
        java.util.Set<String> stable = new java.util.TreeSet<>();
        for (String name : List.of("a", "b", "c", "d", "e", "g", "h")) {
            if (f.stable(name)) {
                stable.add(name);
            }
        }
        assertEquals("[a, d, h]", stable.toString());
    }

    @Test
    void assignmentsAreFollowedOnlyAsWholeStatementsOutsideClosures() {
        var unit = DartParseDriver.parse(com.oracle.truffle.api.source.Source.newBuilder("dart", """
                        void f(Object a, Object b, Object c, num d, Object e) {
                          a = 1;
                          if (b is int) {}
                          b = 'x';
                          for (;;) { c = 1; }
                          d += 1;
                          var g = () { e = 2; };
                        }
                        """, "t.dart").build());
        DartScopes.Function f = new DartScopes.Function(null, "f", unit, false, null);
        java.util.Set<String> tracked = new java.util.TreeSet<>();
        for (String name : List.of("a", "b", "c", "d", "e")) {
            if (f.tracked(name)) {
                tracked.add(name);
            }
        }
        assertEquals("[a, b, c]", tracked.toString());
        assertEquals(1, f.testedTypes("b").size());
    }

    @Test
    void implicitThisCallsOfGenericMethodsInferLikeExplicitOnes() {
        assertEquals("List<int>\nList<int>\nList<String>", run("class B<T> { final T v; B(this.v); R m<R>(R x) => x; List<R> w<R>(R x) => [x];"
                        + " void r() { print([m(1)].runtimeType); print([this.m(1)].runtimeType); print(w(v).runtimeType); } } void main() { B('s').r(); }"));
    }

    @Test
    void callsOfGenericLocalFunctionsInferTheirTypeArguments() {
        assertEquals("List<int>\nList<bool>", run("void main() { T id<T>(T x) => x; R f<R>(R Function(int) g) => g(1); print([id(1)].runtimeType);"
                        + " print([f((x) => x.isOdd)].runtimeType); }"));
    }

    @Test
    void aLoopResetsTheLocalsItAssignsToTheirDeclaredType() {
        assertEquals("List<int>\nList<int?>\nList<int>", run("void main() { int? k; for (var i = 0; i < 2; i++) { k = i; if (i == 1) print([k].runtimeType); }"
                        + " print([k].runtimeType); k = 5; print([k].runtimeType); }"));
        // A do loop's condition is checked after its body: what the body leaves is not dropped, so it is not claimed here.
        assertNotEquals("List<String?>", run("void main() { String? s; var n = 0; do { s = 'a'; n++; } while (n < 2); print([s].runtimeType); }"));
    }

    @Test
    void anAssignmentOfAnotherTypeEndsThePromotion() {
        assertEquals("List<int>\nList<Object>", run("void main() { Object o = 1; if (o is int) { print([o].runtimeType); o = 'a'; print([o].runtimeType); } }"));
    }

    private static String run(String program) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("dart").out(out).build()) {
            context.eval("dart", program);
        }
        return out.toString(StandardCharsets.UTF_8).trim();
    }

    @Test
    void promotionIsFollowedOnlyWhereEveryTestIsModeled() {
        assertEquals("List<int>", run("void main() { Object o = 1; if (o is int) { print([o].runtimeType); } }"));
        // An `as` before promotes to int (the VM: List<int>): the later test must not claim num.
        assertNotEquals("List<num>", run("void main() { Object o = 1; o as int; if (o is num) { print([o].runtimeType); } }"));
    }

    @Test
    void earlyExitsPromoteTheRestOfTheBlock() {
        assertEquals("List<String>", run("void f(String? s) { if (s == null) return; print([s].runtimeType); }\nvoid main() { f('a'); }"));
        assertEquals("List<String?>", run("void f(String? s) { if (s == null) { print('none'); } print([s].runtimeType); }\nvoid main() { f('a'); }"));
    }
}
