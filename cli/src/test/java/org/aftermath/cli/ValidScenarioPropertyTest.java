package org.aftermath.cli;

import static org.aftermath.cli.Cli.aftermath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import org.aftermath.cli.Cli.Outcome;

/**
 * Issue 11 item 7: random <em>valid</em> scenarios — within every limit of the README and the
 * scenario schema — must run ({@code aftermath run} exits 0, never 2) and keep the outcome
 * definitions of the README's "Outcome definitions": burdens finite and non-negative; the nadir the
 * smallest burden anywhere, on a day within the horizon; regrowth after the nadir, and reported
 * whenever the tumour ends above its initial burden; progression only at an assessment where the
 * burden is detectable; a response class consistent with the burdens; cure probability
 * exp(-max(0, nadir)) in [0, 1]. About 100 tries, stopped after two minutes.
 */
class ValidScenarioPropertyTest {

    private static final long BUDGET_NANOS = 120_000_000_000L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static long started;
    private static int runs;
    private static Path dir;

    /** A treatment: kill fraction and one of the schedule forms. */
    record Treatment(double kill, int form, double start, double every, int cycles, List<Double> days, int fractions) {
        String yaml(int i) {
            String head = "  - {name: t" + i + ", kill_fraction: " + kill;
            return head + switch (form) {
                case 0 -> ", start_day: " + start + ", every_days: " + every + ", cycles: " + cycles + "}";
                case 1 -> ", days: " + days.stream().distinct().map(Object::toString)
                        .collect(Collectors.joining(", ", "[", "]")) + "}";
                default -> ", start_day: " + start + ", fractions: " + fractions + ", weekdays: true}";
            };
        }
    }

    /** A scenario within the documented limits. */
    record Valid(int days, double cells, int law, double doubling, double capacityFactor, List<Treatment> treatments,
            int assessment, double detectable, double progressionChange, int doublingList) {
        String yaml() {
            StringBuilder s = new StringBuilder("name: property\ndays: ").append(days).append("\ntumor:\n  cells: ")
                    .append(cells).append("\n  growth: {law: ");
            if (law == 0) {
                s.append("exponential, doubling_days: ").append(doublingDays());
            } else {
                s.append("gompertz, carrying_capacity: ").append(cells * capacityFactor).append(", doubling_days: ")
                        .append(doubling);
            }
            s.append("}\ntreatments:\n");
            for (int i = 0; i < treatments.size(); i++) {
                s.append(treatments.get(i).yaml(i)).append('\n');
            }
            s.append("endpoints: {detectable_cells: ").append(detectable).append(", progression_change: ")
                    .append(progressionChange).append(", assessment: ")
                    .append(switch (assessment) { case 0 -> "before_doses"; case 1 -> "continuous"; default -> assessment; })
                    .append("}\n");
            return s.toString();
        }

        /** A list of doubling times only with a single periodic treatment (at most one per kill dose). */
        private String doublingDays() {
            if (doublingList < 2 || treatments.size() != 1 || treatments.get(0).form() != 0
                    || treatments.get(0).cycles() < doublingList) {
                return Double.toString(doubling);
            }
            return IntStream.range(0, doublingList).mapToObj(k -> Double.toString(doubling / (1 + k)))
                    .collect(Collectors.joining(", ", "[", "]"));
        }
    }

    @Provide
    Arbitrary<Valid> scenarios() {
        Arbitrary<Treatment> treatment = Combinators.combine(
                Arbitraries.doubles().between(0, 0.99999).ofScale(5),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 30).map(Integer::doubleValue),
                Arbitraries.doubles().between(0.5, 40).ofScale(1),
                Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(0, 200).map(Integer::doubleValue).list().ofMinSize(1).ofMaxSize(8),
                Arbitraries.integers().between(1, 35))
                .as(Treatment::new);
        return Builders.withBuilder(() -> new Object[10])
                .use(Arbitraries.integers().between(1, 200)).in((a, v) -> set(a, 0, v))
                .use(Arbitraries.doubles().between(1, 1e11).ofScale(0)).in((a, v) -> set(a, 1, v))
                .use(Arbitraries.integers().between(0, 1)).in((a, v) -> set(a, 2, v))
                .use(Arbitraries.doubles().between(0.5, 200).ofScale(2)).in((a, v) -> set(a, 3, v))
                .use(Arbitraries.doubles().between(1.5, 1e3).ofScale(2)).in((a, v) -> set(a, 4, v))
                .use(treatment.list().ofMinSize(0).ofMaxSize(3)).in((a, v) -> set(a, 5, v))
                .use(Arbitraries.integers().between(0, 60)).in((a, v) -> set(a, 6, v))
                .use(Arbitraries.of(1.0, 1e3, 1e6, 1e8, 1e9)).in((a, v) -> set(a, 7, v))
                .use(Arbitraries.of(0.05, 0.2, 1.0, 3.0)).in((a, v) -> set(a, 8, v))
                .use(Arbitraries.integers().between(0, 4)).in((a, v) -> set(a, 9, v))
                .build(ValidScenarioPropertyTest::valid);
    }

    private static Object[] set(Object[] a, int i, Object v) {
        a[i] = v;
        return a;
    }

    @SuppressWarnings("unchecked")
    private static Valid valid(Object[] a) {
        int assessment = (Integer) a[6];
        return new Valid((Integer) a[0], Math.max(1, (Double) a[1]), (Integer) a[2], (Double) a[3], (Double) a[4],
                (List<Treatment>) a[5], assessment < 2 ? assessment : assessment + 5, (Double) a[7], (Double) a[8],
                (Integer) a[9]);
    }

    @Property(tries = 100, maxDiscardRatio = 100, shrinking = ShrinkingMode.BOUNDED, seed = "11007")
    void aValidScenarioRunsAndItsOutcomesAgree(@ForAll("scenarios") Valid scenario) throws IOException {
        if (started == 0) {
            started = System.nanoTime();
            dir = Files.createDirectories(Path.of("target", "property-runs"));
        }
        Assume.that(System.nanoTime() - started < BUDGET_NANOS);
        runs++;
        Path file = dir.resolve("s" + runs + ".yaml");
        Files.writeString(file, scenario.yaml());
        Path out = dir.resolve("out" + runs);
        Outcome o = aftermath("run", file.toString(), "--out", out.toString(), "--step", "7");
        String shown = scenario.yaml() + "\nstatus " + o.status() + "\n" + o.err();
        assertThat(o.status()).as(shown).isZero();
        JsonNode s = JSON.readTree(out.resolve("summary.json").toFile());
        check(scenario, s, shown);
    }

    private static void check(Valid v, JsonNode s, String shown) {
        double initial = burden(s, "initial_tumor_cells", shown);
        double fin = burden(s, "final_tumor_cells", shown);
        double nadir = burden(s, "nadir_tumor_cells", shown);
        double nadirDay = s.get("nadir_day").asDouble();
        assertThat(nadirDay).as(shown).isBetween(0.0, (double) v.days());
        List<double[]> seen = new ArrayList<>();
        seen.add(new double[] {0, initial});
        seen.add(new double[] {v.days(), fin});
        for (JsonNode d : s.get("doses")) {
            seen.add(new double[] {d.get("day").asDouble(), burden(d, "tumor_cells_before", shown)});
            seen.add(new double[] {d.get("day").asDouble(), burden(d, "tumor_cells_after", shown)});
        }
        List<double[]> assessed = new ArrayList<>();
        for (JsonNode a : s.get("assessments")) {
            assessed.add(new double[] {a.get("day").asDouble(), burden(a, "tumor_cells", shown)});
        }
        seen.addAll(assessed);
        for (double[] p : seen) {
            assertThat(nadir).as(shown + "\nthe nadir is the smallest burden, day " + p[0])
                    .isLessThanOrEqualTo(p[1] * (1 + 1e-9));
        }
        // regrowth: after the nadir, and reported whenever the burden ends above its initial value
        JsonNode regrowth = s.get("regrowth_day");
        if (!regrowth.isNull()) {
            assertThat(regrowth.asDouble()).as(shown).isBetween(nadirDay, (double) v.days());
        } else {
            assertThat(fin).as(shown + "\nno regrowth reported, yet the tumour ends above its initial burden")
                    .isLessThanOrEqualTo(initial * (1 + 1e-9));
        }
        // progression: at an assessment where the burden is detectable
        double detectable = s.get("endpoint_settings").get("detectable_cells").asDouble();
        JsonNode ttp = s.get("time_to_progression_days");
        if (!ttp.isNull()) {
            assertThat(ttp.asDouble()).as(shown).isBetween(0.0, (double) v.days());
            if (v.assessment() != 1) {
                double at = ttp.asDouble();
                assertThat(assessed).as(shown + "\nprogression needs a detectable burden on its day")
                        .anyMatch(a -> a[0] == at && a[1] >= detectable * (1 - 1e-9));
            }
        }
        String response = s.get("best_response").asText();
        assertThat(response).as(shown).isIn("CR", "PR", "SD", "PD");
        if (response.equals("CR")) {
            assertThat(nadir).as(shown + "\nCR needs a burden below detection").isLessThan(detectable);
        }
        if (response.equals("PD")) {
            assertThat(ttp.isNull()).as(shown + "\nPD without a progression day").isFalse();
        }
        double cure = s.get("cure_probability").asDouble();
        assertThat(cure).as(shown).isBetween(0.0, 1.0).isCloseTo(Math.exp(-Math.max(0, nadir)), within(1e-12));
        assertThat(s.get("nadir_below_one_cell").asBoolean()).as(shown).isEqualTo(nadir < 1);
    }

    private static double burden(JsonNode node, String field, String shown) {
        JsonNode v = node.get(field);
        assertThat(v != null && v.isNumber()).as(shown + "\n" + field + " is a number").isTrue();
        double x = v.asDouble();
        assertThat(Double.isFinite(x) && x >= 0).as(shown + "\n" + field + " finite and >= 0: " + x).isTrue();
        return x;
    }

    @AfterContainer
    static void report() {
        System.out.printf(Locale.ROOT, "valid-scenario property: %d runs in %.1f s%n", runs,
                (System.nanoTime() - started) / 1e9);
    }
}
