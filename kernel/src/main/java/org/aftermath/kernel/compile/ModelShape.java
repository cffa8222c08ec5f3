package org.aftermath.kernel.compile;

import java.util.List;
import org.aftermath.kernel.model.Compartment;
import org.aftermath.kernel.model.Event;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.Parameter;
import org.aftermath.kernel.model.Provenance;
import org.aftermath.kernel.model.Species;

/**
 * What of a model decides its compiled code and whether it validates: the model with each
 * parameter value, compartment size and initial amount replaced by its class (missing: NaN;
 * infinite: itself; a valid compartment size: 1; any other finite value: 0), the parameters'
 * provenance and the species' domains dropped and numeric event times ({@code at time >= 21})
 * replaced by 0. Two models
 * of equal shape generate the same source (values live in the parameter and state vectors, event
 * times in the plan, not in the code; other literals inside expressions are part of the shape)
 * and pass or fail {@link ModelValidator} alike, since it looks at values only to find missing,
 * infinite and non-positive ones. Virtual patients that differ only in parameter values, dose
 * amounts or dose days (with the same number of doses) therefore share one compiled class.
 */
final class ModelShape {

    private ModelShape() { }

    /** @return the shape of {@code m}, a model usable as a map key */
    static Model of(Model m) {
        List<Compartment> compartments = m.compartments().stream()
                .map(c -> new Compartment(c.id(), compartmentClass(c.size()), c.unit(), c.constant(), c.origin()))
                .toList();
        List<Species> species = m.species().stream()
                .map(s -> new Species(s.id(), s.compartment(), valueClass(s.initialAmount()), s.unit(), s.boundary(),
                        s.constant(), s.origin())).toList();
        List<Parameter> parameters = m.parameters().stream()
                .map(p -> new Parameter(p.id(), valueClass(p.value()), p.unit(), p.constant(), Provenance.NONE,
                        p.origin())).toList();
        List<Event> events = m.events().stream()
                .map(e -> e.withTrigger(TimeTrigger.withoutNumericThreshold(e.trigger()))).toList();
        return new Model(m.id(), m.units(), compartments, species, parameters, m.initialAssignments(),
                m.assignmentRules(), m.rateRules(), m.reactions(), events, m.algebraicRules());
    }

    private static double valueClass(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? v : 0.0;
    }

    private static double compartmentClass(double v) {
        return v > 0 && Double.isFinite(v) ? 1.0 : v;
    }
}
