package org.aftermath.sbml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
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
        Set<String> used = packagesUsed(xml);
        if (!used.isEmpty()) {
            throw new ModelException(at, "SBML package '" + used.iterator().next() + "' is not supported"
                    + " (Aftermath reads SBML core only)");
        }
        SBMLDocument doc;
        try {
            doc = new org.sbml.jsbml.SBMLReader().readSBMLFromString(NestedApply.unwrap(xml));
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

    /**
     * @return the SBML packages the document needs: declared required ({@code PREFIX:required="true"})
     *         and used by an element or another attribute. A package declared but unused (some tools
     *         always declare comp) and an optional one (layout, render: no effect on the math) leave
     *         the model core.
     */
    static Set<String> packagesUsed(String xml) {
        Set<String> used = new TreeSet<>();
        java.util.regex.Matcher m = NAMESPACE.matcher(xml);
        while (m.find()) {
            String prefix = m.group(1);
            String name = m.group(2);
            boolean required = java.util.regex.Pattern.compile("\\s" + java.util.regex.Pattern.quote(prefix)
                    + ":required\\s*=\\s*[\"']true[\"']").matcher(xml).find();
            if (!name.equals("core") && required && usesPrefix(xml, prefix)) {
                used.add(name);
            }
        }
        return used;
    }

    /** @return true if an element or attribute other than {@code required} uses the prefix */
    private static boolean usesPrefix(String xml, String prefix) {
        return xml.contains("<" + prefix + ":") || java.util.regex.Pattern.compile("\\s" + java.util.regex.Pattern.quote(prefix)
                + ":(?!required=)\\w+=").matcher(xml).find();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "malformed XML";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
