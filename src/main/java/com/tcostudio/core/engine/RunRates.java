package com.tcostudio.core.engine;

/**
 * Monthly run-rates of the closed API and of self-hosting for a steady total volume V (tokens a
 * month at the scenario's input/output mix, no growth, no plateau, month-1 prices), and the two
 * break-even volumes found exactly.
 *
 * <p>The closed run-rate is linear, {@code a + k V}. The open one is {@code A + B n(V)}, constant
 * between replica steps: {@code n(V)} serving replicas run at volume V, and the step to
 * {@code n} replicas ends at {@code v(n) = (n + 1e-9) w}, where {@code w} is the volume one replica
 * carries at the target utilization under peak load. Because both sides are linear in {@code n}
 * within the family of steps, the break-even volumes are found from the roots of two linear
 * functions of {@code n}, checked against neighbouring steps, without walking or sampling the
 * (up to millions of) steps.
 */
public final class RunRates {
    /** Upper end of the volume search, tokens a month. */
    public static final double MAX_VOLUME = 1e15;
    /**
     * Steps walked from a computed root to settle rounding. Roots are exact to a few ulps, so one
     * or two steps suffice; the bound only guards against nearly flat differences.
     */
    private static final int SETTLE_STEPS = 64;

    private final double a;
    private final double k;
    private final double fixedOpen;
    private final double perReplica;
    private final int minReplicas;
    private final double loadPerToken;
    private final double peakOverTarget;
    private final boolean mixDefined;

    RunRates(double a, double k, double fixedOpen, double perReplica, int minReplicas,
             double loadPerToken, double peakOverTarget, boolean mixDefined) {
        this.a = a;
        this.k = k;
        this.fixedOpen = fixedOpen;
        this.perReplica = perReplica;
        this.minReplicas = minReplicas;
        this.loadPerToken = loadPerToken;
        this.peakOverTarget = peakOverTarget;
        this.mixDefined = mixDefined;
    }

    /** False when month 1 has no tokens, so there is no input/output mix to scale. */
    public boolean mixDefined() {
        return mixDefined;
    }

    /** Closed run-rate at volume v. */
    public double closed(double v) {
        return a + k * v;
    }

    /** Open run-rate at volume v. */
    public double open(double v) {
        return costOf(servingReplicas(v));
    }

    /** Serving replicas (without redundant ones) the engine's sizing rule gives at volume v. */
    public long servingReplicas(double v) {
        double x = peakOverTarget * (v * loadPerToken);
        return Math.max(minReplicas, (long) Math.ceil(x - CostEngine.REPLICA_EPSILON));
    }

    /**
     * Upper end of the step with n serving replicas: the largest volume still served by n.
     * Volumes just above it need n + 1.
     */
    public double stepEnd(long n) {
        return (n + CostEngine.REPLICA_EPSILON) * volumePerReplica();
    }

    /** Volume one serving replica carries at the target utilization under peak load. */
    public double volumePerReplica() {
        return 1 / (peakOverTarget * loadPerToken);
    }

    private double costOf(long n) {
        return fixedOpen + perReplica * n;
    }

    private double lo(long n, long nMin) {
        return n == nMin ? 0 : stepEnd(n - 1);
    }

    private double hi(long n, long nMax) {
        return n == nMax ? MAX_VOLUME : stepEnd(n);
    }

    /** The break-even volumes; NaN where none exists in (0, {@link #MAX_VOLUME}]. */
    public BreakEvenVolume breakEvenVolume() {
        if (!mixDefined) {
            return new BreakEvenVolume(Double.NaN, Double.NaN);
        }
        long nMin = minReplicas;
        long nMax = servingReplicas(MAX_VOLUME);
        return new BreakEvenVolume(first(nMin, nMax), sustained(nMin, nMax));
    }

    /** Open no dearer somewhere in step n: at its upper end, where the closed cost is highest. */
    private boolean reachable(long n, long nMax) {
        return costOf(n) <= closed(hi(n, nMax));
    }

    /** Open dearer somewhere in step n: just above its lower end, where the closed cost is lowest. */
    private boolean bad(long n, long nMin) {
        return costOf(n) > closed(lo(n, nMin));
    }

    private double first(long nMin, long nMax) {
        long n = -1;
        if (reachable(nMin, nMax)) {
            n = nMin;
        } else if (nMax > nMin) {
            // reachable(n) for nMin <= n < nMax is: (a - A + k w 1e-9) + (k w - B) n >= 0
            double w = volumePerReplica();
            double slope = k * w - perReplica;
            if (slope > 0) {
                double intercept = a - fixedOpen + k * CostEngine.REPLICA_EPSILON * w;
                long guess = (long) Math.ceil(Math.min(-intercept / slope, (double) nMax));
                long cand = Math.max(nMin + 1, Math.min(nMax, guess));
                // the root is exact up to rounding: settle it by testing the neighbours
                for (int step = 0; step < SETTLE_STEPS && cand > nMin + 1 && reachable(cand - 1, nMax); step++) {
                    cand--;
                }
                for (int step = 0; step < SETTLE_STEPS && cand < nMax && !reachable(cand, nMax); step++) {
                    cand++;
                }
                if (reachable(cand, nMax)) {
                    n = cand;
                }
            } else if (reachable(nMax, nMax)) {
                n = nMax;
            }
        }
        if (n < 0) {
            return Double.NaN;
        }
        double v = k > 0 ? Math.max(lo(n, nMin), (costOf(n) - a) / k) : lo(n, nMin);
        return v <= MAX_VOLUME ? v : Double.NaN;
    }

    private double sustained(long nMin, long nMax) {
        long last = -1;
        if (nMax > nMin && bad(nMax, nMin)) {
            last = nMax;
        } else if (nMax > nMin) {
            // bad(n) for nMin < n <= nMax is: (A - a + k w (1 - 1e-9)) + (B - k w) n > 0
            double w = volumePerReplica();
            double slope = perReplica - k * w;
            if (slope < 0) {
                double intercept = fixedOpen - a + k * w * (1 - CostEngine.REPLICA_EPSILON);
                double root = -intercept / slope;
                long cand = (long) Math.min(Math.ceil(root) - 1, (double) (nMax - 1));
                cand = Math.max(nMin + 1, cand);
                for (int step = 0; step < SETTLE_STEPS && cand < nMax - 1 && bad(cand + 1, nMin); step++) {
                    cand++;
                }
                for (int step = 0; step < SETTLE_STEPS && cand > nMin + 1 && !bad(cand, nMin); step++) {
                    cand--;
                }
                if (bad(cand, nMin)) {
                    last = cand;
                }
            }
        }
        if (last < 0 && bad(nMin, nMin)) {
            last = nMin;
        }
        if (last < 0) {
            return 0;
        }
        double hi = hi(last, nMax);
        if (k > 0 && (costOf(last) - a) / k <= hi) {
            return Math.max(lo(last, nMin), (costOf(last) - a) / k);
        }
        return last == nMax ? Double.NaN : hi;
    }
}
