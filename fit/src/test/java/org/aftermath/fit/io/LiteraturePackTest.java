package org.aftermath.fit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.aftermath.fit.problem.EstimationProblem;
import org.aftermath.kernel.compile.ModelCompiler;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The literature data pack ({@code data/literature/}, issue 17): every dataset has a complete sidecar with a
 * verbatim quote containing its numbers, a reference of docs/references.md and a primary source, and a CSV the fit
 * reader's table reader reads; every claimed model observable is one of the bundled model's; a fit-ready dataset is
 * the data of a fit file on the bundled model, and one whose source states no time (no day, never a placeholder)
 * is refused by the fit reader; and the check names each kind of defect.
 */
class LiteraturePackTest {

    static final Path PACK = Path.of("..", "data", "literature");
    static final Path REFERENCES = Path.of("..", "docs", "references.md");
    /** A bundled scenario with stroma and a genotoxic drug: every model observable of the pack is one of its. */
    static final Path ARM = Path.of("..", "examples", "xenograft", "pc3-psc27-mitoxantrone.yaml");
    /** A small bundled scenario, for fit files the reader refuses before it needs the microenvironment. */
    static final Path SMALL_ARM = Path.of("..", "examples", "fit-gompertz-kill", "control.yaml");

    @TempDir
    Path dir;

    @Test
    void everyDatasetIsComplete() {
        List<LiteraturePack.Dataset> datasets = LiteraturePack.datasets(PACK);
        assertThat(datasets).extracting(LiteraturePack.Dataset::id)
                .contains("gomez-sarosi-2017-stroma-mitoxantrone", "chen-2014-nfkb-dependent-fraction");
        assertThat(LiteraturePack.problems(PACK, LiteraturePack.referenceKeys(REFERENCES))).isEmpty();
    }

    @Test
    void everyClaimedModelObservableIsOneOfTheBundledModels() throws IOException {
        String text = Files.readString(ARM, StandardCharsets.UTF_8);
        Set<String> names = Set.copyOf(ModelCompiler.compile(ScenarioCompiler.compile(
                ScenarioReader.read(text, ARM.toString()), Map.of()).model()).observableNames());
        int claimed = 0;
        for (LiteraturePack.Dataset d : LiteraturePack.datasets(PACK)) {
            for (JsonNode o : d.meta().path("observables")) {
                String model = o.path("model").asText();
                if (!model.equals("none")) {
                    assertThat(names).as(d.id()).contains(model);
                    claimed++;
                }
            }
        }
        assertThat(claimed).isPositive();
    }

    /**
     * A dataset marked fit-ready is the data of a fit file whose arms run {@link #ARM}; one that is not (no day:
     * the source states no time) is refused by the fit reader, naming the day column, so no fit can use it.
     */
    @Test
    void onlyFitReadyDatasetsAreTheDataOfAFitFile() throws IOException {
        String xenograft = Files.readString(ARM, StandardCharsets.UTF_8);
        String small = Files.readString(SMALL_ARM, StandardCharsets.UTF_8);
        for (LiteraturePack.Dataset d : LiteraturePack.datasets(PACK)) {
            boolean ready = LiteraturePack.fitReady(d);
            Sources sources = sources(fitFile(d.id(), d.meta(), ready), ready ? xenograft : small, d.csv());
            if (ready) {
                EstimationProblem problem = FitFileReader.read(sources, "fit.yaml", "fit.yaml");
                assertThat(problem.measurements()).as(d.id()).hasSize(d.table().size());
            } else {
                assertThatThrownBy(() -> FitFileReader.read(sources, "fit.yaml", "fit.yaml")).as(d.id())
                        .isInstanceOf(ProblemException.class).hasMessageContaining("column day");
            }
        }
    }

    private static Sources sources(String fit, String arm, String csv) {
        Map<String, String> files = Map.of("fit.yaml", fit, "arm.yaml", arm, "data.csv", csv);
        return (relative, file, field) -> {
            String text = files.get(relative);
            if (text == null) {
                throw new ProblemException(file, field, "no file " + relative);
            }
            return text;
        };
    }

    /**
     * A fit file over the dataset: every arm runs arm.yaml; an observable with a model observable is that symbol
     * (so the fit reader resolves the claim in the compiled model), one without is the constant 1; rows without
     * an sd take the estimated sigma; a fit-ready dataset also estimates k_sasp of the microenvironment model.
     */
    private static String fitFile(String id, JsonNode meta, boolean ready) {
        StringBuilder y = new StringBuilder("name: ").append(id).append("\narms:\n");
        for (Iterator<String> it = meta.path("arms").fieldNames(); it.hasNext(); ) {
            y.append("  ").append(it.next()).append(": arm.yaml\n");
        }
        y.append("data: data.csv\nparameters:\n");
        if (ready) {
            y.append("  - {id: k_sasp, lower: 0.1, upper: 1, scale: log10}\n");
        }
        y.append("  - {id: sigma, lower: 0.01, upper: 2, scale: log10}\nobservables:\n");
        for (Iterator<String> it = meta.path("observables").fieldNames(); it.hasNext(); ) {
            String o = it.next();
            String model = meta.path("observables").path(o).path("model").asText();
            y.append("  ").append(o).append(": {formula: '").append(model.equals("none") ? "1" : model)
                    .append("', transformation: ").append(meta.path("scale").asText()).append(", sigma: sigma}\n");
        }
        return y.toString();
    }

    @Test
    void theCheckNamesEachDefect() throws IOException {
        Set<String> keys = LiteraturePack.referenceKeys(REFERENCES);
        String id = "gomez-sarosi-2017-stroma-mitoxantrone";
        assertThat(defects(id, s -> s.replaceAll("(?s)quote: >-.*?\\nnumbers:", "quote: \"\"\nnumbers:"), keys))
                .contains("no quote", "number '2.7' is not in the quote");
        assertThat(defects(id, s -> s.replace("reference: Gomez-Sarosi et al. 2017", "reference: Gomez 2017"),
                keys)).contains("reference 'Gomez 2017' is not a key of docs/references.md");
        assertThat(defects(id, s -> s.replace("https://pmc.ncbi.nlm.nih.gov/articles/PMC5859576",
                "https://www.hatinhibitor.com/2022/12/27/14467/"), keys))
                .anyMatch(p -> p.startsWith("source.url 'https://www.hatinhibitor.com"));
        assertThat(defects(id, s -> s + "notes2: SFRP2 assists WNT16B\n", keys))
                .contains("mentions 'sfrp2' of the held-out Sun et al. 2016");
        assertThat(defects(id, s -> s.replace("scale: log", "scale: ln"), keys))
                .contains("scale 'ln' is not one of [lin, log, log10]");
        assertThat(defects(id, s -> s.replace("n: not stated", "n: some"), keys))
                .contains("n 'some' is neither a count >= 1 nor 'not stated'");
        assertThat(defects(id, s -> s.replaceAll("    note: the bundled model has IL-1α.*\\n", ""), keys))
                .contains("no observables.il1b_fold_change.note");
        assertThat(defects(id, s -> s.replace("fit_ready: false", "fit_ready: true"), keys))
                .contains("fit_ready, but the time of measurement is not stated");
        assertThat(defects(id, s -> s.replace("fit_ready: false", "fit_ready: maybe"), keys))
                .contains("fit_ready is not true or false");
        writePack(id, UnaryOperator.identity());
        Path csv = dir.resolve(id + ".csv");
        Files.writeString(csv, Files.readString(csv).replace("il6_fold_change,3.923", "il6_fold_change,-3.923"));
        assertThat(LiteraturePack.problems(dir, keys))
                .contains(id + ": row 2: value -3.923 is not positive, but the scale is log");
        Files.writeString(csv, Files.readString(csv).replace("-invivo,,il8", "-invivo,7,il8"));
        assertThat(LiteraturePack.problems(dir, keys))
                .contains(id + ": row 3: a day, but the sidecar says the source states no time");
        Files.writeString(csv, Files.readString(csv).replace(",0.2157\n", ",\n"));
        assertThat(LiteraturePack.problems(dir, keys))
                .contains(id + ": row 5: no sd, but the source reports an uncertainty");
        Files.writeString(csv, "arm,day,value\nx,1,2\n");
        assertThat(LiteraturePack.problems(dir, keys)).anyMatch(p -> p.contains("missing column 'observable'"));
        Files.delete(dir.resolve(id + ".yaml"));
        assertThat(LiteraturePack.problems(dir, keys)).containsExactly(id + ": no sidecar " + id + ".yaml");
        assertThat(LiteraturePack.problems(PACK, keys)).as("the pack itself is untouched").isEmpty();
    }

    /** @return the defects of one dataset of the pack after editing its sidecar, the id prefix removed */
    private List<String> defects(String id, UnaryOperator<String> editSidecar, Set<String> keys) throws IOException {
        writePack(id, editSidecar);
        return LiteraturePack.problems(dir, keys).stream().map(p -> p.substring(id.length() + 2)).toList();
    }

    private void writePack(String id, UnaryOperator<String> editSidecar) throws IOException {
        Files.copy(PACK.resolve(id + ".csv"), dir.resolve(id + ".csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String sidecar = Files.readString(PACK.resolve(id + ".yaml"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(id + ".yaml"), editSidecar.apply(sidecar), StandardCharsets.UTF_8);
    }
}
