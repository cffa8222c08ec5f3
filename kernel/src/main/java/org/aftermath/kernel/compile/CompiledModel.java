package org.aftermath.kernel.compile;

import java.util.List;
import org.aftermath.kernel.model.Model;
import org.aftermath.ode.OdeSystem;

/**
 * A model compiled for fast evaluation. Slots: the state vector {@code y} holds non-constant
 * species and variables with rate rules; the parameter vector {@code p} holds parameters,
 * compartment sizes and constant species. Observables are the assignment-rule variables.
 * Immutable and thread-safe; the vectors are the caller's.
 */
public interface CompiledModel {

    /** @return the model this was compiled from */
    Model model();

    /** @return names of the state slots, in slot order */
    List<String> stateNames();

    /** @return names of the parameter slots, in slot order */
    List<String> parameterNames();

    /** @return names of the observables (assignment-rule variables), in declaration order */
    List<String> observableNames();

    /** @return the slot of a state variable, or -1 */
    int stateIndex(String name);

    /** @return the slot of a parameter, or -1 */
    int parameterIndex(String name);

    /** @return the index of an observable, or -1 */
    int observableIndex(String name);

    /** @return a fresh copy of the model's parameter values */
    double[] defaultParameters();

    /**
     * Fills the initial state from species' initial amounts, then evaluates initial assignments
     * (in dependency order) on {@code p}, overwriting the parameter or state slots they target.
     *
     * @param p parameters, possibly modified by initial assignments to parameters
     * @param y receives the state at t = 0, length {@code stateNames().size()}
     */
    void initialize(double[] p, double[] y);

    /**
     * @param p the parameter vector the system reads on every call (events may change it between
     *          integration segments)
     * @return the right-hand side, with an analytic Jacobian where the back-end provides one; it
     *         may keep scratch space, so use it from one thread at a time (one per simulation)
     */
    OdeSystem system(double[] p);

    /**
     * Evaluates every observable.
     *
     * @param t   time
     * @param y   state
     * @param p   parameters
     * @param out receives the observables, length {@code observableNames().size()}
     */
    void observables(double t, double[] y, double[] p, double[] out);

    /**
     * Evaluates one observable: the same number as element {@code index} of {@link #observables},
     * computing only what it depends on where the back-end can (the generated one does).
     *
     * @param index an observable index ({@link #observableIndex})
     * @return the observable's value at (t, y, p)
     */
    default double observable(int index, double t, double[] y, double[] p) {
        double[] all = new double[observableNames().size()];
        observables(t, y, p, all);
        return all[index];
    }

    /**
     * @return true when the right-hand side does not depend on time explicitly: no rate, stoichiometry, rate rule
     *         or assignment rule it reads mentions {@code time}, and the model has no delays (an integrator may then
     *         skip its estimate of ∂f/∂t)
     */
    boolean autonomous();

    /**
     * @return the times at which the right-hand side may jump: comparisons between time and parameters inside it
     *         (a piecewise step input), for a simulator to stop at
     */
    SwitchTimes rightHandSideSwitches();

    /** @return the events, in the model's order */
    List<CompiledEvent> events();

    /** @return the number of distinct {@code delay(x, d)} calls; their histories are indexed 0.. */
    int delayCount();

    /** Writes each delay call's x at (t, y, p) to {@code out}: what the simulator records. */
    void delayArguments(double t, double[] y, double[] p, double[] out);

    /** @return delay call k's x at (t, y, p) (computing only what it reads) */
    double delayArgument(int k, double t, double[] y, double[] p);

    /**
     * @return delay call k's x before the start, at time t on a state (t, y, p) the model rests
     *         in (x with every rateOf 0)
     */
    double delayArgumentAtRest(int k, double t, double[] y, double[] p);

    /**
     * Like {@link #initialize} but with the initial assignments evaluated at time t (the state
     * the model would start from at t: what delays read before the start).
     */
    void initializeAt(double t, double[] p, double[] y);

    /** Writes each delay call's d at (t, y, p) to {@code out}. */
    void delayTimes(double t, double[] y, double[] p, double[] out);

    /** @return the number of fast reactions that change a state (see {@link org.aftermath.kernel.model.Reaction#fast}) */
    int fastReactionCount();

    /**
     * @return the comparisons inside the fast reactions' rates: where one switches, the
     *         equilibrium may jump to another branch
     */
    Comparisons fastComparisons();

    /** Writes the fast reactions' rates at (t, y, p) to {@code out}. */
    void fastRates(double t, double[] y, double[] p, double[] out);

    /**
     * Writes the fast reactions' net stoichiometry at (t, y, p), row-major states × fast reactions:
     * {@code out[i * k + j]} is what state i gains per unit of fast reaction j's rate.
     */
    void fastStoichiometry(double t, double[] y, double[] p, double[] out);
}
