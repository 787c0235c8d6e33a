package org.dartj.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.oracle.truffle.api.source.Source;

/**
 * How the grammar reads the Dart 3.6-3.10 forms: type arguments ending a selector chain
 * only where no comparison parses, dot shorthands apart from number literals, null-aware
 * elements, and number literals with misplaced digit separators rejected by the scanner.
 */
class DartNewerSyntaxParseTest {
    private static DartParser.CompilationUnitContext parse(String body) {
        return DartParseDriver.parse(Source.newBuilder("dart", "void main() {\n" + body + "\n}\n", "t.dart").build());
    }

    private static <T extends ParseTree> List<T> all(ParseTree tree, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(tree, type, found);
        return found;
    }

    private static <T extends ParseTree> void collect(ParseTree tree, Class<T> type, List<T> found) {
        if (type.isInstance(tree)) {
            found.add(type.cast(tree));
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            collect(tree.getChild(i), type, found);
        }
    }

    private static long instantiations(ParserRuleContext tree) {
        return all(tree, DartParser.InstantiationSelectorContext.class).stream().filter(s -> s.typeArguments() != null).count();
    }

    @Test
    void typeArgumentsEndingAChainAreAnInstantiation() {
        assertEquals(1, instantiations(parse("var f = a.b.m<int>;")));
        assertEquals(1, instantiations(parse("g(a.b.m<int, String>);")));
        assertEquals(0, instantiations(parse("a.b.m<int>(1);")));
    }

    @Test
    void aComparisonWinsWhereBothParse() {
        var unit = parse("print(a.b < c >> 1);");
        assertEquals(0, instantiations(unit));
        assertEquals(1, all(unit, DartParser.RelationalOperatorContext.class).size());
        assertEquals(1, all(unit, DartParser.ShiftOperatorContext.class).size());
        assertEquals(0, instantiations(parse("print(x.length < n);")));
    }

    @Test
    void dotShorthandsAreNotNumbers() {
        var unit = parse("Color c = .red; print(.5); var p = const .origin(); switch (c) { case .red: break; }");
        assertEquals(2, all(unit, DartParser.DotShorthandPrimaryContext.class).size());
        assertEquals(1, all(unit, DartParser.NumberLiteralContext.class).size());
        assertEquals(1, all(unit, DartParser.ConstantPatternContext.class).stream().filter(c -> c.typeName() == null && c.DOT() != null).count());
    }

    @Test
    void nullAwareElementsMarkTheirExpressions() {
        var unit = parse("var l = [?a, b]; var m = {?k: v, 'x': ?w, 'y': a ? b : c};");
        var expressions = all(unit, DartParser.ExpressionElementContext.class);
        assertEquals(2, expressions.size());
        assertTrue(expressions.get(0).QUESTION() != null);
        assertFalse(expressions.get(1).QUESTION() != null);
        var entries = all(unit, DartParser.MapElementContext.class);
        assertEquals(3, entries.size());
        assertTrue(entries.get(0).nullAwareKey != null && entries.get(0).nullAwareValue == null);
        assertTrue(entries.get(1).nullAwareKey == null && entries.get(1).nullAwareValue != null);
        assertTrue(entries.get(2).nullAwareKey == null && entries.get(2).nullAwareValue == null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1_000", "1__000", "0xFF_FF", "1_0.5e1_0", ".5_5", "1e-1_0", "3._x", "1.5.floor()"})
    void digitSeparatorsBetweenDigitsAreAccepted(String literal) {
        parse("print(" + literal + ");");
    }

    @ParameterizedTest
    @ValueSource(strings = {"100_", "100___", "1_.5", "3.14_", "1_e3", "1e_3", "1e+_3", "1e3_", "0x_FF", "0x00_", "0_x00", ".0e_+3"})
    void misplacedDigitSeparatorsAreScannerErrors(String literal) {
        DartSyntaxError e = assertThrows(DartSyntaxError.class, () -> parse("print(" + literal + ");"));
        assertTrue(e.getMessage().startsWith("t.dart:2:7: Error: Digit separators ('_') in a number literal can only be placed between two digits."), e.getMessage());
    }
}
