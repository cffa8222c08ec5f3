package org.aftermath.tmen.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aftermath.tmen.models.BuiltInModels;
import org.aftermath.tmen.models.ModelFile;
import org.junit.jupiter.api.Test;

class ParameterDocsTest {

    static final Path COMMITTED = Path.of("..", "docs", "parameters.md");

    @Test
    void committedParameterReferenceIsUpToDate() throws IOException {
        assertThat(COMMITTED).as("docs/parameters.md is missing; " + ParameterDocs.REGENERATE).exists();
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        assertThat(committed).as("docs/parameters.md is stale; regenerate it: " + ParameterDocs.REGENERATE)
                .isEqualTo(ParameterDocs.markdown(BuiltInModels.files()));
    }

    @Test
    void rowsCarryValueUnitSourceRangeAndComputedValues() {
        String md = ParameterDocs.markdown(List.of(new ModelFile("m.ant", """
                unit per_day = 1 / day
                k = 0.25; k has per_day  //@ source: Smith 2001 | range: 0.1 .. 1 | note: rate
                """, "m.ant", false), new ModelFile("g.ant", """
                species N = 1
                a = 2  //@ source: assumed | range: 1 .. | domain: (0, inf)
                b = ln(a) * N  //@ source: derived
                tumor_cells := N
                """, "g.ant", false)));
        assertThat(md).contains("## m.ant\n\n| name | value | unit | source | range | domain | note |\n"
                + "|---|---|---|---|---|---|---|\n| `k` | 0.25 | per_day | Smith 2001 | 0.1 .. 1 | `[0, inf)` | rate |\n");
        assertThat(md).contains("| `a` | 2 |  | assumed | 1 .. | `(0, inf)` |  |\n");
        assertThat(md).contains("| `b` | `= ln(a)*N` |  | derived |  |  |  |\n");
    }
}
