package org.aftermath.tmen.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.expr.ExprPrinter;
import org.aftermath.kernel.model.AssignmentRule;
import org.aftermath.kernel.model.Compartment;
import org.aftermath.kernel.model.Event;
import org.aftermath.kernel.model.InitialAssignment;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.Parameter;
import org.aftermath.kernel.model.Provenance;
import org.aftermath.kernel.model.RateRule;
import org.aftermath.kernel.model.Reaction;
import org.aftermath.kernel.model.Species;
import org.aftermath.kernel.model.SpeciesRef;

/**
 * A model as readable text for {@code aftermath model}: compartments, species, parameters
 * (value, unit, constant or not, source, range), initial assignments, reactions with their rate
 * laws, the resulting differential equations, rate rules, assignment rules (observables) and
 * events. Expressions print in the Antimony syntax of the model files.
 */
public final class ModelPrinter {

    private ModelPrinter() { }

    /** @return the text, ending with a newline */
    public static String print(Model m) {
        StringBuilder out = new StringBuilder();
        out.append("model ").append(m.id()).append('\n');
        section(out, "Compartments", m.compartments(), ModelPrinter::compartment);
        section(out, "Species (amounts)", m.species(), ModelPrinter::species);
        section(out, "Parameters", m.parameters(), p -> parameter(m, p));
        section(out, "Initial assignments (at t = 0)", m.initialAssignments(),
                (InitialAssignment a) -> a.variable() + " = " + expr(a.math()));
        section(out, "Reactions", m.reactions(), ModelPrinter::reaction);
        section(out, "Differential equations", equations(m), s -> s);
        section(out, "Assignment rules (observables, at all times)", m.assignmentRules(),
                (AssignmentRule r) -> r.variable() + " := " + expr(r.math()));
        section(out, "Events", m.events(), ModelPrinter::event);
        return out.toString();
    }

    private static <T> void section(StringBuilder out, String title, List<T> items, java.util.function.Function<T, String> line) {
        if (items.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append(":\n");
        for (T item : items) {
            out.append("  ").append(line.apply(item)).append('\n');
        }
    }

    private static String compartment(Compartment c) {
        return c.id() + " = " + number(c.size()) + unit(c.unit());
    }

    private static String species(Species s) {
        List<String> flags = new ArrayList<>();
        if (s.boundary()) {
            flags.add("boundary");
        }
        if (s.constant()) {
            flags.add("constant");
        }
        return s.id() + " in " + s.compartment() + " = " + number(s.initialAmount()) + unit(s.unit())
                + (flags.isEmpty() ? "" : "  [" + String.join(", ", flags) + "]");
    }

    private static String parameter(Model m, Parameter p) {
        StringBuilder line = new StringBuilder(p.id()).append(" = ");
        InitialAssignment ia = m.initialAssignment(p.id()).orElse(null);
        line.append(ia != null ? "(computed at t = 0)" : number(p.value())).append(unit(p.unit()));
        if (!p.constant()) {
            line.append("  [variable]");
        }
        Provenance prov = p.provenance() == null ? Provenance.NONE : p.provenance();
        line.append("\n      source: ").append(prov.source() == null ? "(none)" : prov.source());
        if (prov.min() != null || prov.max() != null) {
            line.append("; range ").append(prov.min() == null ? "" : number(prov.min())).append(" .. ")
                    .append(prov.max() == null ? "" : number(prov.max()));
        }
        if (prov.description() != null) {
            line.append("\n      note: ").append(prov.description());
        }
        return line.toString();
    }

    private static String reaction(Reaction r) {
        String left = r.reactants().isEmpty() ? "" : side(r.reactants()) + " ";
        String right = r.products().isEmpty() ? "" : " " + side(r.products());
        return r.id() + ": " + left + "->" + right + ";  rate = " + expr(r.rate());
    }

    private static String side(List<SpeciesRef> refs) {
        return refs.stream().map(s -> (s.stoichiometry() == 1 ? "" : number(s.stoichiometry()) + " ") + s.species())
                .collect(Collectors.joining(" + "));
    }

    /** @return one line per changing species (reactions) and per rate rule */
    static List<String> equations(Model m) {
        Map<String, List<String>> terms = new LinkedHashMap<>();
        for (Reaction r : m.reactions()) {
            for (SpeciesRef s : r.reactants()) {
                if (!boundary(m, s.species())) {
                    terms.computeIfAbsent(s.species(), k -> new ArrayList<>()).add("- " + coefficient(s) + r.id());
                }
            }
            for (SpeciesRef s : r.products()) {
                if (!boundary(m, s.species())) {
                    terms.computeIfAbsent(s.species(), k -> new ArrayList<>()).add("+ " + coefficient(s) + r.id());
                }
            }
        }
        List<String> lines = new ArrayList<>();
        terms.forEach((s, t) -> lines.add(derivative(s) + " = " + String.join(" ", t).replaceFirst("^\\+ ", "")
                .replaceFirst("^- ", "-") + "   (reaction rates above)"));
        for (RateRule r : m.rateRules()) {
            lines.add(derivative(r.variable()) + " = " + expr(r.math()) + "   (rate rule)");
        }
        return lines;
    }

    private static String derivative(String id) {
        return id.length() == 1 ? "d" + id + "/dt" : "d(" + id + ")/dt";
    }

    private static boolean boundary(Model m, String species) {
        return m.species(species).map(Species::boundary).orElse(false);
    }

    private static String coefficient(SpeciesRef s) {
        return s.stoichiometry() == 1 ? "" : number(s.stoichiometry()) + " * ";
    }

    private static String event(Event e) {
        return e.id() + ": at " + expr(e.trigger()) + ": " + e.assignments().stream()
                .map(a -> a.variable() + " = " + expr(a.math())).collect(Collectors.joining(", "));
    }

    private static String expr(Expr e) {
        return e == null ? "(none)" : ExprPrinter.print(e);
    }

    private static String number(double v) {
        return Double.isFinite(v) ? ExprPrinter.formatNumber(v) : "(unset)";
    }

    private static String unit(String unit) {
        return unit == null ? "" : " " + unit;
    }
}
