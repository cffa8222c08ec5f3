package org.aftermath.kernel.antimony;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * Error recovery for a line-oriented language: after an error, skip to the end of the line and
 * go on with the next statement, so that one mistake yields one message and later lines are
 * still checked. The newline itself is left for the enclosing {@code line} rule, which always
 * accepts it, so recovery always makes progress.
 */
final class LineRecovery extends DefaultErrorStrategy {

    private int lastRecoveryIndex = -1;

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        skipLine(recognizer);
    }

    /** Where the default would give up on the enclosing rule, reports and skips the line instead. */
    @Override
    public void sync(Parser recognizer) {
        try {
            super.sync(recognizer);
        } catch (RecognitionException e) {
            reportError(recognizer, e);
            skipLine(recognizer);
        }
    }

    /** A newline ends a statement: never drop it to make a statement continue. */
    @Override
    protected Token singleTokenDeletion(Parser recognizer) {
        return recognizer.getInputStream().LA(1) == AntimonyLexer.NL ? null : super.singleTokenDeletion(recognizer);
    }

    private void skipLine(Parser recognizer) {
        TokenStream in = recognizer.getInputStream();
        if (in.index() == lastRecoveryIndex && in.LA(1) != Token.EOF && in.LA(1) != AntimonyLexer.NL) {
            recognizer.consume();
        }
        lastRecoveryIndex = in.index();
        while (in.LA(1) != Token.EOF && in.LA(1) != AntimonyLexer.NL) {
            recognizer.consume();
        }
    }
}
