package com.tcostudio.core.uncertainty;

import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.HybridPolicy;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.support.TestScenarios;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

class SimulationBandsTest {
    private static final double EXACT = 0;
    private static final double[] PS = {0.1, 0.5, 0.9};

    private static Scenario sixRanges(HostingMode mode, HybridPolicy policy) {
        Scenario.Builder b = TestScenarios.methodologyExample().set(Input.HORIZON_MONTHS, 60)
                .hostingMode(mode).hybridPolicy(policy)
                .uncertainty(Input.MONTHLY_GROWTH, Distribution.triangular(0.01, 0.05, 0.10))
                .uncertainty(Input.ANNUAL_PRICE_CHANGE, Distribution.uniform(-0.5, 0))
                .uncertainty(Input.PEAK_TO_AVERAGE, Distribution.lognormal(1.5, 5))
                .uncertainty(Input.LOADED_ANNUAL_COST_PER_FTE, Distribution.normal(150_000, 260_000))
                .uncertainty(Input.CACHED_INPUT_SHARE, Distribution.normal(0.1, 0.5));
        if (mode == HostingMode.OWN) {
            b.set(Input.CAPEX_PER_GPU, 30_000).set(Input.DEPRECIATION_MONTHS, 36).set(Input.RESIDUAL_SHARE, 0.1)
                    .set(Input.MAINTENANCE_PER_YEAR, 0.05).set(Input.POWER_WATTS_PER_GPU, 1000).set(Input.PUE, 1.3)
                    .set(Input.ENERGY_PER_KWH, 0.12).set(Input.COLOCATION_PER_GPU_MONTH, 150)
                    .uncertainty(Input.CAPEX_PER_GPU, Distribution.pert(25_000, 30_000, 45_000));
        } else {
            b.uncertainty(Input.GPU_HOURLY, Distribution.pert(1.8, 2.5, 4.0));
        }
        if (policy == HybridPolicy.SPILLOVER) {
            b.set(Input.SELF_HOSTED_REPLICAS, 2);
        }
        return b.build();
    }

    /** A run that keeps every sample's cumulative costs, in one pass. */
    static SimulationResult keeping(Scenario s, int samples, long seed) {
        return MonteCarlo.run(s, samples, seed, MonteCarlo.Monitor.NONE, MonteCarlo.LEAN,
                new MonteCarlo.Passes(Long.MAX_VALUE, true));
    }

    /** The bands against sorting each month's samples, the way the cumulative summaries were made before. */
    private static void assertBandsMatchMonthlySummaries(SimulationResult r) {
        for (Setup setup : r.setups()) {
            SimulationResult.Bands bands = r.bands(setup);
            double[] c = r.cumulativeSamples(setup);
            assertEquals(r.months(), bands.months());
            for (int i = 0; i < r.months(); i++) {
                double[] month = new double[r.samples()];
                double sum = 0;
                for (int k = 0; k < month.length; k++) {
                    month[k] = c[k * r.months() + i];
                    sum += month[k];
                }
                double[] sorted = bySorting(month);
                String where = setup.key() + " month index " + i;
                assertEquals(sorted[0], bands.p10(i), EXACT, where);
                assertEquals(sorted[1], bands.p50(i), EXACT, where);
                assertEquals(sorted[2], bands.p90(i), EXACT, where);
                // the same sum in the same order
                assertEquals(sum / month.length, bands.mean(i), EXACT, where);
                assertEquals(new SimulationResult.Summary(bands.p10(i), bands.p50(i), bands.p90(i), bands.mean(i)),
                        r.cumulative(setup, i), where);
            }
        }
    }

    @Test
    void bandsEqualTheMonthlySummariesOfEverySetupAndMonth() {
        assertBandsMatchMonthlySummaries(keeping(sixRanges(HostingMode.RENT, HybridPolicy.SHARE), 10_000, 4));
        assertBandsMatchMonthlySummaries(keeping(sixRanges(HostingMode.OWN, HybridPolicy.SPILLOVER), 3001, 5));
        assertBandsMatchMonthlySummaries(keeping(sixRanges(HostingMode.RENT, HybridPolicy.NONE), 1, 6));
        assertBandsMatchMonthlySummaries(keeping(sixRanges(HostingMode.OWN, HybridPolicy.NONE), 2, 7));
    }

    @Test
    void bandsOfRangesThatChangeNothingAreTheBaseCase() {
        // all samples equal: the selection must cope with a column of ties
        Scenario s = TestScenarios.methodologyExample()
                .uncertainty(Input.GPU_HOURLY, Distribution.uniform(2.5, 2.5)).build();
        assertBandsMatchMonthlySummaries(keeping(s, 700, 1));
    }

    private static double[] bySorting(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] p = new double[PS.length];
        for (int q = 0; q < PS.length; q++) {
            p[q] = SimulationResult.percentile(sorted, PS[q]);
        }
        return p;
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        return order;
    }

    private static double[] bySelection(double[] values) {
        double[] p = new double[PS.length];
        double[] moved = values.clone();
        int[] order = identity(values.length);
        SimulationResult.percentiles(moved, order, PS, p);
        for (int k = 0; k < values.length; k++) {
            assertEquals(values[order[k]], moved[k], EXACT, "the order follows the values");
        }
        return p;
    }

    @Test
    void selectionFindsThePercentilesOfSortingForAwkwardInputs() {
        Random r = new Random(17);
        for (int n = 1; n <= 60; n++) {
            double[] random = new double[n];
            double[] ties = new double[n];
            double[] ascending = new double[n];
            double[] descending = new double[n];
            double[] zeros = new double[n];
            double[] withNaN = new double[n];
            for (int k = 0; k < n; k++) {
                random[k] = r.nextGaussian() * 1e6;
                ties[k] = r.nextInt(3);
                ascending[k] = k;
                descending[k] = n - k;
                zeros[k] = r.nextBoolean() ? 0.0 : -0.0;
                withNaN[k] = r.nextInt(5) == 0 ? Double.NaN : r.nextDouble();
            }
            for (double[] values : new double[][]{random, ties, ascending, descending, zeros, withNaN}) {
                assertArrayEquals(bySorting(values), bySelection(values), Arrays.toString(values));
            }
        }
    }

    @Test
    void selectionFindsThePercentilesOfSortingForLargeColumns() {
        Random r = new Random(3);
        for (int trial = 0; trial < 20; trial++) {
            int n = 9_000 + r.nextInt(2_000);
            double[] values = new double[n];
            for (int k = 0; k < n; k++) {
                // a few distinct values now and then, as months early in the horizon give
                values[k] = trial % 4 == 0 ? r.nextInt(7) : Math.exp(r.nextGaussian());
            }
            assertArrayEquals(bySorting(values), bySelection(values));
        }
    }

    @Test
    void selectionThatRunsOutOfRoundsSortsTheRest() {
        Random r = new Random(5);
        for (int rounds = 0; rounds < 4; rounds++) {
            double[] values = new double[500];
            for (int k = 0; k < values.length; k++) {
                values[k] = r.nextInt(4) == 0 ? -0.0 : r.nextInt(50);
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            double[] moved = values.clone();
            int[] order = identity(values.length);
            int k = 1 + r.nextInt(values.length - 2);
            SimulationResult.select(moved, order, 0, values.length - 1, k, rounds);
            assertEquals(sorted[k], moved[k], EXACT, "rank " + k + " after " + rounds + " rounds");
            for (int i = 0; i < values.length; i++) {
                assertEquals(values[order[i]], moved[i], EXACT);
            }
        }
    }

    @Test
    void bandsHandOutCopies() {
        SimulationResult.Bands bands = new SimulationResult.Bands(new double[]{1}, new double[]{2}, new double[]{3},
                new double[]{2});
        double[] p50 = bands.p50();
        p50[0] = 99;
        assertEquals(2, bands.p50(0), EXACT);
        assertNotSame(bands.p10(), bands.p10());
        assertEquals(new SimulationResult.Bands(new double[]{1}, new double[]{2}, new double[]{3}, new double[]{2}),
                bands);
    }
}
