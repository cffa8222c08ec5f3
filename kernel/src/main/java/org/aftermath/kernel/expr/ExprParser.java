package org.aftermath.kernel.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftermath.kernel.antimony.AntimonyBaseVisitor;
import org.aftermath.kernel.antimony.AntimonyLexer;
import org.aftermath.kernel.antimony.AntimonyParser;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/**
 * Parses the expression language (the math of Antimony) into {@link Expr}, using the expression
 * rule of the Antimony grammar.
 *
 * <p>Precedence, loosest first: {@code && ||} (equal, left-associative); comparisons
 * {@code < <= > >= == !=} (not chainable); {@code + -}; {@code * /}; unary {@code - + !};
 * {@code ^} (right-associative), so {@code -x^2 = -(x^2)} and {@code 2^3^2 = 2^9}. A minus sign
 * directly before a number literal makes a negative {@link Expr.Num}; {@code -(2)} stays a
 * negation. Calls are checked against {@link Functions#ARITY}; {@code and(a, b, ...)},
 * {@code or(...)}, {@code not(x)} are accepted as spellings of the logical operators and
 * {@code piecewise(v1, c1, ..., otherwise)} builds {@link Expr.Piecewise}.
 */
public final class ExprParser {

    /** Distribution functions of Antimony; stochastic constructs are outside the subset. */
    private static final Set<String> DISTRIBUTIONS = Set.of("normal", "uniform", "bernoulli",
            "binomial", "cauchy", "chisquare", "exponential", "gamma", "laplace", "lognormal",
            "poisson", "rayleigh");

    private ExprParser() { }

    /**
     * An expression that cannot be parsed, with where.
     */
    public static final class ParseException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;
        private final String detail;

        ParseException(int line, int column, String detail) {
            super(line + ":" + column + ": " + detail);
            this.line = line;
            this.column = column;
            this.detail = detail;
        }

        /** @return the 1-based line of the offending token */
        public int line() {
            return line;
        }

        /** @return the 0-based column of the offending token */
        public int column() {
            return column;
        }

        /** @return the message without the position */
        public String detail() {
            return detail;
        }
    }

    /**
     * @param text an expression such as {@code k1*A/(K + A)}
     * @return its syntax tree
     * @throws ParseException (an IllegalArgumentException) naming the line and column of the
     *                        first problem, or the line of an expression over {@link ExprLimits}
     */
    public static Expr parse(String text) {
        AntimonyLexer lexer = new AntimonyLexer(CharStreams.fromString(text));
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        ThrowingListener listener = new ThrowingListener();
        lexer.removeErrorListeners();
        lexer.addErrorListener(listener);
        tokens.fill();
        for (ExprLimits.Violation v : ExprLimits.check(tokens.getTokens())) {
            throw new ParseException(v.line(), 0, v.message());
        }
        AntimonyParser parser = new AntimonyParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(listener);
        return fromTree(parser.standaloneExpr().expr());
    }

    /**
     * Builds an expression from a parse tree of the Antimony grammar's {@code expr} rule.
     *
     * @throws ParseException for unknown functions, wrong argument counts, chained comparisons
     *                        and constructs outside the subset
     */
    public static Expr fromTree(AntimonyParser.ExprContext tree) {
        return tree.accept(new Builder());
    }

    private static ParseException error(ParserRuleContext at, String message) {
        Token t = at.getStart();
        return new ParseException(t.getLine(), t.getCharPositionInLine(), message);
    }

    private static final class ThrowingListener extends BaseErrorListener {
        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
                                int charPositionInLine, String msg, RecognitionException e) {
            String detail;
            if (offendingSymbol instanceof Token t) {
                detail = t.getType() == Token.EOF ? "unexpected end of expression"
                        : "unexpected '" + t.getText() + "'";
            } else {
                int quote = msg.indexOf('\'');
                detail = "unexpected character '" + (quote >= 0 && quote + 1 < msg.length() ? msg.charAt(quote + 1) : '?') + "'";
            }
            throw new ParseException(line, charPositionInLine, detail);
        }
    }

    private static final class Builder extends AntimonyBaseVisitor<Expr> {

        @Override
        public Expr visitPowExpr(AntimonyParser.PowExprContext ctx) {
            return Expr.bin(Expr.BinaryOp.POW, ctx.expr(0).accept(this), ctx.expr(1).accept(this));
        }

        @Override
        public Expr visitUnaryExpr(AntimonyParser.UnaryExprContext ctx) {
            AntimonyParser.ExprContext operand = ctx.expr();
            switch (ctx.op.getType()) {
                case AntimonyParser.PLUS:
                    return operand.accept(this);
                case AntimonyParser.NOT:
                    return new Expr.Unary(Expr.UnaryOp.NOT, operand.accept(this));
                default:
                    if (operand instanceof AntimonyParser.NumberExprContext n) {
                        return Expr.num(-number(n));
                    }
                    return new Expr.Unary(Expr.UnaryOp.NEG, operand.accept(this));
            }
        }

        @Override
        public Expr visitMulExpr(AntimonyParser.MulExprContext ctx) {
            return chain(ctx);
        }

        @Override
        public Expr visitAddExpr(AntimonyParser.AddExprContext ctx) {
            return chain(ctx);
        }

        /**
         * A chain of left-associative binary operations ({@code a + b * c - d ...}) built with
         * its left spine walked in a loop, so that a long sum costs no stack depth (only nesting
         * does, which {@link ExprLimits} bounds).
         */
        private Expr chain(AntimonyParser.ExprContext top) {
            List<AntimonyParser.ExprContext> spine = new ArrayList<>();
            AntimonyParser.ExprContext e = top;
            while (e instanceof AntimonyParser.AddExprContext || e instanceof AntimonyParser.MulExprContext
                    || e instanceof AntimonyParser.LogicExprContext) {
                spine.add(e);
                e = e.getRuleContext(AntimonyParser.ExprContext.class, 0);
            }
            Expr acc = e.accept(this);
            for (int i = spine.size() - 1; i >= 0; i--) {
                AntimonyParser.ExprContext c = spine.get(i);
                Expr right = c.getRuleContext(AntimonyParser.ExprContext.class, 1).accept(this);
                acc = Expr.bin(operator(c), acc, right);
            }
            return acc;
        }

        private static Expr.BinaryOp operator(AntimonyParser.ExprContext c) {
            if (c instanceof AntimonyParser.AddExprContext a) {
                return a.op.getType() == AntimonyParser.PLUS ? Expr.BinaryOp.ADD : Expr.BinaryOp.SUB;
            }
            if (c instanceof AntimonyParser.MulExprContext m) {
                return m.op.getType() == AntimonyParser.STAR ? Expr.BinaryOp.MUL : Expr.BinaryOp.DIV;
            }
            return ((AntimonyParser.LogicExprContext) c).op.getType() == AntimonyParser.AND
                    ? Expr.BinaryOp.AND : Expr.BinaryOp.OR;
        }

        @Override
        public Expr visitCompareExpr(AntimonyParser.CompareExprContext ctx) {
            for (AntimonyParser.ExprContext side : ctx.expr()) {
                if (side instanceof AntimonyParser.CompareExprContext) {
                    throw error(ctx, "chained comparison '" + ctx.getText()
                            + "' is ambiguous; write it as (a < b) && (b < c)");
                }
            }
            Expr.BinaryOp op = switch (ctx.op.getType()) {
                case AntimonyParser.LT -> Expr.BinaryOp.LT;
                case AntimonyParser.LE -> Expr.BinaryOp.LE;
                case AntimonyParser.GT -> Expr.BinaryOp.GT;
                case AntimonyParser.GE -> Expr.BinaryOp.GE;
                case AntimonyParser.EQEQ -> Expr.BinaryOp.EQ;
                default -> Expr.BinaryOp.NE;
            };
            return Expr.bin(op, ctx.expr(0).accept(this), ctx.expr(1).accept(this));
        }

        @Override
        public Expr visitLogicExpr(AntimonyParser.LogicExprContext ctx) {
            return chain(ctx);
        }

        @Override
        public Expr visitCallExpr(AntimonyParser.CallExprContext ctx) {
            String name = ctx.NAME().getText();
            List<Expr> args = new ArrayList<>();
            for (AntimonyParser.ExprContext a : ctx.expr()) {
                args.add(a.accept(this));
            }
            switch (name) {
                case "piecewise":
                    return piecewise(ctx, args);
                case "and":
                case "or":
                    return logical(ctx, name, args);
                case "not":
                    if (args.size() != 1) {
                        throw error(ctx, "function 'not' takes 1 argument, got " + args.size());
                    }
                    return new Expr.Unary(Expr.UnaryOp.NOT, args.get(0));
                case "delay":
                    throw error(ctx, "delay(...) is not supported by Aftermath's Antimony subset");
                default:
                    if (DISTRIBUTIONS.contains(name)) {
                        throw error(ctx, "stochastic constructs ('" + name
                                + "') are not supported by Aftermath's Antimony subset");
                    }
                    Optional<String> problem = Functions.arityProblem(name, args.size());
                    if (problem.isPresent()) {
                        throw error(ctx, problem.get());
                    }
                    return new Expr.Call(name, args);
            }
        }

        private static Expr piecewise(AntimonyParser.CallExprContext ctx, List<Expr> args) {
            if (args.size() < 3 || args.size() % 2 == 0) {
                throw error(ctx, "piecewise takes value, condition pairs and a final otherwise value"
                        + " (an odd number of at least 3 arguments), got " + args.size());
            }
            List<Expr> values = new ArrayList<>();
            List<Expr> conditions = new ArrayList<>();
            for (int i = 0; i + 1 < args.size(); i += 2) {
                values.add(args.get(i));
                conditions.add(args.get(i + 1));
            }
            return new Expr.Piecewise(values, conditions, args.get(args.size() - 1));
        }

        private static Expr logical(AntimonyParser.CallExprContext ctx, String name, List<Expr> args) {
            if (args.size() < 2) {
                throw error(ctx, "function '" + name + "' takes 2 or more arguments, got " + args.size());
            }
            Expr.BinaryOp op = name.equals("and") ? Expr.BinaryOp.AND : Expr.BinaryOp.OR;
            Expr result = args.get(0);
            for (int i = 1; i < args.size(); i++) {
                result = Expr.bin(op, result, args.get(i));
            }
            return result;
        }

        @Override
        public Expr visitParenExpr(AntimonyParser.ParenExprContext ctx) {
            return ctx.expr().accept(this);
        }

        @Override
        public Expr visitNumberExpr(AntimonyParser.NumberExprContext ctx) {
            return Expr.num(number(ctx));
        }

        @Override
        public Expr visitNameExpr(AntimonyParser.NameExprContext ctx) {
            return Expr.ref(ctx.NAME().getText());
        }

        @Override
        public Expr visitDottedNameExpr(AntimonyParser.DottedNameExprContext ctx) {
            throw error(ctx, "'" + ctx.getText() + "': dotted names (elements of submodules) are not"
                    + " supported by Aftermath's Antimony subset");
        }

        private static double number(AntimonyParser.NumberExprContext n) {
            return Double.parseDouble(n.NUMBER().getText());
        }
    }
}
