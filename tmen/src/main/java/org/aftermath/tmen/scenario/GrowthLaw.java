package org.aftermath.tmen.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A growth law of {@code tumor.growth}, described once: its {@code law:} name, and the forms
 * it may be given in, each with its keys and the model file whose parameters they set. The
 * scenario reader, the inputs of {@code variability:}, the scenario compiler, the growth module
 * contract, the report and the JSON schema all read this description; a new law is a model file
 * and one constant added to {@link #ALL}.
 *
 * @param name     the {@code law:} value, e.g. {@code gompertz}
 * @param title    how reports name it, e.g. {@code Gompertz}
 * @param equation the law in words and symbols, for the schema and the docs
 * @param forms    the key sets it is given with, at least one; forms of one law differ only in
 *                 keys that exclude each other (e.g. {@code rate_per_day} or
 *                 {@code doubling_days}), and share the others in the same order
 */
public record GrowthLaw(String name, String title, String equation, List<Form> forms) {

    /**
     * One numeric key of a growth law.
     *
     * @param name        the key, e.g. {@code carrying_capacity}
     * @param parameter   the id of the model parameter it sets in the form's file
     * @param range       the values it takes ({@link InputRange#ABOVE_CELLS}: &gt; tumor.cells)
     * @param perKillDose true if a list may give one value per kill dose: value k holds after the
     *                    k-th kill dose, value 1 also before any ({@link #lists()})
     * @param label       what it is, for reports, e.g. {@code carrying capacity}
     * @param unit        its unit as reports write it, e.g. {@code cells}, {@code per day}
     * @param hint        what to give, for messages and the schema
     */
    public record Key(String name, String parameter, InputRange range, boolean perKillDose, String label,
                      String unit, String hint) {
        public Key {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(parameter, "parameter");
            Objects.requireNonNull(range, "range");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(hint, "hint");
        }
    }

    /**
     * One way to give a law: its keys, all required, and the model file they set.
     *
     * @param law  the law's {@code law:} name
     * @param file the model file (in {@code org/aftermath/tmen/models/}); a key that sets a
     *             parameter the file computes at t = 0 replaces that computation
     * @param keys the keys, in the order messages, reports and inputs list them
     */
    public record Form(String law, String file, List<Key> keys) {
        public Form {
            Objects.requireNonNull(law, "law");
            Objects.requireNonNull(file, "file");
            keys = List.copyOf(keys);
        }

        /** @return the key called {@code name}, if the form has it */
        public Optional<Key> key(String name) {
            return keys.stream().filter(k -> k.name().equals(name)).findFirst();
        }

        /** @return the key names, in order */
        public List<String> keyNames() {
            return keys.stream().map(Key::name).toList();
        }

        /** @return the law this form belongs to */
        public GrowthLaw growthLaw() {
            return GrowthLaw.of(law).orElseThrow();
        }
    }

    /** {@code carrying_capacity}: the plateau of a bounded law. */
    public static final Key CARRYING_CAPACITY = new Key("carrying_capacity", "carrying_capacity",
            InputRange.ABOVE_CELLS, false, "carrying capacity", "cells", "the plateau size in cells, > tumor.cells");

    /** {@code doubling_days} of a bounded law: the doubling time at the initial size. */
    public static final Key DOUBLING_AT_START = new Key("doubling_days", "doubling_days", InputRange.POSITIVE, false,
            "doubling time at the initial size", "days", "the doubling time at the initial size, days");

    /** {@code dN/dt = ln2 / doubling_days · N}. */
    public static final GrowthLaw EXPONENTIAL = new GrowthLaw("exponential", "exponential",
            "dN/dt = ln2 / doubling_days * N; a list gives the doubling time after each kill dose (the first also before any).",
            List.of(new Form("exponential", "tumor-exponential.ant", List.of(new Key("doubling_days", "doubling_days",
                    InputRange.POSITIVE, true, "doubling time", "days",
                    "days, > 0: a number, or a list with one value per kill dose")))));

    /** {@code dN/dt = a N ln(K / N)}, with a given or set by the doubling time at the initial size. */
    public static final GrowthLaw GOMPERTZ = new GrowthLaw("gompertz", "Gompertz",
            "dN/dt = a N ln(K / N), with a = rate_per_day or set by doubling_days at the initial size.",
            List.of(new Form("gompertz", "tumor-gompertz.ant", List.of(CARRYING_CAPACITY,
                            new Key("rate_per_day", "gompertz_rate", InputRange.POSITIVE, false, "rate", "per day",
                                    "a in dN/dt = a N ln(K/N), per day"))),
                    new Form("gompertz", "tumor-gompertz-doubling.ant", List.of(CARRYING_CAPACITY, DOUBLING_AT_START))));

    /**
     * {@code dN/dt = r N (1 − N / K)}, with r given or set by the doubling time at the initial
     * size: {@code r (1 − N0 / K) = ln2 / Td}.
     */
    public static final GrowthLaw LOGISTIC = new GrowthLaw("logistic", "logistic",
            "dN/dt = r N (1 - N / K), with r = rate_per_day or set by doubling_days at the initial size: r (1 - N0 / K) = ln2 / doubling_days.",
            List.of(new Form("logistic", "tumor-logistic.ant", List.of(CARRYING_CAPACITY,
                            new Key("rate_per_day", "logistic_rate", InputRange.POSITIVE, false, "rate", "per day",
                                    "r in dN/dt = r N (1 - N/K), per day"))),
                    new Form("logistic", "tumor-logistic.ant", List.of(CARRYING_CAPACITY, DOUBLING_AT_START))));

    /** Every law, in the order messages list them. */
    public static final List<GrowthLaw> ALL = List.of(EXPONENTIAL, GOMPERTZ, LOGISTIC);

    public GrowthLaw {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(equation, "equation");
        forms = List.copyOf(forms);
        if (forms.isEmpty()) {
            throw new IllegalArgumentException(name + ": a law needs at least one form");
        }
    }

    /** @return the law called {@code name}, if any */
    public static Optional<GrowthLaw> of(String name) {
        return ALL.stream().filter(l -> l.name.equals(name)).findFirst();
    }

    /** @return every law's name, in order */
    public static List<String> names() {
        return ALL.stream().map(GrowthLaw::name).toList();
    }

    /** @return the names of every key of every law, each once, in order of first appearance */
    public static List<String> allKeyNames() {
        Set<String> names = new LinkedHashSet<>();
        ALL.forEach(l -> names.addAll(l.keyNames()));
        return List.copyOf(names);
    }

    /** @return every model file of a growth law, each once, in order */
    public static List<String> files() {
        Set<String> files = new LinkedHashSet<>();
        ALL.forEach(l -> l.forms.forEach(f -> files.add(f.file())));
        return List.copyOf(files);
    }

    /** @return the keys of every form, each once, in order (common keys first) */
    public List<String> keyNames() {
        Set<String> names = new LinkedHashSet<>();
        forms.forEach(f -> names.addAll(f.keyNames()));
        return List.copyOf(names);
    }

    /** @return the keys every form has, in order */
    public List<String> commonKeys() {
        List<String> common = new ArrayList<>(forms.get(0).keyNames());
        forms.forEach(f -> common.retainAll(f.keyNames()));
        return common;
    }

    /** @return the keys only some forms have: exactly one of them is given */
    public List<String> alternativeKeys() {
        List<String> alternatives = new ArrayList<>(keyNames());
        alternatives.removeAll(commonKeys());
        return alternatives;
    }

    /** @return the form with exactly these keys, if any */
    public Optional<Form> form(Set<String> keys) {
        return forms.stream().filter(f -> Set.copyOf(f.keyNames()).equals(keys)).findFirst();
    }

    /** A key that takes a list (one value per kill dose) and the law it belongs to. */
    public record ListKey(String law, String label) { }

    /** @return a key called {@code name} that takes a list (one value per kill dose), if any law has one */
    public static Optional<ListKey> lists(String name) {
        for (GrowthLaw l : ALL) {
            for (Form f : l.forms) {
                Optional<Key> k = f.key(name).filter(Key::perKillDose);
                if (k.isPresent()) {
                    return Optional.of(new ListKey(l.name, k.get().label()));
                }
            }
        }
        return Optional.empty();
    }
}
