#!/usr/bin/env python3
"""Paired fold changes of the Figure 3C arms over the assumed parameters (README "What the evidence supports").

Run each arm's cohort with the same seed into out/, then this script:

    for a in dox-alone anti-ddsp anti-wnt16b metformin olaparib ralimetinib anakinra; do
      ./aftermath cohort examples/figure-3c-uncertainty/$a.yaml --patients 64 --seed 1 --out out/u-$a
    done
    python3 examples/figure-3c-uncertainty/paired-folds.py out/u

Patient i draws the same inputs in every arm (same block, same order, same seed; checked below), so
final(doxorubicin alone) / final(arm) is that patient's benefit. Quantiles are Hyndman-Fan type 7, as
in cohort-summary.json. Ratios of burdens below one cell are solver noise, so the table keeps the
patients whose doxorubicin-alone burden is at least 1e6 cells (the tumour not eradicated).
"""
import csv
import math
import sys

ARMS = ["anti-ddsp", "anti-wnt16b", "metformin", "olaparib", "ralimetinib", "anakinra"]
FLOOR = 1e6


def rows(prefix, arm):
    with open(f"{prefix}-{arm}/patients.csv", newline="") as f:
        return list(csv.DictReader(f))


def quantile(xs, p):
    xs = sorted(xs)
    h = (len(xs) - 1) * p
    i = math.floor(h)
    return xs[i] if i + 1 >= len(xs) else xs[i] + (h - i) * (xs[i + 1] - xs[i])


def main(prefix):
    base = rows(prefix, "dox-alone")
    inputs = [c for c in base[0] if c.startswith(("parameters.", "stroma."))]
    burdens = [math.log10(float(b["final_burden_cells"])) for b in base if b["status"] == "completed"]
    print(f"doxorubicin alone: {len(burdens)} of {len(base)} patients completed; log10 burden on the last day "
          f"median {quantile(burdens, 0.5):.2f}, 5-95 % {quantile(burdens, 0.05):.2f} to {quantile(burdens, 0.95):.2f}")
    print("arm | patients | fold median | 5 % | 95 % | patients with >= 1.5-fold")
    for arm in ARMS:
        other = rows(prefix, arm)
        if any(r[c] != b[c] for r, b in zip(other, base) for c in inputs):
            sys.exit(f"{arm}: patients did not draw the same inputs as doxorubicin alone (seed or block differs)")
        folds = [float(b["final_burden_cells"]) / float(r["final_burden_cells"]) for r, b in zip(other, base)
                 if r["status"] == b["status"] == "completed" and float(b["final_burden_cells"]) >= FLOOR]
        print(f"{arm} | {len(folds)} | {quantile(folds, 0.5):.3g} | {quantile(folds, 0.05):.3g} | "
              f"{quantile(folds, 0.95):.3g} | {sum(f >= 1.5 for f in folds)}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "out/u")
