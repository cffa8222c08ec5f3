#!/usr/bin/env python3
"""Synthetic tumour volumes on Sun et al. 2012's xenograft design, for the model-discrimination study of
examples/calibration/README.md (NOT published data: the data pack holds no tumour volume, see
data/literature/README.md).

Truth: the microenvironment model as calibrated to the data pack (the four estimates of the calibration's best fit,
given on the command line as NAME=VALUE; every other value as bundled), run by `aftermath run` on the five arms of
examples/xenograft/. Observed: the tumour volume in mm^3 (tumor_cells x 1e-6: 1e9 cells per cm^3, the scenario
default, assumed) weekly from day 7 to day 56, with log-normal noise of sd 0.2 on the natural-log scale (assumed: a
caliper measurement's spread; one value per arm and day, as a group mean would be reported), seeded.

Usage (from the repository root): python3 examples/calibration/make-data.py NAME=VALUE ... > data.csv
"""
import csv
import math
import os
import random
import subprocess
import sys
import tempfile

SEED = 20261207
SD = 0.2
DAYS = range(7, 57, 7)
# PC3 alone and untreated runs without the microenvironment model (no stroma key, no agent), and the untreated arms
# have no mitoxantrone: a parameter is given to the arms whose model has it
WITHOUT_MICROENVIRONMENT = {"pc3-untreated"}


def applies(arm, override):
    if override.startswith("mitoxantrone_"):
        return "mitoxantrone" in arm
    return arm not in WITHOUT_MICROENVIRONMENT

ARMS = ["pc3-untreated", "pc3-mitoxantrone", "pc3-psc27-untreated", "pc3-psc27-mitoxantrone",
        "pc3-psc27-shwnt16b-mitoxantrone"]


def volumes(arm, overrides, folder):
    out = os.path.join(folder, arm)
    args = ["./aftermath", "run", "examples/xenograft/%s.yaml" % arm, "--out", out]
    for o in [o for o in overrides if applies(arm, o)]:
        args += ["--param", o]
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(out, "timeseries.csv")) as f:
        rows = list(csv.DictReader(f))
    by_day = {}
    for r in rows:
        t = float(r["day"])
        if abs(t - round(t)) < 1e-9:
            by_day[int(round(t))] = float(r["tumor_cells"]) * 1e-6
    return [by_day[d] for d in DAYS]


def main():
    overrides = sys.argv[1:]
    rng = random.Random(SEED)
    # examples/calibration/{fit-microenvironment,fit-two-clone}.yaml name the arms by these ids
    print("arm,day,observable,value,sd")
    with tempfile.TemporaryDirectory() as folder:
        for arm in ARMS:
            for day, v in zip(DAYS, volumes(arm, overrides, folder)):
                noisy = v * math.exp(rng.gauss(0, SD))
                print("%s,%d,tumor_mm3,%.6g,%s" % (arm, day, noisy, SD))


if __name__ == "__main__":
    main()
