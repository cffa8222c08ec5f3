package org.aftermath.cohort.tasks;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A contiguous range of indices {@code [from, to)}: a partition of a distributed engine, or a shard of a cohort.
 *
 * @param from first index (inclusive, &ge; 0)
 * @param to   last index (exclusive, &ge; from)
 */
public record IndexRange(long from, long to) implements Serializable {

    public IndexRange {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("index range [" + from + ", " + to + ") is not a range of indices >= 0");
        }
    }

    /** @return the number of indices */
    public long size() {
        return to - from;
    }

    /**
     * The {@code k}-th of {@code parts} near-equal contiguous ranges of {@code [from, to)}: it starts at
     * {@code from + floor(k * n / parts)} (n = to - from), so sizes differ by at most one and the ranges tile the whole.
     *
     * @param k     which range, in [0, parts)
     * @param parts number of ranges (&ge; 1)
     * @return the range (empty when {@code parts > n} leaves it none)
     */
    public IndexRange part(int k, int parts) {
        if (parts < 1 || k < 0 || k >= parts) {
            throw new IllegalArgumentException("part " + k + " of " + parts + " does not exist");
        }
        return new IndexRange(from + offset(k, parts), from + offset(k + 1, parts));
    }

    /** @return the {@code parts} ranges of {@link #part}, in order */
    public List<IndexRange> split(int parts) {
        List<IndexRange> out = new ArrayList<>(parts);
        for (int k = 0; k < parts; k++) {
            out.add(part(k, parts));
        }
        return out;
    }

    private long offset(int k, int parts) {
        // k * n / parts without overflow for any n < 2^63 and parts < 2^31
        long n = size();
        return n / parts * k + n % parts * k / parts;
    }
}
