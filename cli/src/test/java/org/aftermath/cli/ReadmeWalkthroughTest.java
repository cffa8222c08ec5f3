package org.aftermath.cli;

import static org.aftermath.cli.Cli.aftermath;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftermath.cli.Cli.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Changing the biology" walkthrough, run as written: its shell lines ({@code ./aftermath ...},
 * {@code cp}, {@code echo ... >>}) in a fresh folder, and the edit its comment lines describe. Each command must
 * succeed, and the edited model must change the run (growth repressed by crowding: fewer cells).
 */
class ReadmeWalkthroughTest {

    @TempDir
    Path dir;

    private static final Path REPO = Path.of("..");

    /** @return the lines of the first bash block after the heading */
    static List<String> block(String heading) throws IOException {
        List<String> lines = Files.readAllLines(REPO.resolve("README.md"), StandardCharsets.UTF_8);
        int i = lines.indexOf(heading);
        assertThat(i).as("README heading " + heading).isNotNegative();
        while (!lines.get(i).equals("```bash")) {
            i++;
        }
        List<String> block = new ArrayList<>();
        for (i++; !lines.get(i).equals("```"); i++) {
            block.add(lines.get(i));
        }
        return block;
    }

    /** A path argument, relative to the reader's checkout: bundled files from the repository, the rest in {@link #dir}. */
    private String path(String arg) {
        return arg.startsWith("examples/") ? REPO.resolve(arg).toString() : dir.resolve(arg).toString();
    }

    @Test
    void changingTheBiologyWorksAsWritten() throws IOException {
        List<String> block = block("## Changing the biology");
        Pattern echo = Pattern.compile("echo \"([^\"]*)\" >> (\\S+)");
        int commands = 0;
        for (String raw : block) {
            String line = raw.replaceFirst("\\s+#\\s.*$", "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            commands++;
            Matcher m = echo.matcher(line);
            if (m.matches()) {
                Files.writeString(Path.of(path(m.group(2))), m.group(1) + "\n", StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } else if (line.startsWith("cp ")) {
                String[] w = line.split("\\s+");
                Files.copy(Path.of(path(w[1])), Path.of(path(w[2])));
            } else if (line.startsWith("./aftermath ")) {
                List<String> args = new ArrayList<>();
                for (String w : line.substring("./aftermath ".length()).split("\\s+")) {
                    boolean file = w.startsWith("my-") || w.startsWith("examples/") || w.startsWith("out/");
                    args.add(file ? path(w) : w);
                }
                Outcome o = aftermath(args.toArray(String[]::new));
                assertThat(o.status()).as(line + "\n" + o.err()).isZero();
                if (args.get(0).equals("model") && args.get(1).equals("export")) {
                    applyEdit(edit(block));
                }
            } else {
                throw new AssertionError("the test does not know this README line: " + raw);
            }
        }
        assertThat(commands).isEqualTo(6);
        double edited = new ObjectMapper().readTree(dir.resolve("out/my-scenario/summary.json").toFile())
                .get("final_tumor_cells").asDouble();
        Path plain = dir.resolve("plain");
        assertThat(aftermath("run", REPO.resolve("examples/figure-3a-td10.yaml").toString(), "--out", plain.toString())
                .status()).isZero();
        double bundled = new ObjectMapper().readTree(plain.resolve("summary.json").toFile())
                .get("final_tumor_cells").asDouble();
        assertThat(edited).isLessThan(bundled);
    }

    /** @return the two lines the comments give: the new rate law and the new parameter */
    private static List<String> edit(List<String> block) {
        return block.stream().filter(l -> l.startsWith("#   ")).map(l -> l.substring(4).strip()).toList();
    }

    /** Replaces the exported growth reaction by the README's and adds its parameter after it. */
    private void applyEdit(List<String> lines) throws IOException {
        assertThat(lines).hasSize(2);
        Path file = dir.resolve("my-model/tumor-exponential.ant");
        String text = Files.readString(file);
        String growth = text.lines().filter(l -> l.strip().startsWith("growth:")).findFirst().orElseThrow();
        Files.writeString(file, text.replace(growth, lines.get(0) + "\n" + lines.get(1)));
    }
}
