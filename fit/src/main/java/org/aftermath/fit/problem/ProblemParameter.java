package org.aftermath.fit.problem;

import java.util.Objects;

/**
 * One row of a problem's parameter table: a parameter that is estimated or fixed at its nominal value.
 *
 * @param id                  the parameter id, as model, observable and condition formulas use it
 * @param name                a display name (the id when none is given)
 * @param scale               the estimation scale
 * @param lower               lower bound, on the linear scale θ
 * @param upper               upper bound, on the linear scale θ, &ge; lower
 * @param nominal             the nominal value θ (the fixed value when not estimated)
 * @param estimated           whether the parameter is estimated
 * @param objectivePrior      the prior added to the objective, or null
 * @param initializationPrior the distribution starts are drawn from, or null (uniform on the scale within bounds)
 */
public record ProblemParameter(String id, String name, Scale scale, double lower, double upper, double nominal,
                               boolean estimated, Prior objectivePrior, Prior initializationPrior) {

    public ProblemParameter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scale, "scale");
        name = name == null || name.isBlank() ? id : name;
    }

    /** @return the lower bound on the estimation scale */
    public double lowerOnScale() {
        return scale.toScale(lower);
    }

    /** @return the upper bound on the estimation scale */
    public double upperOnScale() {
        return scale.toScale(upper);
    }

    /** @return the nominal value on the estimation scale */
    public double nominalOnScale() {
        return scale.toScale(nominal);
    }
}
