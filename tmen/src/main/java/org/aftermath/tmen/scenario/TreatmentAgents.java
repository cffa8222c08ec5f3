package org.aftermath.tmen.scenario;

import java.util.List;
import org.aftermath.tmen.agents.AgentCatalog;
import org.aftermath.tmen.agents.AgentDosing;
import org.aftermath.tmen.agents.Route;

/**
 * Reads the agent keys of a treatment ({@code agent}, {@code dose}, {@code unit}, {@code route},
 * {@code infusion_hours}) against the built-in agent knowledge base, so that an unknown agent,
 * a family, a unit or a route the agent does not take is reported at its own field.
 */
final class TreatmentAgents {

    /** The keys only an agent treatment may have. */
    static final List<String> KEYS = List.of("dose", "unit", "route", "infusion_hours");

    private TreatmentAgents() { }

    static AgentDose read(Node node, Fields f) {
        AgentCatalog catalog = AgentCatalog.builtIn();
        Node agentNode = node.child("agent");
        String file = node.file();
        String id = catalog.resolveDosable(agentNode.string(), null, null, file, agentNode.path()).agent().id();
        String unit = f.optional("unit").map(Node::string).orElse(null);
        String route = f.optional("route").map(Node::string).orElse(null);
        AgentDosing dosing = catalog.resolveDosable(id, unit, null, file, node.child("unit").path());
        dosing = catalog.resolveDosable(id, dosing.unit().label(), route, file, node.child("route").path());
        Node doseNode = f.required("dose", "the amount per dose in " + dosing.unit()
                + (dosing.agent().id().equals(AgentDose.RADIATION) ? " per fraction" : "") + ", " + InputRange.DOSE.rule());
        double dose = doseNode.in(InputRange.DOSE);
        double hours = Double.NaN;
        if (dosing.route() == Route.IV_INFUSION) {
            hours = f.optional("infusion_hours").map(n -> n.in(InputRange.INFUSION_HOURS)).orElse(AgentDose.DEFAULT_INFUSION_HOURS);
        } else if (f.has("infusion_hours")) {
            throw node.child("infusion_hours").problem("applies only to route iv_infusion (route is " + dosing.route() + ")");
        }
        try {
            return new AgentDose(dosing.agent(), dose, dosing.unit(), dosing.route(), hours);
        } catch (IllegalArgumentException e) {
            throw node.problem(e.getMessage());
        }
    }
}
