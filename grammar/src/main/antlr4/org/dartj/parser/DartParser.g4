// Dart 3 parser grammar: rules and labels only; org.dartj.parser.DartTranslator (in the
// interpreter module) turns the parse tree into Truffle nodes. The rule structure follows
// the Dart specification's grammar so that the missing parts of Dart 3 slot in by rule.
parser grammar DartParser;

options { tokenVocab = DartLexer; }

// ---------------------------------------------------------------- libraries
compilationUnit
    : libraryName? directive* topLevelDeclaration* EOF
    ;

libraryName
    : metadata LIBRARY dottedIdentifier? SEMI
    ;

directive
    : metadata IMPORT uri (AS identifier)? combinator* SEMI          # importDirective
    | metadata EXPORT uri combinator* SEMI                           # exportDirective
    | metadata PART uri SEMI                                         # partDirective
    | metadata PART OF (dottedIdentifier | uri) SEMI                 # partOfDirective
    ;

combinator
    : SHOW identifierList
    | HIDE identifierList
    ;

uri : stringLiteral ;

dottedIdentifier : identifier (DOT identifier)* ;
identifierList : identifier (COMMA identifier)* ;

topLevelDeclaration
    : metadata classDeclaration                                      # topLevelClass
    | metadata enumDeclaration                                       # topLevelEnum
    | metadata mixinDeclaration                                      # topLevelMixin
    | metadata extensionTypeDeclaration                              # topLevelExtensionType
    | metadata extensionDeclaration                                  # topLevelExtension
    | metadata TYPEDEF identifier typeParameters? EQ type SEMI       # typeAlias
    | metadata TYPEDEF type? identifier typeParameters? formalParameterList SEMI   # functionTypeAlias
    | metadata type? GET identifier functionBody                     # topLevelGetter
    | metadata type? SET identifier formalParameterList functionBody # topLevelSetter
    | metadata functionSignature functionBody                        # topLevelFunction
    | metadata (FINAL | CONST) type? initializedIdentifierList SEMI  # topLevelFinalVariables
    | metadata LATE? (VAR | type) initializedIdentifierList SEMI     # topLevelVariables
    | metadata LATE FINAL type? initializedIdentifierList SEMI       # topLevelLateFinalVariables
    ;

initializedIdentifierList : initializedIdentifier (COMMA initializedIdentifier)* ;
initializedIdentifier : identifier (EQ expression)? ;

metadata : (AT qualifiedName (typeArguments? arguments)?)* ;
qualifiedName : identifier (DOT identifier)* ;

// ---------------------------------------------------------------- classes

classDeclaration
    : classModifier* CLASS identifier typeParameters? superclass? mixins? interfaces? LBRACE classMember* RBRACE
    ;

classModifier : ABSTRACT | SEALED | BASE | INTERFACE | FINAL | MIXIN ;

mixinDeclaration
    : BASE? MIXIN identifier typeParameters? (ON typeList)? interfaces? LBRACE classMember* RBRACE
    ;

extensionDeclaration
    : EXTENSION identifier? typeParameters? ON type LBRACE classMember* RBRACE
    ;

// Dart 3.3: a compile-time wrapper whose run-time value is its representation object.
extensionTypeDeclaration
    : EXTENSION TYPE CONST? identifier typeParameters? representationDeclaration interfaces? LBRACE classMember* RBRACE
    ;

representationDeclaration : (DOT identifier)? LPAREN metadata type identifier RPAREN ;

superclass : EXTENDS typeNotFunction ;
mixins : WITH typeList ;
interfaces : IMPLEMENTS typeList ;

enumDeclaration
    : ENUM identifier typeParameters? mixins? interfaces? LBRACE enumEntry (COMMA enumEntry)* COMMA? (SEMI classMember*)? RBRACE
    ;

enumEntry : metadata identifier (arguments | typeArguments? DOT identifier arguments)? ;

classMember
    : metadata constructorDeclaration                                # constructorMember
    | metadata STATIC? methodSignature (functionBody | SEMI)         # methodMember
    | metadata fieldDeclaration SEMI                                 # fieldMember
    ;

// An unnamed constructor looks like a method without return type; the translator tells
// them apart by name.
constructorDeclaration
    : (CONST | FACTORY | CONST FACTORY)? identifier (DOT identifier)? formalParameterList (COLON initializerEntry (COMMA initializerEntry)*)? (functionBody | SEMI)
    | FACTORY identifier (DOT identifier)? formalParameterList EQ typeName typeArguments? (DOT identifier)? SEMI
    ;

initializerEntry
    : SUPER arguments                                                # superInitializer
    | SUPER DOT identifier arguments                                 # namedSuperInitializer
    | THIS arguments                                                 # redirectingInitializer
    | THIS DOT identifier arguments                                  # namedRedirectingInitializer
    | (THIS DOT)? identifier EQ conditionalExpression                # fieldInitializer
    | ASSERT LPAREN expression (COMMA expression)? COMMA? RPAREN     # assertInitializer
    ;

methodSignature
    : type? GET identifier                                           # getterSignature
    | type? SET identifier formalParameterList                       # setterSignature
    | type? OPERATOR operatorName formalParameterList                # operatorSignature
    | type? identifier typeParameters? formalParameterList           # plainMethodSignature
    ;

operatorName
    : PLUS | MINUS | STAR | SLASH | TILDE_SLASH | PERCENT | EQ_EQ | LT | GT | LT_EQ | GT_EQ
    | LBRACKET RBRACKET EQ | LBRACKET RBRACKET | TILDE | AMP | BAR | CARET | LT_LT | GT GT GT | GT GT
    ;

fieldDeclaration
    : STATIC? LATE? (FINAL type? | CONST type? | VAR | type) initializedIdentifierList
    | STATIC CONST type? initializedIdentifierList
    ;

// ---------------------------------------------------------------- functions
functionSignature : type? identifier typeParameters? formalParameterList ;

functionBody
    : ASYNC? ARROW expression SEMI
    | (ASYNC | ASYNC STAR | SYNC STAR)? block
    ;

formalParameterList
    : LPAREN RPAREN
    | LPAREN normalFormalParameter (COMMA normalFormalParameter)* COMMA? RPAREN
    | LPAREN normalFormalParameter (COMMA normalFormalParameter)* COMMA optionalOrNamedParameters RPAREN
    | LPAREN optionalOrNamedParameters RPAREN
    ;

optionalOrNamedParameters
    : LBRACKET defaultFormalParameter (COMMA defaultFormalParameter)* COMMA? RBRACKET    # optionalPositionalParameters
    | LBRACE defaultNamedParameter (COMMA defaultNamedParameter)* COMMA? RBRACE          # namedParameters
    ;

normalFormalParameter
    : metadata COVARIANT? (FINAL type? | VAR | type)? THIS DOT identifier formalParameterList? QUESTION?   # fieldFormalParameter
    | metadata (FINAL type? | VAR | type)? SUPER DOT identifier formalParameterList? QUESTION?              # superFormalParameter
    | metadata COVARIANT? type? identifier formalParameterList QUESTION?   # functionFormalParameter
    | metadata COVARIANT? (FINAL type? | VAR | type)? identifier            # simpleFormalParameter
    ;

defaultFormalParameter : normalFormalParameter (EQ expression)? ;
defaultNamedParameter : metadata REQUIRED? normalFormalParameter ((EQ | COLON) expression)? ;

// ---------------------------------------------------------------- types
type
    : functionType QUESTION?
    | typeNotFunction
    ;

typeNotFunction
    : VOID
    | typeName typeArguments? QUESTION?
    | FUNCTION QUESTION?
    | recordType QUESTION?
    ;

recordType
    : LPAREN RPAREN
    | LPAREN recordTypeField (COMMA recordTypeField)* COMMA? RPAREN
    | LPAREN (recordTypeField COMMA)* LBRACE recordTypeField (COMMA recordTypeField)* COMMA? RBRACE RPAREN
    ;

recordTypeField : metadata type identifier? ;

functionType
    : typeNotFunction? functionTypeTail+
    ;

functionTypeTail
    : FUNCTION typeParameters? parameterTypeList QUESTION?
    ;

parameterTypeList
    : LPAREN RPAREN
    | LPAREN parameterType (COMMA parameterType)* COMMA? RPAREN
    | LPAREN parameterType (COMMA parameterType)* COMMA optionalParameterTypes RPAREN
    | LPAREN optionalParameterTypes RPAREN
    ;

parameterType : metadata type identifier? ;

optionalParameterTypes
    : LBRACKET parameterType (COMMA parameterType)* COMMA? RBRACKET
    | LBRACE metadata REQUIRED? type identifier (COMMA metadata REQUIRED? type identifier)* COMMA? RBRACE
    ;

typeName : identifier (DOT identifier)? ;

typeArguments : LT typeList GT ;
typeList : type (COMMA type)* ;

typeParameters : LT typeParameter (COMMA typeParameter)* GT ;
typeParameter : metadata identifier (EXTENDS type)? ;

// ---------------------------------------------------------------- statements
block : LBRACE statement* RBRACE ;

statement
    : label* nonLabelledStatement
    ;

label : identifier COLON ;

nonLabelledStatement
    : block                                                          # blockStatement
    | metadata (VAR | FINAL) outerPattern EQ expression SEMI         # patternDeclarationStatement
    | localVariableDeclaration                                       # localVariableStatement
    | localFunctionDeclaration                                       # localFunctionStatement
    | AWAIT? FOR LPAREN forLoopParts RPAREN statement                # forStatement
    | WHILE LPAREN expression RPAREN statement                       # whileStatement
    | DO statement WHILE LPAREN expression RPAREN SEMI               # doStatement
    | IF LPAREN expression CASE pattern (WHEN expression)? RPAREN statement (ELSE statement)?   # ifCaseStatement
    | IF LPAREN expression RPAREN statement (ELSE statement)?        # ifStatement
    | BREAK identifier? SEMI                                         # breakStatement
    | CONTINUE identifier? SEMI                                      # continueStatement
    | RETURN expression? SEMI                                        # returnStatement
    | TRY block (onPart+ finallyPart? | finallyPart)                 # tryStatement
    | RETHROW SEMI                                                   # rethrowStatement
    | SWITCH LPAREN expression RPAREN LBRACE switchCase* defaultCase? RBRACE   # switchStatement
    | ASSERT LPAREN expression (COMMA expression)? COMMA? RPAREN SEMI          # assertStatement
    | YIELD STAR? expression SEMI                                    # yieldStatement
    | expression SEMI                                                # expressionStatement
    | SEMI                                                           # emptyStatement
    ;

localVariableDeclaration
    : metadata declaredVariables SEMI
    ;

onPart
    : catchPart block
    | ON type catchPart? block
    ;

catchPart : CATCH LPAREN identifier (COMMA identifier)? RPAREN ;
finallyPart : FINALLY block ;

switchCase : label* CASE pattern (WHEN expression)? COLON statement* ;
defaultCase : label* DEFAULT COLON statement* ;

declaredVariables
    : LATE? (FINAL type? | CONST type? | VAR | type) initializedIdentifierList
    ;

localFunctionDeclaration
    : metadata functionSignature functionBody
    ;

forLoopParts
    : metadata (FINAL | VAR) outerPattern IN expression                    # forInPattern
    | metadata LATE? (FINAL type? | VAR | type) identifier IN expression   # forInDeclaration
    | identifier IN expression                                            # forInIdentifier
    | forInitializer expression? SEMI expressionList?                     # forClassic
    ;

forInitializer
    : metadata declaredVariables SEMI
    | expressionList? SEMI
    ;

// ---------------------------------------------------------------- expressions
expressionList : expression (COMMA expression)* ;

// Assignment is parsed as `conditional op expression`; the translator checks that the
// left side is assignable (a name, a property or an index) and reports it otherwise.
// A function literal is tried first so that its arrow body takes a following assignment:
// `(x) => sum += x` is `(x) => (sum += x)`, not `((x) => sum) += x`.
// Left-factored for prediction speed: a plain, assignment or cascade expression is one
// alternative, so choosing it needs one token, not a scan of the whole expression. Where a
// nested expression could take the `=` or `..`, ANTLR gives it to the first listed choice:
// the assignment comes first, so a conditional's branch takes it (`a ? b : c = d` is
// `a ? b : (c = d)`, the branches being Dart's expressionWithoutCascade); the empty choice
// comes before the cascade, so the enclosing expression takes `..` (`a ? b : c..d` is
// `(a ? b : c)..d`), as the Dart grammar's cascade and assignment rules say.
expression
    : functionExpression                                             # functionLiteralExpression
    | conditionalExpression ( assignmentOperator expression | | cascade+ )   # conditionalHeadExpression
    | THROW expression                                               # throwExpression
    ;

cascade
    : (DOT_DOT | QUESTION_DOT_DOT) cascadeHead selector* (assignmentOperator expressionWithoutCascade)?
    ;

cascadeHead
    : identifier                                                     # cascadeMember
    | LBRACKET expression RBRACKET                                   # cascadeIndex
    ;

// A cascade section's value. A function literal's arrow body here does not take the next
// section (`..f = () => g()..x = 1` assigns x to the cascade's target): where the body could
// end or go on with `..`, `expression` prefers to end.
expressionWithoutCascade
    : functionExpression
    | conditionalExpression assignmentOperator expressionWithoutCascade
    | conditionalExpression
    | THROW expressionWithoutCascade
    ;

assignmentOperator
    : EQ | STAR_EQ | SLASH_EQ | TILDE_SLASH_EQ | PERCENT_EQ | PLUS_EQ | MINUS_EQ
    | LT_LT_EQ | GT GT GT_EQ | GT GT_EQ | AMP_EQ | CARET_EQ | BAR_EQ | QUESTION_QUESTION_EQ
    ;

conditionalExpression
    : ifNullExpression (QUESTION expression COLON expression)?
    ;

ifNullExpression : logicalOrExpression (QUESTION_QUESTION logicalOrExpression)* ;
logicalOrExpression : logicalAndExpression (BAR_BAR logicalAndExpression)* ;
logicalAndExpression : equalityExpression (AMP_AMP equalityExpression)* ;
equalityExpression : relationalExpression ((EQ_EQ | BANG_EQ) relationalExpression)? ;

relationalExpression
    : bitwiseOrExpression (IS BANG? type | AS type | relationalOperator bitwiseOrExpression)?
    ;

relationalOperator : GT_EQ | GT | LT_EQ | LT ;

bitwiseOrExpression : bitwiseXorExpression (BAR bitwiseXorExpression)* ;
bitwiseXorExpression : bitwiseAndExpression (CARET bitwiseAndExpression)* ;
bitwiseAndExpression : shiftExpression (AMP shiftExpression)* ;
shiftExpression : additiveExpression (shiftOperator additiveExpression)* ;
shiftOperator : LT_LT | GT GT GT | GT GT ;
additiveExpression : multiplicativeExpression ((PLUS | MINUS) multiplicativeExpression)* ;
multiplicativeExpression : unaryExpression ((STAR | SLASH | PERCENT | TILDE_SLASH) unaryExpression)* ;

unaryExpression
    : (MINUS | BANG | TILDE) unaryExpression                         # prefixExpression
    | AWAIT unaryExpression                                          # awaitExpression
    | (PLUS_PLUS | MINUS_MINUS) unaryExpression                      # preIncrementExpression
    | postfixExpression                                              # postfixUnary
    ;

postfixExpression
    : primary (selector+ instantiationSelector)? (PLUS_PLUS | MINUS_MINUS)?
    ;

// Type arguments ending a selector chain (`a.b.m<int>`, an explicit instantiation). The empty
// choice comes first: where both parse (`a.b < c >> d`), the comparison wins, as Dart's
// disambiguation rule decides.
instantiationSelector
    :
    | typeArguments
    ;

selector
    : BANG                                                           # nullAssertSelector
    | DOT identifier                                                 # propertySelector
    | DOT NEW                                                        # constructorTearOffSelector
    | QUESTION_DOT identifier                                        # nullAwarePropertySelector
    | LBRACKET expression RBRACKET                                   # indexSelector
    | QUESTION LBRACKET expression RBRACKET                          # nullAwareIndexSelector
    | typeArguments? arguments                                       # callSelector
    ;

arguments
    : LPAREN (argument (COMMA argument)* COMMA?)? RPAREN
    ;

argument : label? expression ;

primary
    : THIS                                                           # thisPrimary
    | SUPER                                                          # superPrimary
    | (NEW | CONST) typeName typeArguments? (DOT identifier)? arguments   # newExpression
    | literal                                                        # literalPrimary
    | identifier typeArguments (DOT (identifier | NEW))? arguments   # genericCallPrimary
    | identifier                                                     # identifierPrimary
    // Dart 3.10 dot shorthands: `.red`, `.parse(s)`, `.new(1)`, `const .named(2)`, resolved in the context type.
    | CONST? DOT (identifier | NEW)                                  # dotShorthandPrimary
    // A type literal, constructor tear-off or generic function instantiation with type
    // arguments (List<int>, Box<int>.new, f<int>). After identifierPrimary: where both parse
    // (i < n >> 1), the comparison wins, as Dart's disambiguation rule decides.
    | typeName typeArguments (DOT (identifier | NEW))?                # typeInstantiationPrimary
    | LPAREN expression RPAREN                                       # parenthesizedPrimary
    | CONST? recordLiteral                                           # recordPrimary
    | SWITCH LPAREN expression RPAREN LBRACE (switchExpressionCase (COMMA switchExpressionCase)* COMMA?)? RBRACE   # switchExpressionPrimary
    // A function literal with a block body. `expression` takes only arrow bodies itself, so a
    // block literal has one parse (an ambiguity here made prediction scan the whole body).
    | typeParameters? formalParameterList (ASYNC | ASYNC STAR | SYNC STAR)? block    # functionPrimary
    ;

recordLiteral
    : LPAREN RPAREN
    | LPAREN label expression (COMMA recordField)* COMMA? RPAREN
    | LPAREN expression COMMA (recordField (COMMA recordField)* COMMA?)? RPAREN
    ;

recordField : label? expression ;

switchExpressionCase : pattern (WHEN expression)? ARROW expression ;

// ---------------------------------------------------------------- patterns

outerPattern
    : LPAREN pattern RPAREN                                          # outerParenthesized
    | recordPattern                                                  # outerRecord
    | listPattern                                                    # outerList
    | mapPattern                                                     # outerMap
    | objectPattern                                                  # outerObject
    ;

pattern : logicalAndPattern (BAR_BAR logicalAndPattern)* ;
logicalAndPattern : relationalPattern (AMP_AMP relationalPattern)* ;

relationalPattern
    : (EQ_EQ | BANG_EQ | GT_EQ | GT | LT_EQ | LT) bitwiseOrExpression   # relationalOperatorPattern
    | unaryPattern                                                      # plainRelationalPattern
    ;

unaryPattern
    : primaryPattern AS type                                         # castPattern
    | primaryPattern QUESTION                                        # nullCheckPattern
    | primaryPattern BANG                                            # nullAssertPattern
    | primaryPattern                                                 # plainUnaryPattern
    ;

primaryPattern
    : LPAREN pattern RPAREN                                          # parenthesizedPattern
    | recordPattern                                                  # recordPatternPrimary
    | listPattern                                                    # listPatternPrimary
    | mapPattern                                                     # mapPatternPrimary
    | objectPattern                                                  # objectPatternPrimary
    | (VAR | FINAL type? | type) identifier                           # variablePattern
    | constantPattern                                                # constantPatternPrimary
    ;

recordPattern
    : LPAREN RPAREN
    | LPAREN namedPatternField (COMMA patternField)* COMMA? RPAREN
    | LPAREN pattern COMMA (patternField (COMMA patternField)* COMMA?)? RPAREN
    ;

patternField : namedPatternField | pattern ;
namedPatternField : identifier? COLON pattern ;

listPattern : typeArguments? LBRACKET (listPatternElement (COMMA listPatternElement)* COMMA?)? RBRACKET ;
listPatternElement : ELLIPSIS pattern? | pattern ;

mapPattern : typeArguments? LBRACE (mapPatternEntry (COMMA mapPatternEntry)* COMMA?)? RBRACE ;
mapPatternEntry : expression COLON pattern ;

objectPattern : typeName typeArguments? LPAREN (patternField (COMMA patternField)* COMMA?)? RPAREN ;

constantPattern
    : CONST? literal
    | MINUS (NUMBER | HEX_NUMBER)
    | qualifiedName
    | CONST (typeName typeArguments? (DOT identifier)? arguments | LPAREN expression RPAREN)
    | CONST? DOT (identifier | NEW) arguments?
    ;

functionExpression
    : typeParameters? formalParameterList functionExpressionBody
    ;

functionExpressionBody
    : ASYNC? ARROW expression
    ;

literal
    : NULL                                                           # nullLiteral
    | (TRUE | FALSE)                                                 # booleanLiteral
    | NUMBER                                                         # numberLiteral
    | HEX_NUMBER                                                     # hexLiteral
    | stringLiteral                                                  # stringLiteralExpression
    | HASH (identifier (DOT identifier)* | operatorName | VOID)       # symbolLiteral
    | CONST? typeArguments? LBRACKET (element (COMMA element)* COMMA?)? RBRACKET   # listLiteral
    | CONST? typeArguments? LBRACE (element (COMMA element)* COMMA?)? RBRACE       # setOrMapLiteral
    ;

element
    : (ELLIPSIS | ELLIPSIS_QUESTION) expression                      # spreadElement
    | IF LPAREN expression (CASE pattern (WHEN expression)?)? RPAREN element (ELSE element)?   # ifElement
    | AWAIT? FOR LPAREN forLoopParts RPAREN element                  # forElement
    // `?e`, `?k: v`, `k: ?v` (Dart 3.8 null-aware elements): the element or entry is left out when the marked expression is null.
    | nullAwareKey=QUESTION? expression COLON nullAwareValue=QUESTION? expression   # mapElement
    | QUESTION? expression                                           # expressionElement
    ;

stringLiteral : stringPart+ ;

stringPart
    : RAW_STRING                                                     # rawString
    | (SINGLE_START | DOUBLE_START | TRIPLE_SINGLE_START | TRIPLE_DOUBLE_START) stringContent* STRING_END   # quotedString
    ;

stringContent
    : STRING_TEXT                                                    # stringText
    | STRING_ESCAPE                                                  # stringEscape
    | INTERPOLATION_ID                                               # simpleInterpolation
    | INTERPOLATION_START expression RBRACE                          # expressionInterpolation
    ;

identifier
    : IDENTIFIER
    | ABSTRACT | AS | COVARIANT | DEFERRED | DYNAMIC | EXPORT | EXTENSION | EXTERNAL
    | FACTORY | FUNCTION | GET | IMPLEMENTS | IMPORT | INTERFACE | LATE | LIBRARY | MIXIN
    | OPERATOR | PART | REQUIRED | SET | STATIC | TYPEDEF
    | ASYNC | HIDE | OF | ON | SHOW | SYNC | BASE | SEALED | WHEN | TYPE
    ;
