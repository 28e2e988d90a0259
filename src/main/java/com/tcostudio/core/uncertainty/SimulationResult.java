package com.tcostudio.core.uncertainty;

import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.model.Input;

import java.util.Arrays;
import java.util.List;

/**
 * The samples of a Monte Carlo run (TCO, NPV and break-even month, one primitive array each),
 * their summaries, and the bands of the cumulative cost computed during the run.
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
    private final Bands[] bands;
    /** Every sample's cumulative costs when a test asked to keep them, else null. */
    private final double[][] cumulative;
    private final double[] breakEven;
    private final List<Input> inputs;
    private final double[] clippedShare;

    /** P10, P50, P90 and mean of one quantity. */
    public record Summary(double p10, double p50, double p90, double mean) {
    }

    /**
     * P10, P50, P90 and mean of the cumulative cost of one setup for every month (index
     * {@code i = m - 1}): the bands of the cumulative cost chart. Arrays are copied in and out; the
     * indexed accessors read without copying.
     */
    public record Bands(double[] p10, double[] p50, double[] p90, double[] mean) {
        public Bands {
            if (p50.length != p10.length || p90.length != p10.length || mean.length != p10.length) {
                throw new IllegalArgumentException("bands need one value a month each (lengths " + p10.length + ", "
                        + p50.length + ", " + p90.length + ", " + mean.length + ")");
            }
            p10 = p10.clone();
            p50 = p50.clone();
            p90 = p90.clone();
            mean = mean.clone();
        }

        public int months() {
            return p10.length;
        }

        @Override
        public double[] p10() {
            return p10.clone();
        }

        @Override
        public double[] p50() {
            return p50.clone();
        }

        @Override
        public double[] p90() {
            return p90.clone();
        }

        @Override
        public double[] mean() {
            return mean.clone();
        }

        public double p10(int i) {
            return p10[i];
        }

        public double p50(int i) {
            return p50[i];
        }

        public double p90(int i) {
            return p90[i];
        }

        public double mean(int i) {
            return mean[i];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bands && Arrays.equals(p10, ((Bands) o).p10) && Arrays.equals(p50, ((Bands) o).p50)
                    && Arrays.equals(p90, ((Bands) o).p90) && Arrays.equals(mean, ((Bands) o).mean);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(new int[]{Arrays.hashCode(p10), Arrays.hashCode(p50), Arrays.hashCode(p90),
                    Arrays.hashCode(mean)});
        }

        @Override
        public String toString() {
            return "Bands[p10=" + Arrays.toString(p10) + ", p50=" + Arrays.toString(p50) + ", p90="
                    + Arrays.toString(p90) + ", mean=" + Arrays.toString(mean) + "]";
        }
    }

    /** The percentiles of the summaries and bands, ascending (the selection relies on that order). */
    static final double[] PERCENTILES = {0.1, 0.5, 0.9};
    /**
     * Partitioning rounds allowed per selection before it sorts what is left instead. Good pivots
     * need about log2(n) rounds (14 for 10,000 samples); the bound only caps the quadratic worst
     * case of unlucky ones.
     */
    private static final int SELECT_ROUNDS = 64;

    SimulationResult(int samples, long seed, int months, Setup[] setups, double[][] tco, double[][] npv,
                     Bands[] bands, double[][] cumulative, double[] breakEven, List<Input> inputs,
                     double[] clippedShare) {
        this.samples = samples;
        this.seed = seed;
        this.months = months;
        this.setups = setups;
        this.tco = tco;
        this.npv = npv;
        this.bands = bands;
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

    /** Cumulative cost of month index i across samples: {@link #bands} of that month. */
    public Summary cumulative(Setup s, int i) {
        Bands b = bands[index(s)];
        return new Summary(b.p10(i), b.p50(i), b.p90(i), b.mean(i));
    }

    /**
     * The cumulative cost bands of one setup for every month, computed during the run (the samples'
     * cumulative costs are not kept: see {@link MonteCarlo}). Percentiles are those of
     * {@link #percentile} on the sorted samples of the month, to the bit; the mean adds the samples
     * in sample order.
     */
    public Bands bands(Setup s) {
        return bands[index(s)];
    }

    /**
     * The bands of cumulative costs stored sample by sample ({@code c[k * months + i]} is sample k's
     * month index i); shared with the portfolio simulation.
     */
    static Bands bands(double[] c, int samples, int months) {
        double[] column = new double[samples];
        // which sample each entry of the column is; kept from one month to the next
        int[] order = new int[samples];
        for (int k = 0; k < samples; k++) {
            order[k] = k;
        }
        double[][] p = new double[PERCENTILES.length][months];
        double[] mean = new double[months];
        double[] at = new double[PERCENTILES.length];
        for (int i = 0; i < months; i++) {
            double sum = 0;
            for (int k = 0; k < samples; k++) {
                sum += c[k * months + i];
            }
            mean[i] = sum / samples;
            // Selection finds the few order statistics the percentiles need, where a sort per month
            // made the bands slow. A sample's cumulative cost changes little from one month to the
            // next, so the column is gathered in the order the previous month's selection left:
            // it comes nearly partitioned, and partitioning it again swaps and mispredicts little
            // (about three times faster than from sample order). The order of the column does not
            // change its order statistics.
            for (int k = 0; k < samples; k++) {
                column[k] = c[order[k] * months + i];
            }
            percentiles(column, order, PERCENTILES, at);
            for (int q = 0; q < at.length; q++) {
                p[q][i] = at[q];
            }
        }
        return new Bands(p[0], p[1], p[2], mean);
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

    /**
     * {@link #percentile} at each of the ascending ps, into {@code into}, without sorting: the same
     * order statistics are found by partial sorting, which reorders {@code values}, and
     * {@code order} alongside. Values are ordered as {@link Arrays#sort(double[])} orders them
     * (-0.0 before 0.0, NaN last), so the results are the same to the bit.
     */
    static void percentiles(double[] values, int[] order, double[] ps, double[] into) {
        int n = values.length;
        // positions below 'from' hold the smallest values: ranks up to from - 1 are settled
        int from = 0;
        for (int q = 0; q < ps.length; q++) {
            double h = (n - 1) * ps[q];
            int lo = (int) Math.floor(h);
            int hi = Math.min(n - 1, lo + 1);
            if (lo >= from) {
                select(values, order, from, n - 1, lo, SELECT_ROUNDS);
                from = lo + 1;
            }
            // everything after lo is no smaller than values[lo]: the next order statistic is their least
            double next = values[lo];
            if (hi > lo) {
                next = values[hi];
                for (int k = hi + 1; k < n; k++) {
                    if (Double.compare(values[k], next) < 0) {
                        next = values[k];
                    }
                }
            }
            into[q] = values[lo] + (h - lo) * (next - values[lo]);
        }
    }

    /**
     * Moves the k-th smallest of a[left..right] to a[k], the smaller ones before it and the larger
     * ones after (Hoare's selection, pivot the median of three), moving {@code order} alike. After
     * {@code maxRounds} partitions it sorts the rest.
     */
    static void select(double[] a, int[] order, int left, int right, int k, int maxRounds) {
        int l = left;
        int r = right;
        for (int round = 0; l < r; round++) {
            if (round == maxRounds) {
                sortRange(a, order, l, r);
                return;
            }
            double x = medianOfThree(a[l], a[k], a[r]);
            int i = l;
            int j = r;
            do {
                while (Double.compare(a[i], x) < 0) {
                    i++;
                }
                while (Double.compare(x, a[j]) < 0) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    int o = order[i];
                    order[i] = order[j];
                    order[j] = o;
                    i++;
                    j--;
                }
            } while (i <= j);
            if (j < k) {
                l = i;
            }
            if (k < i) {
                r = j;
            }
        }
    }

    /** The way out of the quadratic worst case: sorts a[l..r] outright, and order alike. */
    private static void sortRange(double[] a, int[] order, int l, int r) {
        Integer[] byValue = new Integer[r - l + 1];
        for (int k = 0; k < byValue.length; k++) {
            byValue[k] = l + k;
        }
        Arrays.sort(byValue, (x, y) -> Double.compare(a[x], a[y]));
        double[] values = new double[byValue.length];
        int[] samples = new int[byValue.length];
        for (int k = 0; k < byValue.length; k++) {
            values[k] = a[byValue[k]];
            samples[k] = order[byValue[k]];
        }
        System.arraycopy(values, 0, a, l, values.length);
        System.arraycopy(samples, 0, order, l, samples.length);
    }

    private static double medianOfThree(double a, double b, double c) {
        if (Double.compare(a, b) > 0) {
            double t = a;
            a = b;
            b = t;
        }
        // a <= b: the median is b unless c is below it
        if (Double.compare(b, c) <= 0) {
            return b;
        }
        return Double.compare(a, c) >= 0 ? a : c;
    }

    /** The raw samples, for tests that compare runs value by value. */
    double[] tcoSamples(Setup s) {
        return tco[index(s)].clone();
    }

    double[] npvSamples(Setup s) {
        return npv[index(s)].clone();
    }

    /** Sample k's cumulative cost of month i is at k * months + i; only when the run kept them. */
    double[] cumulativeSamples(Setup s) {
        if (cumulative == null) {
            throw new IllegalStateException("this run did not keep its samples' cumulative costs");
        }
        return cumulative[index(s)].clone();
    }

    double[] breakEvenSamples() {
        return breakEven.clone();
    }
}
