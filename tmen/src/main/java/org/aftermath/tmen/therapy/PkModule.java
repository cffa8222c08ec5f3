package org.aftermath.tmen.therapy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.aftermath.kernel.antimony.AntimonyReader;
import org.aftermath.kernel.model.Model;
import org.aftermath.tmen.models.BuiltInModels;
import org.aftermath.tmen.models.ModelFile;
import org.aftermath.tmen.models.ModelSource;
import org.aftermath.tmen.scenario.HostSpecies;

/**
 * The bundled pharmacokinetic/exposure-response module files, {@code pk-<agent id>.ant} in
 * {@code org/aftermath/tmen/models/} (doxorubicin, mitoxantrone, cisplatin) and
 * {@code pk-generic.ant} for every other dosable agent. Each module defines, before prefixing:
 * species {@value #DEPOT} and {@value #CENTRAL} (mg), parameters {@value #BIOAVAILABILITY},
 * {@value #INFUSION_RATE} (mg/day), {@value #KILL_EPS} (dimensionless) and the observables
 * {@value #PLASMA} (mg/L) and {@value #EFFECT} (in [0, 1)); it may read {@value #PATIENT_BSA}.
 */
public final class PkModule {

    /** Depot species for ip, sc and oral doses, mg. */
    public static final String DEPOT = "depot";
    /** Central-compartment species for iv doses, mg. */
    public static final String CENTRAL = "central";
    /** Fraction of a depot dose that reaches the circulation. */
    public static final String BIOAVAILABILITY = "bioavailability";
    /** Zero-order input while an infusion runs, mg/day. */
    public static final String INFUSION_RATE = "infusion_rate";
    /** Norton-Simon kill per unit of effect. */
    public static final String KILL_EPS = "kill_eps";
    /** Plasma concentration observable, mg/L. */
    public static final String PLASMA = "plasma";
    /** The unit of {@link #PLASMA}. */
    public static final String PLASMA_UNIT = "mg/L";
    /** Exposure-response observable, E = C^h / (EC50^h + C^h). */
    public static final String EFFECT = "effect";
    /** Body surface area, m², defined by the scenario compiler. */
    public static final String PATIENT_BSA = "patient_bsa_m2";
    /** Body weight, kg, defined by the scenario compiler. */
    public static final String PATIENT_WEIGHT = "patient_weight_kg";
    /** The module of agents without their own file. */
    public static final String GENERIC = "generic";

    private PkModule() { }

    /** @return the resource name of an agent's module, {@code pk-<id>.ant} or {@code pk-generic.ant} */
    public static String fileFor(String agentId) {
        String own = "pk-" + agentId + ".ant";
        return PkModule.class.getResource(path(own)) != null ? own : "pk-" + GENERIC + ".ant";
    }

    /**
     * @return the resource name of an agent's module for a species: {@link #fileFor(String)} for a
     *         human, {@code pk-<id>-mouse.ant} for a mouse (whether or not it exists: a mouse never
     *         falls back on the generic or the human module)
     */
    public static String fileFor(String agentId, HostSpecies species) {
        return species == HostSpecies.HUMAN ? fileFor(agentId) : "pk-" + agentId + species.fileSuffix() + ".ant";
    }

    /**
     * @return the agent's module for a species from {@code source}, ids not yet prefixed; empty for
     *         a non-human species whose module {@code source} lacks
     */
    public static Optional<Model> read(String agentId, ModelSource source, HostSpecies species) {
        return species == HostSpecies.HUMAN ? Optional.of(read(agentId, source))
                : source.file(fileFor(agentId, species)).map(ModelFile::read);
    }

    /** @return the agents with a bundled module for a non-human species, e.g. [mitoxantrone] for a mouse */
    public static List<String> bundledFor(HostSpecies species) {
        String suffix = species.fileSuffix() + ModelFile.SUFFIX;
        return BuiltInModels.files().stream().map(ModelFile::name)
                .filter(n -> n.startsWith("pk-") && n.endsWith(suffix))
                .map(n -> n.substring(3, n.length() - suffix.length())).sorted().toList();
    }

    /** @return true if the agent has its own, sourced module file */
    public static boolean sourced(String agentId) {
        return !fileFor(agentId).equals("pk-" + GENERIC + ".ant");
    }

    /** @return the agent's bundled module read with the kernel's Antimony reader, ids not yet prefixed */
    public static Model read(String agentId) {
        return readBundled(fileFor(agentId));
    }

    /**
     * @param agentId the agent
     * @param source  the scenario's model files (bundled, replaced or extended by the user's)
     * @return the agent's module from {@code source}: {@code pk-<id>.ant} if the source has one,
     *         else {@code pk-generic.ant}; ids not yet prefixed
     */
    public static Model read(String agentId, ModelSource source) {
        String own = "pk-" + agentId + ".ant";
        return require(source, source.file(own).isPresent() ? own : "pk-" + GENERIC + ".ant");
    }

    /**
     * @param source   the scenario's model files
     * @param fileName a module file name such as {@code radiotherapy.ant}
     * @return that file of the source, read
     * @throws IllegalStateException if the source lacks the file (a bundled file is always there)
     */
    static Model require(ModelSource source, String fileName) {
        return source.file(fileName)
                .orElseThrow(() -> new IllegalStateException("model " + source.description() + " has no " + fileName))
                .read();
    }

    /** @return a bundled model file of {@code org/aftermath/tmen/models/} read with the Antimony reader */
    static Model readBundled(String fileName) {
        try (InputStream in = PkModule.class.getResourceAsStream(path(fileName))) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + path(fileName));
            }
            return AntimonyReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "org/aftermath/tmen/models/" + fileName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName, e);
        }
    }

    private static String path(String fileName) {
        return "/org/aftermath/tmen/models/" + fileName;
    }
}
