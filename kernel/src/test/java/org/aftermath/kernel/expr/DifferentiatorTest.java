package org.aftermath.kernel.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Symbolic results and their simplification; numeric checks are in the compiler's Jacobian tests. */
class DifferentiatorTest {

    @ParameterizedTest(name = "d/dx {0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "k*x ; k",
        "x*k ; k",
        "k ; 0",
        "3*x + 2 ; 3",
        "x^2 ; 2*x",
        "x^3 ; 3*x^2",
        "k^2 ; 0",
        "2^x ; 2^x*ln(2)",
        "exp(k*x) ; exp(k*x)*k",
        "ln(x) ; 1/x",
        "-x ; -1",
        "x - y ; 1",
        "y - x ; -1",
        "x/k ; 1/k",
        "k/x ; -(k/(x*x))",
        "sqrt(x) ; 1/(2*sqrt(x))",
        "x > 3 ; 0",
        "abs(x) ; piecewise(1, x >= 0, -1)",
        "min(x, k) ; piecewise(1, x <= k, 0)",
        "max(k, x, 2) ; piecewise(piecewise(0, k >= x, 1), max(k, x) >= 2, 0)",
        "piecewise(x, time > 1, 2*x) ; piecewise(1, time > 1, 2)",
        "piecewise(k, x > 1, 2) ; 0",
        "hill(k, 2, 3) ; 0",
    })
    void derivativeIsSimplified(String f, String derivative) {
        assertThat(ExprPrinter.print(Differentiator.derivative(ExprParser.parse(f), "x"))).isEqualTo(derivative);
    }

    @ParameterizedTest(name = "d/dx {0}")
    @CsvSource(delimiter = ';', value = {
        "hill(x, K, n) ; piecewise(0, x <= 0, n*x^(n - 1)/(K^n + x^n) - x^n*(n*x^(n - 1))/((K^n + x^n)*(K^n + x^n)))",
        "hillr(x, K, 2) ; piecewise(0, x <= 0, -(K^2*(2*x)/((K^2 + x^2)*(K^2 + x^2))))",
    })
    void hillDerivativesFollowTheClosedFormAwayFromZero(String f, String derivative) {
        assertThat(ExprPrinter.print(Differentiator.derivative(ExprParser.parse(f), "x"))).isEqualTo(derivative);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "a*x + b ; da*x + db",
        "exp(a) ; exp(a)*da",
    })
    void chainRuleUsesTheGivenNameDerivatives(String f, String derivative) {
        Expr d = Differentiator.derivative(ExprParser.parse(f), name -> switch (name) {
            case "a" -> Expr.ref("da");
            case "x" -> Expr.num(0);
            case "b" -> Expr.ref("db");
            default -> Expr.num(0);
        });
        assertThat(ExprPrinter.print(d)).isEqualTo(derivative);
    }
}
