package com.tcostudio.core.uncertainty;

import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.model.Input;

import java.util.Arrays;
import java.util.List;

/**
 * The samples of a Monte Carlo run, one primitive array per output, and their summaries.
 * Percentiles interpolate linearly between order statistics (position (n - 1) p, as numpy and
 * Excel's PERCENTILE.INC do). Immutable once made; safe to read from any thread.
 */
public final class SimulationResult {
    private final int samples;
    private final long seed;
    private final int months;
    private final Setup[] setups;
    private final double[][] tco;
    private final double[][] npv;
    private final double[][] cumulative;
    private final double[] breakEven;
    private final List<Input> inputs;
    private final double[] clippedShare;

    /** P10, P50, P90 and mean of one quantity. */
    public record Summary(double p10, double p50, double p90, double mean) {
    }

    SimulationResult(int samples, long seed, int months, Setup[] setups, double[][] tco, double[][] npv,
                     double[][] cumulative, double[] breakEven, List<Input> inputs, double[] clippedShare) {
        this.samples = samples;
        this.seed = seed;
        this.months = months;
        this.setups = setups;
        this.tco = tco;
        this.npv = npv;
        this.cumulative = cumulative;
        this.breakEven = breakEven;
        this.inputs = List.copyOf(inputs);
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

    public List<Setup> setups() {
        return List.of(setups);
    }

    private int index(Setup s) {
        for (int j = 0; j < setups.length; j++) {
            if (setups[j] == s) {
                return j;
            }
        }
        throw new IllegalArgumentException("no " + s.key() + " setup in this simulation");
    }

    public Summary tco(Setup s) {
        return summary(tco[index(s)].clone());
    }

    public Summary npv(Setup s) {
        return summary(npv[index(s)].clone());
    }

    /** Cumulative cost of month index i across samples. */
    public Summary cumulative(Setup s, int i) {
        double[] c = cumulative[index(s)];
        double[] values = new double[samples];
        for (int k = 0; k < samples; k++) {
            values[k] = c[k * months + i];
        }
        return summary(values);
    }

    /** Share of samples in which the setup's TCO is lower than the closed API's. */
    public double probabilityCheaperThanClosed(Setup s) {
        double[] a = tco[index(s)];
        double[] closed = tco[index(Setup.CLOSED)];
        int cheaper = 0;
        for (int k = 0; k < samples; k++) {
            if (a[k] < closed[k]) {
                cheaper++;
            }
        }
        return (double) cheaper / samples;
    }

    /** Percentiles of the open-vs-closed break-even month over the samples that break even; null when none do. */
    public Summary breakEvenMonth() {
        double[] found = Arrays.stream(breakEven).filter(m -> !Double.isNaN(m)).toArray();
        return found.length == 0 ? null : summary(found);
    }

    /** Share of samples with no open-vs-closed break-even within the horizon. */
    public double noBreakEvenShare() {
        return Arrays.stream(breakEven).filter(Double::isNaN).count() / (double) samples;
    }

    public List<Input> uncertainInputs() {
        return inputs;
    }

    /** Share of samples of the k-th uncertain input that fell outside its valid range and were clipped. */
    public double clippedShare(int k) {
        return clippedShare[k];
    }

    static Summary summary(double[] values) {
        Arrays.sort(values);
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return new Summary(percentile(values, 0.1), percentile(values, 0.5), percentile(values, 0.9), sum / values.length);
    }

    /** Linear interpolation at position (n - 1) p of sorted values. */
    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** The raw samples, for tests that compare runs value by value. */
    double[] tcoSamples(Setup s) {
        return tco[index(s)].clone();
    }

    double[] npvSamples(Setup s) {
        return npv[index(s)].clone();
    }

    /** Sample k's cumulative cost of month i is at k * months + i. */
    double[] cumulativeSamples(Setup s) {
        return cumulative[index(s)].clone();
    }

    double[] breakEvenSamples() {
        return breakEven.clone();
    }
}
