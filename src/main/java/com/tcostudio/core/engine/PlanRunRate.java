package com.tcostudio.core.engine;

import com.tcostudio.core.model.Input;

import java.util.Arrays;

/**
 * A plan's monthly run-rate at month-1 prices for steady volumes {@code k * I_w(1)},
 * {@code k * O_w(1)} of every workload (METHODOLOGY-V2, "Break-even between plans", {@code scale}):
 * a sum of terms, each linear in k between known breakpoints.
 *
 * <ul>
 *   <li>a constant and a slope: fixed costs of used targets (platform fee, integration and base
 *       staff, spread upgrades and migrations, committed fees, fixed fleets, tooling, other) and
 *       usage billed per token;</li>
 *   <li>hinges {@code s * max(0, k - knot)}: usage above a committed capacity, overflow of a fixed
 *       fleet once it is full;</li>
 *   <li>autoscaled fleets: {@code cost(max(minReplicas, k y) + redundant)}, not rounded;</li>
 *   <li>sized fleets: {@code cost(max(minReplicas, ceil(k x - 1e-9)) + redundant)}, a staircase.</li>
 * </ul>
 * A fleet's {@code cost(n) = alpha + beta n + gamma max(0, n gpusPerReplica - G)}: reserved GPUs
 * (G of them at their hourly price) make it convex. Every term is non-decreasing in k.
 */
final class PlanRunRate {
    double c0;
    double c1;
    int hinges;
    double[] hingeSlope = new double[4];
    double[] hingeKnot = new double[4];
    /** Fleets: index < autos are autoscaled, the rest (up to fleets) are staircases. */
    int fleets;
    double[] rate = new double[4];
    boolean[] autoscaled = new boolean[4];
    int[] minReplicas = new int[4];
    int[] redundant = new int[4];
    int[] gpusPerReplica = new int[4];
    double[] alpha = new double[4];
    double[] beta = new double[4];
    double[] gamma = new double[4];
    int[] reserved = new int[4];

    /** The run-rate of the plan loaded in the evaluator. */
    static PlanRunRate of(PlanEvaluator e) {
        PortfolioNumbers n = e.n;
        PlanRunRate rr = new PlanRunRate();
        double fte1 = n.fte[0];
        double[] direct = new double[n.apis];
        double[] peakTpm = new double[n.apis];
        for (int r = 0; r < e.routes(); r++) {
            int a = e.routeApi(r);
            if (a >= 0) {
                int w = e.routeWorkload(r);
                double s = e.routeShare(r);
                direct[a] += usage1(n, a, w, s);
                peakTpm[a] += n.workloadValue(w, Input.PEAK_TO_AVERAGE) * (s * n.in[w][0] + s * n.out[w][0])
                        / PlanEvaluator.MINUTES_PER_MONTH;
            }
        }
        for (int a = 0; a < n.apis; a++) {
            if (!e.usesApi(a)) {
                continue;
            }
            double[] v = n.apiValues[a];
            rr.c0 += v[Input.PLATFORM_FEE_PER_MONTH.ordinal()] + v[Input.INTEGRATION_FTE.ordinal()] * fte1
                    + n.committedFee[a];
            int every = n.migrationEvery[a];
            if (every > 0) {
                rr.c0 += (n.migrationPersonMonths[a] * fte1 + n.migrationOneTimeCost[a]) / every;
            }
            if (Double.isNaN(n.committedTpm[a])) {
                rr.c1 += direct[a];
            } else if (peakTpm[a] > 0) {
                // (1 - min(1, C / (k peak))) k U = U max(0, k - C / peak)
                rr.hinge(direct[a], n.committedTpm[a] / peakTpm[a]);
            }
        }
        for (int d = 0; d < n.deployments; d++) {
            if (e.usesDeployment(d)) {
                rr.fleet(e, d, fte1);
            }
        }
        return rr;
    }

    /** Month-1 usage price of a share of workload w's month-1 tokens on API a. */
    private static double usage1(PortfolioNumbers n, int a, int w, double s) {
        double[] v = n.apiValues[a];
        double batch = 1 - n.workloadValue(w, Input.BATCH_SHARE) * v[Input.BATCH_DISCOUNT.ordinal()];
        return Components.usage(1, batch, n.workloadValue(w, Input.CACHED_INPUT_SHARE), v[Input.INPUT_PER_MTOK.ordinal()],
                n.cachedPrice(a), v[Input.OUTPUT_PER_MTOK.ordinal()], s * n.in[w][0], s * n.out[w][0]);
    }

    private void fleet(PlanEvaluator e, int d, double fte1) {
        PortfolioNumbers n = e.n;
        FleetSpec q = e.specs[d];
        double avg1 = 0;
        double peak1 = 0;
        for (int r = 0; r < e.routes(); r++) {
            if (e.routeDeployment(r) == d) {
                int w = e.routeWorkload(r);
                double s = e.routeShare(r);
                double l = Components.load(s * n.in[w][0], s * n.out[w][0], q.prefill, q.decode);
                avg1 += l;
                peak1 += n.workloadValue(w, Input.PEAK_TO_AVERAGE) * l;
            }
        }
        double a = Components.fleetFixedPerMonth(q, fte1);
        double b;
        double g = 0;
        int reservedGpus = 0;
        if (q.reserved()) {
            reservedGpus = q.reservedGpus;
            a += q.reservedGpus * q.reservedGpuHourly * CostEngine.HOURS_PER_MONTH;
            b = q.ftePerGpu * fte1 * q.gpusPerReplica;
            g = q.gpuHourly * CostEngine.HOURS_PER_MONTH;
        } else {
            b = Components.perGpuMonth(q, fte1) * q.gpusPerReplica;
        }
        if (q.fixedServing >= 0) {
            double replicas = q.fixedServing + q.redundant;
            c0 += a + b * replicas + g * Math.max(0, replicas * q.gpusPerReplica - reservedGpus);
            if (peak1 > 0) {
                // overflow (1 - min(1, cap / (k peak))) k tokens = tokens max(0, k - cap / peak)
                double knot = q.fixedServing * q.targetUtilization / peak1;
                for (int r = 0; r < e.routes(); r++) {
                    if (e.routeDeployment(r) == d) {
                        hinge(usage1(n, e.routeOverflow(r), e.routeWorkload(r), e.routeShare(r)), knot);
                    }
                }
            }
            return;
        }
        int i = fleets++;
        if (i == rate.length) {
            int m = 2 * i;
            rate = Arrays.copyOf(rate, m);
            autoscaled = Arrays.copyOf(autoscaled, m);
            minReplicas = Arrays.copyOf(minReplicas, m);
            redundant = Arrays.copyOf(redundant, m);
            gpusPerReplica = Arrays.copyOf(gpusPerReplica, m);
            alpha = Arrays.copyOf(alpha, m);
            beta = Arrays.copyOf(beta, m);
            gamma = Arrays.copyOf(gamma, m);
            reserved = Arrays.copyOf(reserved, m);
        }
        autoscaled[i] = q.autoscale;
        rate[i] = (q.autoscale ? avg1 : peak1) / q.targetUtilization;
        minReplicas[i] = q.minReplicas;
        redundant[i] = q.redundant;
        gpusPerReplica[i] = q.gpusPerReplica;
        alpha[i] = a;
        beta[i] = b;
        gamma[i] = g;
        reserved[i] = reservedGpus;
    }

    private void hinge(double slope, double knot) {
        if (hinges == hingeSlope.length) {
            hingeSlope = Arrays.copyOf(hingeSlope, 2 * hinges);
            hingeKnot = Arrays.copyOf(hingeKnot, 2 * hinges);
        }
        hingeSlope[hinges] = slope;
        hingeKnot[hinges] = knot;
        hinges++;
    }

    /** A fleet's cost with n replicas in all (redundant ones included, possibly fractional). */
    double fleetCost(int i, double replicas) {
        return alpha[i] + beta[i] * replicas + gamma[i] * Math.max(0, replicas * gpusPerReplica[i] - reserved[i]);
    }

    /** Serving replicas of staircase i at k, v1's sizing rule. */
    long serving(int i, double k) {
        return Math.max(minReplicas[i], (long) Math.ceil(k * rate[i] - CostEngine.REPLICA_EPSILON));
    }

    /** Upper end of the step of staircase i with n serving replicas. */
    double stepEnd(int i, long n) {
        return (n + CostEngine.REPLICA_EPSILON) / rate[i];
    }

    /** The continuous part at k: constant, slope, hinges and autoscaled fleets. */
    double smooth(double k) {
        double v = c0 + c1 * k;
        for (int j = 0; j < hinges; j++) {
            v += hingeSlope[j] * Math.max(0, k - hingeKnot[j]);
        }
        for (int i = 0; i < fleets; i++) {
            if (autoscaled[i]) {
                v += fleetCost(i, Math.max(minReplicas[i], k * rate[i]) + redundant[i]);
            }
        }
        return v;
    }

    /** The run-rate at k. */
    double at(double k) {
        double v = smooth(k);
        for (int i = 0; i < fleets; i++) {
            if (!autoscaled[i]) {
                v += fleetCost(i, serving(i, k) + redundant[i]);
            }
        }
        return v;
    }

    /** The run-rate at k with the staircases' serving replicas given. */
    double at(double k, long[] servingCounts, int from) {
        double v = smooth(k);
        for (int i = 0; i < fleets; i++) {
            if (!autoscaled[i]) {
                v += fleetCost(i, servingCounts[from + i] + redundant[i]);
            }
        }
        return v;
    }

    /**
     * A continuous bound of the run-rate: each staircase replaced by {@code kx - 1e-9} replicas
     * (below, {@code lower}) or one more (above); fleet costs do not fall with replicas, so the
     * bounds hold.
     */
    double bound(double k, boolean lower) {
        double v = smooth(k);
        double extra = lower ? 0 : 1;
        for (int i = 0; i < fleets; i++) {
            if (!autoscaled[i]) {
                double x = k * rate[i] - CostEngine.REPLICA_EPSILON + extra;
                v += fleetCost(i, Math.max(minReplicas[i], x) + redundant[i]);
            }
        }
        return v;
    }

    /** Adds the points where the smooth part or a bound changes slope, within (0, max), to into. */
    int knots(double[] into, int at, double max) {
        for (int j = 0; j < hinges; j++) {
            at = keep(into, at, hingeKnot[j], max);
        }
        for (int i = 0; i < fleets; i++) {
            double x = rate[i];
            if (!(x > 0)) {
                continue;
            }
            double reservedReplicas = (double) reserved[i] / gpusPerReplica[i] - redundant[i];
            if (autoscaled[i]) {
                at = keep(into, at, minReplicas[i] / x, max);
                at = keep(into, at, reservedReplicas / x, max);
            } else {
                for (int extra = 0; extra <= 1; extra++) {
                    at = keep(into, at, (minReplicas[i] + CostEngine.REPLICA_EPSILON - extra) / x, max);
                    at = keep(into, at, (reservedReplicas + CostEngine.REPLICA_EPSILON - extra) / x, max);
                }
            }
        }
        return at;
    }

    /** Knots a staircase would add at most, for sizing the knot buffer. */
    int maxKnots() {
        return hinges + 4 * fleets;
    }

    private static int keep(double[] into, int at, double k, double max) {
        if (k > 0 && k < max) {
            into[at++] = k;
        }
        return at;
    }
}
