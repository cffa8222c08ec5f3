package org.aftermath.tmen.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * When a treatment is given: the days of its doses, in days from the start of the simulation.
 * A schedule may extend past the scenario's horizon; the regimen compiler skips those doses.
 */
public sealed interface Schedule permits Schedule.Periodic, Schedule.OnDays, Schedule.Weekdays, Schedule.Between {

    /** The most doses one schedule may hold, a guard against run-away expansion. */
    int MAX_DOSES = 10_000;

    /** @return the dose days in ascending order, each finite and &gt;= 0 */
    List<Double> doseDays();

    /** @return the number of doses; periodic and weekday schedules count without expanding */
    default int doseCount() {
        return doseDays().size();
    }

    /** @return this form's numeric keys ({@link ScenarioInputs}), in file order */
    List<? extends InputKey<?>> keys();

    /**
     * @return the value of a key of {@link #keys()}: NaN for an optional key not given, 1 for a
     *         multiplier
     * @throws IllegalArgumentException if the form has no such key
     */
    default double value(String key) {
        return InputKey.valueOf(this, keys(), key);
    }

    /**
     * @return this schedule with a key set (a between schedule keeps its days until the scenario
     *         resolves it again against the treatment it follows)
     * @throws IllegalArgumentException if the form has no such key, or the value breaks a rule
     */
    default Schedule with(String key, double value) {
        return (Schedule) InputKey.withOf(this, keys(), key, value);
    }

    /**
     * {@code cycles} doses every {@code everyDays}, the first on {@code startDay}:
     * dose k (from 0) on {@code startDay + k * everyDays}.
     *
     * @param startDay  day of the first dose, finite, &gt;= 0
     * @param everyDays interval between doses in days, finite, &gt; 0
     * @param cycles    number of doses, 1 ..= {@link #MAX_DOSES}
     */
    record Periodic(double startDay, double everyDays, int cycles) implements Schedule {

        static final List<InputKey<Periodic>> KEYS = List.of(
                InputKey.of("start_day", InputRange.NON_NEGATIVE, Periodic::startDay,
                        (p, v) -> new Periodic(v, p.everyDays, p.cycles)),
                InputKey.of("every_days", InputRange.POSITIVE, Periodic::everyDays,
                        (p, v) -> new Periodic(p.startDay, v, p.cycles)),
                InputKey.of("cycles", InputRange.COUNT, Periodic::cycles,
                        (p, v) -> new Periodic(p.startDay, p.everyDays, (int) (double) v)));

        public Periodic {
            if (!(startDay >= 0) || !Double.isFinite(startDay)) {
                throw new IllegalArgumentException("start_day must be a finite number >= 0 (got " + startDay + ")");
            }
            if (!(everyDays > 0) || !Double.isFinite(everyDays)) {
                throw new IllegalArgumentException("every_days must be a finite number > 0 (got " + everyDays + ")");
            }
            if (cycles < 1 || cycles > MAX_DOSES) {
                throw new IllegalArgumentException("cycles must be in 1 .. " + MAX_DOSES + " (got " + cycles + ")");
            }
            if (!Double.isFinite(lastDay(startDay, everyDays, cycles))) {
                throw new IllegalArgumentException("the last dose day is not a finite number");
            }
        }

        /** @return the day of the last dose, {@code startDay + (cycles - 1) * everyDays} */
        static double lastDay(double startDay, double everyDays, int cycles) {
            return startDay + (cycles - 1) * everyDays;
        }

        @Override
        public List<Double> doseDays() {
            List<Double> days = new ArrayList<>(cycles);
            for (int k = 0; k < cycles; k++) {
                days.add(startDay + k * everyDays);
            }
            return List.copyOf(days);
        }

        @Override
        public int doseCount() {
            return cycles;
        }

        @Override
        public List<InputKey<Periodic>> keys() {
            return KEYS;
        }
    }

    /**
     * Doses on the listed days.
     *
     * @param days dose days, each finite and &gt;= 0, no day twice, 1 ..= {@link #MAX_DOSES} of
     *             them; stored in ascending order
     */
    record OnDays(List<Double> days) implements Schedule {

        static final List<InputKey<OnDays>> KEYS = List.of(new InputKey<>("days", InputRange.POSITIVE, true,
                d -> 1.0, (d, v) -> new OnDays(d.days.stream().map(day -> day * v).toList())));

        public OnDays {
            if (days.isEmpty() || days.size() > MAX_DOSES) {
                throw new IllegalArgumentException("days must list 1 .. " + MAX_DOSES + " days (got " + days.size() + ")");
            }
            for (double day : days) {
                if (!(day >= 0) || !Double.isFinite(day)) {
                    throw new IllegalArgumentException("every dose day must be a finite number >= 0 (got " + day + ")");
                }
            }
            days = days.stream().sorted().toList();
            for (int i = 1; i < days.size(); i++) {
                if (days.get(i).equals(days.get(i - 1))) {
                    throw new IllegalArgumentException("day " + days.get(i) + " is listed twice");
                }
            }
        }

        @Override
        public List<Double> doseDays() {
            return days;
        }

        @Override
        public List<InputKey<OnDays>> keys() {
            return KEYS;
        }
    }

    /**
     * {@code fractions} doses on consecutive weekdays, five a week, the first on
     * {@code startDay}, which counts as a Monday: dose k (from 0) on
     * {@code startDay + 7 * (k / 5) + k % 5}. 35 weekday fractions from day 0 end on day 46.
     *
     * @param startDay  day of the first dose (a Monday), finite, &gt;= 0
     * @param fractions number of doses, 1 ..= {@link #MAX_DOSES}
     */
    record Weekdays(double startDay, int fractions) implements Schedule {

        static final List<InputKey<Weekdays>> KEYS = List.of(
                InputKey.of("start_day", InputRange.NON_NEGATIVE, Weekdays::startDay, (w, v) -> new Weekdays(v, w.fractions)),
                InputKey.of("fractions", InputRange.COUNT, Weekdays::fractions,
                        (w, v) -> new Weekdays(w.startDay, (int) (double) v)));

        public Weekdays {
            if (!(startDay >= 0) || !Double.isFinite(startDay)) {
                throw new IllegalArgumentException("start_day must be a finite number >= 0 (got " + startDay + ")");
            }
            if (fractions < 1 || fractions > MAX_DOSES) {
                throw new IllegalArgumentException("fractions must be in 1 .. " + MAX_DOSES + " (got " + fractions + ")");
            }
        }

        /** @return the day of dose k (from 0) */
        public double day(int k) {
            return startDay + 7.0 * (k / 5) + k % 5;
        }

        @Override
        public List<Double> doseDays() {
            List<Double> days = new ArrayList<>(fractions);
            for (int k = 0; k < fractions; k++) {
                days.add(day(k));
            }
            return List.copyOf(days);
        }

        @Override
        public int doseCount() {
            return fractions;
        }

        @Override
        public List<InputKey<Weekdays>> keys() {
            return KEYS;
        }
    }

    /**
     * Schedule form 3: doses inside the windows between the doses of another treatment. After
     * each dose of the named treatment on day p, with its next dose on day q (after its last dose,
     * q = p + {@code afterLastDays} if given, else p + the named treatment's {@code every_days},
     * else the horizon; always capped at the horizon), doses fall on
     * {@code p + offsetDays + k * everyDays}, k = 0, 1, ..., while {@code <= q - gapDays} and,
     * if {@code durationDays} is given, {@code <= p + offsetDays + durationDays}. A day that two
     * windows share (gap 0) is dosed once.
     *
     * @param treatment     the named treatment
     * @param everyDays     interval between doses inside a window, finite, &gt; 0
     * @param offsetDays    first dose this long after each dose of the named treatment, &gt;= 0
     * @param gapDays       last dose at least this long before its next dose, &gt;= 0
     * @param durationDays  longest span of doses in a window, &gt;= 0, or null (none)
     * @param afterLastDays window length after the named treatment's last dose, &gt; 0, or null
     * @param days          the resolved dose days, ascending, distinct, 1 ..= {@link #MAX_DOSES}
     */
    record Between(String treatment, double everyDays, double offsetDays, double gapDays, Double durationDays,
                   Double afterLastDays, List<Double> days) implements Schedule {

        /** Round-off allowance when a dose lands exactly on a window's end, days. */
        static final double SLACK = 1e-9;

        /** The keys; {@code gap_days} sets the offset and the gap, as the key does in a file. */
        static final List<InputKey<Between>> KEYS = List.of(
                InputKey.of("every_days", InputRange.POSITIVE, Between::everyDays,
                        (b, v) -> new Between(b.treatment, v, b.offsetDays, b.gapDays, b.durationDays, b.afterLastDays, b.days)),
                InputKey.of("offset_days", InputRange.NON_NEGATIVE, Between::offsetDays,
                        (b, v) -> new Between(b.treatment, b.everyDays, v, b.gapDays, b.durationDays, b.afterLastDays, b.days)),
                InputKey.of("gap_days", InputRange.NON_NEGATIVE, Between::gapDays,
                        (b, v) -> new Between(b.treatment, b.everyDays, v, v, b.durationDays, b.afterLastDays, b.days)),
                InputKey.of("duration_days", InputRange.NON_NEGATIVE, b -> orNaN(b.durationDays),
                        (b, v) -> new Between(b.treatment, b.everyDays, b.offsetDays, b.gapDays, v, b.afterLastDays, b.days)),
                InputKey.of("after_last_days", InputRange.POSITIVE, b -> orNaN(b.afterLastDays),
                        (b, v) -> new Between(b.treatment, b.everyDays, b.offsetDays, b.gapDays, b.durationDays, v, b.days)));

        public Between {
            if (!(everyDays > 0) || !Double.isFinite(everyDays)) {
                throw new IllegalArgumentException("every_days must be a finite number > 0 (got " + everyDays + ")");
            }
            if (days.isEmpty() || days.size() > MAX_DOSES) {
                throw new IllegalArgumentException("the windows between the doses of " + treatment + " hold "
                        + days.size() + " doses (need 1 .. " + MAX_DOSES + ")");
            }
            days = List.copyOf(days);
        }

        /**
         * Resolves the dose days.
         *
         * @param treatment      the named treatment's name
         * @param targetDays     its dose days, ascending
         * @param targetEvery    its {@code every_days}, or null if its schedule has none
         * @param everyDays      see the record
         * @param offsetDays     see the record
         * @param gapDays        see the record
         * @param durationDays   see the record
         * @param afterLastDays  see the record
         * @param horizon        the scenario's horizon, days
         * @return the schedule
         * @throws IllegalArgumentException if no dose falls in any window, or more than
         *                                  {@link #MAX_DOSES} do
         */
        public static Between resolve(String treatment, List<Double> targetDays, Double targetEvery, double everyDays,
                                      double offsetDays, double gapDays, Double durationDays, Double afterLastDays,
                                      double horizon) {
            TreeSet<Double> out = new TreeSet<>();
            for (int i = 0; i < targetDays.size(); i++) {
                double p = targetDays.get(i);
                double q;
                if (i + 1 < targetDays.size()) {
                    q = targetDays.get(i + 1);
                } else {
                    q = afterLastDays != null ? p + afterLastDays : targetEvery != null ? p + targetEvery : horizon;
                }
                q = Math.min(q, horizon);
                double end = q - gapDays;
                if (durationDays != null) {
                    end = Math.min(end, p + offsetDays + durationDays);
                }
                for (int k = 0; p + offsetDays + k * everyDays <= end + SLACK; k++) {
                    out.add(p + offsetDays + k * everyDays);
                    if (out.size() > MAX_DOSES) {
                        throw new IllegalArgumentException("the windows between the doses of " + treatment
                                + " hold more than " + MAX_DOSES + " doses");
                    }
                }
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException("no dose falls in the windows between the doses of " + treatment
                        + " (offset " + offsetDays + ", gap " + gapDays + " days, horizon " + horizon + ")");
            }
            return new Between(treatment, everyDays, offsetDays, gapDays, durationDays, afterLastDays, new ArrayList<>(out));
        }

        /** @return this schedule's days resolved again against the treatment it follows */
        public Between resolve(List<Double> targetDays, Double targetEvery, double horizon) {
            return resolve(treatment, targetDays, targetEvery, everyDays, offsetDays, gapDays, durationDays, afterLastDays,
                    horizon);
        }

        @Override
        public List<Double> doseDays() {
            return days;
        }

        @Override
        public List<InputKey<Between>> keys() {
            return KEYS;
        }

        private static double orNaN(Double x) {
            return x == null ? Double.NaN : x;
        }
    }
}
