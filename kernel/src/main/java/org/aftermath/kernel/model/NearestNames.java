package org.aftermath.kernel.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Suggests the names a user probably meant, by case-insensitive Levenshtein distance (one
 * insertion, deletion or substitution costs 1). Used for every "did you mean" hint: undefined
 * names and units of model files, scenario keys, agents, parameters.
 */
public final class NearestNames {

    private NearestNames() { }

    /**
     * @param name       the unknown name
     * @param candidates the known names
     * @return the closest candidate if it is within a third of the name's length (at least 2
     *         edits allowed), ties broken by candidate order
     */
    public static Optional<String> didYouMean(String name, Collection<String> candidates) {
        int allowed = Math.max(2, name.length() / 3);
        return closest(name, candidates, 1).stream()
                .filter(c -> distance(name, c) <= allowed)
                .findFirst();
    }

    /**
     * @param name       the unknown name
     * @param candidates the known names
     * @param max        how many to return, &gt;= 0
     * @return up to {@code max} candidates, nearest first, ties in candidate order
     */
    public static List<String> closest(String name, Collection<String> candidates, int max) {
        List<String> ordered = List.copyOf(candidates);
        return ordered.stream()
                .sorted(Comparator.comparingInt((String c) -> distance(name, c)))
                .limit(max)
                .toList();
    }

    /** @return the case-insensitive Levenshtein distance between {@code a} and {@code b} */
    public static int distance(String a, String b) {
        String s = a.toLowerCase(Locale.ROOT);
        String t = b.toLowerCase(Locale.ROOT);
        int[] previous = new int[t.length() + 1];
        int[] current = new int[t.length() + 1];
        for (int j = 0; j <= t.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= t.length(); j++) {
                int substitution = previous[j - 1] + (s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[t.length()];
    }
}
