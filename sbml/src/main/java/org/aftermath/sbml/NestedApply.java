package org.aftermath.sbml;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Works around a JSBML 1.6 misreading: an {@code <apply>} whose only child is another
 * {@code <apply>} (a bracket some tools write, e.g. in the PEtab benchmark Beer_MolBioSystems2014)
 * makes JSBML attach the next argument of the enclosing operator to the wrong operator. Such a
 * bracket means its content; it is replaced by its content before JSBML reads the document.
 */
final class NestedApply {

    private static final String MATHML = "http://www.w3.org/1998/Math/MathML";
    private static final Pattern BRACKET = Pattern.compile("<(\\w+:)?apply>\\s*<(\\w+:)?apply[\\s>]");

    private NestedApply() { }

    /** @return the document with every bracketing {@code <apply>} replaced by its content (itself if there is none) */
    static String unwrap(String xml) {
        if (!BRACKET.matcher(xml).find()) {
            return xml;
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            NodeList applies = doc.getElementsByTagNameNS(MATHML, "apply");
            List<Element> brackets = new ArrayList<>();
            for (int i = 0; i < applies.getLength(); i++) {
                Element apply = (Element) applies.item(i);
                List<Element> children = elements(apply);
                if (children.size() == 1 && "apply".equals(children.get(0).getLocalName())) {
                    brackets.add(apply);
                }
            }
            if (brackets.isEmpty()) {
                return xml;
            }
            for (Element bracket : brackets) {
                Element content = elements(bracket).get(0);
                bracket.getParentNode().replaceChild(content, bracket);
            }
            StringWriter out = new StringWriter();
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            return xml; // not well-formed: JSBML reports it
        }
    }

    private static List<Element> elements(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element el) {
                out.add(el);
            }
        }
        return out;
    }
}
