"""Lipniacki et al. 2004 (J Theor Biol 228:195) NF-kB module: the paper's 15 ODEs in concentrations
(seconds, micromolar), written directly from the paper's equations and parameter table, sharing no
code with Aftermath and not reading the SBML file. Checks that examples/models/lipniacki-nfkb/
lipniacki2004.xml encodes the same equations.

usage: lipniacki2004_paper.py TR END STEPS
prints CSV: time (s), NFkBn (uM), nuclear_NFkB_fraction on STEPS+1 even times from 0 to END.
"""
import sys

import numpy as np
from scipy.integrate import solve_ivp

TR = float(sys.argv[1])
END = float(sys.argv[2])
STEPS = int(sys.argv[3])
a1, a2, t1, a3, t2 = 0.5, 0.2, 0.1, 1.0, 0.1
c1a, c2a, c3a, c4a, c5a, c6a = 5e-7, 0.0, 4e-4, 0.5, 1e-4, 2e-5
c1, c2, c3, c4, c5 = 5e-7, 0.0, 4e-4, 0.5, 3e-4
k1, k2, k3, kprod, kdeg, kv = 2.5e-3, 0.1, 1.5e-3, 2.5e-5, 1.25e-4, 5.0
i1, e2a, i1a, e1a = 2.5e-3, 1e-2, 1e-3, 5e-4
c1c, c2c, c3c = 5e-7, 0.0, 4e-4


def rhs(t, y):
    IKKn, IKKa, IKKi, IKKIkBa, IKKIkBaNFkB, NFkB, NFkBn, A20, A20t, IkBa, IkBan, IkBat, IkBaNFkB, IkBanNFkBn, cgent = y
    return [
        kprod - kdeg * IKKn - TR * k1 * IKKn,
        TR * k1 * IKKn - k3 * IKKa - TR * k2 * IKKa * A20 - kdeg * IKKa - a2 * IKKa * IkBa + t1 * IKKIkBa
        - a3 * IKKa * IkBaNFkB + t2 * IKKIkBaNFkB,
        k3 * IKKa + TR * k2 * IKKa * A20 - kdeg * IKKi,
        a2 * IKKa * IkBa - t1 * IKKIkBa,
        a3 * IKKa * IkBaNFkB - t2 * IKKIkBaNFkB,
        c6a * IkBaNFkB - a1 * NFkB * IkBa + t2 * IKKIkBaNFkB - i1 * NFkB,
        i1 * kv * NFkB - a1 * IkBan * NFkBn,
        c4 * A20t - c5 * A20,
        c2 + c1 * NFkBn - c3 * A20t,
        -a2 * IKKa * IkBa - a1 * IkBa * NFkB + c4a * IkBat - c5a * IkBa - i1a * IkBa + e1a * IkBan,
        -a1 * IkBan * NFkBn + i1a * kv * IkBa - e1a * kv * IkBan,
        c2a + c1a * NFkBn - c3a * IkBat,
        a1 * IkBa * NFkB - c6a * IkBaNFkB - a3 * IKKa * IkBaNFkB + e2a * IkBanNFkBn,
        a1 * IkBan * NFkBn - e2a * kv * IkBanNFkBn,
        c2c + c1c * NFkBn - c3c * cgent,
    ]


y0 = [0.0] * 15
y0[0] = 0.2    # all IKK neutral at rest (kprod / kdeg)
y0[12] = 0.06  # all NF-kB in cytoplasmic IkBa|NF-kB complexes
times = np.linspace(0.0, END, STEPS + 1)
sol = solve_ivp(rhs, (0.0, END), y0, t_eval=times, method='LSODA', rtol=1e-10, atol=1e-13)
print("time,NFkBn,nuclear_NFkB_fraction")
for k, t in enumerate(times):
    y = sol.y[:, k]
    cytoplasmic = y[5] + y[12] + y[4]
    nuclear = y[6] + y[13]
    fraction = y[6] / kv / (cytoplasmic + nuclear / kv)
    print("%.17g,%.17g,%.17g" % (t, y[6], fraction))
