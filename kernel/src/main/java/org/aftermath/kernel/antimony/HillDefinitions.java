package org.aftermath.kernel.antimony;

import java.util.List;
import java.util.Map;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.expr.ExprParser;

/**
 * Antimony function definitions of the built-ins {@code hill} and {@code hillr}, which Antimony
 * lacks. {@link AntimonyWriter} puts them before the model when it uses them, so that Tellurium
 * can run the file; {@link AntimonyReader} accepts exactly these definitions and nothing else
 * of the kind. Their bodies match {@link org.aftermath.kernel.expr.Functions} including the
 * value for x &lt;= 0.
 */
final class HillDefinitions {

    /** Parameter names of both definitions. */
    static final List<String> PARAMETERS = List.of("x", "K", "n");

    /** Function name to body text. */
    static final Map<String, String> BODIES = Map.of(
            "hill", "piecewise(0, x <= 0, x^n/(K^n + x^n))",
            "hillr", "piecewise(1, x <= 0, K^n/(K^n + x^n))");

    private HillDefinitions() { }

    /** @return true if this is one of the accepted definitions */
    static boolean isBuiltIn(String name, List<String> parameters, Expr body) {
        String text = BODIES.get(name);
        return text != null && parameters.equals(PARAMETERS) && ExprParser.parse(text).equals(body);
    }

    /** @return the Antimony text defining {@code name} */
    static String definition(String name) {
        return "function " + name + "(" + String.join(", ", PARAMETERS) + ")\n  " + BODIES.get(name) + "\nend\n";
    }
}
