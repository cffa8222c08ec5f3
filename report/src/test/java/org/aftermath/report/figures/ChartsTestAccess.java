package org.aftermath.report.figures;

/** Lets tests in other packages use {@link ChartsTest}'s non-blank check. */
public final class ChartsTestAccess {
    private ChartsTestAccess() { }

    /** @see ChartsTest#assertNonBlank(Figure) */
    public static void assertNonBlank(Figure f) {
        ChartsTest.assertNonBlank(f);
    }
}
