package org.aftermath.fit.problem;

import java.util.Objects;
import org.aftermath.kernel.expr.Expr;

/**
 * What is measured and how it scatters (a row of PEtab's observable table, or an observable of a fit file).
 *
 * @param id             the observable id
 * @param name           a display name
 * @param formula        the observable as a function of model symbols, problem parameters and the placeholders
 *                       {@code observableParameter<n>_<id>}
 * @param noiseFormula   the noise scale σ likewise, with placeholders {@code noiseParameter<n>_<id>}
 * @param transformation the scale on which measurement and observable are compared
 * @param noise          the distribution
 */
public record ObservableDefinition(String id, String name, Expr formula, Expr noiseFormula,
                                   Transformation transformation, Noise noise) {

    public ObservableDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(noiseFormula, "noiseFormula");
        Objects.requireNonNull(transformation, "transformation");
        Objects.requireNonNull(noise, "noise");
        name = name == null || name.isBlank() ? id : name;
    }

    /**
     * @param name       a name a formula reads
     * @param prefix     {@code observableParameter} or {@code noiseParameter}
     * @param observable the observable's id
     * @return n when the name is the placeholder {@code <prefix><n>_<observable>}, else 0
     */
    public static int placeholder(String name, String prefix, String observable) {
        String suffix = "_" + observable;
        if (!name.startsWith(prefix) || !name.endsWith(suffix) || name.length() <= prefix.length() + suffix.length()) {
            return 0;
        }
        String digits = name.substring(prefix.length(), name.length() - suffix.length());
        return digits.length() < 9 && digits.chars().allMatch(Character::isDigit) ? Integer.parseInt(digits) : 0;
    }

    /** @return the name of observable placeholder n (1-based) */
    public String observablePlaceholder(int n) {
        return "observableParameter" + n + "_" + id;
    }

    /** @return the name of noise placeholder n (1-based) */
    public String noisePlaceholder(int n) {
        return "noiseParameter" + n + "_" + id;
    }
}
