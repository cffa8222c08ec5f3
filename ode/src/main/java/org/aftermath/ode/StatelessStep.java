package org.aftermath.ode;

/** A step of a system without state ({@link DenseStep#stateless}): nothing to interpolate. */
record StatelessStep(double start, double end) implements DenseStep {

    @Override
    public void interpolate(double t, double[] out) {
    }
}
