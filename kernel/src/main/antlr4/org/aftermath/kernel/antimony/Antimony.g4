/*
 * Aftermath's subset of Antimony, the text form of SBML used by Tellurium.
 *
 * Statements end with ';' or a newline. Rules for constructs outside the subset (imports,
 * function definitions, submodules, event delays and attributes, interactions, DNA strands)
 * are recognised only so that the reader can name them in a clear "not supported" error.
 * The expression rule is shared with org.aftermath.kernel.expr.ExprParser.
 *
 * Operator precedence follows libSBML's infix syntax, which Antimony uses for math, from
 * loosest to tightest: '&&' '||' (equal, left); comparisons; '+' '-'; '*' '/';
 * unary '-' '+' '!'; '^' (right). So -x^2 is -(x^2).
 */
grammar Antimony;

// ---------------------------------------------------------------- file structure

// The reader appends a newline to the text, so every line, the last included, ends with a
// separator; each line is its own rule so that error recovery can resume at the next line.
file
    : line* EOF
    ;

line
    : item? sep
    ;

item
    : modelDef
    | functionDef
    | importStmt
    | statement
    ;

modelDef
    : MODEL STAR? NAME (LPAREN nameList? RPAREN)? modelLine* END
    ;

modelLine
    : statement? sep
    ;

functionDef
    : FUNCTION NAME LPAREN nameList? RPAREN sep* expr sep* END
    ;

importStmt
    : IMPORT STRING
    ;

nameList
    : NAME (COMMA NAME)*
    ;

sep
    : SEMI
    | NL
    ;

// ---------------------------------------------------------------- statements

statement
    : UNIT NAME (EQ unitExpr)?                                  # unitStmt
    | declaration                                               # declStmt
    | event                                                     # eventStmt
    | reaction                                                  # reactionStmt
    | NAME HAS NAME                                             # hasStmt
    | NAME IN NAME (EQ expr)?                                   # inStmt
    | NAME ASSIGN expr                                          # assignmentRuleStmt
    | NAME PRIME EQ expr                                        # rateRuleStmt
    | NAME EQ expr                                              # valueStmt
    | (NAME COLON)? NAME LPAREN (expr (COMMA expr)*)? RPAREN    # submoduleStmt
    | NAME IS (NAME | STRING)                                   # isStmt
    | (NAME COLON)? side (INHIBITS | MINUS LPAREN | MINUS NAME) NAME   # interactionStmt
    | (NAME COLON)? DASHES? NAME (DASHES NAME)+ DASHES?         # dnaStmt
    ;

declaration
    : modifier* kind=(SPECIES | COMPARTMENT | FORMULA) modifier* declItem (COMMA declItem)*
    | modifier+ declItem (COMMA declItem)*
    ;

modifier
    : CONST
    | VAR
    | SUBSTANCE_ONLY
    ;

declItem
    : DOLLAR? NAME (IN NAME)? (op=(EQ | ASSIGN) expr)?
    ;

reaction
    : (NAME COLON)? reactants=side? arrow=(ARROW | IRREV) products=side? SEMI expr?
    ;

side
    : participant (PLUS participant)*
    ;

participant
    : NUMBER? DOLLAR? NAME
    ;

event
    : (NAME COLON)? AT (delay=expr AFTER)? trigger=expr eventAttribute* COLON NL*
      eventAssignment (COMMA NL* eventAssignment)*
    ;

eventAttribute
    : COMMA NAME EQ expr
    ;

eventAssignment
    : NAME EQ expr
    ;

unitExpr
    : unitProduct (op+=(STAR | SLASH) unitProduct)*
    ;

unitProduct
    : unitAtom+
    ;

unitAtom
    : NUMBER
    | NAME (CARET MINUS? NUMBER)?
    | LPAREN unitExpr RPAREN
    ;

// ---------------------------------------------------------------- expressions

standaloneExpr
    : expr EOF
    ;

expr
    : <assoc=right> expr CARET expr                         # powExpr
    | op=(MINUS | PLUS | NOT) expr                          # unaryExpr
    | expr op=(STAR | SLASH) expr                           # mulExpr
    | expr op=(PLUS | MINUS) expr                           # addExpr
    | expr op=(LT | LE | GT | GE | EQEQ | NE) expr          # compareExpr
    | expr op=(AND | OR) expr                               # logicExpr
    | NAME LPAREN (expr (COMMA expr)*)? RPAREN              # callExpr
    | LPAREN expr RPAREN                                    # parenExpr
    | NUMBER                                                # numberExpr
    | NAME                                                  # nameExpr
    | DOTTED_NAME                                           # dottedNameExpr
    ;

// ---------------------------------------------------------------- lexer

MODEL           : 'model' | 'module' ;
END             : 'end' ;
FUNCTION        : 'function' ;
IMPORT          : 'import' ;
UNIT            : 'unit' ;
HAS             : 'has' ;
IN              : 'in' ;
IS              : 'is' ;
AT              : 'at' ;
AFTER           : 'after' ;
SPECIES         : 'species' ;
COMPARTMENT     : 'compartment' ;
FORMULA         : 'formula' ;
CONST           : 'const' ;
VAR             : 'var' ;
SUBSTANCE_ONLY  : 'substanceOnly' ;

NUMBER
    : DIGITS ('.' DIGITS?)? EXPONENT?
    | '.' DIGITS EXPONENT?
    ;
fragment DIGITS   : [0-9]+ ;
fragment EXPONENT : [eE] [+-]? DIGITS ;

DOTTED_NAME     : IDENT ('.' IDENT)+ ;
NAME            : IDENT ;
fragment IDENT  : [a-zA-Z_] [a-zA-Z_0-9]* ;

STRING          : '"' ~["\r\n]* '"' ;

ARROW           : '->' ;
IRREV           : '=>' ;
INHIBITS        : '-|' ;
DASHES          : '--' ;
ASSIGN          : ':=' ;
EQEQ            : '==' ;
NE              : '!=' ;
LE              : '<=' ;
GE              : '>=' ;
LT              : '<' ;
GT              : '>' ;
AND             : '&&' ;
OR              : '||' ;
NOT             : '!' ;
EQ              : '=' ;
PLUS            : '+' ;
MINUS           : '-' ;
STAR            : '*' ;
SLASH           : '/' ;
CARET           : '^' ;
LPAREN          : '(' ;
RPAREN          : ')' ;
COMMA           : ',' ;
COLON           : ':' ;
SEMI            : ';' ;
DOLLAR          : '$' ;
PRIME           : '\'' ;

// A structured provenance comment, '//@ key: value | key: value', kept on the hidden channel
// for AntimonyReader; other comments are dropped.
PROVENANCE      : '//@' ~[\r\n]* -> channel(HIDDEN) ;
LINE_COMMENT    : ('//' | '#') ~[\r\n]* -> skip ;
BLOCK_COMMENT   : '/*' .*? '*/' -> skip ;
NL              : '\r'? '\n' | '\r' ;
WS              : [ \t\f]+ -> skip ;
