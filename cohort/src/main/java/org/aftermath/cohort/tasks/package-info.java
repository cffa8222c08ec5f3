/**
 * Many independent computations, numbered: an {@link org.aftermath.cohort.tasks.IndexedTask} (serialisable data that
 * builds a worker computing any index) runs on an {@link org.aftermath.cohort.tasks.IndexedExecutor}, which hands the
 * results back in index order. Cohort patients and multistart fits both run through this one seam;
 * {@link org.aftermath.cohort.tasks.LocalIndexedExecutor} uses this machine's threads, other engines are plugged in by
 * name ({@link org.aftermath.cohort.tasks.TaskEngine}, {@link java.util.ServiceLoader}). Same task, same results, on
 * any engine and thread count.
 */
package org.aftermath.cohort.tasks;
