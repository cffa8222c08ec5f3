package org.aftermath.kernel.expr;

import java.util.ArrayList;
import java.util.List;
import org.aftermath.kernel.antimony.AntimonyLexer;
import org.antlr.v4.runtime.Token;

/**
 * The size and nesting an expression may have, checked on the tokens before anything parses
 * them, so that a huge or deeply nested expression is refused with its line instead of
 * overflowing the stack of the parser, the differentiator or the code generator. Within these
 * limits every stage handles an expression (tested at the limits).
 * <ul>
 *   <li>size: at most {@value #MAX_TERMS} operands (names, numbers) and operators in one
 *       expression (a sum of 1,000 terms has 1,999);</li>
 *   <li>nesting: at most {@value #MAX_NESTING} levels, counting each open parenthesis (of a group
 *       or a call), each prefix operator ({@code - + !}) and each {@code ^} of a chain.</li>
 * </ul>
 * An expression is taken to be the tokens between statement separators ({@code ;} or a line
 * break), which is never less than one expression.
 */
public final class ExprLimits {

    /** Most operands and operators in one expression. */
    public static final int MAX_TERMS = 2_500;
    /** Deepest nesting of parentheses, prefix operators and powers in one expression. */
    public static final int MAX_NESTING = 100;

    /** An expression over a limit: its line and what is wrong. */
    public record Violation(int line, String message) { }

    private ExprLimits() { }

    /**
     * @param tokens the tokens of a text, in order (hidden-channel tokens are ignored)
     * @return one violation per expression over a limit, in text order
     */
    public static List<Violation> check(List<? extends Token> tokens) {
        List<Violation> out = new ArrayList<>();
        Scan scan = new Scan();
        for (Token t : tokens) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            int type = t.getType();
            if (type == AntimonyLexer.NL || type == AntimonyLexer.SEMI || type == Token.EOF) {
                scan.report(out);
                scan = new Scan();
            } else {
                scan.add(t);
            }
        }
        scan.report(out);
        return out;
    }

    /**
     * One expression's count of terms and its nesting: open groups, and per group the prefix
     * operators and powers still pending (closed by a looser operator or the group's end, since
     * both bind tighter than any binary operator but {@code ^}).
     */
    private static final class Scan {
        private int line;
        private int terms;
        private int depth;
        private int deepest;
        /** Pending prefix operators and powers per open group; [0] is the expression itself. */
        private int[] pending = new int[8];
        private int groups;
        private Token previous;

        void add(Token t) {
            if (previous == null) {
                line = t.getLine();
            }
            switch (t.getType()) {
                case AntimonyLexer.NAME, AntimonyLexer.NUMBER, AntimonyLexer.DOTTED_NAME -> terms++;
                case AntimonyLexer.LPAREN -> {
                    groups++;
                    if (groups == pending.length) {
                        pending = java.util.Arrays.copyOf(pending, 2 * groups);
                    }
                    pending[groups] = 0;
                    depth++;
                }
                case AntimonyLexer.RPAREN -> {
                    if (groups > 0) {
                        depth -= pending[groups] + 1;
                        groups--;
                    }
                }
                case AntimonyLexer.MINUS, AntimonyLexer.PLUS, AntimonyLexer.NOT -> {
                    terms++;
                    if (prefix(previous)) {
                        open();
                    } else {
                        closePending();
                    }
                }
                case AntimonyLexer.CARET -> {
                    terms++;
                    open();
                }
                case AntimonyLexer.STAR, AntimonyLexer.SLASH, AntimonyLexer.LT, AntimonyLexer.LE, AntimonyLexer.GT,
                        AntimonyLexer.GE, AntimonyLexer.EQEQ, AntimonyLexer.NE, AntimonyLexer.AND,
                        AntimonyLexer.OR -> {
                    terms++;
                    closePending();
                }
                case AntimonyLexer.COMMA -> closePending();
                default -> { }
            }
            deepest = Math.max(deepest, depth);
            previous = t;
        }

        private void open() {
            pending[groups]++;
            depth++;
        }

        private void closePending() {
            depth -= pending[groups];
            pending[groups] = 0;
        }

        void report(List<Violation> out) {
            if (deepest > MAX_NESTING) {
                out.add(new Violation(line, "expression nested too deeply: " + deepest + " levels of parentheses,"
                        + " prefix operators and powers (at most " + MAX_NESTING + ")"));
            } else if (terms > MAX_TERMS) {
                out.add(new Violation(line, "expression too large: " + terms + " operands and operators (at most "
                        + MAX_TERMS + "); split it into intermediate assignment rules (part := ...)"));
            }
        }
    }

    /** @return true if an operator after {@code previous} is a prefix (unary) one */
    private static boolean prefix(Token previous) {
        if (previous == null) {
            return true;
        }
        return switch (previous.getType()) {
            case AntimonyLexer.NAME, AntimonyLexer.NUMBER, AntimonyLexer.DOTTED_NAME, AntimonyLexer.RPAREN -> false;
            default -> true;
        };
    }

}
