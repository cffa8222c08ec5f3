"""An independent simulator of the SBML Aftermath exports: libSBML reads the file, SciPy integrates.

usage: independent_simulation.py MODEL.xml END STEPS ID[,ID...]
prints CSV: time, then each id (species as amounts, parameters and assignment-rule variables as values)
on STEPS+1 even times from 0 to END; at an event time the value after the events.

It implements what the export uses of SBML Level 3 Version 2, from the specification, sharing no
code with Aftermath: compartments, species (hasOnlySubstanceUnits), parameters, function
definitions, initial assignments, assignment and rate rules, reactions, and events whose triggers
compare time with a constant, executed at the same time in decreasing priority, each with its
assignments evaluated when it executes (useValuesFromTriggerTime = false) or all at the trigger
time (true). Integration: scipy.integrate.solve_ivp (LSODA, rtol 1e-10, atol 1e-12) between events.
"""
import math
import sys

import libsbml
import numpy as np
from scipy.integrate import solve_ivp


def compile_math(node, functions, bound=None):
    """Turns a libSBML AST into a function of an environment (dict: id -> value, '__t' the time)."""
    bound = bound or {}
    t = node.getType()
    kids = [node.getChild(i) for i in range(node.getNumChildren())]
    c = [compile_math(k, functions, bound) for k in kids] if t != libsbml.AST_FUNCTION else None

    if t in (libsbml.AST_INTEGER,):
        v = float(node.getInteger())
        return lambda env: v
    if t in (libsbml.AST_REAL, libsbml.AST_REAL_E, libsbml.AST_RATIONAL):
        v = node.getReal()
        return lambda env: v
    if t == libsbml.AST_NAME_TIME:
        return lambda env: env['__t']
    if t == libsbml.AST_NAME:
        name = node.getName()
        if name in bound:
            return bound[name]
        return lambda env: env[name]
    if t == libsbml.AST_CONSTANT_TRUE:
        return lambda env: 1.0
    if t == libsbml.AST_CONSTANT_FALSE:
        return lambda env: 0.0
    if t == libsbml.AST_CONSTANT_PI:
        return lambda env: math.pi
    if t == libsbml.AST_CONSTANT_E:
        return lambda env: math.e
    if t == libsbml.AST_PLUS:
        return lambda env: sum(f(env) for f in c)
    if t == libsbml.AST_TIMES:
        def times(env):
            p = 1.0
            for f in c:
                p *= f(env)
            return p
        return times
    if t == libsbml.AST_MINUS:
        if len(c) == 1:
            return lambda env: -c[0](env)
        return lambda env: c[0](env) - c[1](env)
    if t == libsbml.AST_DIVIDE:
        return lambda env: c[0](env) / c[1](env)
    if t in (libsbml.AST_POWER, libsbml.AST_FUNCTION_POWER):
        return lambda env: c[0](env) ** c[1](env)
    if t == libsbml.AST_FUNCTION_EXP:
        return lambda env: math.exp(c[0](env))
    if t == libsbml.AST_FUNCTION_LN:
        return lambda env: math.log(c[0](env))
    if t == libsbml.AST_FUNCTION_LOG:
        if len(c) == 1:
            return lambda env: math.log10(c[0](env))
        return lambda env: math.log(c[1](env)) / math.log(c[0](env))
    if t == libsbml.AST_FUNCTION_ROOT:
        if len(c) == 1:
            return lambda env: math.sqrt(c[0](env))
        return lambda env: c[1](env) ** (1.0 / c[0](env))
    if t == libsbml.AST_FUNCTION_ABS:
        return lambda env: abs(c[0](env))
    if t == libsbml.AST_FUNCTION_MIN:
        return lambda env: min(f(env) for f in c)
    if t == libsbml.AST_FUNCTION_MAX:
        return lambda env: max(f(env) for f in c)
    if t == libsbml.AST_FUNCTION_PIECEWISE:
        def piecewise(env):
            for i in range(0, len(c) - 1, 2):
                if c[i + 1](env):
                    return c[i](env)
            return c[-1](env) if len(c) % 2 == 1 else float('nan')
        return piecewise
    relations = {libsbml.AST_RELATIONAL_LT: lambda a, b: a < b, libsbml.AST_RELATIONAL_LEQ: lambda a, b: a <= b,
                 libsbml.AST_RELATIONAL_GT: lambda a, b: a > b, libsbml.AST_RELATIONAL_GEQ: lambda a, b: a >= b,
                 libsbml.AST_RELATIONAL_EQ: lambda a, b: a == b, libsbml.AST_RELATIONAL_NEQ: lambda a, b: a != b}
    if t in relations:
        op = relations[t]
        return lambda env: 1.0 if all(op(c[i](env), c[i + 1](env)) for i in range(len(c) - 1)) else 0.0
    if t == libsbml.AST_LOGICAL_AND:
        return lambda env: 1.0 if all(f(env) for f in c) else 0.0
    if t == libsbml.AST_LOGICAL_OR:
        return lambda env: 1.0 if any(f(env) for f in c) else 0.0
    if t == libsbml.AST_LOGICAL_NOT:
        return lambda env: 0.0 if c[0](env) else 1.0
    if t == libsbml.AST_FUNCTION:
        args, body = functions[node.getName()]
        actual = [compile_math(k, functions, bound) for k in kids]
        return compile_math(body, functions, dict(zip(args, actual)))
    raise ValueError('MathML not handled: ' + libsbml.formulaToL3String(node))


def main():
    doc = libsbml.readSBMLFromFile(sys.argv[1])
    if doc.getNumErrors(libsbml.LIBSBML_SEV_ERROR) > 0:
        raise SystemExit('libSBML could not read ' + sys.argv[1])
    m = doc.getModel()
    end = float(sys.argv[2])
    steps = int(sys.argv[3])
    outputs = sys.argv[4].split(',')

    functions = {}
    for f in m.getListOfFunctionDefinitions():
        lam = f.getMath()
        functions[f.getId()] = ([lam.getChild(i).getName() for i in range(lam.getNumChildren() - 1)],
                                lam.getChild(lam.getNumChildren() - 1))

    env = {}
    for x in m.getListOfCompartments():
        env[x.getId()] = x.getSize() if x.isSetSize() else float('nan')
    for x in m.getListOfSpecies():
        if not x.getHasOnlySubstanceUnits():
            raise SystemExit('species in concentration: not what the export writes')
        env[x.getId()] = x.getInitialAmount() if x.isSetInitialAmount() else float('nan')
    for x in m.getListOfParameters():
        env[x.getId()] = x.getValue() if x.isSetValue() else float('nan')
    env['__t'] = 0.0

    rules = [(r.getVariable(), compile_math(r.getMath(), functions)) for r in m.getListOfRules() if r.isAssignment()]
    rates = {r.getVariable(): compile_math(r.getMath(), functions) for r in m.getListOfRules() if r.isRate()}
    initial = [(a.getSymbol(), compile_math(a.getMath(), functions)) for a in m.getListOfInitialAssignments()]

    def apply_rules(e):
        # assignment rules in an order in which each reads only values already computed: repeat
        # until nothing changes (the export's rules are acyclic)
        for _ in range(len(rules) + 1):
            changed = False
            for var, f in rules:
                try:
                    v = f(e)
                except (KeyError, ValueError, ZeroDivisionError, OverflowError):
                    v = float('nan')
                if not (v == e.get(var) or (math.isnan(v) and math.isnan(e.get(var, 0.0)))):
                    e[var] = v
                    changed = True
            if not changed:
                return

    for _ in range(len(initial) + len(rules) + 1):
        apply_rules(env)
        for var, f in initial:
            env[var] = f(env)
    apply_rules(env)

    state = [s.getId() for s in m.getListOfSpecies()
             if not s.getConstant() and not any(v == s.getId() for v, _ in rules)]
    state += [v for v in rates if v not in state]
    reactions = []
    for r in m.getListOfReactions():
        terms = [(s.getSpecies(), -s.getStoichiometry()) for s in r.getListOfReactants()]
        terms += [(s.getSpecies(), s.getStoichiometry()) for s in r.getListOfProducts()]
        terms = [(sp, st) for sp, st in terms if not m.getSpecies(sp).getBoundaryCondition()]
        reactions.append((compile_math(r.getKineticLaw().getMath(), functions), terms))
    index = {v: i for i, v in enumerate(state)}

    def load(t, y):
        env['__t'] = t
        for v, i in index.items():
            env[v] = y[i]
        apply_rules(env)

    def rhs(t, y):
        load(t, y)
        dy = np.zeros(len(state))
        for v, f in rates.items():
            dy[index[v]] = f(env)
        for f, terms in reactions:
            rate = f(env)
            for sp, st in terms:
                if sp in index and sp not in rates:
                    dy[index[sp]] += st * rate
        return dy

    events = []
    for k, e in enumerate(m.getListOfEvents()):
        trig = e.getTrigger().getMath()
        if trig.getType() != libsbml.AST_RELATIONAL_GEQ or trig.getChild(0).getType() != libsbml.AST_NAME_TIME:
            raise SystemExit('trigger not of the form time >= constant: ' + libsbml.formulaToL3String(trig))
        when = compile_math(trig.getChild(1), functions)(env)
        priority = compile_math(e.getPriority().getMath(), functions) if e.isSetPriority() else None
        assigns = [(a.getVariable(), compile_math(a.getMath(), functions)) for a in e.getListOfEventAssignments()]
        events.append((when, k, priority, e.getUseValuesFromTriggerTime(), assigns))

    def fire(t, y):
        """Executes the events whose trigger turns true at t; returns the new state."""
        load(t, y)
        due = [ev for ev in events if ev[0] <= t and ev[0] > fire.last]
        stored = {ev[1]: [f(env) for _, f in ev[4]] for ev in due if ev[3]}
        while due:
            due.sort(key=lambda ev: -(ev[2](env) if ev[2] else -math.inf))
            ev = due.pop(0)
            values = stored[ev[1]] if ev[3] else [f(env) for _, f in ev[4]]
            for (var, _), v in zip(ev[4], values):
                env[var] = v
            apply_rules(env)
        fire.last = t
        return np.array([env[v] for v in state])
    fire.last = -math.inf

    grid = [end * k / steps for k in range(steps + 1)]
    stops = sorted({ev[0] for ev in events if 0 < ev[0] <= end} | {end})
    y = np.array([env[v] for v in state])
    y = fire(0.0, y)
    rows = {}

    def record(t, yy):
        load(t, yy)
        rows[t] = [env[o] for o in outputs]

    t0 = 0.0
    for stop in stops:
        inside = [g for g in grid if t0 <= g < stop]
        if stop > t0:
            sol = solve_ivp(rhs, (t0, stop), y, method='LSODA', rtol=1e-10, atol=1e-12, dense_output=True)
            if not sol.success:
                raise SystemExit('solve_ivp failed: ' + sol.message)
            for g in inside:
                record(g, sol.sol(g) if g > t0 else y)
            y = sol.y[:, -1]
        y = fire(stop, y)
        t0 = stop
    record(end, y)
    print(','.join(['time'] + outputs))
    for g in grid:
        print(','.join(repr(v) for v in [g] + rows[g]))


if __name__ == '__main__':
    main()
