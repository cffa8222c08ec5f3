package org.aftermath.fit.io;

import java.util.ArrayList;
import java.util.List;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.expr.ExprParser;

/**
 * PEtab's math (v1: the formulas of observables, noise and conditions) in the kernel's expression language.
 * PEtab writes {@code **} or {@code ^} for powers, {@code log(x)} for the natural logarithm, {@code log(x, b)} for
 * the logarithm to base b, {@code log2(x)} and {@code pow(a, b)}; the kernel has {@code ^}, {@code ln} and
 * {@code log10}. The text is rewritten call by call before it is parsed: {@code log(x)} → {@code ln(x)},
 * {@code log(x, b)} → {@code (ln(x)/ln(b))}, {@code log2(x)} → {@code (ln(x)/ln(2))}, {@code pow(a, b)} →
 * {@code ((a)^(b))}; every other function is the kernel's ({@code exp}, {@code sqrt}, {@code abs}, ...).
 */
final class PetabMath {

    private PetabMath() {
    }

    /**
     * @param text a PEtab formula
     * @return its expression
     * @throws ExprParser.ParseException if it does not parse
     */
    static Expr parse(String text) {
        return ExprParser.parse(rewrite(text.replace("**", "^")));
    }

    /** @return the text with PEtab's log, log2 and pow calls written in the kernel's functions */
    static String rewrite(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                String name = text.substring(i, end);
                int open = end;
                while (open < text.length() && text.charAt(open) == ' ') {
                    open++;
                }
                boolean call = open < text.length() && text.charAt(open) == '(';
                if (call && (name.equals("log") || name.equals("log2") || name.equals("pow"))) {
                    int close = matching(text, open);
                    if (close > 0) {
                        List<String> args = arguments(text.substring(open + 1, close));
                        String written = call(name, args);
                        if (written != null) {
                            out.append(written);
                            i = close + 1;
                            continue;
                        }
                    }
                }
                out.append(name);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String call(String name, List<String> args) {
        List<String> a = new ArrayList<>();
        for (String arg : args) {
            a.add(rewrite(arg));
        }
        return switch (name) {
            case "log" -> a.size() == 1 ? "ln(" + a.get(0) + ")"
                    : a.size() == 2 ? "(ln(" + a.get(0) + ")/ln(" + a.get(1) + "))" : null;
            case "log2" -> a.size() == 1 ? "(ln(" + a.get(0) + ")/ln(2))" : null;
            default -> a.size() == 2 ? "((" + a.get(0) + ")^(" + a.get(1) + "))" : null;
        };
    }

    /** @return the index of the parenthesis closing the one at {@code open}, or -1 */
    private static int matching(String text, int open) {
        int depth = 0;
        for (int j = open; j < text.length(); j++) {
            if (text.charAt(j) == '(') {
                depth++;
            } else if (text.charAt(j) == ')') {
                depth--;
                if (depth == 0) {
                    return j;
                }
            }
        }
        return -1;
    }

    /** @return the top-level comma-separated parts of a call's argument text */
    private static List<String> arguments(String inner) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int j = 0; j < inner.length(); j++) {
            char c = inner.charAt(j);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(inner.substring(from, j));
                from = j + 1;
            }
        }
        out.add(inner.substring(from));
        return out;
    }
}
