package org.aftermath.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Manifest}: one JSON object, header then the command's details; read back typed. */
class ManifestTest {

    @TempDir
    Path dir;

    record Details(String scenario, Map<String, Double> parameters, Solver solver, String modelFilesSha256) { }

    @Test
    void detailsAreKeysOfTheSameObjectBetweenHeaderAndRuntime() throws IOException {
        Manifest<Details> m = new Manifest<>("aftermath", "run", "1.2", new Details("s", Map.of("k", 0.5),
                new Solver("auto", 1e-10, 1e-12), null), "17.0.1", "2026-01-01T00:00:00Z",
                List.of("a.csv", Manifest.FILE));
        Path file = dir.resolve(Manifest.FILE);
        m.write(file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("""
                {
                  "tool" : "aftermath",
                  "command" : "run",
                  "version" : "1.2",
                  "scenario" : "s",
                  "parameters" : {
                    "k" : 0.5
                  },
                  "solver" : {
                    "integrator" : "auto",
                    "relative_tolerance" : 1.0E-10,
                    "absolute_tolerance" : 1.0E-12
                  },
                  "model_files_sha256" : null,
                  "java_version" : "17.0.1",
                  "created_utc" : "2026-01-01T00:00:00Z",
                  "files" : [ "a.csv", "manifest.json" ]
                }""");
        assertThat(Manifest.read(file).detailsAs(Details.class)).isEqualTo(m);
    }

    @Test
    void detailsMayNotReuseAHeaderKey() {
        record Clash(String version) { }
        assertThatThrownBy(() -> Manifest.of("run", new Clash("x"), List.of()).toTree())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'version'");
    }

    @Test
    void sha256OfAKnownText() {
        // FIPS 180-2 example: SHA-256("abc")
        assertThat(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
