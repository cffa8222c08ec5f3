/**
 * The therapy-agent knowledge base: the review's Table 1 of DNA-damaging agents (six classes:
 * radiotherapy and radiomimetics, mono- and bifunctional alkylators, antimetabolites,
 * topoisomerase inhibitors, replication inhibitors) with their lesion types, activated repair
 * pathways and references, the non-genotoxic anti-microtubule agents (senescence without a
 * secretory phenotype) and the anti-DDSP modulators the review names, with their targets.
 *
 * <p>The data lives in {@code agents.yaml} beside these classes (its comments describe the
 * format); {@link org.aftermath.tmen.agents.AgentCatalog#builtIn()} loads it once.
 * <pre>
 * AgentCatalog catalog = AgentCatalog.builtIn();
 * catalog.find("araC");                        // cytarabine, by alias, any case
 * catalog.select("alkylator", true);           // filters: class name fragment, genotoxic
 * AgentDosing d = catalog.resolveDosable("cisplatin", "mg/m2", null, "fig.yaml", "treatments[0]");
 * d.route();                                   // iv_infusion, cisplatin's default
 * </pre>
 *
 * <p>Entries are {@link org.aftermath.tmen.agents.Agent}s of kind {@code agent} (dosable, with
 * allowed {@link org.aftermath.tmen.agents.DoseUnit}s and
 * {@link org.aftermath.tmen.agents.Route}s, the first of each the default) or {@code family}
 * (a class such as the anthracyclines; not dosable, optionally listing its member agents).
 * {@code resolveDosable} and the reader throw
 * {@link org.aftermath.tmen.scenario.ScenarioException}: one line naming the file, the field and
 * what is allowed — the closest ids for an unknown agent, the members for a family, the allowed
 * units or routes.
 */
package org.aftermath.tmen.agents;
