package org.aftermath.cli;

import static org.aftermath.cli.Cli.aftermath;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.aftermath.cli.Cli.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aftermath cohort} through picocli: outputs, determinism across threads, resume, and bad input. */
class CohortCommandTest {

    static final String SCENARIO = """
            name: cli-cohort
            days: 42
            tumor:
              cells: 1.0e9
              growth: {law: exponential, doubling_days: 10}
            treatments:
              - {name: chemo, kill_fraction: 0.9, start_day: 0, every_days: 21, cycles: 2}
            variability:
              tumor.growth.doubling_days: {lognormal: {median: 10, cv: 0.5}}
              treatments.chemo.kill_fraction: {uniform: {min: 0.5, max: 0.99}}
            """;

    @TempDir
    Path dir;

    private Path scenario(String text) throws IOException {
        Path file = dir.resolve("cohort.yaml");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void writesTheCohortFolderTheSameForOneAndTwoThreads() throws IOException {
        Path file = scenario(SCENARIO);
        Outcome one = aftermath("cohort", file.toString(), "--patients", "24", "--seed", "9", "--threads", "1",
                "--out", dir.resolve("one").toString());
        assertThat(one.status()).as(one.err()).isZero();
        assertThat(one.err()).isEmpty();
        assertThat(one.out()).startsWith("cli-cohort: 24 virtual patients (seed 9)").contains("best response CR");
        Outcome two = aftermath("cohort", file.toString(), "--patients", "24", "--seed", "9", "--threads", "2",
                "--out", dir.resolve("two").toString());
        assertThat(two.status()).as(two.err()).isZero();
        for (String f : new String[] {"patients.csv", "patients.bin", "cohort-summary.json"}) {
            assertThat(Files.readAllBytes(dir.resolve("two").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(dir.resolve("one").resolve(f)));
        }
        for (String f : new String[] {"manifest.json", "cohort-report.html", "burden-bands.svg",
            "progression-free.png"}) {
            assertThat(dir.resolve("two").resolve(f)).exists();
        }
        assertThat(Files.readString(dir.resolve("two").resolve("manifest.json"))).contains("\"complete\" : true",
                "\"seed\" : 9", "\"patients\" : 24", "\"threads\" : 2", "\"cohort-report.html\"");
    }

    @Test
    void drawsParametersFromAFitsSamplesTheSameForOneAndTwoThreads() throws IOException {
        Path file = scenario(SCENARIO.substring(0, SCENARIO.indexOf("  treatments.chemo.kill_fraction: {uniform")));
        Path samples = dir.resolve("samples.csv");
        Files.writeString(samples, "chain,iteration,objective,treatments.chemo.kill_fraction\n0,0,1.5,0.6\n0,1,1.4,0.95\n");
        String[] common = {"cohort", file.toString(), "--patients", "16", "--seed", "4", "--parameter-samples",
            samples.toString()};
        Outcome one = aftermath(concat(common, "--threads", "1", "--out", dir.resolve("one").toString()));
        assertThat(one.status()).as(one.err()).isZero();
        Outcome two = aftermath(concat(common, "--threads", "2", "--out", dir.resolve("two").toString()));
        assertThat(two.status()).as(two.err()).isZero();
        for (String f : new String[] {"patients.csv", "patients.bin", "cohort-summary.json"}) {
            assertThat(Files.readAllBytes(dir.resolve("two").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(dir.resolve("one").resolve(f)));
        }
        assertThat(Files.readString(dir.resolve("one").resolve("patients.csv")).lines().skip(1)
                .map(l -> l.split(",")).filter(c -> java.util.List.of(c).contains("0.6")
                        || java.util.List.of(c).contains("0.95")).count()).isEqualTo(16);
        assertThat(Files.readString(dir.resolve("one").resolve("manifest.json"))).contains("\"parameter_samples\"",
                "\"sha256\" : \"" + org.aftermath.output.Sha256.of(samples) + "\"", "\"rows\" : 2",
                "\"treatments.chemo.kill_fraction\"");

        Path manifest = dir.resolve("one").resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"complete\" : true", "\"complete\" : false"));
        Files.writeString(samples, "treatments.chemo.kill_fraction\n0.7\n");
        Outcome other = aftermath(concat(common, "--out", dir.resolve("one").toString(), "--resume"));
        assertThat(other.status()).isEqualTo(2);
        assertThat(other.err()).contains("was run with --parameter-samples of SHA-256 ");

        Files.writeString(samples, "treatments.chemo.kill_fraction\n0.6\nhigh\n");
        Outcome bad = aftermath(concat(common, "--out", dir.resolve("bad").toString()));
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("aftermath: " + samples
                + ": row 3, column treatments.chemo.kill_fraction: 'high' is not a finite number");
        assertThat(dir.resolve("bad")).doesNotExist();
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void resumesAnUnfinishedFolderToTheSameBytes() throws IOException {
        Path file = scenario(SCENARIO);
        Path whole = dir.resolve("whole");
        Path cut = dir.resolve("cut");
        assertThat(aftermath("cohort", file.toString(), "--patients", "20", "--out", whole.toString()).status()).isZero();
        assertThat(aftermath("cohort", file.toString(), "--patients", "20", "--out", cut.toString()).status()).isZero();
        // as if killed mid-write: manifest still incomplete, the CSV torn inside row 8, the spill 5 records long
        Path manifest = cut.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"complete\" : true", "\"complete\" : false"));
        byte[] csv = Files.readAllBytes(cut.resolve("patients.csv"));
        Files.write(cut.resolve("patients.csv"), Arrays.copyOf(csv, nthNewline(csv, 8) + 5));
        byte[] bin = Files.readAllBytes(cut.resolve("patients.bin"));
        Files.write(cut.resolve("patients.bin"), Arrays.copyOf(bin, bin.length / 20 * 5 + 3));

        Outcome resumed = aftermath("cohort", file.toString(), "--patients", "20", "--out", cut.toString(), "--resume");
        assertThat(resumed.status()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("resumed from patient 5");
        for (String f : new String[] {"patients.csv", "patients.bin", "cohort-summary.json"}) {
            assertThat(Files.readAllBytes(cut.resolve(f))).as(f).isEqualTo(Files.readAllBytes(whole.resolve(f)));
        }
    }

    @Test
    void badInputExitsTwoWithOneLine() throws IOException {
        Path file = scenario(SCENARIO);
        Path plain = dir.resolve("plain.yaml");
        Files.writeString(plain, SCENARIO.substring(0, SCENARIO.indexOf("variability:")));
        Outcome none = aftermath("cohort", plain.toString(), "--patients", "5", "--out", dir.resolve("x").toString());
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err().lines()).hasSize(1);
        assertThat(none.err()).contains("plain.yaml: variability: ").contains("add a variability: block");

        Outcome zero = aftermath("cohort", file.toString(), "--patients", "0");
        assertThat(zero.status()).isEqualTo(2);
        assertThat(zero.err()).isEqualTo("aftermath: --patients: must be between 1 and 2147483639 (got 0)\n");

        Path done = dir.resolve("done");
        assertThat(aftermath("cohort", file.toString(), "--patients", "3", "--out", done.toString()).status()).isZero();
        Outcome complete = aftermath("cohort", file.toString(), "--patients", "3", "--out", done.toString(), "--resume");
        assertThat(complete.status()).isEqualTo(2);
        assertThat(complete.err().lines()).hasSize(1);
        assertThat(complete.err()).contains("is complete; nothing to resume");

        Path foreign = Files.createDirectories(dir.resolve("foreign"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        Outcome other = aftermath("cohort", file.toString(), "--patients", "3", "--out", foreign.toString(), "--resume");
        assertThat(other.status()).isEqualTo(2);
        assertThat(other.err()).contains("has no manifest.json, so aftermath did not write it");
        assertThat(other.err().lines()).hasSize(1);

        Outcome engine = aftermath("cohort", file.toString(), "--patients", "3", "--engine", "spark");
        assertThat(engine.status()).isEqualTo(2);
        assertThat(engine.err()).isEqualTo("aftermath: --engine: unknown engine 'spark' (available: local); the spark"
                + " engine joins the class path when the tool is started by ./aftermath (which builds it) or by"
                + " spark-submit with aftermath-spark.jar\n");
        Outcome conf = aftermath("cohort", file.toString(), "--patients", "3", "--engine-conf", "spark.master=local");
        assertThat(conf.status()).isEqualTo(2);
        assertThat(conf.err()).isEqualTo("aftermath: --engine: engine 'local' takes no --engine-conf settings (got"
                + " spark.master)\n");
        Outcome huge = aftermath("cohort", file.toString(), "--patients", "3000000000");
        assertThat(huge.status()).isEqualTo(2);
        assertThat(huge.err()).isEqualTo("aftermath: --patients: must be between 1 and 2147483639 (got 3000000000)\n");

        Outcome rtol = aftermath("cohort", file.toString(), "--patients", "3", "--rtol", "2");
        assertThat(rtol.status()).isEqualTo(2);
        assertThat(rtol.err()).startsWith("aftermath: --rtol:");
    }

    @Test
    void failedPatientsAreWarnedAboutAndACohortWithoutACompletedPatientExitsOne() throws IOException {
        // doubling times of hours: over 63 days the fastest tumours overflow a double and their integration fails
        String failing = SCENARIO.replace("days: 42", "days: 63").replace("cycles: 2", "cycles: 3")
                .replace("{lognormal: {median: 10, cv: 0.5}}", "{uniform: {min: 0.02, max: 0.2}}");
        Path file = scenario(failing);
        Outcome some = aftermath("cohort", file.toString(), "--patients", "12", "--seed", "3", "--out",
                dir.resolve("some").toString());
        assertThat(some.status()).as(some.err()).isZero();
        long failed = Files.readAllLines(dir.resolve("some").resolve("patients.csv")).stream()
                .filter(l -> l.contains(",failed,")).count();
        assertThat(failed).isPositive();
        assertThat(some.out()).startsWith("cli-cohort: 12 virtual patients (seed 3), " + failed + " failed");
        assertThat(some.err()).isEqualTo("aftermath: warning: " + failed + " of 12 patients failed (status and failure"
                + " columns of patients.csv); the summary is over the completed ones\n");

        Path all = scenario(failing.replace("{min: 0.02, max: 0.2}", "{min: 0.02, max: 0.03}"));
        Outcome none = aftermath("cohort", all.toString(), "--patients", "2", "--out", dir.resolve("all").toString());
        assertThat(none.status()).isEqualTo(1);
        assertThat(none.err()).isEqualTo("aftermath: every one of the 2 patients failed, so there is nothing to"
                + " summarise; the status and failure columns of patients.csv say why\n");
    }

    @Test
    void shardsMergedAreTheFilesOfOneRun() throws IOException {
        Path file = scenario(SCENARIO);
        Path whole = dir.resolve("whole");
        assertThat(aftermath("cohort", file.toString(), "--patients", "9", "--out", whole.toString()).status()).isZero();
        for (int k = 1; k <= 2; k++) {
            Outcome shard = aftermath("cohort", file.toString(), "--patients", "9", "--shard", k + "/2", "--out",
                    dir.resolve("shard" + k).toString());
            assertThat(shard.status()).as(shard.err()).isZero();
            assertThat(shard.out()).startsWith("cli-cohort: shard " + k + "/2, patients " + (k == 1 ? "0 to 3" : "4 to 8")
                    + " of 9 (seed 1)");
        }
        Outcome merged = aftermath("cohort", "merge", dir.resolve("shard2").toString(), dir.resolve("shard1").toString(),
                "--out", dir.resolve("merged").toString());
        assertThat(merged.status()).as(merged.err()).isZero();
        assertThat(merged.out()).startsWith("cli-cohort: 9 virtual patients (seed 1)");
        for (String f : new String[] {"patients.csv", "patients.bin", "cohort-summary.json"}) {
            assertThat(Files.readAllBytes(dir.resolve("merged").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(whole.resolve(f)));
        }
        assertThat(dir.resolve("merged").resolve("cohort-report.html")).exists();

        Outcome bad = aftermath("cohort", file.toString(), "--patients", "9", "--shard", "3/2");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("aftermath: --shard: shard 3/2 of 9 patients does not exist (K/N with 1 <= K"
                + " <= N <= the patients)\n");
        Outcome missing = aftermath("cohort", "merge", dir.resolve("shard1").toString(), "--out",
                dir.resolve("m2").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("aftermath: merge: shard 2/2 is missing (run it with --shard 2/2)\n");
        Outcome nothing = aftermath("cohort", "--patients", "3");
        assertThat(nothing.status()).isEqualTo(2);
        assertThat(nothing.err().lines()).hasSize(1);
    }

    private static int nthNewline(byte[] bytes, int n) {
        int seen = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' && ++seen == n) {
                return i + 1;
            }
        }
        throw new AssertionError("fewer than " + n + " lines");
    }
}
