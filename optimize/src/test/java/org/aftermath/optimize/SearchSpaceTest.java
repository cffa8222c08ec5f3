package org.aftermath.optimize;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The optimiser's bounds are checked against what a scenario admits before any candidate runs. */
class SearchSpaceTest {

    @Test
    void doseBoundsBeyondWhatADoseMayBeAreRefusedUpFront() {
        ModulatorOption sulfasalazine = new ModulatorOption("sulfasalazine", 1000, "mg", 1);
        new SearchSpace(List.of(sulfasalazine), Range.fixed(2), Range.fixed(10), new Range(0.5, 1000), Range.fixed(21));
        assertThatThrownBy(() -> new SearchSpace(List.of(sulfasalazine), Range.fixed(2), Range.fixed(10),
                new Range(0.5, 2000), Range.fixed(21))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dose factor bounds " + new Range(0.5, 2000) + " give sulfasalazine doses up to 2000000.0,"
                        + " but a dose must be > 0 and <= 1000000");
    }
}
