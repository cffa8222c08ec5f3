package org.aftermath.tmen.scenario;

import java.util.List;

/** Reads schedule form 3, {@code between: <treatment>} ({@link Schedule.Between}). */
final class BetweenSchedule {

    private static final List<String> OTHER_FORMS = List.of("start_day", "cycles", "days", "fractions", "weekdays");

    private BetweenSchedule() { }

    /**
     * @param node    the treatment
     * @param f       its fields
     * @param earlier the treatments declared before it
     * @param horizon the scenario's horizon, days
     * @return the resolved schedule
     * @throws ScenarioException if another schedule form is mixed in, the named treatment is not
     *                           an earlier one with its own schedule, or no dose falls in a window
     */
    static Schedule read(Node node, Fields f, List<Treatment> earlier, double horizon) {
        for (String key : OTHER_FORMS) {
            if (f.has(key)) {
                throw node.child(key).problem("does not combine with between (give exactly one schedule form:"
                        + " between/every_days with gap_days or offset_days, duration_days, after_last_days)");
            }
        }
        Node named = f.required("between", "the name of an earlier treatment");
        String name = named.string();
        List<Treatment> candidates = earlier.stream().filter(t -> !(t.schedule() instanceof Schedule.Between)).toList();
        Treatment target = candidates.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow(() ->
                named.problem("names no treatment declared before this one with its own schedule (allowed: "
                        + (candidates.isEmpty() ? "none" : String.join(", ", candidates.stream().map(Treatment::name).toList()))
                        + ")"));
        double every = f.required("every_days", "days between doses inside a window, > 0").positive();
        boolean gap = f.has("gap_days");
        if (gap && f.has("offset_days")) {
            throw node.child("offset_days").problem("does not combine with gap_days (gap_days sets both offset and gap)");
        }
        double offset;
        double gapDays;
        if (gap) {
            offset = f.required("gap_days", "days").nonNegative();
            gapDays = offset;
        } else {
            offset = f.optional("offset_days").map(Node::nonNegative).orElse(0.0);
            gapDays = 0;
        }
        Double duration = f.optional("duration_days").map(Node::nonNegative).orElse(null);
        Double afterLast = f.optional("after_last_days").map(Node::positive).orElse(null);
        Double targetEvery = target.schedule() instanceof Schedule.Periodic p ? p.everyDays() : null;
        return ScenarioReader.build(node, () -> Schedule.Between.resolve(name, target.schedule().doseDays(), targetEvery,
                every, offset, gapDays, duration, afterLast, horizon));
    }
}
