package org.aftermath.cohort.run;

import java.io.IOException;

/**
 * A second engine, found through {@link java.util.ServiceLoader} as a distributed one would be: it runs the range as
 * one partition would, one {@link PatientSimulator} built from the job, patients in index order.
 */
public final class SequentialEngine implements CohortEngine {

    @Override
    public String name() {
        return "sequential-test";
    }

    @Override
    public CohortExecutor executor(int threads) {
        return new CohortExecutor() {
            @Override
            public void execute(CohortJob job, long from, long to, OutcomeSink sink) throws IOException {
                PatientSimulator partition = new PatientSimulator(job);
                for (long i = from; i < to; i++) {
                    sink.accept(partition.simulate(i));
                }
            }

            @Override
            public String name() {
                return "sequential-test";
            }
        };
    }
}
