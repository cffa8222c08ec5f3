package org.aftermath.tmen.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Provenance inside the repository (issue 13 item 4): every {@code source:} of a bundled model file
 * is assumed, a structural or scenario-set port, or names keys of {@code docs/references.md}; every
 * author–year citation in a source is such a key; a sourced parameter has a quote in the file's
 * sidecar {@code <file>.quotes.yaml}, whose entries name keys, existing parameters and, where they
 * give a value, the model file's value.
 */
class ModelReferencesTest {

    private static final Path REFERENCES = Path.of("..", "docs", "references.md");
    /** Sources that need no reference: assumed values and ports set by the compiler or the scenario. */
    private static final List<String> UNSOURCED = List.of("assumed", "set by", "bound by", "scenario", "structural");
    private static final Pattern KEY = Pattern.compile("^- \\*\\*(.+?)\\*\\*");
    private static final Pattern CITATION = Pattern.compile(
            "[A-Z][\\p{L}'’-]+(?: et al\\.| (?:&|and) [A-Z][\\p{L}'’-]+)? (?:19|20)\\d{2}");
    private static final Pattern PARAMETER = Pattern.compile("^(\\w+)\\s*=\\s*([^;/]+?)\\s*(?:;|//@)");

    /** A {@code //@} comment of a model file: the parameter it annotates, its value and its source. */
    record Annotated(String file, int line, String id, String value, String source) { }

    static Set<String> keys(List<String> referenceLines) {
        Set<String> keys = new LinkedHashSet<>();
        for (String l : referenceLines) {
            Matcher m = KEY.matcher(l);
            if (m.find()) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    static List<Annotated> annotated(String file, String text) {
        List<Annotated> out = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            int at = lines[i].indexOf("//@");
            if (at < 0) {
                continue;
            }
            Matcher p = PARAMETER.matcher(lines[i]);
            String source = field(lines[i].substring(at + 3), "source");
            boolean parameter = p.find();
            out.add(new Annotated(file, i + 1, parameter ? p.group(1) : null, parameter ? p.group(2) : null, source));
        }
        return out;
    }

    private static String field(String comment, String name) {
        for (String part : comment.split("\\|")) {
            String t = part.trim();
            if (t.startsWith(name + ":")) {
                return t.substring(name.length() + 1).trim();
            }
        }
        return "";
    }

    /**
     * @return the problems of one source: a pointer to a file, an author–year citation that is no
     *         key, or (for a source that is not assumed or a port) no key at all
     */
    static List<String> problems(Annotated a, Set<String> keys) {
        List<String> problems = new ArrayList<>();
        String where = a.file() + ":" + a.line() + " (" + a.id() + ")";
        if (a.source().isEmpty()) {
            if (a.id() != null) { // a species' annotation may carry only its domain
                problems.add(where + ": no source");
            }
            return problems;
        }
        if (a.source().contains(".md") || a.source().contains("seed")) {
            problems.add(where + ": points at a file, not a reference: " + a.source());
        }
        Matcher m = CITATION.matcher(a.source());
        while (m.find()) {
            String cited = m.group();
            if (keys.stream().noneMatch(k -> k.contains(cited))) {
                problems.add(where + ": '" + cited + "' is not in docs/references.md");
            }
        }
        if (!unsourced(a.source()) && keys.stream().noneMatch(a.source()::contains)) {
            problems.add(where + ": names no entry of docs/references.md: " + a.source());
        }
        return problems;
    }

    static boolean unsourced(String source) {
        return UNSOURCED.stream().anyMatch(source::startsWith);
    }

    private static JsonNode sidecar(String file) throws IOException {
        String name = BuiltInModels.FOLDER + file.replace(ModelFile.SUFFIX, ".quotes.yaml");
        try (InputStream in = ModelReferencesTest.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void everySourceOfEveryBundledModelFileResolvesInDocsReferences() throws IOException {
        Set<String> keys = keys(Files.readAllLines(REFERENCES));
        assertThat(keys).hasSizeGreaterThan(40);
        List<String> problems = new ArrayList<>();
        int sourced = 0;
        for (ModelFile f : BuiltInModels.files()) {
            assertThat(f.text()).as(f.name()).doesNotContain("LITERATURE.md").doesNotContain("DESIGN.md");
            for (Annotated a : annotated(f.name(), f.text())) {
                problems.addAll(problems(a, keys));
                sourced += a.id() == null || unsourced(a.source()) ? 0 : 1;
            }
        }
        assertThat(problems).isEmpty();
        assertThat(sourced).as("parameters with a literature source").isGreaterThan(25);
    }

    @Test
    void everySourcedParameterIsQuotedInItsSidecarAndEverySidecarEntryIsConsistent() throws IOException {
        Set<String> keys = keys(Files.readAllLines(REFERENCES));
        List<String> problems = new ArrayList<>();
        for (ModelFile f : BuiltInModels.files()) {
            Map<String, Annotated> byId = new LinkedHashMap<>();
            annotated(f.name(), f.text()).forEach(a -> byId.put(a.id(), a));
            JsonNode side = sidecar(f.name());
            Set<String> quoted = new LinkedHashSet<>();
            if (side != null) {
                assertThat(side.path("file").asText()).isEqualTo(f.name());
                for (JsonNode e : side.path("entries")) {
                    String ref = e.path("reference").asText();
                    if (!keys.contains(ref)) {
                        problems.add(f.name() + " sidecar: reference '" + ref + "' is not a key of docs/references.md");
                    }
                    if (e.path("quote").asText().isBlank() || e.path("where").asText().isBlank()) {
                        problems.add(f.name() + " sidecar: an entry of " + ref + " lacks its quote or where");
                    }
                    List<String> params = new ArrayList<>();
                    e.path("parameters").forEach(p -> params.add(p.asText()));
                    for (String p : params) {
                        if (!byId.containsKey(p)) {
                            problems.add(f.name() + " sidecar: no parameter '" + p + "' in the model file");
                        }
                    }
                    quoted.addAll(params);
                    if (e.has("value") && !params.isEmpty() && byId.containsKey(params.get(0))) {
                        double inFile = Double.parseDouble(byId.get(params.get(0)).value());
                        double inSidecar = e.path("value").asDouble();
                        if (Math.abs(inFile - inSidecar) > 1e-9 * Math.max(1, Math.abs(inFile))) {
                            problems.add(f.name() + " sidecar: " + params.get(0) + " = " + inSidecar + " but the file has " + inFile);
                        }
                    }
                }
            }
            for (Annotated a : byId.values()) {
                if (a.id() != null && !unsourced(a.source()) && !quoted.contains(a.id())) {
                    problems.add(f.name() + ":" + a.line() + " (" + a.id() + "): sourced but not quoted in "
                            + f.name().replace(ModelFile.SUFFIX, ".quotes.yaml"));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aSourceThatPointsAtNoEntryOrAtAFileIsReported() {
        Set<String> keys = Set.of("Sun et al. 2012", "Kineret label");
        assertThat(problems(new Annotated("x.ant", 3, "k", "1", "Foo et al. 1999 (made up)"), keys))
                .containsExactly("x.ant:3 (k): 'Foo et al. 1999' is not in docs/references.md",
                        "x.ant:3 (k): names no entry of docs/references.md: Foo et al. 1999 (made up)");
        assertThat(problems(new Annotated("x.ant", 4, "k", "1", "LITERATURE.md §1.7"), keys)).hasSize(2);
        assertThat(problems(new Annotated("x.ant", 5, "k", "1", "assumed (Bar & Baz 2001: a claim)"), keys))
                .containsExactly("x.ant:5 (k): 'Bar & Baz 2001' is not in docs/references.md");
        assertThat(problems(new Annotated("x.ant", 6, "k", "1", "Kineret label (95 %); Sun et al. 2012"), keys)).isEmpty();
        assertThat(problems(new Annotated("x.ant", 7, "k", "1", "assumed"), keys)).isEmpty();
    }
}
