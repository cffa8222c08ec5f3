package org.aftermath.kernel.antimony;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.expr.ExprPrinter;
import org.aftermath.kernel.model.AssignmentRule;
import org.aftermath.kernel.model.Compartment;
import org.aftermath.kernel.model.Event;
import org.aftermath.kernel.model.EventAssignment;
import org.aftermath.kernel.model.InitialAssignment;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.Parameter;
import org.aftermath.kernel.model.RateRule;
import org.aftermath.kernel.model.Reaction;
import org.aftermath.kernel.model.Provenance;
import org.aftermath.kernel.model.Species;
import org.aftermath.kernel.model.SpeciesRef;
import org.aftermath.kernel.model.UnitDefinition;

/**
 * Prints a model as Antimony in the subset {@link AntimonyReader} reads, which Tellurium also
 * runs: units, compartments, species, parameters (value, unit and provenance comment on one
 * line), assignment rules, rate rules, reactions and events, each in the model's order.
 * Species are declared {@code substanceOnly} so that Tellurium, like Aftermath, reads them as
 * amounts; {@code hill}/{@code hillr} get function definitions when used, and the units
 * {@code day}/{@code hour} a definition when referenced but not defined.
 *
 * <p>Reading the text back gives an equal model apart from origins, for every model
 * {@link AntimonyReader} produces. Models built in code may carry combinations Antimony cannot
 * state (a constant species that is not a boundary species, an initial value together with an
 * initial assignment); those come back in the nearest expressible form.
 */
public final class AntimonyWriter {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern UNIT_NAME = Pattern.compile("(?<![0-9.])[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> KEYWORDS = Set.of("model", "module", "end", "function", "import",
            "unit", "has", "in", "is", "at", "after", "species", "compartment", "formula", "const", "var",
            "substanceOnly", "time");

    private final Model model;
    private final StringBuilder out = new StringBuilder();
    private final Set<String> eventTargets = new LinkedHashSet<>();

    private AntimonyWriter(Model model) {
        this.model = model;
        for (Event e : model.events()) {
            for (EventAssignment a : e.assignments()) {
                eventTargets.add(a.variable());
            }
        }
    }

    /**
     * @return the Antimony text, ending with a newline
     * @throws IllegalArgumentException if an id is not an Antimony identifier, a number in an
     *                                  expression is not finite, or a provenance text contains
     *                                  '|' or a line break
     */
    public static String write(Model model) {
        return new AntimonyWriter(model).text();
    }

    private String text() {
        out.append("// ").append(model.id()).append(": written by Aftermath in its Antimony subset\n");
        for (String f : List.of("hill", "hillr")) {
            if (usesFunction(f)) {
                out.append('\n').append(HillDefinitions.definition(f));
            }
        }
        out.append("\nmodel ").append(id(model.id())).append("()\n");
        units();
        compartments();
        species();
        parameters();
        section("Initial assignments", () -> {
            for (InitialAssignment ia : model.initialAssignments()) {
                if (!isElement(ia.variable())) {
                    line(id(ia.variable()) + " = " + math(ia.math()));
                }
            }
        });
        section("Assignment rules", () -> {
            for (AssignmentRule r : model.assignmentRules()) {
                line(id(r.variable()) + " := " + math(r.math()));
            }
        });
        section("Rate rules", () -> {
            for (RateRule r : model.rateRules()) {
                line(id(r.variable()) + "' = " + math(r.math()));
            }
        });
        section("Reactions", () -> {
            for (Reaction r : model.reactions()) {
                line(id(r.id()) + ": " + side(r.reactants()) + (r.reactants().isEmpty() ? "" : " ") + "->"
                        + (r.products().isEmpty() ? "" : " ") + side(r.products()) + "; " + math(r.rate()));
            }
        });
        section("Events", () -> {
            for (Event e : model.events()) {
                List<String> assignments = new ArrayList<>();
                for (EventAssignment a : e.assignments()) {
                    assignments.add(id(a.variable()) + " = " + math(a.math()));
                }
                line(id(e.id()) + ": at " + math(e.trigger()) + ": " + String.join(", ", assignments));
            }
        });
        out.append("end\n");
        return out.toString();
    }

    private void section(String title, Runnable body) {
        int before = out.length();
        out.append("\n  // ").append(title).append('\n');
        int header = out.length();
        body.run();
        if (out.length() == header) {
            out.setLength(before);
        }
    }

    private void line(String text) {
        out.append("  ").append(text).append('\n');
    }

    private void units() {
        section("Units", () -> {
            Set<String> referenced = new LinkedHashSet<>();
            for (UnitDefinition u : model.units()) {
                Matcher m = UNIT_NAME.matcher(u.definition());
                while (m.find()) {
                    referenced.add(m.group());
                }
            }
            model.compartments().forEach(c -> referenced.add(c.unit()));
            model.species().forEach(s -> referenced.add(s.unit()));
            model.parameters().forEach(p -> referenced.add(p.unit()));
            for (String r : referenced) {
                String predefined = r == null ? null : ModelAssembler.PREDEFINED_UNITS.get(r);
                if (predefined != null && model.unit(r).isEmpty()) {
                    line("unit " + r + " = " + predefined);
                }
            }
            for (UnitDefinition u : model.units()) {
                line("unit " + id(u.id()) + " = " + u.definition());
            }
        });
    }

    private boolean implicitDefaultCompartment() {
        List<Compartment> cs = model.compartments();
        return !cs.isEmpty() && cs.get(0).id().equals(Model.DEFAULT_COMPARTMENT)
                && cs.get(0).size() == 1.0 && cs.get(0).unit() == null
                && model.initialAssignment(Model.DEFAULT_COMPARTMENT).isEmpty();
    }

    private void compartments() {
        boolean implicit = implicitDefaultCompartment();
        section("Compartments", () -> {
            for (Compartment c : model.compartments()) {
                if (implicit && c.id().equals(Model.DEFAULT_COMPARTMENT)) {
                    continue;
                }
                List<String> parts = new ArrayList<>();
                parts.add("compartment " + id(c.id()) + value(c.id(), c.size()));
                unit(parts, c.id(), c.unit());
                line(String.join("; ", parts));
            }
        });
    }

    private void species() {
        boolean implicit = implicitDefaultCompartment();
        section("Species (amounts)", () -> {
            for (Species s : model.species()) {
                List<String> parts = new ArrayList<>();
                String in = implicit && s.compartment().equals(Model.DEFAULT_COMPARTMENT) ? ""
                        : " in " + id(s.compartment());
                parts.add("substanceOnly species " + (s.boundary() ? "$" : "") + id(s.id()) + in
                        + value(s.id(), s.initialAmount()));
                unit(parts, s.id(), s.unit());
                boolean changed = model.rateRule(s.id()).isPresent() || eventTargets.contains(s.id())
                        || model.assignmentRule(s.id()).isPresent();
                boolean inferred = s.boundary() && !changed;
                if (s.constant() != inferred) {
                    parts.add((s.constant() ? "const " : "var ") + id(s.id()));
                }
                line(String.join("; ", parts) + (s.domain() == null ? ""
                        : "  " + ProvenanceComment.format(Provenance.NONE.withDomain(s.domain()))));
            }
        });
    }

    private void parameters() {
        section("Parameters", () -> {
            for (Parameter p : model.parameters()) {
                List<String> parts = new ArrayList<>();
                String value = value(p.id(), p.value());
                boolean inferred = model.rateRule(p.id()).isEmpty() && !eventTargets.contains(p.id());
                if (!value.isEmpty()) {
                    parts.add(id(p.id()) + value);
                }
                if (p.constant() != inferred || (value.isEmpty() && p.unit() == null)) {
                    parts.add((p.constant() ? "const " : "var ") + id(p.id()));
                }
                unit(parts, p.id(), p.unit());
                String comment = ProvenanceComment.format(p.provenance());
                line(String.join("; ", parts) + (comment == null ? "" : "  " + comment));
            }
        });
    }

    /** @return " = number", " = initial assignment", or "" when the element has neither */
    private String value(String id, double number) {
        return model.initialAssignment(id).map(ia -> " = " + math(ia.math()))
                .orElse(Double.isNaN(number) ? "" : " = " + ExprPrinter.formatNumber(number));
    }

    private static void unit(List<String> parts, String id, String unit) {
        if (unit != null) {
            parts.add(id + " has " + id(unit));
        }
    }

    private boolean isElement(String id) {
        return model.compartment(id).isPresent() || model.species(id).isPresent() || model.parameter(id).isPresent();
    }

    private static String side(List<SpeciesRef> refs) {
        List<String> terms = new ArrayList<>();
        for (SpeciesRef r : refs) {
            terms.add((r.stoichiometry() == 1.0 ? "" : ExprPrinter.formatNumber(r.stoichiometry()) + " ") + id(r.species()));
        }
        return String.join(" + ", terms);
    }

    private static String math(Expr e) {
        return ExprPrinter.print(e);
    }

    private static String id(String id) {
        if (!IDENTIFIER.matcher(id).matches() || KEYWORDS.contains(id)) {
            throw new IllegalArgumentException("'" + id + "' is not an Antimony identifier");
        }
        return id;
    }

    private boolean usesFunction(String f) {
        List<Expr> all = new ArrayList<>();
        model.initialAssignments().forEach(x -> all.add(x.math()));
        model.assignmentRules().forEach(x -> all.add(x.math()));
        model.rateRules().forEach(x -> all.add(x.math()));
        model.reactions().forEach(x -> all.add(x.rate()));
        for (Event e : model.events()) {
            all.add(e.trigger());
            e.assignments().forEach(a -> all.add(a.math()));
        }
        return all.stream().anyMatch(e -> e.functionsCalled().contains(f));
    }
}
