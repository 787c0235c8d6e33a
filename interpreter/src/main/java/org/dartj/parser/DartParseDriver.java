package org.dartj.parser;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

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
        DartParser parser = new DartParser(new CommonTokenStream(lexer));
        BaseErrorListener listener = new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine, String msg, RecognitionException e) {
                throw DartSyntaxError.at(source, line, charPositionInLine + 1, describe(offendingSymbol, msg));
            }
        };
        lexer.removeErrorListeners();
        lexer.addErrorListener(listener);
        parser.removeErrorListeners();
        parser.addErrorListener(listener);
        long start = System.nanoTime();
        DartParser.CompilationUnitContext unit = parser.compilationUnit();
        if (TRACE_STARTUP) {
            System.err.println("dartj: parsed " + source.getName() + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
        return unit;
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
