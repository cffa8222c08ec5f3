package org.aftermath.kernel.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.aftermath.kernel.expr.Expr.BinaryOp;
import org.aftermath.kernel.expr.Expr.UnaryOp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExprParserTest {

    private static Expr x = Expr.ref("x");
    private static Expr y = Expr.ref("y");

    @ParameterizedTest(name = "{0}  ≡  {1}")
    @CsvSource(delimiter = ';', value = {
        "-x^2 ; -(x^2)",
        "2^3^2 ; 2^(3^2)",
        "a - b - c ; (a - b) - c",
        "a/b*c ; (a/b)*c",
        "a + b*c ; a + (b*c)",
        "a*-b ; a*(-b)",
        "-a*b ; (-a)*b",
        "a^-b ; a^(-b)",
        "!a + b ; (!a) + b",
        "a || b && c ; (a || b) && c",
        "a && b || c ; (a && b) || c",
        "a < b + c ; a < (b + c)",
        "a == b && c ; (a == b) && c",
        "+a ; a",
        "x - -2 ; x - (-2)",
        "and(a, b, c) ; (a && b) && c",
        "or(a, b) ; a || b",
        "not(a) ; !a",
    })
    void precedence(String text, String parenthesised) {
        assertThat(ExprParser.parse(text)).isEqualTo(ExprParser.parse(parenthesised));
    }

    @Test
    void treesHaveTheDocumentedShape() {
        assertThat(ExprParser.parse("-x^2")).isEqualTo(new Expr.Unary(UnaryOp.NEG, Expr.bin(BinaryOp.POW, x, Expr.num(2))));
        assertThat(ExprParser.parse("-2")).isEqualTo(Expr.num(-2));
        assertThat(ExprParser.parse("-(2)")).isEqualTo(new Expr.Unary(UnaryOp.NEG, Expr.num(2)));
        assertThat(ExprParser.parse("-2^2")).isEqualTo(new Expr.Unary(UnaryOp.NEG, Expr.bin(BinaryOp.POW, Expr.num(2), Expr.num(2))));
        assertThat(ExprParser.parse("x >= y")).isEqualTo(Expr.bin(BinaryOp.GE, x, y));
        assertThat(ExprParser.parse("x != y")).isEqualTo(Expr.bin(BinaryOp.NE, x, y));
        assertThat(ExprParser.parse("hill(x, 2, 3)")).isEqualTo(Expr.call("hill", x, Expr.num(2), Expr.num(3)));
        assertThat(ExprParser.parse("min(x, y, 1)")).isEqualTo(Expr.call("min", x, y, Expr.num(1)));
        assertThat(ExprParser.parse("piecewise(1, x > 3, 2, x > 1, 3)")).isEqualTo(new Expr.Piecewise(
                List.of(Expr.num(1), Expr.num(2)), List.of(Expr.bin(BinaryOp.GT, x, Expr.num(3)),
                        Expr.bin(BinaryOp.GT, x, Expr.num(1))), Expr.num(3)));
        assertThat(ExprParser.parse("time")).isEqualTo(Expr.ref("time"));
        assertThat(ExprParser.parse("k_growth2")).isEqualTo(Expr.ref("k_growth2"));
    }

    @ParameterizedTest
    @CsvSource({"1e-9, 1e-9", ".5, 0.5", "1., 1", "2.5E+3, 2500", "007, 7", "1e9, 1000000000"})
    void numbers(String text, double value) {
        assertThat(ExprParser.parse(text)).isEqualTo(Expr.num(value));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "a < b < c ; 1:0: chained comparison 'a<b<c'",
        "sine(x) ; 1:0: unknown function 'sine' (built-in functions: abs, arccos, arccosh, arccot,",
        "hill(x, 1) ; 1:0: function 'hill' takes 3 arguments, got 2",
        "exp(x, y) ; 1:0: function 'exp' takes 1 argument, got 2",
        "min(x) ; 1:0: function 'min' takes 2 or more arguments, got 1",
        "piecewise(1, 2) ; 1:0: piecewise takes value, condition pairs and a final otherwise value",
        "2 * normal(0, 1) ; 1:4: stochastic constructs ('normal') are not supported",
        "delay(x, 1) ; 1:0: delay(...) is not supported",
        "a + ; 1:3: unexpected end of expression",
        "a | b ; 1:2: unexpected character '|'",
        "(a + b ; 1:6: unexpected end of expression",
        "a b ; 1:2: unexpected 'b'",
        "A.x + 1 ; 1:0: 'A.x': dotted names",
    })
    void errorsNamePositionAndCause(String text, String message) {
        assertThatThrownBy(() -> ExprParser.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void parseExceptionCarriesLineAndColumn() {
        try {
            ExprParser.parse("k1*A + hill(A, K)");
        } catch (ExprParser.ParseException e) {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo(7);
            assertThat(e.detail()).isEqualTo("function 'hill' takes 3 arguments, got 2");
            return;
        }
        throw new AssertionError("expected a ParseException");
    }

    @Test
    void referencesAndCallsAreCollectedInOrder() {
        Expr e = ExprParser.parse("k*hill(A, K, n) + piecewise(B, time > 3, exp(A))");
        assertThat(e.references()).containsExactly("k", "A", "K", "n", "B", "time");
        assertThat(e.functionsCalled()).containsExactly("hill", "exp");
    }
}
