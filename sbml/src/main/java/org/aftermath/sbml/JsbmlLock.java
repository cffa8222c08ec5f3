package org.aftermath.sbml;

/**
 * The one lock around JSBML's reader and writer. JSBML sets up its parsers lazily in shared static state that is not
 * thread-safe: two threads reading or writing their first documents at once could fail inside that set-up (a
 * {@code NoSuchElementException}, seen in a test that round-trips the bundled scenarios on all cores), which the
 * reader would report as "not readable as SBML". Cohort workers compile SBML modules from texts on many threads, so
 * every JSBML read and write holds this lock; it is short next to simulating the model.
 */
final class JsbmlLock {

    /** Held while JSBML reads or writes a document. */
    static final Object LOCK = new Object();

    private JsbmlLock() { }
}
