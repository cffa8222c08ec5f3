package org.aftermath.tmen.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;

/**
 * A numeric key of a scenario record {@code R} (a treatment, a schedule form, the patient, the
 * endpoints), declared once on the record: its name in the file, the values it takes, and how it
 * is read from and set on the record. {@link ScenarioInputs} and the cohort, optimisation and
 * sensitivity tools address it as {@code <record path>.<name>}.
 *
 * @param name       the key, e.g. {@code every_days}
 * @param range      the values it takes
 * @param multiplier true if the key holds a list and its input value is a common multiplier of
 *                   the list ({@code days: [...]}); its own value is then 1
 * @param get        the record's value, NaN for an optional key it does not give
 * @param set        the record with the key set to a value in {@code range} (for a multiplier,
 *                   every element multiplied)
 * @param <R>        the record
 */
public record InputKey<R>(String name, InputRange range, boolean multiplier, ToDoubleFunction<R> get,
                          BiFunction<R, Double, R> set) {

    public InputKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(get, "get");
        Objects.requireNonNull(set, "set");
    }

    /** @return a key holding one value */
    public static <R> InputKey<R> of(String name, InputRange range, ToDoubleFunction<R> get, BiFunction<R, Double, R> set) {
        return new InputKey<>(name, range, false, get, set);
    }

    /** @return the value of {@code name} on {@code record}, NaN if not given */
    public static <R> double value(List<InputKey<R>> keys, R record, String name) {
        return find(keys, name).orElseThrow(() -> unknown(keys, name)).get().applyAsDouble(record);
    }

    /** @return {@code record} with {@code name} set to {@code value} */
    public static <R> R with(List<InputKey<R>> keys, R record, String name, double value) {
        return find(keys, name).orElseThrow(() -> unknown(keys, name)).set().apply(record, value);
    }

    /** @return the key called {@code name}, if any */
    public static <R> Optional<InputKey<R>> find(List<InputKey<R>> keys, String name) {
        return keys.stream().filter(k -> k.name.equals(name)).findFirst();
    }

    /** @return true if a key called {@code name} is among {@code keys} */
    public static boolean has(List<? extends InputKey<?>> keys, String name) {
        return keys.stream().anyMatch(k -> k.name().equals(name));
    }

    /**
     * @param record a record whose type the keys are declared on
     * @return the value of {@code name}, NaN if not given
     */
    static double valueOf(Object record, List<? extends InputKey<?>> keys, String name) {
        return value(typed(keys), record, name);
    }

    /**
     * @param record a record whose type the keys are declared on
     * @return the record with {@code name} set
     */
    static Object withOf(Object record, List<? extends InputKey<?>> keys, String name, double value) {
        return with(typed(keys), record, name, value);
    }

    @SuppressWarnings("unchecked")
    private static List<InputKey<Object>> typed(List<? extends InputKey<?>> keys) {
        return (List<InputKey<Object>>) keys;
    }

    /** @return the key names, in order */
    public static List<String> names(List<? extends InputKey<?>> keys) {
        return keys.stream().map(k -> k.name()).toList();
    }

    private static <R> IllegalArgumentException unknown(List<InputKey<R>> keys, String name) {
        return new IllegalArgumentException("no key '" + name + "' (keys: " + String.join(", ", names(keys)) + ")");
    }
}
