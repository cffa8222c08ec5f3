package org.aftermath.cohort.run;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.aftermath.cohort.tasks.IndexedExecutor;
import org.aftermath.cohort.tasks.IndexedSink;
import org.aftermath.cohort.tasks.IndexedTask;
import org.aftermath.cohort.tasks.LocalIndexedExecutor;

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

    /**
     * @param patients how many results it delivers
     * @return a two-thread local executor whose sink fails with "killed" after {@code patients} results, as a killed
     *         process stops writing
     */
    static IndexedExecutor dyingAfter(long patients) {
        AtomicLong delivered = new AtomicLong();
        return new IndexedExecutor() {
            @Override
            public <R> void execute(IndexedTask<R> task, long from, long to, IndexedSink<R> sink) throws IOException {
                new LocalIndexedExecutor(2).execute(task, from, to, (i, r) -> {
                    if (delivered.incrementAndGet() > patients) {
                        throw new IOException("killed");
                    }
                    sink.accept(i, r);
                });
            }
        };
    }

    /** @return the cheap cohort (three kill-fraction courses, two varied inputs) with {@code n} patients */
    static CohortJob killCohort(long n, long seed) {
        return CohortJob.read(scenario("kill-cohort.yaml"), seed, n, CohortJob.Options.DEFAULT);
    }
}
