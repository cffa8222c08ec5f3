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

    /** @return the current value at a resolved, non-multiplier path; NaN if the key is not given */
    double get(String path) {
        if (path.startsWith(ScenarioInputs.TREATMENTS)) {
            return treatmentValue(path);
        }
        return switch (path) {
            case "tumor.cells" -> cells;
            case "tumor.growth.doubling_days" -> growth instanceof Growth.Exponential e ? e.doublingDays().get(0)
                    : ((Growth.GompertzDoubling) growth).doublingDays();
            case "tumor.growth.rate_per_day" -> ((Growth.Gompertz) growth).ratePerDay();
            case "tumor.growth.carrying_capacity" -> Tumor.carryingCapacity(growth);
            case "patient.bsa_m2" -> patient.bsaM2();
            case "patient.weight_kg" -> patient.weightKg();
            case "endpoints.cells_per_cm3" -> endpoints.cellsPerCm3();
            case "endpoints.partial_response_change" -> endpoints.partialResponseChange();
            case "endpoints.progression_change" -> endpoints.progressionChange();
            case "endpoints.detectable_cells" -> endpoints.detectableCells();
            default -> stroma.getOrDefault(path.substring("stroma.".length()), Double.NaN);
        };
    }

    /** Sets the input at a resolved path to an admitted value. */
    void set(String path, double value) {
        if (path.startsWith(ScenarioInputs.PARAMETERS)) {
            parameters.put(path.substring(ScenarioInputs.PARAMETERS.length()), value);
        } else if (path.startsWith(ScenarioInputs.TREATMENTS)) {
            setTreatment(path, value);
        } else if (path.startsWith("tumor.")) {
            setTumor(path, value);
        } else if (path.startsWith("stroma.")) {
            stroma.put(path.substring("stroma.".length()), value);
            stromaSet = true;
        } else if (path.startsWith("patient.")) {
            patient = path.equals("patient.bsa_m2") ? new Patient(value, patient.weightKg())
                    : new Patient(patient.bsaM2(), value);
        } else {
            setEndpoint(path, value);
        }
    }

    private void setTumor(String path, double value) {
        switch (path) {
            case "tumor.cells" -> cells = value;
            case "tumor.growth.doubling_days" -> {
                if (growth instanceof Growth.Exponential e) {
                    growth = new Growth.Exponential(e.doublingDays().size() == 1 ? List.of(value)
                            : e.doublingDays().stream().map(td -> td * value).toList());
                } else {
                    growth = new Growth.GompertzDoubling(((Growth.GompertzDoubling) growth).carryingCapacity(), value);
                }
            }
            case "tumor.growth.rate_per_day" -> growth = new Growth.Gompertz(((Growth.Gompertz) growth).carryingCapacity(), value);
            default -> growth = growth instanceof Growth.Gompertz g ? new Growth.Gompertz(value, g.ratePerDay())
                    : new Growth.GompertzDoubling(value, ((Growth.GompertzDoubling) growth).doublingDays());
        }
    }

    private void setEndpoint(String path, double value) {
        EndpointSettings e = endpoints;
        double density = path.equals("endpoints.cells_per_cm3") ? value : e.cellsPerCm3();
        double response = path.equals("endpoints.partial_response_change") ? value : e.partialResponseChange();
        double progression = path.equals("endpoints.progression_change") ? value : e.progressionChange();
        double detectable = path.equals("endpoints.detectable_cells") ? value : e.detectableCells();
        endpoints = new EndpointSettings(density, response, progression, detectable, e.assessment(), e.assessmentEveryDays());
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

    private static String field(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private double treatmentValue(String path) {
        Treatment t = treatments.get(index(path));
        Schedule s = t.schedule();
        return switch (field(path)) {
            case "kill_fraction" -> ((Treatment.KillFraction) t).fraction();
            case "dose" -> ((Treatment.AgentTreatment) t).agent().dose();
            case "infusion_hours" -> ((Treatment.AgentTreatment) t).agent().infusionHours();
            case "start_day" -> s instanceof Schedule.Periodic p ? p.startDay() : ((Schedule.Weekdays) s).startDay();
            case "every_days" -> s instanceof Schedule.Periodic p ? p.everyDays() : ((Schedule.Between) s).everyDays();
            case "cycles" -> ((Schedule.Periodic) s).cycles();
            case "fractions" -> ((Schedule.Weekdays) s).fractions();
            case "offset_days" -> ((Schedule.Between) s).offsetDays();
            case "gap_days" -> ((Schedule.Between) s).gapDays();
            case "duration_days" -> orNaN(((Schedule.Between) s).durationDays());
            case "after_last_days" -> orNaN(((Schedule.Between) s).afterLastDays());
            default -> throw new IllegalStateException("no single value at " + path);
        };
    }

    private static double orNaN(Double x) {
        return x == null ? Double.NaN : x;
    }

    private void setTreatment(String path, double value) {
        int i = index(path);
        Treatment t = treatments.get(i);
        String field = field(path);
        Treatment changed = switch (field) {
            case "kill_fraction" -> new Treatment.KillFraction(t.name(), value, t.schedule());
            case "dose" -> agentTreatment(t).withAgent(withDose(agentTreatment(t).agent(), value,
                    agentTreatment(t).agent().infusionHours()));
            case "infusion_hours" -> agentTreatment(t).withAgent(withDose(agentTreatment(t).agent(),
                    agentTreatment(t).agent().dose(), value));
            default -> t.withSchedule(schedule(t.schedule(), field, value));
        };
        treatments.set(i, changed);
        schedulesSet |= !(field.equals("kill_fraction") || field.equals("dose") || field.equals("infusion_hours"));
    }

    private static Treatment.AgentTreatment agentTreatment(Treatment t) {
        return (Treatment.AgentTreatment) t;
    }

    private static AgentDose withDose(AgentDose a, double dose, double hours) {
        return new AgentDose(a.agent(), dose, a.unit(), a.route(), hours);
    }

    private static Schedule schedule(Schedule s, String field, double v) {
        if (s instanceof Schedule.Periodic p) {
            return switch (field) {
                case "start_day" -> new Schedule.Periodic(v, p.everyDays(), p.cycles());
                case "every_days" -> new Schedule.Periodic(p.startDay(), v, p.cycles());
                default -> new Schedule.Periodic(p.startDay(), p.everyDays(), (int) v);
            };
        }
        if (s instanceof Schedule.Weekdays w) {
            return field.equals("start_day") ? new Schedule.Weekdays(v, w.fractions()) : new Schedule.Weekdays(w.startDay(), (int) v);
        }
        if (s instanceof Schedule.OnDays d) {
            return new Schedule.OnDays(d.days().stream().map(day -> day * v).toList());
        }
        Schedule.Between b = (Schedule.Between) s;
        return switch (field) {
            case "every_days" -> new Schedule.Between(b.treatment(), v, b.offsetDays(), b.gapDays(), b.durationDays(),
                    b.afterLastDays(), b.days());
            case "offset_days" -> new Schedule.Between(b.treatment(), b.everyDays(), v, b.gapDays(), b.durationDays(),
                    b.afterLastDays(), b.days());
            case "gap_days" -> new Schedule.Between(b.treatment(), b.everyDays(), v, v, b.durationDays(),
                    b.afterLastDays(), b.days());
            case "duration_days" -> new Schedule.Between(b.treatment(), b.everyDays(), b.offsetDays(), b.gapDays(), v,
                    b.afterLastDays(), b.days());
            default -> new Schedule.Between(b.treatment(), b.everyDays(), b.offsetDays(), b.gapDays(), b.durationDays(),
                    v, b.days());
        };
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
                treatments.set(i, t.withSchedule(Schedule.Between.resolve(b.treatment(), target.schedule().doseDays(),
                        targetEvery, b.everyDays(), b.offsetDays(), b.gapDays(), b.durationDays(), b.afterLastDays(),
                        base.days())));
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
        return new Scenario(base.name(), base.days(), new Tumor(cells, growth), treatments, parameters, base.source(),
                base.model(), patient, endpoints, tme, base.variability());
    }
}
