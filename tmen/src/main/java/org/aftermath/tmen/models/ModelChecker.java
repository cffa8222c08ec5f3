package org.aftermath.tmen.models;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftermath.kernel.compile.ModelValidator;
import org.aftermath.kernel.model.Domain;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.ModelException;
import org.aftermath.kernel.model.ModelException.Problem;
import org.aftermath.kernel.model.Parameter;
import org.aftermath.kernel.model.Provenance;
import org.aftermath.tmen.therapy.PkModule;

/**
 * Checks model files without running them ({@code aftermath model --check}). For each file:
 * <ol>
 *   <li>it must parse (Antimony subset, provenance comments): syntax errors name the line;</li>
 *   <li>the kernel's {@link ModelValidator}: undefined names (with the closest defined ones),
 *       duplicate ids, circular assignment rules and initial assignments, rules on constants,
 *       unsupported triggers, unknown units; a growth-law file (same name as a bundled one, e.g.
 *       {@code tumor-exponential.ant}) is a whole model and is validated alone, together with the
 *       contract the scenario compiler needs ({@link GrowthModule#checkContract}); any other
 *       file is a module, so a name it uses but another model file defines (among the files
 *       checked and the bundled ones) or the scenario compiler supplies (the patient's
 *       {@code patient_bsa_m2}, {@code patient_weight_kg}) is not undefined, and "no state
 *       variables" is not reported;</li>
 *   <li>every parameter given a number has a source ({@code //@ source: ...}, "assumed"
 *       allowed); parameters computed by an initial assignment or driven by a rate rule are
 *       exempt;</li>
 *   <li>unit dimensions where units are declared ({@link UnitCheck}).</li>
 * </ol>
 */
public final class ModelChecker {

    private static final Pattern UNDEFINED = Pattern.compile("^undefined name '([^']+)'");
    /** A species a module only uses (e.g. the growth module's N) gets its amount from another file. */
    private static final Pattern NO_AMOUNT = Pattern.compile("^species '([^']+)' has no initial amount");
    /** Names the scenario compiler defines for modules to read (the patient's size, for PK modules). */
    private static final Set<String> COMPILER_NAMES = Set.of(PkModule.PATIENT_BSA, PkModule.PATIENT_WEIGHT);

    private ModelChecker() { }

    /**
     * @param files the files to check; they also replace or extend the bundled files as context
     * @return every problem, sorted by file and line; empty when all files are clean
     */
    public static List<Problem> check(List<ModelFile> files) {
        ModelSource context = ModelSource.withUserFiles("checked files", files);
        Set<String> definedSomewhere = new HashSet<>(COMPILER_NAMES);
        Set<String> speciesWithAmount = new HashSet<>();
        for (ModelFile f : context.files()) {
            try {
                Model m = f.read();
                definedSomewhere.addAll(ids(m));
                m.species().stream().filter(sp -> !Double.isNaN(sp.initialAmount())).forEach(sp -> speciesWithAmount.add(sp.id()));
            } catch (ModelException e) {
                // reported below for the checked files; a broken bundled file is a packaging defect
            }
        }
        Set<Problem> problems = new LinkedHashSet<>();
        for (ModelFile f : files) {
            Model model;
            try {
                model = f.read();
            } catch (ModelException e) {
                problems.addAll(e.problems());
                continue;
            }
            GrowthModule growth = GrowthModule.forFile(f.name()).orElse(null);
            if (growth != null) {
                problems.addAll(ModelValidator.problems(model));
                try {
                    growth.checkContract(model);
                } catch (ModelException e) {
                    e.problems().forEach(p -> problems.add(new Problem(new org.aftermath.kernel.model.Origin(f.shownAs(), 0), p.message())));
                }
            } else {
                Set<String> own = ids(model);
                for (Problem p : ModelValidator.problems(model)) {
                    Matcher m = UNDEFINED.matcher(p.message());
                    boolean elsewhere = m.find() && !own.contains(m.group(1)) && definedSomewhere.contains(m.group(1));
                    Matcher amount = NO_AMOUNT.matcher(p.message());
                    elsewhere |= amount.find() && speciesWithAmount.contains(amount.group(1));
                    if (!elsewhere && !p.message().contains("has no state variables")) {
                        problems.add(p);
                    }
                }
            }
            for (Parameter p : model.parameters()) {
                Provenance prov = p.provenance();
                boolean computed = model.initialAssignment(p.id()).isPresent() || model.rateRule(p.id()).isPresent();
                if (!computed && (prov == null || prov.source() == null || prov.source().isBlank())) {
                    problems.add(new Problem(p.origin(), "parameter '" + p.id() + "' has no source; add a trailing"
                            + " comment on its line: //@ source: <citation, or 'assumed'> | range: lo .. hi"));
                }
                Optional<Domain> domain = model.domain(p);
                if (!computed && domain.isEmpty()) {
                    problems.add(new Problem(p.origin(), "parameter '" + p.id() + "' has no domain (a dimensionless"
                            + " parameter has none by default); add '| domain: [lo, hi)' to its //@ comment, e.g."
                            + " [0, 1] for a fraction, [0, inf) for a magnitude, (-inf, inf) for any number"));
                }
                if (!computed && domain.isPresent() && !domain.get().contains(p.value())) {
                    problems.add(new Problem(p.origin(), "parameter '" + p.id() + "' = " + p.value()
                            + " is outside its domain " + domain.get()));
                }
            }
            problems.addAll(UnitCheck.problems(model));
        }
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing((Problem p) -> p.origin().file()).thenComparingInt(p -> p.origin().line()));
        return sorted;
    }

    private static Set<String> ids(Model m) {
        Set<String> ids = new HashSet<>();
        m.compartments().forEach(c -> ids.add(c.id()));
        m.species().forEach(s -> ids.add(s.id()));
        m.parameters().forEach(p -> ids.add(p.id()));
        m.assignmentRules().forEach(r -> ids.add(r.variable()));
        return ids;
    }
}
