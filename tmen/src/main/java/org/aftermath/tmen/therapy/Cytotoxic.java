package org.aftermath.tmen.therapy;

import org.aftermath.tmen.agents.Agent;
import org.aftermath.tmen.agents.AgentCatalog;
import org.aftermath.tmen.scenario.Treatment;

/**
 * Which treatments act on the cancer cells directly: kill-fraction treatments, radiotherapy,
 * genotoxic agents and anti-microtubule agents — not the modulators, which act through the
 * microenvironment. Cytotoxic doses start a proliferation lag and mark the restaging points of
 * response assessment.
 */
public final class Cytotoxic {
    private Cytotoxic() { }

    /** @return true if the treatment kills or arrests cancer cells directly */
    public static boolean is(Treatment t) {
        if (t.killsByFraction()) {
            return true;
        }
        if (t.agent() == null) {
            return false;
        }
        Agent a = AgentCatalog.builtIn().find(t.agent().agentId()).orElseThrow();
        return a.genotoxic() || a.inClassMatching("anti-microtubule");
    }
}
