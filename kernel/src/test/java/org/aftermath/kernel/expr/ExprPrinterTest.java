package org.aftermath.kernel.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.aftermath.kernel.compile.RandomModels;
import org.aftermath.kernel.expr.Expr.BinaryOp;
import org.aftermath.kernel.expr.Expr.UnaryOp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExprPrinterTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "a + b*c", "(a + b)*c", "a - (b - c)", "a - b - c", "a/(b*c)", "a/b*c", "-x^2", "(-x)^2",
        "a^b^c", "(a^b)^c", "-(2)", "-2", "a*-b", "a - -2", "(-2)^2", "2^(-x)", "!a + b", "!(a + b)",
        "(a || b) && c", "a || b || c", "(a < b) == c", "a < (b == c)", "-(-a)", "-(-2)", "!!a", "!-a",
        "k1*A/(K + A)", "hill(x, K, n)*hillr(y, K2, 2)", "piecewise(1, x > 3, 2, x > 1, 3)",
        "min(a, b, c) + max(a, 2)", "exp(-k*time)", "1e-9*x", "0.0693*N", "ln(2)/td*N",
    })
    void minimalTextIsAFixedPoint(String text) {
        assertThat(ExprPrinter.print(ExprParser.parse(text))).isEqualTo(text);
    }

    @Test
    void addsParenthesesOnlyWherePrecedenceNeedsThem() {
        Expr e = Expr.bin(BinaryOp.MUL, Expr.bin(BinaryOp.ADD, Expr.ref("a"), Expr.ref("b")),
                Expr.bin(BinaryOp.MUL, Expr.ref("c"), Expr.ref("d")));
        assertThat(ExprPrinter.print(e)).isEqualTo("(a + b)*(c*d)");
        assertThat(ExprPrinter.print(new Expr.Unary(UnaryOp.NEG, Expr.num(-2)))).isEqualTo("-(-2)");
        assertThat(ExprPrinter.print(Expr.bin(BinaryOp.POW, Expr.num(-2), Expr.num(2)))).isEqualTo("(-2)^2");
        assertThat(ExprPrinter.print(Expr.num(-0.0))).isEqualTo("-0");
    }

    @ParameterizedTest
    @CsvSource({"1e9, 1e9", "0.0693, 0.0693", "3, 3", "-1.5e-7, -1.5e-7", "100, 100", "1e-9, 1e-9",
        "12345.678, 12345.678", "0, 0"})
    void formatsNumbersShortly(double value, String text) {
        assertThat(ExprPrinter.formatNumber(value)).isEqualTo(text);
        assertThat(Double.parseDouble(text)).isEqualTo(value);
    }

    @Test
    void rejectsNonFiniteLiterals() {
        assertThatThrownBy(() -> ExprPrinter.print(Expr.num(Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> ExprPrinter.formatNumber(Double.NEGATIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void randomTreesParseBackToEqualTrees() {
        Random rnd = new Random(20261126L);
        List<String> names = List.of("x", "y", "k_1", "time");
        for (int i = 0; i < 3000; i++) {
            Expr e = RandomModels.expression(rnd, names, 1 + rnd.nextInt(5));
            String text = ExprPrinter.print(e);
            assertThat(ExprParser.parse(text)).as(text).isEqualTo(e);
        }
    }

    @Test
    void randomDoublesSurviveTheRoundTrip() {
        Random rnd = new Random(7);
        for (int i = 0; i < 2000; i++) {
            double v = Double.longBitsToDouble(rnd.nextLong());
            if (Double.isFinite(v)) {
                assertThat(ExprParser.parse(ExprPrinter.print(Expr.num(v)))).isEqualTo(Expr.num(v));
            }
        }
    }
}
