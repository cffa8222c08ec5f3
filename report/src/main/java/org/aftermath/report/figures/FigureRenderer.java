package org.aftermath.report.figures;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Renders a {@link Figure} to SVG (JFreeSVG) and PNG (AWT, headless) at {@value #WIDTH} ×
 * {@value #HEIGHT} pixels; the PNG is drawn at twice that for sharp text on high-density screens.
 */
public final class FigureRenderer {
    /** Drawing width in pixels (CSS px for SVG). */
    public static final int WIDTH = 900;
    /** Drawing height in pixels. */
    public static final int HEIGHT = 500;
    private static final int PNG_SCALE = 2;

    static {
        Headless.ensure();
    }

    private FigureRenderer() { }

    /**
     * @return an {@code <svg>} element with a view box (it scales to its container), ids in its
     *         definitions prefixed by the figure id so several can share one page
     */
    public static String svgElement(Figure figure) {
        SVGGraphics2D g = draw(figure);
        return g.getSVGElement(figure.id(), false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }

    /** @return a stand-alone SVG document */
    public static String svgDocument(Figure figure) {
        SVGGraphics2D g = draw(figure);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + g.getSVGElement(figure.id(), true, new ViewBox(0, 0, WIDTH, HEIGHT), null, null) + "\n";
    }

    /** @return the figure as an image of {@code 2 × WIDTH} by {@code 2 × HEIGHT} pixels */
    public static BufferedImage image(Figure figure) {
        BufferedImage img = new BufferedImage(WIDTH * PNG_SCALE, HEIGHT * PNG_SCALE, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        try {
            g.scale(PNG_SCALE, PNG_SCALE);
            figure.chart().draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Writes the figure as a stand-alone SVG document to {@code svg} and as PNG to {@code png}. */
    public static void writeFiles(Figure figure, Path svg, Path png) throws IOException {
        Files.writeString(svg, svgDocument(figure), StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(png)) {
            if (!ImageIO.write(image(figure), "png", out)) {
                throw new IOException("no PNG writer in this Java runtime");
            }
        }
    }

    private static SVGGraphics2D draw(Figure figure) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix(figure.id() + "-");
        figure.chart().draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g;
    }
}
