// Dart 3 lexer. String literals use modes so that interpolations (`${...}`) can nest
// strings and braces: every `{` pushes DEFAULT_MODE and every `}` pops, so the `}` that
// closes an interpolation returns to the string mode that opened it.
lexer grammar DartLexer;

tokens { STRING_TEXT, STRING_ESCAPE, INTERPOLATION_ID, INTERPOLATION_START, STRING_END }

// Reserved words
ASSERT: 'assert'; BREAK: 'break'; CASE: 'case'; CATCH: 'catch'; CLASS: 'class';
CONST: 'const'; CONTINUE: 'continue'; DEFAULT: 'default'; DO: 'do'; ELSE: 'else';
ENUM: 'enum'; EXTENDS: 'extends'; FALSE: 'false'; FINAL: 'final'; FINALLY: 'finally';
FOR: 'for'; IF: 'if'; IN: 'in'; IS: 'is'; NEW: 'new'; NULL: 'null'; RETHROW: 'rethrow';
RETURN: 'return'; SUPER: 'super'; SWITCH: 'switch'; THIS: 'this'; THROW: 'throw';
TRUE: 'true'; TRY: 'try'; VAR: 'var'; VOID: 'void'; WHILE: 'while'; WITH: 'with';

// Built-in identifiers and contextual keywords (usable as identifiers; see DartParser.identifier)
ABSTRACT: 'abstract'; AS: 'as'; COVARIANT: 'covariant'; DEFERRED: 'deferred';
DYNAMIC: 'dynamic'; EXPORT: 'export'; EXTENSION: 'extension'; EXTERNAL: 'external';
FACTORY: 'factory'; FUNCTION: 'Function'; GET: 'get'; IMPLEMENTS: 'implements';
IMPORT: 'import'; INTERFACE: 'interface'; LATE: 'late'; LIBRARY: 'library'; MIXIN: 'mixin';
OPERATOR: 'operator'; PART: 'part'; REQUIRED: 'required'; SET: 'set'; STATIC: 'static';
TYPEDEF: 'typedef'; ASYNC: 'async'; AWAIT: 'await'; HIDE: 'hide'; OF: 'of'; ON: 'on';
SHOW: 'show'; SYNC: 'sync'; YIELD: 'yield'; BASE: 'base'; SEALED: 'sealed'; WHEN: 'when'; TYPE: 'type';

// Punctuation and operators. `>>`, `>>>` and their assignment forms are built from single
// `>` tokens in the parser so that nested type arguments (`List<List<int>>`) lex simply.
LBRACE: '{' -> pushMode(DEFAULT_MODE);
RBRACE: '}' -> popMode;
LPAREN: '('; RPAREN: ')'; LBRACKET: '['; RBRACKET: ']';
SEMI: ';'; COMMA: ','; DOT: '.'; DOT_DOT: '..'; QUESTION_DOT_DOT: '?..';
ELLIPSIS: '...'; ELLIPSIS_QUESTION: '...?'; QUESTION_DOT: '?.'; COLON: ':'; ARROW: '=>';
AT: '@'; HASH: '#';
QUESTION: '?'; QUESTION_QUESTION: '??'; QUESTION_QUESTION_EQ: '??=';
EQ: '='; EQ_EQ: '=='; BANG_EQ: '!='; BANG: '!';
LT: '<'; GT: '>'; LT_EQ: '<='; GT_EQ: '>=';
LT_LT: '<<'; LT_LT_EQ: '<<=';
PLUS: '+'; MINUS: '-'; STAR: '*'; SLASH: '/'; TILDE_SLASH: '~/'; PERCENT: '%';
PLUS_EQ: '+='; MINUS_EQ: '-='; STAR_EQ: '*='; SLASH_EQ: '/='; TILDE_SLASH_EQ: '~/=';
PERCENT_EQ: '%='; AMP_EQ: '&='; CARET_EQ: '^='; BAR_EQ: '|=';
PLUS_PLUS: '++'; MINUS_MINUS: '--';
AMP: '&'; BAR: '|'; CARET: '^'; TILDE: '~'; AMP_AMP: '&&'; BAR_BAR: '||';

NUMBER
    : DIGITS ('.' DIGITS)? EXPONENT?
    | '.' DIGITS EXPONENT?
    ;
HEX_NUMBER: '0' [xX] HEX_DIGIT+ ('_'+ HEX_DIGIT+)*;
// A number with a misplaced digit separator (`100_`, `1_.5`, `1e_3`, `0x_FF`) or an exponent
// without digits (`1e`). Longer than the valid prefix a NUMBER would take, so it wins; a valid
// number matches NUMBER or HEX_NUMBER at the same length, and those come first. The parse
// driver reports it as the Dart scanner does.
MALFORMED_NUMBER
    : [0-9] [0-9_]* ('.' [0-9] [0-9_]*)? ([eE] '_'* [+-]? [0-9_]*)?
    | '.' [0-9] [0-9_]* ([eE] '_'* [+-]? [0-9_]*)?
    | '0' [xX] [0-9a-fA-F_]*
    ;

RAW_STRING
    : 'r\'\'\'' .*? '\'\'\''
    | 'r"""' .*? '"""'
    | 'r\'' ~['\r\n]* '\''
    | 'r"' ~["\r\n]* '"'
    ;
TRIPLE_SINGLE_START: '\'\'\'' -> pushMode(TRIPLE_SINGLE);
TRIPLE_DOUBLE_START: '"""' -> pushMode(TRIPLE_DOUBLE);
SINGLE_START: '\'' -> pushMode(SINGLE);
DOUBLE_START: '"' -> pushMode(DOUBLE);

IDENTIFIER: IDENTIFIER_START IDENTIFIER_PART*;

SCRIPT_TAG: '#!' ~[\r\n]* -> channel(HIDDEN);
DOC_COMMENT: '///' ~[\r\n]* -> channel(HIDDEN);
LINE_COMMENT: '//' ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT: '/*' (BLOCK_COMMENT | .)*? '*/' -> channel(HIDDEN);
WS: [ \t\r\n\u000C]+ -> channel(HIDDEN);

// Anything else is a lexical error that the parser reports at its position.
ERROR_CHAR: .;

fragment DIGITS: DIGIT+ ('_'+ DIGIT+)*;
fragment DIGIT: [0-9];
fragment HEX_DIGIT: [0-9a-fA-F];
fragment EXPONENT: [eE] [+-]? DIGITS;
fragment IDENTIFIER_START: [a-zA-Z_$];
fragment IDENTIFIER_PART: [a-zA-Z0-9_$];
fragment IDENTIFIER_NO_DOLLAR: [a-zA-Z_] [a-zA-Z0-9_]*;
fragment ESCAPE_SEQUENCE: '\\' ('u{' HEX_DIGIT+ '}' | 'u' HEX_DIGIT HEX_DIGIT HEX_DIGIT HEX_DIGIT | 'x' HEX_DIGIT HEX_DIGIT | ~[\r\n]);

mode SINGLE;
SINGLE_TEXT: ~['\\$\r\n]+ -> type(STRING_TEXT);
SINGLE_ESCAPE: ESCAPE_SEQUENCE -> type(STRING_ESCAPE);
SINGLE_INTERPOLATION_ID: '$' IDENTIFIER_NO_DOLLAR -> type(INTERPOLATION_ID);
SINGLE_INTERPOLATION_START: '${' -> type(INTERPOLATION_START), pushMode(DEFAULT_MODE);
SINGLE_END: '\'' -> type(STRING_END), popMode;

mode DOUBLE;
DOUBLE_TEXT: ~["\\$\r\n]+ -> type(STRING_TEXT);
DOUBLE_ESCAPE: ESCAPE_SEQUENCE -> type(STRING_ESCAPE);
DOUBLE_INTERPOLATION_ID: '$' IDENTIFIER_NO_DOLLAR -> type(INTERPOLATION_ID);
DOUBLE_INTERPOLATION_START: '${' -> type(INTERPOLATION_START), pushMode(DEFAULT_MODE);
DOUBLE_END: '"' -> type(STRING_END), popMode;

mode TRIPLE_SINGLE;
TRIPLE_SINGLE_END: '\'\'\'' -> type(STRING_END), popMode;
TRIPLE_SINGLE_TEXT: (~['\\$] | '\'' ~['\\$] | '\'\'' ~['\\$])+ -> type(STRING_TEXT);
TRIPLE_SINGLE_QUOTE: '\'' -> type(STRING_TEXT);
TRIPLE_SINGLE_ESCAPE: ESCAPE_SEQUENCE -> type(STRING_ESCAPE);
TRIPLE_SINGLE_INTERPOLATION_ID: '$' IDENTIFIER_NO_DOLLAR -> type(INTERPOLATION_ID);
TRIPLE_SINGLE_INTERPOLATION_START: '${' -> type(INTERPOLATION_START), pushMode(DEFAULT_MODE);

mode TRIPLE_DOUBLE;
TRIPLE_DOUBLE_END: '"""' -> type(STRING_END), popMode;
TRIPLE_DOUBLE_TEXT: (~["\\$] | '"' ~["\\$] | '""' ~["\\$])+ -> type(STRING_TEXT);
TRIPLE_DOUBLE_QUOTE: '"' -> type(STRING_TEXT);
TRIPLE_DOUBLE_ESCAPE: ESCAPE_SEQUENCE -> type(STRING_ESCAPE);
TRIPLE_DOUBLE_INTERPOLATION_ID: '$' IDENTIFIER_NO_DOLLAR -> type(INTERPOLATION_ID);
TRIPLE_DOUBLE_INTERPOLATION_START: '${' -> type(INTERPOLATION_START), pushMode(DEFAULT_MODE);
