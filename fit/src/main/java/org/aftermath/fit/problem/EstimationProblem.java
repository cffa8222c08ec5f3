package org.aftermath.fit.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A parameter-estimation problem in one form, whatever file it came from (a PEtab problem or a fit file of
 * Aftermath's): conditions with their models, observables with noise models, measurements and the parameter
 * table. The objective is the negative log-likelihood of the measurements (PEtab's convention, constants included)
 * plus the negative log density of the parameters' objective priors.
 *
 * @param name         the problem's name (output folder, reports)
 * @param source       the file the problem was read from, for messages and provenance
 * @param parameters   the parameter table
 * @param observables  the observables
 * @param conditions   the conditions
 * @param measurements the measurements
 * @param omitted      the data rows of observables the problem file leaves out of the objective, with why
 */
public record EstimationProblem(String name, String source, List<ProblemParameter> parameters,
                                List<ObservableDefinition> observables, List<Condition> conditions,
                                List<Measurement> measurements, List<Omission> omitted) {

    public EstimationProblem {
        Objects.requireNonNull(name, "name");
        parameters = List.copyOf(parameters);
        observables = List.copyOf(observables);
        conditions = List.copyOf(conditions);
        measurements = List.copyOf(measurements);
        omitted = List.copyOf(omitted);
    }

    /** A problem that leaves no data out. */
    public EstimationProblem(String name, String source, List<ProblemParameter> parameters,
                             List<ObservableDefinition> observables, List<Condition> conditions,
                             List<Measurement> measurements) {
        this(name, source, parameters, observables, conditions, measurements, List.of());
    }

    /**
     * Data rows of one observable left out of the objective (e.g. a measured quantity the model does not have).
     *
     * @param observable the observable's id in the data
     * @param reason     why, as the problem file says it
     * @param rows       the data file's line numbers of its rows
     */
    public record Omission(String observable, String reason, List<Integer> rows) {
        public Omission {
            rows = List.copyOf(rows);
        }
    }

    /** @return the estimated parameters, in table order: the optimisation variables x */
    public List<ProblemParameter> estimated() {
        List<ProblemParameter> out = new ArrayList<>();
        for (ProblemParameter p : parameters) {
            if (p.estimated()) {
                out.add(p);
            }
        }
        return out;
    }

    /** @return the parameter table by id */
    public Map<String, ProblemParameter> parameterTable() {
        Map<String, ProblemParameter> out = new LinkedHashMap<>();
        for (ProblemParameter p : parameters) {
            out.put(p.id(), p);
        }
        return out;
    }

    /** @return the observables by id */
    public Map<String, ObservableDefinition> observableTable() {
        Map<String, ObservableDefinition> out = new LinkedHashMap<>();
        for (ObservableDefinition o : observables) {
            out.put(o.id(), o);
        }
        return out;
    }

    /** @return the conditions by id */
    public Map<String, Condition> conditionTable() {
        Map<String, Condition> out = new LinkedHashMap<>();
        for (Condition c : conditions) {
            out.put(c.id(), c);
        }
        return out;
    }

    /** @return the nominal values of the estimated parameters on their scales */
    public double[] nominal() {
        return estimated().stream().mapToDouble(ProblemParameter::nominalOnScale).toArray();
    }
}
