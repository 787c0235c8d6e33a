package org.dartj.parser;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

import com.oracle.truffle.api.source.Source;

/** Runs the ANTLR lexer and parser; the first syntax error becomes a {@link DartSyntaxError}. */
public final class DartParseDriver {
    private DartParseDriver() {
    }

    /** {@code -Ddartj.traceStartup=true}: parse and translation times on stderr. */
    private static final boolean TRACE_STARTUP = Boolean.getBoolean("dartj.traceStartup");

    /** The lexer, forgiving an unbalanced {@code }} (the parser reports it, not a Java error). */
    private static final class Lexer extends DartLexer {
        Lexer(org.antlr.v4.runtime.CharStream input) {
            super(input);
        }

        @Override
        public int popMode() {
            return _modeStack.isEmpty() ? DEFAULT_MODE : super.popMode();
        }
    }

    public static DartParser.CompilationUnitContext parse(Source source) {
        Lexer lexer = new Lexer(CharStreams.fromString(source.getCharacters().toString(), source.getName()));
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        DartParser parser = new DartParser(tokens);
        BaseErrorListener listener = new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine, String msg, RecognitionException e) {
                if (recognizer instanceof Parser p && offendingSymbol instanceof Token t && t.getType() == Token.EOF) {
                    Token open = unmatchedOpening(p.getInputStream());
                    if (open != null) {
                        String close = open.getType() == DartLexer.LPAREN ? ")" : open.getType() == DartLexer.LBRACKET ? "]" : "}";
                        throw DartSyntaxError.at(source, open.getLine(), open.getCharPositionInLine() + 1, DartTranslator.tokenLength(open),
                                        "Can't find '" + close + "' to match '" + (open.getType() == DartLexer.INTERPOLATION_START ? "${" : open.getText()) + "'.");
                    }
                }
                if (recognizer instanceof Parser p && offendingSymbol instanceof Token t && expectsSemicolon(p, e)) {
                    Token previous = previousToken(p, t);
                    if (previous != null) {
                        throw DartSyntaxError.at(source, previous.getLine(), previous.getCharPositionInLine() + 1, DartTranslator.tokenLength(previous), "Expected ';' after this.");
                    }
                }
                int length = offendingSymbol instanceof Token t ? DartTranslator.tokenLength(t) : 1;
                throw DartSyntaxError.at(source, line, charPositionInLine + 1, length, describe(offendingSymbol, msg));
            }
        };
        lexer.removeErrorListeners();
        lexer.addErrorListener(listener);
        parser.removeErrorListeners();
        parser.addErrorListener(listener);
        long start = System.nanoTime();
        tokens.fill();
        checkNumbers(source, tokens);
        DartParser.CompilationUnitContext unit = parser.compilationUnit();
        if (TRACE_STARTUP) {
            System.err.println("dartj: parsed " + source.getName() + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
        return unit;
    }

    /** A malformed number literal is a scanner error, reported at the literal as the Dart front end does. */
    private static void checkNumbers(Source source, CommonTokenStream tokens) {
        for (Token t : tokens.getTokens()) {
            if (t.getType() == DartLexer.MALFORMED_NUMBER) {
                String text = t.getText();
                String message = text.indexOf('_') >= 0 ? "Digit separators ('_') in a number literal can only be placed between two digits."
                                : text.length() > 1 && (text.charAt(1) == 'x' || text.charAt(1) == 'X') ? "A hex digit (0-9 or A-F) must follow '0x'."
                                : "Numbers in exponential notation should always contain an exponent (an integer number with an optional sign).";
                throw DartSyntaxError.at(source, t.getLine(), t.getCharPositionInLine() + 1, DartTranslator.tokenLength(t), message);
            }
        }
    }

    /**
     * True when the parser stopped where a {@code ;} could end the construct: the front end then
     * reports the missing semicolon after the previous token, not the token that follows.
     */
    private static boolean expectsSemicolon(Parser parser, RecognitionException e) {
        if (e != null && !(e instanceof InputMismatchException)) {
            return false;
        }
        IntervalSet expected = e != null ? e.getExpectedTokens() : parser.getExpectedTokens();
        // Where a block may end, `;` is only the empty statement.
        return expected != null && expected.contains(DartLexer.SEMI) && !expected.contains(DartLexer.RBRACE);
    }

    /** The innermost bracket the whole file leaves open, or null when they all balance. */
    private static Token unmatchedOpening(TokenStream tokens) {
        java.util.ArrayDeque<Token> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            switch (t.getType()) {
                case DartLexer.LBRACE, DartLexer.INTERPOLATION_START, DartLexer.LPAREN, DartLexer.LBRACKET -> open.push(t);
                case DartLexer.RBRACE, DartLexer.RPAREN, DartLexer.RBRACKET -> {
                    if (!open.isEmpty()) {
                        open.pop();
                    }
                }
                default -> {
                }
            }
        }
        return open.peek();
    }

    /** The last token on the default channel before {@code t}, or null at the start. */
    private static Token previousToken(Parser parser, Token t) {
        TokenStream tokens = parser.getInputStream();
        for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
            Token candidate = tokens.get(i);
            if (candidate.getChannel() == Token.DEFAULT_CHANNEL) {
                return candidate;
            }
        }
        return null;
    }

    private static String describe(Object offending, String antlrMessage) {
        if (offending instanceof Token t) {
            if (t.getType() == Token.EOF) {
                return "Unexpected end of file.";
            }
            if (t.getType() == DartLexer.ERROR_CHAR) {
                return "The character '" + t.getText() + "' can't be used here.";
            }
            if (t.getType() == DartLexer.STRING_END || t.getType() == DartLexer.SINGLE_START || t.getType() == DartLexer.DOUBLE_START) {
                return "Unexpected string delimiter '" + t.getText() + "'.";
            }
            return "Unexpected token '" + t.getText() + "'.";
        }
        if (antlrMessage.startsWith("token recognition error")) {
            return "Unterminated string literal or unexpected character.";
        }
        return antlrMessage;
    }
}
