package org.aftermath.report.figures;

import java.awt.Color;
import java.util.List;

/**
 * The Okabe–Ito palette (Okabe &amp; Ito 2008, "Color Universal Design"), distinguishable under
 * the common forms of colour-vision deficiency. Series take the colours in the order below;
 * yellow, faint on white, comes last.
 */
public final class Palette {
    /** Okabe–Ito blue #0072B2. */
    public static final Color BLUE = new Color(0x0072B2);
    /** Okabe–Ito vermillion #D55E00. */
    public static final Color VERMILLION = new Color(0xD55E00);
    /** Okabe–Ito bluish green #009E73. */
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    /** Okabe–Ito reddish purple #CC79A7. */
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    /** Okabe–Ito orange #E69F00. */
    public static final Color ORANGE = new Color(0xE69F00);
    /** Okabe–Ito sky blue #56B4E9. */
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    /** Okabe–Ito black. */
    public static final Color BLACK = new Color(0x000000);
    /** Okabe–Ito yellow #F0E442. */
    public static final Color YELLOW = new Color(0xF0E442);

    private static final List<Color> ORDER = List.of(BLUE, VERMILLION, BLUISH_GREEN, REDDISH_PURPLE,
            ORANGE, SKY_BLUE, BLACK, YELLOW);

    private Palette() { }

    /** @return the colour of series {@code i} (cycling after eight) */
    public static Color series(int i) {
        return ORDER.get(Math.floorMod(i, ORDER.size()));
    }

    /** @return the number of distinct colours */
    public static int size() {
        return ORDER.size();
    }
}
