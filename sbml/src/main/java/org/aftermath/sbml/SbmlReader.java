package org.aftermath.sbml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.ModelException;
import org.aftermath.kernel.model.Origin;
import org.sbml.jsbml.SBMLDocument;

/**
 * Imports SBML Level 2 (Versions 1–5) and Level 3 (Versions 1 and 2) core models, through JSBML,
 * into the kernel's {@link Model}.
 *
 * <p>The translation keeps SBML's meaning with the kernel's amounts:
 * <ul>
 *   <li>every species is an amount in the kernel. A species read as a concentration
 *       ({@code hasOnlySubstanceUnits = false}, in a compartment with dimensions) is written
 *       {@code S / V} wherever math reads it; a rule, initial assignment or event that sets it
 *       sets {@code [S]·V} (an event also setting V: its new size); a rate rule sets
 *       {@code d(V·[S])/dt = V·rate + [S]·dV/dt}; reactions change amounts, so a changing
 *       compartment dilutes or concentrates its species; an initial concentration is times the
 *       compartment's initial size;</li>
 *   <li>local parameters become parameters {@code <reaction>_<id>} (a local parameter shadows a
 *       global one of the same id in its kinetic law only); function definitions are written out
 *       at each call; a reaction's id in math is its rate, a species reference's id its
 *       stoichiometry (a parameter, variable when rules, initial assignments or events set it;
 *       Level 2 stoichiometryMath is kept as math); conversion factors multiply the
 *       stoichiometries of their species; reversible reactions are their rate laws, which may be
 *       negative; fast reactions stay fast (the kernel holds them at equilibrium);</li>
 *   <li>events keep their trigger, delay, priority, {@code initialValue}, {@code persistent}
 *       and {@code useValuesFromTriggerTime} (Level 2: initialValue and persistent true);
 *       algebraic rules stay algebraic rules (the kernel solves them or refuses, naming the rule);
 *       {@code rateOf}, {@code delay}, {@code avogadro} and every Level 3 Version 2 MathML
 *       function are supported ({@link MathFromSbml});</li>
 *   <li>an id that the kernel reserves ({@code time}) is renamed ({@code time_}); the
 *       {@link SbmlModel} maps SBML ids to kernel ids and keeps the model's time unit (the
 *       kernel does not convert time: an imported model runs in its own unit).</li>
 * </ul>
 * Refused, with a {@link ModelException} naming the element: documents that are not SBML or
 * not Level 2/3, SBML packages (comp, fbc, ...), math that cannot be read, ids that are used but
 * not defined. Constraints are not checked during simulation (listed in {@link SbmlModel#notes()}).
 */
public final class SbmlReader {

    private SbmlReader() { }

    /**
     * @param file an SBML file
     * @return the imported model
     * @throws ModelException naming the file and the first problem (not SBML, an unsupported
     *                        package or construct, a malformed element)
     */
    public static SbmlModel importFile(Path file) {
        String xml;
        try {
            xml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ModelException(new Origin(file.toString(), 0), "cannot read the file: " + e.getMessage());
        }
        return parse(xml, file.toString());
    }

    /**
     * @param xml    an SBML document
     * @param source its file name, for messages and origins
     * @return the imported model
     * @throws ModelException naming every unsupported or malformed element
     */
    public static SbmlModel parse(String xml, String source) {
        SBMLDocument doc = document(xml, source);
        return new SbmlImporter(doc, source).run();
    }

    /**
     * @param xml    an SBML document
     * @param source its file name, for messages and origins
     * @return the kernel model ({@code parse(xml, source).model()})
     * @throws ModelException naming every unsupported or malformed element
     */
    public static Model read(String xml, String source) {
        return parse(xml, source).model();
    }

    /** @return the JSBML document, checked for a level, version, model and packages the importer reads */
    static SBMLDocument document(String xml, String source) {
        Origin at = new Origin(source, 0);
        if (!xml.contains("<sbml")) {
            throw new ModelException(at, "not an SBML document (no <sbml> element)");
        }
        java.util.Map<String, String> used = packagesUsed(xml);
        if (!used.isEmpty()) {
            java.util.Map.Entry<String, String> first = used.entrySet().iterator().next();
            throw new ModelException(at, "SBML package '" + first.getKey() + "' is not supported"
                    + " (Aftermath reads SBML core only): " + first.getValue());
        }
        SBMLDocument doc;
        try {
            String unwrapped = NestedApply.unwrap(xml);
            synchronized (JsbmlLock.LOCK) {
                doc = new org.sbml.jsbml.SBMLReader().readSBMLFromString(unwrapped);
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new ModelException(at, "not readable as SBML: " + firstLine(e.getMessage()));
        }
        if (doc == null) {
            throw new ModelException(at, "not readable as SBML");
        }
        int level = doc.getLevel();
        int version = doc.getVersion();
        boolean supported = level == 2 && version >= 1 && version <= 5 || level == 3 && (version == 1 || version == 2);
        if (!supported) {
            throw new ModelException(at, "SBML Level " + level + " Version " + version
                    + " is not supported (Level 2 Versions 1-5 and Level 3 Versions 1-2 are)");
        }
        if (!doc.isSetModel()) {
            throw new ModelException(at, "the SBML document has no <model>");
        }
        return doc;
    }


    private static final java.util.regex.Pattern NAMESPACE = java.util.regex.Pattern.compile(
            "xmlns:(\\w+)\\s*=\\s*[\"']http://www\\.sbml\\.org/sbml/level3/version\\d/(\\w+)/version\\d[\"']");

    /** Packages that never change what a model computes (diagrams, grouping): read as core. */
    private static final Set<String> NO_MATH = Set.of("layout", "render", "groups");

    /**
     * @return the SBML packages the document uses (an element or an attribute other than
     *         {@code required}) that may change what it computes: every package except layout,
     *         render and groups, required or not (fbc declares itself not required). A package
     *         declared but unused (some tools always declare comp) leaves the model core.
     */
    static java.util.Map<String, String> packagesUsed(String xml) {
        java.util.Map<String, String> used = new java.util.TreeMap<>();
        java.util.regex.Matcher m = NAMESPACE.matcher(xml);
        while (m.find()) {
            String prefix = m.group(1);
            String name = m.group(2);
            if (!name.equals("core") && !NO_MATH.contains(name)) {
                firstUse(xml, prefix).ifPresent(use -> used.putIfAbsent(name, use));
            }
        }
        return used;
    }

    /** @return the first element ({@code <comp:submodel>}) or attribute ({@code fbc:charge}) other than {@code required} using the prefix */
    private static java.util.Optional<String> firstUse(String xml, String prefix) {
        String p = java.util.regex.Pattern.quote(prefix);
        java.util.regex.Matcher element = java.util.regex.Pattern.compile("<(" + p + ":\\w+)").matcher(xml);
        if (element.find()) {
            return java.util.Optional.of("element <" + element.group(1) + ">");
        }
        java.util.regex.Matcher attribute = java.util.regex.Pattern.compile("\\s(" + p + ":(?!required=)\\w+)=").matcher(xml);
        return attribute.find() ? java.util.Optional.of("attribute " + attribute.group(1)) : java.util.Optional.empty();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "malformed XML";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
