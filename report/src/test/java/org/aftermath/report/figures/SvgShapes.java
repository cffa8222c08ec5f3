package org.aftermath.report.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftermath.report.XhtmlDocuments;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The drawn shapes of an SVG document, each with the style it is drawn in (its own over its groups'). */
final class SvgShapes {
    private SvgShapes() { }

    /**
     * A drawn element.
     *
     * @param tag     element name: line, path, rect, …
     * @param style   effective CSS properties, e.g. {@code stroke → rgb(85,85,85)}
     * @param element the element
     */
    record Shape(String tag, Map<String, String> style, Element element) {
        String stroke() {
            return style.getOrDefault("stroke", "none");
        }

        String dash() {
            return style.getOrDefault("stroke-dasharray", "none");
        }

        String fill() {
            return style.getOrDefault("fill", "none");
        }

        /** @return the number of straight segments of a path ({@code L} commands) */
        int segments() {
            return element.getAttribute("d").split("L", -1).length - 1;
        }
    }

    /** @return every line, path, rect, polyline and polygon of {@code svg}, in document order */
    static List<Shape> of(String svg) throws Exception {
        NodeList all = XhtmlDocuments.parse(svg).getElementsByTagName("*");
        List<Shape> shapes = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (List.of("line", "path", "rect", "polyline", "polygon").contains(e.getLocalName())) {
                shapes.add(new Shape(e.getLocalName(), style(e), e));
            }
        }
        return shapes;
    }

    private static Map<String, String> style(Element e) {
        List<Element> chain = new ArrayList<>();
        for (Node n = e; n instanceof Element x; n = n.getParentNode()) {
            chain.add(0, x);
        }
        Map<String, String> style = new LinkedHashMap<>();
        for (Element x : chain) {
            for (String decl : x.getAttribute("style").split(";")) {
                int colon = decl.indexOf(':');
                if (colon > 0) {
                    style.put(decl.substring(0, colon).trim(), decl.substring(colon + 1).trim());
                }
            }
        }
        return style;
    }
}
