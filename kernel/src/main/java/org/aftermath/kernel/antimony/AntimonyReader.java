package org.aftermath.kernel.antimony;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.aftermath.kernel.expr.ExprLimits;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.ModelException;
import org.aftermath.kernel.model.ModelException.Problem;
import org.aftermath.kernel.model.Origin;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;

/**
 * Reads a model written in Aftermath's subset of Antimony (see the package documentation).
 * Thread-safe; holds no state.
 */
public final class AntimonyReader {

    private AntimonyReader() { }

    /**
     * @param source   the Antimony text
     * @param fileName where it came from, used in origins and, when the text has no
     *                 {@code model name() ... end}, to derive the model id (directory and extension
     *                 dropped, other characters than letters, digits and '_' replaced by '_')
     * @return the model; names are not checked against each other here (see
     *         {@link org.aftermath.kernel.compile.ModelValidator}), so modules may refer to names
     *         that other modules define
     * @throws ModelException with one problem per error, each with its file and line: every
     *                        expression over {@link ExprLimits}, or else every syntax error, or
     *                        else every error in the statements
     */
    public static Model parse(String source, String fileName) {
        SyntaxErrorCollector syntax = new SyntaxErrorCollector(fileName, (int) source.chars().filter(c -> c == '\n').count() + 1);
        AntimonyLexer lexer = new AntimonyLexer(CharStreams.fromString(source + "\n", fileName));
        lexer.removeErrorListeners();
        lexer.addErrorListener(syntax);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        List<Problem> tooLarge = new ArrayList<>();
        for (ExprLimits.Violation v : ExprLimits.check(tokens.getTokens())) {
            tooLarge.add(new Problem(new Origin(fileName, v.line()), v.message()));
        }
        if (!tooLarge.isEmpty()) {
            // refused before parsing: the parser and everything after it recurse on the nesting
            throw new ModelException(tooLarge);
        }
        AntimonyParser parser = new AntimonyParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(syntax);
        parser.setErrorHandler(new LineRecovery());
        AntimonyParser.FileContext tree = parser.file();
        if (!syntax.problems().isEmpty()) {
            // in line order: the lexer's errors come first now that the tokens are read ahead
            List<Problem> sorted = new ArrayList<>(syntax.problems());
            sorted.sort(Comparator.comparingInt(p -> p.origin().line()));
            throw new ModelException(sorted);
        }

        List<Problem> problems = new ArrayList<>();
        ModelAssembler assembler = new ModelAssembler(fileName, problems);
        for (Token t : tokens.getTokens()) {
            if (t.getType() == AntimonyLexer.PROVENANCE) {
                assembler.provenanceComment(t.getLine(), t.getText());
            }
        }
        String declaredName = new StatementReader(fileName, problems, assembler).readFile(tree);
        Model model = assembler.build(declaredName != null ? declaredName : idFromFileName(fileName));
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(p -> p.origin().line()));
            throw new ModelException(problems);
        }
        return model;
    }

    /** @return a valid model id made from a file name, e.g. "models/tumour-growth.ant" → "tumour_growth" */
    static String idFromFileName(String fileName) {
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        String id = base.replaceAll("[^A-Za-z0-9_]", "_");
        if (id.isEmpty()) {
            return "model";
        }
        return Character.isDigit(id.charAt(0)) ? "_" + id : id;
    }
}
