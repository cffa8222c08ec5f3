package org.aftermath.cli;

import static org.aftermath.cli.Cli.aftermath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aftermath.cli.Cli.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 7: the fuzz corpus {@code fuzz-corpus.yaml} — bad inputs for every command, each
 * with the exit status and the message fragments the README and {@code docs/scenario.schema.json}
 * promise (the field path and what is allowed) — run in this JVM through {@link Main#execute}.
 *
 * <p>Every case must also keep the general contract: exactly one error line on stderr (indented
 * lines below it may list a model's problems; {@code stream: stdout} marks a report command such as
 * {@code model --check}, whose findings are its output), no stack trace, no "internal error", no
 * library class names, and no output folder left behind by a refusal. A case marked {@code pending}
 * names a limit another part of the project still has to enforce: it must never show a stack trace
 * or library internals; its status and fragments are reported after the run, not required.
 *
 * <p>The corpus format: {@code scenarios} are valid base scenarios; a case gives its command line
 * {@code args}, in which {@code {file}} is the case's input file, {@code {out}} a fresh output path,
 * {@code {dir}} the case's folder and {@code {NAME}} a file holding base scenario NAME. The input
 * file is a base scenario with {@code set} edits (path segments joined by '/', a number indexes a
 * list; the value is raw YAML text, written as is), or {@code text}, or {@code hex} bytes. In raw
 * text {@code ${repeat:N:TEXT}} repeats TEXT N times ({@code \} in TEXT escapes the next character, a
 * closing brace say) and {@code ${seq:N}} lists 0, 1, ..., N-1. A case's file is named {@code ID.yaml}
 * unless it gives {@code file_name}.
 */
class FuzzCorpusTest {

    private static final Pattern EXPAND = Pattern.compile("\\$\\{(repeat|seq):(\\d+)(?::((?:[^}\\\\]|\\\\.)*))?}");
    /** Names of libraries and JVM internals a message must never show. */
    private static final List<String> INTERNALS = List.of("\tat ", "java.lang", "java.io", "java.nio", "java.util",
            "com.fasterxml", "org.yaml", "snakeyaml", "org.hipparchus", "org.codehaus", "picocli.", "Exception:",
            "internal error", "NullPointer", "org.aftermath");

    /** A bad input is refused before any simulation, or fails fast: no case may take longer. */
    private static final Duration CASE_LIMIT = Duration.ofSeconds(30);

    private static final Map<String, Integer> CASES_PER_CLASS = new TreeMap<>();
    private static final List<String> PENDING = new ArrayList<>();

    @TempDir
    static Path dir;

    record Case(String id, String kind, List<String> args, String scenario, Map<String, String> set, String text,
            String hex, String fileName, int exit, List<String> expect, String pending, boolean onStdout) { }

    @TestFactory
    Stream<DynamicTest> everyCaseKeepsTheContract() throws IOException {
        JsonNode corpus;
        try (InputStream in = FuzzCorpusTest.class.getResourceAsStream("fuzz-corpus.yaml")) {
            corpus = new YAMLMapper().readTree(in);
        }
        Map<String, String> scenarios = new ObjectMapper().convertValue(corpus.get("scenarios"),
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() { });
        List<Case> cases = new ArrayList<>();
        for (JsonNode c : corpus.get("cases")) {
            cases.add(new Case(c.get("id").asText(), c.get("class").asText(), strings(c.get("args")),
                    c.path("scenario").asText(null), map(c.get("set")), c.path("text").asText(null),
                    c.path("hex").asText(null), c.path("file_name").asText(c.get("id").asText() + ".yaml"), c.get("exit").asInt(), strings(c.get("expect")),
                    c.path("pending").asText(null), c.path("stream").asText("stderr").equals("stdout")));
        }
        assertThat(cases.stream().map(Case::id).distinct().count()).as("unique ids").isEqualTo(cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.kind() + ": " + c.id(), () -> check(c, scenarios)));
    }

    private static void check(Case c, Map<String, String> scenarios) throws IOException {
        CASES_PER_CLASS.merge(c.kind(), 1, Integer::sum);
        Path caseDir = Files.createDirectories(dir.resolve(c.id()));
        Path file = caseDir.resolve(c.fileName());
        if (c.hex() != null) {
            Files.write(file, HexFormat.of().parseHex(c.hex().replaceAll("\\s", "")));
        } else if (c.text() != null) {
            Files.writeString(file, expand(c.text()), StandardCharsets.UTF_8);
        } else if (c.scenario() != null) {
            Files.writeString(file, edited(base(scenarios, c.scenario()), c.set()), StandardCharsets.UTF_8);
        }
        Path out = caseDir.resolve("out");
        List<String> args = new ArrayList<>();
        for (String a : c.args()) {
            args.add(argument(a, file, out, caseDir, scenarios));
        }
        Outcome result = assertTimeoutPreemptively(CASE_LIMIT, () -> aftermath(args.toArray(String[]::new)),
                () -> c.id() + " " + args + ": no answer within " + CASE_LIMIT);
        String err = result.err();
        String shown = c.id() + " " + args + "\nstatus " + result.status() + "\nstderr:\n" + err;
        for (String internal : INTERNALS) {
            assertThat(err).as(shown).doesNotContain(internal);
        }
        try (Stream<Path> left = Files.list(caseDir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as(shown).noneMatch(n -> n.contains(".partial-"));
        }
        // Fragments are matched without the temporary folder's path: its random digits once matched "3|three".
        String message = (c.onStdout() ? result.out() : errorMessage(err)).replace(dir.toString(), "<tmp>")
                .toLowerCase(Locale.ROOT);
        if (c.pending() != null) {
            List<String> missing = missing(c, message);
            if (result.status() == c.exit() && missing.isEmpty()) {
                PENDING.add(c.id() + ": passes now, remove 'pending'");
            } else {
                PENDING.add(c.id() + " (" + c.pending() + "): status " + result.status() + ", " + firstLine(err));
            }
            return;
        }
        List<String> errorLines = err.lines().filter(l -> l.startsWith("aftermath: ") && !l.startsWith("aftermath: warning"))
                .toList();
        assertThat(errorLines).as(shown + "\none error line on stderr").hasSize(c.onStdout() ? 0 : 1);
        assertThat(result.status()).as(shown).isEqualTo(c.exit());
        assertThat(missing(c, message)).as(shown + "\nmissing fragments").isEmpty();
        if (c.exit() == Main.BAD_INPUT) {
            assertThat(out).as(shown + "\nno output left behind").doesNotExist();
        }
    }

    /** @return the fragments (each "a|b" for either) that {@code message} lacks */
    private static List<String> missing(Case c, String message) {
        return c.expect().stream()
                .filter(f -> Stream.of(f.split("\\|")).noneMatch(alt -> message.contains(alt.toLowerCase(Locale.ROOT))))
                .toList();
    }

    @AfterAll
    static void report() {
        System.out.println("fuzz corpus: " + CASES_PER_CLASS.values().stream().mapToInt(Integer::intValue).sum()
                + " cases by class " + CASES_PER_CLASS);
        PENDING.forEach(p -> System.out.println("fuzz corpus pending: " + p));
    }

    /** @return the error line and the indented lines that follow it (a model's problems) */
    private static String errorMessage(String err) {
        StringBuilder text = new StringBuilder();
        boolean in = false;
        for (String line : err.lines().toList()) {
            if (line.startsWith("aftermath: ") && !line.startsWith("aftermath: warning")) {
                in = true;
                text.append(line).append('\n');
            } else if (in && line.startsWith("  ")) {
                text.append(line).append('\n');
            } else {
                in = false;
            }
        }
        return text.toString();
    }

    private static String firstLine(String err) {
        return err.lines().filter(l -> l.startsWith("aftermath: ")).findFirst().orElse("(nothing on stderr)");
    }

    private static String base(Map<String, String> scenarios, String name) {
        String text = scenarios.get(name);
        assertThat(text).as("base scenario " + name).isNotNull();
        return text;
    }

    private static String argument(String a, Path file, Path out, Path caseDir, Map<String, String> scenarios) {
        Matcher m = Pattern.compile("\\{([a-z0-9-]+)}").matcher(a);
        StringBuilder s = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            Path value = switch (name) {
                case "file" -> file;
                case "out" -> out;
                case "dir" -> caseDir;
                default -> {
                    Path f = caseDir.resolve(name + ".yaml");
                    try {
                        Files.writeString(f, base(scenarios, name));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    yield f;
                }
            };
            m.appendReplacement(s, Matcher.quoteReplacement(value.toString()));
        }
        m.appendTail(s);
        return expand(s.toString());
    }

    /**
     * @return the base scenario with each path set to its raw YAML text: the tree is written as
     *         JSON (which is YAML) with each raw value spliced in where a marker stood
     */
    static String edited(String base, Map<String, String> set) throws IOException {
        JsonNode tree = new YAMLMapper().readTree(base);
        List<String> raws = new ArrayList<>();
        for (Map.Entry<String, String> e : set.entrySet()) {
            String[] path = e.getKey().split("/");
            JsonNode parent = tree;
            for (int i = 0; i < path.length - 1; i++) {
                JsonNode next = child(parent, path[i]);
                if (next == null || next.isNull()) {
                    next = ((ObjectNode) parent).putObject(path[i]);
                }
                parent = next;
            }
            String marker = "@@raw" + raws.size() + "@@";
            raws.add(expand(e.getValue()));
            String last = path[path.length - 1];
            if (parent instanceof ArrayNode list) {
                list.set(Integer.parseInt(last), TextNode.valueOf(marker));
            } else {
                ((ObjectNode) parent).set(last, TextNode.valueOf(marker));
            }
        }
        String text = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        for (int i = 0; i < raws.size(); i++) {
            text = text.replace("\"@@raw" + i + "@@\"", raws.get(i));
        }
        return text + "\n";
    }

    private static JsonNode child(JsonNode parent, String segment) {
        return parent.isArray() ? parent.get(Integer.parseInt(segment)) : parent.get(segment);
    }

    /** @return {@code text} with {@code ${repeat:N:TEXT}} and {@code ${seq:N}} expanded */
    static String expand(String text) {
        Matcher m = EXPAND.matcher(text);
        StringBuilder s = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(2));
            String value = m.group(1).equals("repeat") ? m.group(3).replaceAll("\\\\(.)", "$1").repeat(n)
                    : String.join(", ", java.util.stream.IntStream.range(0, n).mapToObj(Integer::toString).toList());
            m.appendReplacement(s, Matcher.quoteReplacement(value));
        }
        m.appendTail(s);
        return s.toString();
    }

    private static List<String> strings(JsonNode node) {
        List<String> list = new ArrayList<>();
        if (node != null) {
            node.forEach(n -> list.add(n.asText()));
        }
        return list;
    }

    private static Map<String, String> map(JsonNode node) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        if (node != null) {
            node.fields().forEachRemaining(e -> {
                assertThat(e.getValue().isTextual()).as("set values are raw YAML text, quoted: " + e).isTrue();
                m.put(e.getKey(), e.getValue().asText());
            });
        }
        return m;
    }
}
