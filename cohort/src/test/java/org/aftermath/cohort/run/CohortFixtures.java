package org.aftermath.cohort.run;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The test scenarios of this package. */
final class CohortFixtures {

    private CohortFixtures() {
    }

    /** @return a bundled test scenario's path */
    static Path scenario(String name) {
        try {
            return Path.of(CohortFixtures.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the cheap cohort (three kill-fraction courses, two varied inputs) with {@code n} patients */
    static CohortJob killCohort(long n, long seed) {
        return CohortJob.read(scenario("kill-cohort.yaml"), seed, n, CohortJob.Options.DEFAULT);
    }
}
