package org.aftermath.kernel.antimony;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.aftermath.kernel.model.ModelException.Problem;
import org.aftermath.kernel.model.Origin;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns ANTLR's lexer and parser errors into {@link Problem}s with the file and line, naming the
 * offending token; tokens of constructs outside the subset get a message saying so.
 */
final class SyntaxErrorCollector extends BaseErrorListener {

    private static final String UNSUPPORTED = " not supported by Aftermath's Antimony subset";

    private final String file;
    private final Set<Problem> problems = new LinkedHashSet<>();
    private final Set<Integer> linesWithBadCharacters = new LinkedHashSet<>();

    private final int lastLine;

    /**
     * @param file     the file name for origins
     * @param lastLine the last line of the text, where errors at its end are reported
     */
    SyntaxErrorCollector(String file, int lastLine) {
        this.file = file;
        this.lastLine = lastLine;
    }

    /** @return the problems in the order found, without repeats */
    List<Problem> problems() {
        return new ArrayList<>(problems);
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
                            int charPositionInLine, String msg, RecognitionException e) {
        String where = "column " + (charPositionInLine + 1) + ": ";
        String message;
        if (offendingSymbol instanceof Token t) {
            if (linesWithBadCharacters.contains(line)) {
                return;
            }
            message = unsupported(t);
            if (message == null) {
                message = "unexpected " + describe(t) + expected(recognizer, e);
            }
        } else {
            linesWithBadCharacters.add(line);
            int quote = msg.indexOf('\'');
            String text = quote >= 0 && quote + 1 < msg.length() ? msg.substring(quote + 1) : msg;
            char c = text.isEmpty() ? '?' : text.charAt(0);
            message = "unexpected character '" + c + "'";
            if (c == '|' || c == '&') {
                message += " (the logical operators are && and ||)";
            } else if (text.startsWith("/*")) {
                message = "unterminated comment '/*'";
            }
        }
        problems.add(new Problem(new Origin(file, Math.min(line, lastLine)), where + message));
    }

    private static String describe(Token t) {
        return switch (t.getType()) {
            case Token.EOF -> "end of file";
            case AntimonyLexer.NL -> "end of line";
            default -> "'" + t.getText() + "'";
        };
    }

    private static String expected(Recognizer<?, ?> recognizer, RecognitionException e) {
        IntervalSet expected = null;
        if (e != null) {
            expected = e.getExpectedTokens();
        } else if (recognizer instanceof Parser p) {
            expected = p.getExpectedTokens();
        }
        if (expected == null || expected.size() == 0 || expected.size() > 3) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (int type : expected.toList()) {
            names.add(type == AntimonyLexer.NL ? "end of line"
                    : type == Token.EOF ? "end of file" : recognizer.getVocabulary().getDisplayName(type));
        }
        return " (expected " + String.join(" or ", names) + ")";
    }

    private static String unsupported(Token t) {
        return switch (t.getType()) {
            case AntimonyLexer.DOTTED_NAME -> "'" + t.getText()
                    + "': dotted names (elements of submodules) are" + UNSUPPORTED;
            case AntimonyLexer.DASHES -> "DNA strands ('--') are" + UNSUPPORTED;
            case AntimonyLexer.INHIBITS -> "interactions ('-|', '-o', '-(') are" + UNSUPPORTED;
            case AntimonyLexer.AFTER -> "event delays ('at delay after trigger') are" + UNSUPPORTED;
            case AntimonyLexer.IS -> "'is' (synonyms and display names) is" + UNSUPPORTED;
            case AntimonyLexer.STRING -> "quoted text " + t.getText()
                    + " (annotations, display names, imports) is" + UNSUPPORTED;
            case AntimonyLexer.IMPORT -> "imports ('import') are" + UNSUPPORTED;
            case AntimonyLexer.FUNCTION -> "function definitions are" + UNSUPPORTED
                    + " (and in Antimony they belong outside models)";
            case AntimonyLexer.MODEL -> "nested models (submodules) are" + UNSUPPORTED;
            default -> null;
        };
    }
}
