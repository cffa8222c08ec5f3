package org.aftermath.report.figures;

/**
 * Puts AWT in headless mode before any AWT class loads, so figures render on servers and in CI
 * without a display. Call {@link #ensure()} before touching JFreeChart; an explicit
 * {@code -Djava.awt.headless=false} on the command line is respected.
 */
public final class Headless {
    private Headless() { }

    /** Sets {@code java.awt.headless=true} unless the property was set explicitly. */
    public static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
