package org.aftermath.tmen.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftermath.kernel.antimony.AntimonyReader;
import org.aftermath.kernel.model.ModelException;
import org.junit.jupiter.api.Test;

/** Every example of docs/model-format.md: antimony blocks parse, antimony-unsupported blocks are refused. */
class ModelFormatDocTest {

    static final Path DOC = Path.of("..", "docs", "model-format.md");
    private static final Pattern FENCE = Pattern.compile("(?m)^```(antimony(?:-unsupported)?)\\n(.*?)^```$", Pattern.DOTALL);

    record Block(String kind, String text, int line) { }

    static List<Block> blocks() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        Matcher m = FENCE.matcher(doc);
        while (m.find()) {
            int line = (int) doc.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            blocks.add(new Block(m.group(1), m.group(2), line));
        }
        return blocks;
    }

    @Test
    void everyExampleParses() throws IOException {
        List<Block> examples = blocks().stream().filter(b -> b.kind().equals("antimony")).toList();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(12);
        for (Block b : examples) {
            try {
                AntimonyReader.parse(b.text(), "model-format.md:" + b.line());
            } catch (ModelException e) {
                throw new AssertionError("example at docs/model-format.md line " + b.line() + " does not parse:\n" + e.getMessage(), e);
            }
        }
    }

    @Test
    void everyUnsupportedExampleIsRefusedSayingSo() throws IOException {
        List<Block> refused = blocks().stream().filter(b -> b.kind().equals("antimony-unsupported")).toList();
        assertThat(refused).hasSizeGreaterThanOrEqualTo(5);
        for (Block b : refused) {
            assertThatThrownBy(() -> AntimonyReader.parse(b.text(), "x.ant"))
                    .as("unsupported example at docs/model-format.md line %d", b.line())
                    .isInstanceOf(ModelException.class)
                    .hasMessageMatching("(?s)x\\.ant:\\d+: .*(is not supported|are not supported|given a value twice).*");
        }
    }
}
