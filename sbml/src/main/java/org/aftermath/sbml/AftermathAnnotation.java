package org.aftermath.sbml;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftermath.kernel.model.Provenance;
import org.sbml.jsbml.xml.XMLNode;

/** Reads the provenance annotation {@link SbmlWriter} writes ({@code <aftermath:provenance .../>}). */
final class AftermathAnnotation {

    private AftermathAnnotation() { }

    /** @return the parameter's provenance, or {@link Provenance#NONE} without the annotation */
    static Provenance provenance(org.sbml.jsbml.Parameter p) {
        if (!p.isSetAnnotation() || !p.getAnnotation().isSetNonRDFannotation()) {
            return Provenance.NONE;
        }
        XMLNode node = find(p.getAnnotation().getNonRDFannotation());
        if (node == null) {
            return Provenance.NONE;
        }
        Map<String, String> a = new HashMap<>();
        for (String key : List.of("source", "min", "max", "note")) {
            String v = node.getAttrValue(key);
            if (v != null && !v.isEmpty()) {
                a.put(key, v);
            }
        }
        return new Provenance(a.get("source"), number(a.get("min")), number(a.get("max")), a.get("note"));
    }

    private static XMLNode find(XMLNode node) {
        if ("provenance".equals(node.getName()) && SbmlWriter.NAMESPACE.equals(node.getURI())) {
            return node;
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            XMLNode found = find(node.getChild(i));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Double number(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
