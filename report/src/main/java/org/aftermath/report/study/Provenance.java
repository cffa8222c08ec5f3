package org.aftermath.report.study;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.aftermath.runner.RunOptions;

/**
 * What a study's numbers depend on besides its own settings: the exact scenario file and how each
 * simulation was run.
 *
 * @param scenarioSha256    SHA-256 of the scenario file's bytes, lower-case hex
 * @param integrator        integrator name
 * @param relativeTolerance its relative tolerance
 * @param absoluteTolerance its absolute tolerance
 * @param observation       what each run recorded ({@link RunOptions.Observation}, lower case)
 * @param javaVersion       the Java runtime
 */
public record Provenance(String scenarioSha256, String integrator, double relativeTolerance,
                         double absoluteTolerance, String observation, String javaVersion) {

    /** @return the provenance of runs with {@code options} on the file {@code bytes} */
    public static Provenance of(byte[] bytes, RunOptions options) {
        String sha;
        try {
            sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
        return new Provenance(sha, options.integrator(), options.tolerances().relative(),
                options.tolerances().absolute(), options.observation().name().toLowerCase(java.util.Locale.ROOT),
                System.getProperty("java.version"));
    }
}
