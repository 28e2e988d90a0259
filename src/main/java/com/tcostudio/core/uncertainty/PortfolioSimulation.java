package com.tcostudio.core.uncertainty;

import com.tcostudio.core.uncertainty.SimulationResult.Bands;
import com.tcostudio.core.uncertainty.SimulationResult.Summary;

import java.util.Arrays;
import java.util.List;

/**
 * The samples of a portfolio's Monte Carlo run (METHODOLOGY-V2, "simulate for version 2"), one
 * primitive array per output and plan, and their summaries: per plan the percentiles of TCO, NPV
 * and the cumulative cost of every month, the probability of being the cheapest plan and of being
 * cheaper than the baseline (the first plan), and the spread of the break-even month against the
 * baseline. Percentiles as {@link SimulationResult}'s. Immutable once made; safe to read from any
 * thread. Plans are addressed by their index in the portfolio's order.
 */
public final class PortfolioSimulation {
    private final int samples;
    private final long seed;
    private final int months;
    private final List<String> planIds;
    private final double[][] tco;
    private final double[][] npv;
    private final double[][] cumulative;
    /** breakEven[p][k]: sample k's month at which plan p becomes no dearer than the baseline; NaN: none. */
    private final double[][] breakEven;
    private final List<String> paths;
    private final double[] clippedShare;

    PortfolioSimulation(int samples, long seed, int months, List<String> planIds, double[][] tco, double[][] npv,
                        double[][] cumulative, double[][] breakEven, List<String> paths, double[] clippedShare) {
        this.samples = samples;
        this.seed = seed;
        this.months = months;
        this.planIds = List.copyOf(planIds);
        this.tco = tco;
        this.npv = npv;
        this.cumulative = cumulative;
        this.breakEven = breakEven;
        this.paths = List.copyOf(paths);
        this.clippedShare = clippedShare;
    }

    public int samples() {
        return samples;
    }

    public long seed() {
        return seed;
    }

    public int months() {
        return months;
    }

    /** The plans' ids in the portfolio's order; the first is the baseline. */
    public List<String> planIds() {
        return planIds;
    }

    public Summary tco(int plan) {
        return SimulationResult.summary(tco[plan].clone());
    }

    public Summary npv(int plan) {
        return SimulationResult.summary(npv[plan].clone());
    }

    /** P10, P50, P90 and mean of the plan's cumulative cost for every month (by selection, not sorting). */
    public Bands bands(int plan) {
        return SimulationResult.bands(cumulative[plan], samples, months);
    }

    /**
     * Share of samples in which the plan has the lowest TCO of all plans; a tie goes to the earlier
     * plan, so the shares of all plans sum to 1.
     */
    public double probabilityCheapest(int plan) {
        int count = 0;
        for (int k = 0; k < samples; k++) {
            int best = 0;
            for (int p = 1; p < tco.length; p++) {
                if (tco[p][k] < tco[best][k]) {
                    best = p;
                }
            }
            if (best == plan) {
                count++;
            }
        }
        return (double) count / samples;
    }

    /** Share of samples in which the plan's TCO is lower than the baseline's (0 for the baseline itself). */
    public double probabilityCheaperThanBaseline(int plan) {
        int count = 0;
        for (int k = 0; k < samples; k++) {
            if (tco[plan][k] < tco[0][k]) {
                count++;
            }
        }
        return (double) count / samples;
    }

    /**
     * Percentiles and mean of the month at which the plan becomes no dearer than the baseline, over
     * the samples where it does; null when it never does. The baseline against itself breaks even
     * from the start (0).
     */
    public Summary breakEvenMonth(int plan) {
        double[] found = Arrays.stream(breakEven[plan]).filter(m -> !Double.isNaN(m)).toArray();
        return found.length == 0 ? null : SimulationResult.summary(found);
    }

    /** Share of samples in which the plan does not break even against the baseline within the horizon. */
    public double noBreakEvenShare(int plan) {
        return Arrays.stream(breakEven[plan]).filter(Double::isNaN).count() / (double) samples;
    }

    /** The uncertain fields' paths, in the order of the scenario's {@code uncertainty} section. */
    public List<String> paths() {
        return paths;
    }

    /** Share of samples of the k-th uncertain field that fell outside its valid values and were clipped. */
    public double clippedShare(int k) {
        return clippedShare[k];
    }

    // the raw samples, for tests that compare runs value by value

    double[] tcoSamples(int plan) {
        return tco[plan].clone();
    }

    double[] npvSamples(int plan) {
        return npv[plan].clone();
    }

    double[] cumulativeSamples(int plan) {
        return cumulative[plan].clone();
    }

    double[] breakEvenSamples(int plan) {
        return breakEven[plan].clone();
    }
}
