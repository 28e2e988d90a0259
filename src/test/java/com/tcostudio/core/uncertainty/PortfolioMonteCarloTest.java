package com.tcostudio.core.uncertainty;

import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.InvalidScenarioException;
import com.tcostudio.core.portfolio.Plan;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Route;
import com.tcostudio.core.uncertainty.SimulationResult.Summary;
import com.tcostudio.support.RandomPortfolios;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;

import static com.tcostudio.support.TestPortfolios.api;
import static com.tcostudio.support.TestPortfolios.plan;
import static com.tcostudio.support.TestPortfolios.portfolio;
import static com.tcostudio.support.TestPortfolios.rentFields;
import static com.tcostudio.support.TestPortfolios.sized;
import static com.tcostudio.support.TestPortfolios.workload;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portfolio Monte Carlo on cases whose answer is known by hand, within stated sampling errors.
 *
 * <p>Two plans, each sending one workload of 1e9 input tokens a month (no output, no cache, no
 * batch, no growth) wholly to one API with no fees: plan {@code on-a} to API a at p per MTok, plan
 * {@code on-b} to API b at 4 per MTok, over 12 months. TCO(on-a) = 12 * 1,000 MTok * p = 12,000 p,
 * TCO(on-b) = 48,000. With p uniform on [0, 10], on-a is cheaper exactly when p < 4: probability
 * 0.4.
 */
class PortfolioMonteCarloTest {
    static final int N = 10_000;
    /**
     * Bound on a sampled share's error: four standard errors of a share near 0.5 in N samples,
     * 4 * sqrt(0.25 / 10,000) = 0.02 (a false failure about once in 16,000 runs, and the seed is fixed).
     */
    static final double SHARE_BOUND = 0.02;
    /** Money sums differ from the hand arithmetic only by rounding. */
    static final double RELATIVE = 1e-12;

    static Portfolio twoApis(Distribution priceOfA) {
        Portfolio p = portfolio(12, List.of(workload("w", 1e9, 0, 1)), List.of(api("a", 5, 0), api("b", 4, 0)),
                List.of(), plan("on-a", Route.all("w", "a")), plan("on-b", Route.all("w", "b")));
        return p.withUncertainty(Map.of("apis.a.inputPerMTok", priceOfA));
    }

    @Test
    void probabilityCheapestIsTheShareOfTheUniformBelowTheFlipPoint() {
        PortfolioSimulation r = PortfolioMonteCarlo.run(twoApis(Distribution.uniform(0, 10)), N, 11);
        // on-a cheaper iff p < 4: 4 / 10 of the uniform
        assertEquals(0.4, r.probabilityCheapest(0), SHARE_BOUND);
        assertEquals(0.6, r.probabilityCheapest(1), SHARE_BOUND);
        assertEquals(1.0, r.probabilityCheapest(0) + r.probabilityCheapest(1), RELATIVE);
        // on-b is cheaper than the baseline on-a iff p > 4
        assertEquals(0.6, r.probabilityCheaperThanBaseline(1), SHARE_BOUND);
        assertEquals(0, r.probabilityCheaperThanBaseline(0));
        assertEquals(List.of("on-a", "on-b"), r.planIds());
    }

    @Test
    void aRangeOnOnePriceMovesThatPlansTcoByItsQuantiles() {
        PortfolioSimulation r = PortfolioMonteCarlo.run(twoApis(Distribution.uniform(0, 10)), N, 3);
        Summary a = r.tco(0);
        // 12,000 p with p uniform on [0, 10]: P10 = 12,000, P50 = 60,000, P90 = 108,000, mean 60,000;
        // a quantile's standard error is about 10 * sqrt(0.25 / N) = 0.05 in p, 600 in money: bound 4 of them
        double bound = 12_000 * 4 * 10 * Math.sqrt(0.25 / N);
        assertEquals(12_000, a.p10(), bound);
        assertEquals(60_000, a.p50(), bound);
        assertEquals(108_000, a.p90(), bound);
        assertEquals(60_000, a.mean(), bound);
        // on-b has no range: 48,000 in every sample, and 4,000 a month cumulated
        Summary b = r.tco(1);
        assertEquals(48_000, b.p10(), 48_000 * RELATIVE);
        assertEquals(48_000, b.p90(), 48_000 * RELATIVE);
        SimulationResult.Bands bands = r.bands(1);
        for (int i = 0; i < 12; i++) {
            assertEquals(4_000.0 * (i + 1), bands.p50(i), 48_000 * RELATIVE);
        }
        // on-a's month 6 cumulative is half its TCO: 6,000 p, median 30,000
        assertEquals(30_000, r.bands(0).p50(5), bound / 2);
    }

    /**
     * Baseline {@code api}: 1e9 input tokens a month at 10 per MTok, 10,000 a month. Plan {@code own}:
     * a rented fleet of one 1-GPU replica (the load, 1e9 / (730 * 3,600) = 380 prefill tokens a second,
     * is 0.04 of a replica of 10,000) at g per GPU-hour, 730 g a month, plus a one-time setup of
     * 60,000 in month 1. The gap falls by s = 10,000 - 730 g a month from 60,000: break-even at
     * 60,000 / s months, within 36 months iff g <= (10,000 - 60,000 / 36) / 730 = 11.4155.
     */
    static Portfolio apiAgainstOwnFleet() {
        Portfolio p = portfolio(36, List.of(workload("w", 1e9, 0, 1)), List.of(api("api", 10, 0)),
                List.of(sized("fleet", rentFields(5).with(Input.SETUP_ONE_TIME_COST, 60_000))),
                plan("api", Route.all("w", "api")), plan("own", Route.all("w", "fleet")));
        return p.withUncertainty(Map.of("deployments.fleet.hosting.gpuHourly", Distribution.uniform(2, 12)));
    }

    @Test
    void breakEvenMonthAgainstTheBaselineFollowsTheGpuPrice() {
        PortfolioSimulation r = PortfolioMonteCarlo.run(apiAgainstOwnFleet(), N, 5);
        double gMax = (10_000 - 60_000 / 36.0) / 730;
        // share of g in (11.4155, 12]: (12 - 11.4155) / 10 = 0.0585
        assertEquals((12 - gMax) / 10, r.noBreakEvenShare(1), SHARE_BOUND / 2);
        // the month rises with g: its median is the month at the median g of those that break even
        double gMedian = (2 + gMax) / 2;
        double monthAtMedian = 60_000 / (10_000 - 730 * gMedian);
        // dm/dg = 60,000 * 730 / s^2 = 1.68 there; g's median has a standard error of about
        // 9.4 * sqrt(0.25 / 9,400) = 0.048: the month's 0.08, bound 5 of them
        assertEquals(monthAtMedian, r.breakEvenMonth(1).p50(), 0.4);
        // at g = 2 (the least): 60,000 / (10,000 - 1,460) = 7.03 months; the P10 is above it
        assertTrue(r.breakEvenMonth(1).p10() > 60_000 / (10_000 - 730 * 2.0));
        // the baseline against itself: no dearer from the start
        assertEquals(0, r.breakEvenMonth(0).p50());
        assertEquals(0, r.noBreakEvenShare(0));
    }

    @Test
    void noBreakEvenGivesNoMonthAndAShareOfOne() {
        // g from 12 to 13: s = 10,000 - 730 g <= 1,240, the 60,000 take more than 48 months
        Portfolio p = apiAgainstOwnFleet().withUncertainty(Map.of("deployments.fleet.hosting.gpuHourly",
                Distribution.uniform(12, 13)));
        PortfolioSimulation r = PortfolioMonteCarlo.run(p, 500, 5);
        assertNull(r.breakEvenMonth(1));
        assertEquals(1, r.noBreakEvenShare(1));
    }

    @Test
    void drawsBeyondAShareAreClippedAndCounted() {
        // a normal with P5 = 0 and P95 = 1 on a share: 5% of draws below 0 and 5% above 1 are clipped
        Portfolio p = twoApis(Distribution.uniform(0, 10));
        p = p.withUncertainty(Map.of("workloads.w.cachedInputShare", Distribution.normal(0, 1)));
        PortfolioSimulation r = PortfolioMonteCarlo.run(p, N, 9);
        // standard error sqrt(0.1 * 0.9 / N) = 0.003: bound 4 of them
        assertEquals(0.10, r.clippedShare(0), 0.012);
        assertEquals(List.of("workloads.w.cachedInputShare"), r.paths());
    }

    @Test
    void aRangedShareIsClippedToWhatTheOtherRoutesLeave() {
        // split: 0.3 fixed to b, route 1 ranged, the rest to a; route 1 may take at most 0.7
        Plan split = plan("split", new Route("w", "b", 0.3, null), new Route("w", "b", 0.2, null),
                new Route("w", "a", Double.NaN, null));
        Portfolio p = twoApis(Distribution.uniform(0, 10));
        p = p.withPlans(List.of(p.plans().get(0), split))
                .withUncertainty(Map.of("plans.split.routes.1.share", Distribution.uniform(0.5, 0.9)));
        PortfolioSimulation r = PortfolioMonteCarlo.run(p, N, 2);
        // uniform on [0.5, 0.9] above 0.7: half the draws
        assertEquals(0.5, r.clippedShare(0), SHARE_BOUND);
        // the clipped samples send 0.3 + 0.7 = 1 to b at 4 and nothing to a at 5: 48,000
        double[] tco = r.tcoSamples(1);
        double least = java.util.Arrays.stream(tco).min().orElseThrow();
        assertEquals(48_000, least, 48_000 * RELATIVE);
    }

    @Test
    void aShareWithoutARouteTakingTheRestCannotCarryARange() {
        Plan split = plan("split", new Route("w", "b", 0.3, null), new Route("w", "a", 0.7, null));
        Portfolio base = twoApis(Distribution.uniform(0, 10));
        Portfolio p = base.withPlans(List.of(base.plans().get(0), split))
                .withUncertainty(Map.of("plans.split.routes.0.share", Distribution.uniform(0.2, 0.4)));
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> PortfolioMonteCarlo.run(p, 10, 1));
        assertEquals("uncertainty.plans.split.routes.0.share: a share can vary only when another route of workload "
                + "\"w\" in plan \"split\" has no share and takes the rest (otherwise the shares stop summing to 1)",
                e.getMessage());
    }

    @Test
    void twoRangedSharesOfOneWorkloadInAPlanAreRefused() {
        Plan split = plan("split", new Route("w", "b", 0.3, null), new Route("w", "b", 0.2, null),
                new Route("w", "a", Double.NaN, null));
        Portfolio base = twoApis(Distribution.uniform(0, 10));
        Portfolio p = base.withPlans(List.of(base.plans().get(0), split)).withUncertainty(Map.of(
                "plans.split.routes.0.share", Distribution.uniform(0.2, 0.4),
                "plans.split.routes.1.share", Distribution.uniform(0.1, 0.3)));
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> PortfolioMonteCarlo.run(p, 10, 1));
        assertTrue(e.getMessage().contains("may carry a range"), e.getMessage());
    }

    @Test
    void sameSeedSameResultAndAnotherSeedAnother() {
        Portfolio p = com.tcostudio.bench.PortfolioMonteCarloBenchmark.sixRanges();
        PortfolioSimulation one = PortfolioMonteCarlo.run(p, 700, 42);
        PortfolioSimulation two = PortfolioMonteCarlo.run(p, 700, 42);
        PortfolioSimulation other = PortfolioMonteCarlo.run(p, 700, 43);
        for (int plan = 0; plan < p.plans().size(); plan++) {
            assertArrayEquals(one.tcoSamples(plan), two.tcoSamples(plan));
            assertArrayEquals(one.cumulativeSamples(plan), two.cumulativeSamples(plan));
            assertArrayEquals(one.breakEvenSamples(plan), two.breakEvenSamples(plan));
        }
        assertTrue(one.tcoSamples(1)[0] != other.tcoSamples(1)[0]);
    }

    @Test
    void progressEndsAtTheTotalAndCancelStopsTheRun() {
        List<Integer> seen = new ArrayList<>();
        MonteCarlo.Monitor recording = new MonteCarlo.Monitor() {
            @Override
            public synchronized void progress(int done, int total) {
                seen.add(done);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        PortfolioMonteCarlo.run(twoApis(Distribution.uniform(0, 10)), 1_000, 1, recording);
        // 1,000 samples are 4 blocks of 256 (the last 232), finished in any order by the workers:
        // one report a block, each adding a block's samples, ending at the total
        assertEquals(4, seen.size(), seen.toString());
        int before = 0;
        for (int done : seen) {
            int block = done - before;
            assertTrue(block == 256 || block == 232, "a report adds one block of 256 or the last of 232: " + seen);
            before = done;
        }
        assertEquals(1_000, seen.get(seen.size() - 1));
        MonteCarlo.Monitor cancelled = new MonteCarlo.Monitor() {
            @Override
            public void progress(int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThrows(CancellationException.class,
                () -> PortfolioMonteCarlo.run(twoApis(Distribution.uniform(0, 10)), 1_000, 1, cancelled));
    }

    @Test
    void tooManySamplesAreRefusedInWords() {
        SimulationTooLargeException e = assertThrows(SimulationTooLargeException.class,
                () -> PortfolioMonteCarlo.run(twoApis(Distribution.uniform(0, 10)), 10_000_000, 1));
        // 10,000,000 samples x 2 plans x 12 months = 240,000,000 values x 8 bytes = 1,920 MB, over the
        // 96,000,000-value cap: at most 96,000,000 / 24 = 4,000,000 samples (or fewer on a small heap)
        assertTrue(e.getMessage().contains("need about 1,920 MB"), e.getMessage());
        assertTrue(e.getMessage().contains("use at most "), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PortfolioMonteCarlo.run(twoApis(Distribution.uniform(0, 10)), 0, 1));
    }

    @Property(tries = 25)
    void cheapestSharesSumToOneAndPercentilesAreOrdered(@ForAll @LongRange(min = 0, max = 100_000) long seed) {
        Portfolio p = PortfolioMonteCarloLeanPathTest.withRanges(RandomPortfolios.portfolio(seed), new Random(seed));
        PortfolioSimulation r = PortfolioMonteCarlo.run(p, 64, seed);
        double sum = 0;
        for (int plan = 0; plan < p.plans().size(); plan++) {
            sum += r.probabilityCheapest(plan);
            Summary t = r.tco(plan);
            assertTrue(t.p10() <= t.p50() && t.p50() <= t.p90(), "tco percentiles " + t);
            assertTrue(r.probabilityCheaperThanBaseline(plan) <= 1 - r.probabilityCheapest(0) + RELATIVE
                    || plan == 0, "cheaper than the baseline only where the baseline is not cheapest");
        }
        assertEquals(1, sum, RELATIVE);
    }
}
