package org.aftermath.kernel.compile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Orders named definitions (assignment rules, initial assignments) so that each comes after the
 * ones it uses, and finds the cycles that make such an order impossible.
 */
final class DependencyOrder {

    private DependencyOrder() { }

    /**
     * @param roots        the names wanted, in preference order
     * @param dependencies the defined names each name uses directly (names that are not defined
     *                     map to an empty collection)
     * @return the roots and everything they depend on, each after its dependencies; on a cycle
     *         the order within it is arbitrary (validation reports cycles first)
     */
    static List<String> order(Collection<String> roots, Function<String, Collection<String>> dependencies) {
        Set<String> done = new LinkedHashSet<>();
        Set<String> active = new LinkedHashSet<>();
        for (String r : roots) {
            visit(r, dependencies, done, active);
        }
        return new ArrayList<>(done);
    }

    private static void visit(String n, Function<String, Collection<String>> deps, Set<String> done, Set<String> active) {
        if (done.contains(n) || !active.add(n)) {
            return;
        }
        for (String d : deps.apply(n)) {
            visit(d, deps, done, active);
        }
        active.remove(n);
        done.add(n);
    }

    /**
     * @return every cycle found by a depth-first search from {@code nodes}, each as the path
     *         {@code a, b, ..., a}; a cycle is reported once
     */
    static List<List<String>> cycles(Collection<String> nodes, Function<String, Collection<String>> dependencies) {
        List<List<String>> found = new ArrayList<>();
        Set<Set<String>> seen = new LinkedHashSet<>();
        Map<String, Integer> state = new HashMap<>();
        for (String n : nodes) {
            search(n, dependencies, state, new ArrayList<>(), found, seen);
        }
        return found;
    }

    private static void search(String n, Function<String, Collection<String>> deps, Map<String, Integer> state,
                               List<String> path, List<List<String>> found, Set<Set<String>> seen) {
        Integer s = state.get(n);
        if (s != null && s == 2) {
            return;
        }
        if (s != null && s == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(n), path.size()));
            if (seen.add(new LinkedHashSet<>(cycle))) {
                cycle.add(n);
                found.add(cycle);
            }
            return;
        }
        state.put(n, 1);
        path.add(n);
        for (String d : deps.apply(n)) {
            search(d, deps, state, path, found, seen);
        }
        path.remove(path.size() - 1);
        state.put(n, 2);
    }
}
