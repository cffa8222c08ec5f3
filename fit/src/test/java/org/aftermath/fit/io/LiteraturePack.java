package org.aftermath.fit.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The literature data pack ({@code data/literature/}): each dataset a CSV (a fit file's data table) and a sidecar
 * {@code <id>.yaml} with the quoted source (format: {@code data/literature/README.md}). {@link #problems} lists
 * every way a dataset falls short of the pack's rules, one line each; an empty list means the pack is complete.
 */
final class LiteraturePack {

    /** The fit reader's data columns. */
    static final List<String> COLUMNS = List.of("arm", "day", "observable", "value");
    /** Hosts of primary pages (PMC, PubMed, DOI, publishers); anything else (copies, mirrors) is refused. */
    static final Set<String> PRIMARY_HOSTS = Set.of("pmc.ncbi.nlm.nih.gov", "www.ncbi.nlm.nih.gov",
            "pubmed.ncbi.nlm.nih.gov", "doi.org", "journals.plos.org", "www.plosbiology.org", "www.nature.com",
            "www.cell.com", "aacrjournals.org", "genesdev.cshlp.org", "www.embopress.org", "link.springer.com",
            "www.sciencedirect.com");
    /** Marks of the held-out Sun et al. 2016 (Oncogene; SFRP2), which must be in no dataset. */
    static final List<String> HELD_OUT = List.of("sfrp2", "oncogene (2016)", "sun et al. 2016", "psc27-rad");
    static final Set<String> SCALES = Set.of("lin", "log", "log10");
    static final Set<String> UNCERTAINTY_KINDS = Set.of("SD", "SEM", "range", "none");
    static final List<String> MEASURED = List.of("what", "cell_type", "treatment", "time_points", "assay");
    private static final Pattern KEY = Pattern.compile("^- \\*\\*(.+?)\\*\\*");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** One dataset: its id, the CSV's and the sidecar's text. */
    record Dataset(String id, String csv, String sidecar) {

        /** @return the CSV read strictly by the fit reader's table reader */
        DataTable table() {
            return DataTable.read(csv, id + ".csv", ',', COLUMNS, Set.of("sd"));
        }

        /** @return the sidecar's tree */
        JsonNode meta() {
            try {
                return YAML.readTree(sidecar);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private LiteraturePack() {
    }

    /** @return the datasets of the folder, by id (a CSV without sidecar gets an empty sidecar, and the reverse) */
    static List<Dataset> datasets(Path folder) {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".csv") || f.endsWith(".yaml"))
                    .forEach(f -> ids.add(f.substring(0, f.lastIndexOf('.'))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Dataset> out = new ArrayList<>();
        for (String id : ids) {
            out.add(new Dataset(id, text(folder.resolve(id + ".csv")), text(folder.resolve(id + ".yaml"))));
        }
        return out;
    }

    /** @return the keys (bold texts) of docs/references.md */
    static Set<String> referenceKeys(Path referencesMd) {
        Set<String> keys = new LinkedHashSet<>();
        for (String line : text(referencesMd).split("\n")) {
            Matcher m = KEY.matcher(line);
            if (m.find()) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    /** @return every problem of every dataset of the folder, "id: what is wrong" */
    static List<String> problems(Path folder, Set<String> referenceKeys) {
        List<String> out = new ArrayList<>();
        for (Dataset d : datasets(folder)) {
            for (String p : problems(d, referenceKeys)) {
                out.add(d.id() + ": " + p);
            }
        }
        return out;
    }

    /** @return what is wrong with one dataset */
    static List<String> problems(Dataset d, Set<String> referenceKeys) {
        List<String> out = new ArrayList<>();
        if (d.csv().isEmpty()) {
            out.add("no CSV " + d.id() + ".csv");
            return out;
        }
        if (d.sidecar().isEmpty()) {
            out.add("no sidecar " + d.id() + ".yaml");
            return out;
        }
        String both = (d.csv() + "\n" + d.sidecar()).toLowerCase(Locale.ROOT);
        for (String mark : HELD_OUT) {
            if (both.contains(mark)) {
                out.add("mentions '" + mark + "' of the held-out Sun et al. 2016");
            }
        }
        JsonNode m;
        try {
            m = d.meta();
        } catch (UncheckedIOException e) {
            out.add("sidecar is not YAML: " + e.getCause().getMessage().split("\n")[0]);
            return out;
        }
        if (!d.id().equals(m.path("id").asText())) {
            out.add("id '" + m.path("id").asText() + "' is not the file name " + d.id());
        }
        if (!referenceKeys.contains(m.path("reference").asText())) {
            out.add("reference '" + m.path("reference").asText() + "' is not a key of docs/references.md");
        }
        String url = m.path("source").path("url").asText();
        String host = url.isBlank() ? "" : String.valueOf(URI.create(url).getHost());
        if (!PRIMARY_HOSTS.contains(host)) {
            out.add("source.url '" + url + "' is not a primary page (hosts: " + new TreeSet<>(PRIMARY_HOSTS) + ")");
        }
        blank(m.path("source"), "location", "source.", out);
        String quote = m.path("quote").asText().strip();
        if (quote.isEmpty()) {
            out.add("no quote");
        }
        if (!m.path("numbers").isArray() || m.path("numbers").isEmpty()) {
            out.add("no numbers: a dataset needs a number stated in its quote");
        }
        for (JsonNode n : m.path("numbers")) {
            if (!quote.contains(n.asText())) {
                out.add("number '" + n.asText() + "' is not in the quote");
            }
        }
        for (String f : MEASURED) {
            blank(m.path("measured"), f, "measured.", out);
        }
        blank(m, "units", "", out);
        String scale = m.path("scale").asText();
        if (!SCALES.contains(scale)) {
            out.add("scale '" + scale + "' is not one of " + new TreeSet<>(SCALES));
        }
        String kind = m.path("uncertainty").path("kind").asText();
        if (!UNCERTAINTY_KINDS.contains(kind)) {
            out.add("uncertainty.kind '" + kind + "' is not one of " + new TreeSet<>(UNCERTAINTY_KINDS));
        }
        blank(m.path("uncertainty"), "reported", "uncertainty.", out);
        blank(m.path("uncertainty"), "conversion", "uncertainty.", out);
        JsonNode n = m.path("n");
        if (!(n.canConvertToInt() && n.asInt() >= 1) && !"not stated".equals(n.asText())) {
            out.add("n '" + n.asText() + "' is neither a count >= 1 nor 'not stated'");
        }
        JsonNode stated = m.path("time").path("stated");
        if (!stated.isBoolean()) {
            out.add("time.stated is not true or false");
        }
        JsonNode ready = m.path("fit_ready");
        if (!ready.isBoolean()) {
            out.add("fit_ready is not true or false");
        } else if (!ready.asBoolean()) {
            blank(m, "fit_ready_reason", "", out);
        } else if (!stated.asBoolean()) {
            out.add("fit_ready, but the time of measurement is not stated");
        }
        table(d, m, scale, kind, stated.asBoolean(), out);
        return out;
    }

    /** @return whether the sidecar marks the dataset ready for a fit (every row has a stated day) */
    static boolean fitReady(Dataset d) {
        return d.meta().path("fit_ready").asBoolean();
    }

    /**
     * Checks the CSV against the sidecar: readable, values on the scale, sd as the uncertainty says, a day in
     * every row exactly when the source states the time (never a placeholder).
     */
    private static void table(Dataset d, JsonNode m, String scale, String kind, boolean timeStated,
                              List<String> out) {
        DataTable t;
        try {
            t = d.table();
        } catch (ProblemException e) {
            out.add(e.getMessage());
            return;
        }
        if (t.size() == 0) {
            out.add("no data rows");
        }
        Set<String> arms = new TreeSet<>();
        Set<String> observables = new TreeSet<>();
        for (int i = 0; i < t.size(); i++) {
            try {
                arms.add(t.required(i, "arm"));
                observables.add(t.required(i, "observable"));
                if (!timeStated) {
                    if (!t.cell(i, "day").isEmpty()) {
                        out.add("row " + t.line(i) + ": a day, but the sidecar says the source states no time");
                    }
                } else if (t.number(i, "day", false) < 0) {
                    out.add("row " + t.line(i) + ": day " + t.cell(i, "day") + " is negative");
                }
                double value = t.number(i, "value", false);
                if (!scale.equals("lin") && value <= 0) {
                    out.add("row " + t.line(i) + ": value " + value + " is not positive, but the scale is " + scale);
                }
                String sd = t.cell(i, "sd");
                if (kind.equals("none") != sd.isEmpty()) {
                    out.add("row " + t.line(i) + ": " + (sd.isEmpty() ? "no sd, but the source reports an uncertainty"
                            : "an sd, but the source reports no uncertainty (uncertainty.kind none)"));
                } else if (!sd.isEmpty() && !(t.number(i, "sd", false) > 0)) {
                    out.add("row " + t.line(i) + ": sd " + sd + " is not positive");
                }
            } catch (ProblemException e) {
                out.add(e.getMessage());
            }
        }
        compare("arms", arms, keys(m.path("arms")), out);
        compare("observables", observables, keys(m.path("observables")), out);
        for (Iterator<String> it = m.path("arms").fieldNames(); it.hasNext(); ) {
            blank(m.path("arms"), it.next(), "arms.", out);
        }
        for (Iterator<String> it = m.path("observables").fieldNames(); it.hasNext(); ) {
            String o = it.next();
            JsonNode node = m.path("observables").path(o);
            blank(node, "model", "observables." + o + ".", out);
            if ("none".equals(node.path("model").asText())) {
                blank(node, "note", "observables." + o + ".", out);
            }
        }
    }

    private static void compare(String what, Set<String> inCsv, Set<String> inSidecar, List<String> out) {
        if (!inCsv.equals(inSidecar)) {
            out.add("the CSV's " + what + " " + inCsv + " are not the sidecar's " + inSidecar);
        }
    }

    private static Set<String> keys(JsonNode mapping) {
        Set<String> out = new TreeSet<>();
        mapping.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static void blank(JsonNode parent, String field, String prefix, List<String> out) {
        if (parent.path(field).asText().isBlank()) {
            out.add("no " + prefix + field);
        }
    }

    private static String text(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
