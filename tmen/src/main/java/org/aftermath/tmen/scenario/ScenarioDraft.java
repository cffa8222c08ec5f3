package org.aftermath.tmen.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario being changed input by input ({@link ScenarioInputs}): its parts, mutable, and
 * {@link #build} to validate them into a new {@link Scenario}. Paths must already be resolved
 * against the base scenario; a value breaking a record's rule throws
 * {@link IllegalArgumentException} from {@link #set} or {@link #build}.
 */
final class ScenarioDraft {

    static final String PATIENT = "patient.";
    static final String ENDPOINTS = "endpoints.";
    static final String STROMA = "stroma.";

    private final Scenario base;
    private double cells;
    private Growth growth;
    private final List<Treatment> treatments;
    private final Map<String, Double> parameters;
    private Patient patient;
    private EndpointSettings endpoints;
    private final Map<String, Double> stroma;
    private boolean stromaSet;
    private boolean schedulesSet;

    ScenarioDraft(Scenario base) {
        this.base = base;
        this.cells = base.tumor().cells();
        this.growth = base.tumor().growth();
        this.treatments = new ArrayList<>(base.treatments());
        this.parameters = new LinkedHashMap<>(base.parameters());
        this.patient = base.patient();
        this.endpoints = base.endpoints();
        this.stroma = new LinkedHashMap<>(base.microenvironment().stroma());
    }

    /** @return the current value at a resolved path; NaN if an optional key is not given, 1 for a multiplier */
    double get(String path) {
        String key = key(path);
        if (path.startsWith(ScenarioInputs.TREATMENTS)) {
            return treatments.get(index(path)).value(key);
        }
        if (path.startsWith(ScenarioInputs.GROWTH)) {
            return growth.value(key);
        }
        if (path.startsWith(PATIENT)) {
            return InputKey.value(Patient.KEYS, patient, key);
        }
        if (path.startsWith(ENDPOINTS)) {
            return InputKey.value(EndpointSettings.KEYS, endpoints, key);
        }
        if (path.startsWith(STROMA)) {
            return stroma.getOrDefault(key, Double.NaN);
        }
        return cells;
    }

    /** Sets the input at a resolved path to an admitted value. */
    void set(String path, double value) {
        String key = key(path);
        if (path.startsWith(ScenarioInputs.PARAMETERS)) {
            parameters.put(path.substring(ScenarioInputs.PARAMETERS.length()), value);
        } else if (path.startsWith(ScenarioInputs.TREATMENTS)) {
            int i = index(path);
            Treatment t = treatments.get(i);
            treatments.set(i, t.with(key, value));
            schedulesSet |= InputKey.names(t.schedule().keys()).contains(key);
        } else if (path.startsWith(ScenarioInputs.GROWTH)) {
            growth = growth.with(key, value);
        } else if (path.startsWith(STROMA)) {
            stroma.put(key, value);
            stromaSet = true;
        } else if (path.startsWith(PATIENT)) {
            patient = InputKey.with(Patient.KEYS, patient, key, value);
        } else if (path.startsWith(ENDPOINTS)) {
            endpoints = InputKey.with(EndpointSettings.KEYS, endpoints, key, value);
        } else {
            cells = value;
        }
    }

    private int index(String path) {
        String rest = path.substring(ScenarioInputs.TREATMENTS.length());
        String name = rest.substring(0, rest.lastIndexOf('.'));
        for (int i = 0; i < treatments.size(); i++) {
            if (treatments.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("unresolved treatment path " + path);
    }

    /** @return the last part of a path, the key */
    private static String key(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** Resolves the between schedules again, in declaration order, against the changed schedules. */
    private void resolveBetweenSchedules() {
        for (int i = 0; i < treatments.size(); i++) {
            Treatment t = treatments.get(i);
            if (t.schedule() instanceof Schedule.Between b) {
                Treatment target = treatments.subList(0, i).stream().filter(x -> x.name().equals(b.treatment()))
                        .findFirst().orElseThrow(() -> new IllegalArgumentException("treatment " + t.name()
                                + " is between '" + b.treatment() + "', which is not an earlier treatment"));
                Double targetEvery = target.schedule() instanceof Schedule.Periodic p ? p.everyDays() : null;
                treatments.set(i, t.withSchedule(b.resolve(target.schedule().doseDays(), targetEvery, base.days())));
            }
        }
    }

    /** @return the scenario with the values set, its variability that of the base */
    Scenario build() {
        if (schedulesSet) {
            resolveBetweenSchedules();
        }
        Microenvironment m = base.microenvironment();
        Microenvironment tme = stromaSet ? new Microenvironment(stroma, m.knockouts(), m.knockdowns(), true, false) : m;
        return new Scenario(base.name(), base.days(), base.tumor().with(cells, growth), treatments, parameters, base.source(),
                base.model(), patient, endpoints, tme, base.variability());
    }
}
