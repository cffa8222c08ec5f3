package org.aftermath.cohort.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Index ranges cut into near-equal contiguous parts that tile the whole. */
class IndexRangeTest {

    @Test
    void partsTileTheRangeWithSizesDifferingByAtMostOne() {
        for (long n : new long[] {1, 7, 10, 200, 1001}) {
            for (int parts : new int[] {1, 2, 3, 7, 13}) {
                List<IndexRange> split = new IndexRange(5, 5 + n).split(parts);
                assertThat(split).hasSize(parts);
                assertThat(split.get(0).from()).isEqualTo(5);
                assertThat(split.get(parts - 1).to()).isEqualTo(5 + n);
                for (int k = 1; k < parts; k++) {
                    assertThat(split.get(k).from()).isEqualTo(split.get(k - 1).to());
                }
                long min = split.stream().mapToLong(IndexRange::size).min().orElseThrow();
                long max = split.stream().mapToLong(IndexRange::size).max().orElseThrow();
                assertThat(max - min).as(n + " in " + parts).isLessThanOrEqualTo(1);
            }
        }
        assertThat(new IndexRange(0, 10).split(3)).containsExactly(new IndexRange(0, 3), new IndexRange(3, 6),
                new IndexRange(6, 10));
    }

    @Test
    void hugeRangesDoNotOverflow() {
        long n = Long.MAX_VALUE - 1;
        IndexRange last = new IndexRange(0, n).part(Integer.MAX_VALUE - 1, Integer.MAX_VALUE);
        assertThat(last.to()).isEqualTo(n);
        assertThat(last.size()).isBetween(n / Integer.MAX_VALUE, n / Integer.MAX_VALUE + 1);
    }

    @Test
    void badRangesAndPartsAreRefused() {
        assertThatThrownBy(() -> new IndexRange(-1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IndexRange(4, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IndexRange(0, 3).part(3, 3)).hasMessage("part 3 of 3 does not exist");
    }
}
