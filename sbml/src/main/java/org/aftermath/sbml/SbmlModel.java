package org.aftermath.sbml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.model.AssignmentRule;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.Origin;

/**
 * An SBML model imported into the kernel: the kernel {@link Model} (every species an amount;
 * see {@link SbmlReader} for the translation) and what is needed to report results in SBML's
 * terms — each SBML id's kernel id and kind, whether a species is reported as a concentration by
 * default ({@code hasOnlySubstanceUnits = false}), the model's time unit.
 *
 * @param model     the kernel model
 * @param source    the file it was read from
 * @param level     SBML level
 * @param version   SBML version
 * @param timeUnits the model's time unit as SBML declares it (an id such as {@code second}), or
 *                  null when undeclared
 * @param variables every SBML id that has a value (species, compartments, parameters, species
 *                  references with an id, reactions), in document order
 * @param notes     what the import changed or left out that a user should know (constraints not
 *                  checked, reactions without a rate law, ...), one line each
 */
public record SbmlModel(Model model, String source, int level, int version, String timeUnits,
                        Map<String, Variable> variables, List<String> notes) {

    public SbmlModel {
        variables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        notes = List.copyOf(notes);
    }

    /** What an SBML id is. */
    public enum Kind { SPECIES, COMPARTMENT, PARAMETER, SPECIES_REFERENCE, REACTION }

    /**
     * An SBML id with a value.
     *
     * @param id            the SBML id
     * @param kernelId      its id in the kernel model (differs when it collides with a reserved name)
     * @param kind          what it is
     * @param compartment   for a species, its compartment's kernel id; else null
     * @param concentration for a species, true when SBML reads it as a concentration
     *                      ({@code hasOnlySubstanceUnits = false} in a compartment with dimensions)
     * @param amountMath    the kernel expression of its value (for a species: the amount; for a
     *                      reaction: its rate)
     */
    public record Variable(String id, String kernelId, Kind kind, String compartment, boolean concentration,
                           Expr amountMath) { }

    /** How a species is reported. */
    public enum Quantity {
        /** As SBML reads the species ({@code hasOnlySubstanceUnits}). */
        DEFAULT,
        /** Its amount. */
        AMOUNT,
        /** Its concentration (amount / compartment size). */
        CONCENTRATION
    }

    /** @return the variable with this SBML id */
    public Optional<Variable> variable(String id) {
        return Optional.ofNullable(variables.get(id));
    }

    /**
     * @param id       an SBML id with a value
     * @param quantity for a species: amount, concentration or as SBML reads it; ignored otherwise
     * @return the kernel expression of its value
     * @throws IllegalArgumentException if the model has no such id
     */
    public Expr valueOf(String id, Quantity quantity) {
        Variable v = variables.get(id);
        if (v == null) {
            throw new IllegalArgumentException("the SBML model has no species, compartment, parameter, species"
                    + " reference or reaction '" + id + "'");
        }
        boolean concentration = v.kind() == Kind.SPECIES
                && (quantity == Quantity.CONCENTRATION || quantity == Quantity.DEFAULT && v.concentration());
        return concentration ? Expr.bin(Expr.BinaryOp.DIV, v.amountMath(), Expr.ref(v.compartment())) : v.amountMath();
    }

    /**
     * @param outputs SBML ids with the quantity each is wanted as, in column order
     * @return the model with one observable per output, named {@code outputNames().get(k)}
     */
    public Model withOutputs(List<Map.Entry<String, Quantity>> outputs) {
        List<AssignmentRule> rules = new ArrayList<>(model.assignmentRules());
        List<String> names = outputNames(outputs.size());
        for (int k = 0; k < outputs.size(); k++) {
            rules.add(new AssignmentRule(names.get(k), valueOf(outputs.get(k).getKey(), outputs.get(k).getValue()),
                    new Origin(source, 0)));
        }
        return new Model(model.id(), model.units(), model.compartments(), model.species(), model.parameters(),
                model.initialAssignments(), rules, model.rateRules(), model.reactions(), model.events(),
                model.algebraicRules());
    }

    /** @return the observable names {@link #withOutputs} gives k outputs: ids no SBML id can take */
    public List<String> outputNames(int k) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            names.add(SbmlImporter.OUTPUT_PREFIX + i);
        }
        return names;
    }
}
