package org.aftermath.tmen.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The growth law of the viable cancer cells between doses, as a scenario gives it: a form of a
 * {@link GrowthLaw} and the values of its keys. The law's model file
 * ({@link GrowthLaw.Form#file()}) holds the equations; these values set its parameters.
 *
 * @param form   the law and the keys given
 * @param values each key of the form → its values: one, or for a key that takes a list
 *               ({@link GrowthLaw.Key#perKillDose()}) one or more, value k holding after the k-th
 *               kill dose (value 1 also before any); each finite and in the key's range (a
 *               capacity is checked against the cells by {@link Tumor})
 */
public record Growth(GrowthLaw.Form form, Map<String, List<Double>> values) {

    public Growth {
        Objects.requireNonNull(form, "form");
        Map<String, List<Double>> copy = new LinkedHashMap<>();
        for (GrowthLaw.Key key : form.keys()) {
            List<Double> given = values.get(key.name());
            if (given == null || given.isEmpty()) {
                throw new IllegalArgumentException(key.name() + " needs at least one value");
            }
            if (given.size() > 1 && !key.perKillDose()) {
                throw new IllegalArgumentException(key.name() + " takes one value (got " + given.size() + ")");
            }
            for (Double v : given) {
                if (v == null || !key.range().admits(v)) {
                    throw new IllegalArgumentException(key.name() + " must be " + (key.perKillDose() ? "a list of " : "")
                            + "finite numbers " + key.range().rule() + " (got " + v + ")");
                }
            }
            copy.put(key.name(), List.copyOf(given));
        }
        if (!copy.keySet().equals(values.keySet())) {
            throw new IllegalArgumentException("law " + form.law() + " takes the keys " + form.keyNames() + " (got "
                    + values.keySet() + ")");
        }
        values = Collections.unmodifiableMap(copy);
    }

    /**
     * @param law    a law's name
     * @param values key → value, alternating: {@code "carrying_capacity", 1e12, "rate_per_day", 0.01}
     * @return the growth of the law's form with exactly these keys
     * @throws IllegalArgumentException for an unknown law, no form with these keys, or a value out of range
     */
    public static Growth of(String law, Object... values) {
        Map<String, List<Double>> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < values.length; i += 2) {
            Object v = values[i + 1];
            List<Double> list = new ArrayList<>();
            if (v instanceof List<?> l) {
                l.forEach(x -> list.add(((Number) x).doubleValue()));
            } else {
                list.add(((Number) v).doubleValue());
            }
            map.put((String) values[i], list);
        }
        GrowthLaw l = GrowthLaw.of(law).orElseThrow(() -> new IllegalArgumentException("unknown law " + law));
        return new Growth(l.form(map.keySet()).orElseThrow(() -> new IllegalArgumentException("law " + law
                + " has no form with the keys " + map.keySet())), map);
    }

    /** @return exponential growth, doubling time(s) in days */
    public static Growth exponential(List<Double> doublingDays) {
        return of("exponential", "doubling_days", doublingDays);
    }

    /** @return exponential growth with one doubling time in days */
    public static Growth exponential(double doublingDays) {
        return of("exponential", "doubling_days", doublingDays);
    }

    /** @return Gompertz growth with carrying capacity (cells) and rate constant (per day) */
    public static Growth gompertz(double carryingCapacity, double ratePerDay) {
        return of("gompertz", "carrying_capacity", carryingCapacity, "rate_per_day", ratePerDay);
    }

    /** @return Gompertz growth with carrying capacity (cells) and doubling time at the initial size (days) */
    public static Growth gompertzDoubling(double carryingCapacity, double doublingDays) {
        return of("gompertz", "carrying_capacity", carryingCapacity, "doubling_days", doublingDays);
    }

    /** @return the law's name as written in a scenario ({@code exponential}, {@code gompertz}, ...) */
    public String law() {
        return form.law();
    }

    /** @return the value of a key (for a list, the first) */
    public double value(String key) {
        return values(key).get(0);
    }

    /** @return the values of a key */
    public List<Double> values(String key) {
        List<Double> v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("law " + law() + " has no key " + key + " here (keys: " + form.keyNames() + ")");
        }
        return v;
    }

    /**
     * @return true if {@code key}'s value is a common multiplier of its list when set
     *         ({@link #with}): a key given a list of more than one value
     */
    public boolean multiplies(String key) {
        return values(key).size() > 1;
    }

    /**
     * @param key   a key of this form
     * @param value the new value; for a key with several values ({@link #multiplies}), a common
     *              multiplier of them
     * @return this growth with the key set
     * @throws IllegalArgumentException if a value leaves the key's range
     */
    public Growth with(String key, double value) {
        Map<String, List<Double>> changed = new LinkedHashMap<>(values);
        changed.put(key, multiplies(key) ? values(key).stream().map(v -> v * value).toList() : List.of(value));
        return new Growth(form, changed);
    }

    /**
     * @return the smallest value a key of range {@link InputRange#ABOVE_CELLS} holds (the
     *         carrying capacity), or +infinity for an unbounded law
     */
    public double carryingCapacity() {
        return form.keys().stream().filter(k -> k.range() == InputRange.ABOVE_CELLS)
                .mapToDouble(k -> value(k.name())).min().orElse(Double.POSITIVE_INFINITY);
    }
}
