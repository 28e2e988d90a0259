package com.tcostudio.core.uncertainty;

import com.tcostudio.core.engine.PortfolioEngine;
import com.tcostudio.core.engine.PortfolioEvaluation;
import com.tcostudio.core.engine.PortfolioWorkspace;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.InvalidScenarioException;
import com.tcostudio.core.portfolio.Domain;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.support.RandomPortfolios;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portfolio simulation's fast path (a sample's values written into one engine workspace per
 * thread) gives the same samples, to the bit, as building, validating and evaluating the portfolio
 * of every sample with {@link PortfolioValues#with} and {@link PortfolioEngine#evaluate}.
 */
class PortfolioMonteCarloLeanPathTest {
    /** Two blocks, the last one partial, so that workspaces are reused within and across blocks. */
    private static final int SAMPLES = MonteCarlo.BLOCK + 10;
    private static final int PORTFOLIOS = 12;

    /** Each sample's portfolio rebuilt from the values and evaluated as a file's would be. */
    static final class Rebuilt implements PortfolioMonteCarlo.SampleEngine {
        private final Portfolio portfolio;
        private final List<String> paths;
        private PortfolioEvaluation e;

        Rebuilt(Portfolio p) {
            portfolio = p;
            paths = new ArrayList<>(p.uncertainty().keySet());
        }

        @Override
        public void evaluate(double[] values) {
            Map<String, Double> set = new LinkedHashMap<>();
            for (int k = 0; k < values.length; k++) {
                set.put(paths.get(k), values[k]);
            }
            e = PortfolioEngine.DEFAULT.evaluate(PortfolioValues.with(portfolio, set));
        }

        @Override
        public double tco(int plan) {
            return e.plans().get(plan).tco();
        }

        @Override
        public double npv(int plan) {
            return e.plans().get(plan).npv();
        }

        @Override
        public void copyCumulative(int plan, double[] into, int at) {
            double[] c = e.plans().get(plan).cumulative();
            System.arraycopy(c, 0, into, at, c.length);
        }

        @Override
        public double breakEvenMonth(int a, int b) {
            // the engine keeps each pair with the later plan as a
            String ia = portfolio.plans().get(a).id();
            String ib = portfolio.plans().get(b).id();
            return e.breakEven(ia, ib).orElseThrow().breakEven().month();
        }
    }

    /** Up to six ranges of every kind on random real-valued fields around their base values. */
    static Portfolio withRanges(Portfolio p, Random r) {
        List<String> paths = new ArrayList<>(p.realValuedPaths().keySet());
        Collections.shuffle(paths, r);
        PortfolioWorkspace base = new PortfolioWorkspace(p);
        Map<String, Distribution> ranges = new LinkedHashMap<>();
        for (String path : paths) {
            if (ranges.size() == 6) {
                break;
            }
            Domain d = p.realValuedPaths().get(path);
            double b = base.get(base.slot(path));
            if (Double.isNaN(b)) {
                continue;
            }
            double spread = 0.4 * Math.abs(b) + 1e-3;
            double lo = d.clip(b - spread);
            double hi = d.clip(b + spread);
            if (!(lo < hi)) {
                continue;
            }
            Distribution dist;
            switch (r.nextInt(5)) {
                case 0:
                    dist = Distribution.uniform(lo, hi);
                    break;
                case 1:
                    dist = Distribution.triangular(lo, d.clip(b), hi);
                    break;
                case 2:
                    dist = Distribution.pert(lo, d.clip(b), hi);
                    break;
                case 3:
                    // wide tails past the valid values: exercises the clipping
                    dist = Distribution.normal(lo, hi);
                    break;
                default:
                    dist = lo > 0 ? Distribution.lognormal(lo, hi) : Distribution.uniform(lo, hi);
            }
            Map<String, Distribution> tried = new LinkedHashMap<>(ranges);
            tried.put(path, dist);
            try {
                Portfolio q = p.withUncertainty(tried);
                new PortfolioRanges(q);
                ranges = tried;
            } catch (InvalidScenarioException e) {
                // a share without a route taking the rest, or a range off the currency's bounds: skip it
            }
        }
        return p.withUncertainty(ranges);
    }

    @Test
    void everySampleOfRandomPortfoliosEqualsTheRebuiltPortfolioToTheBit() {
        int ranged = 0;
        for (long seed = 0; seed < PORTFOLIOS; seed++) {
            Portfolio p = withRanges(RandomPortfolios.portfolio(seed), new Random(seed));
            ranged += p.uncertainty().size();
            PortfolioSimulation lean = PortfolioMonteCarlo.run(p, SAMPLES, seed, MonteCarlo.Monitor.NONE,
                    PortfolioMonteCarlo.Lean::new);
            PortfolioSimulation rebuilt = PortfolioMonteCarlo.run(p, SAMPLES, seed, MonteCarlo.Monitor.NONE, Rebuilt::new);
            for (int plan = 0; plan < p.plans().size(); plan++) {
                String at = "portfolio " + seed + ", plan " + plan + ", ranges " + p.uncertainty().keySet();
                assertArrayEquals(rebuilt.tcoSamples(plan), lean.tcoSamples(plan), at);
                assertArrayEquals(rebuilt.npvSamples(plan), lean.npvSamples(plan), at);
                assertArrayEquals(rebuilt.cumulativeSamples(plan), lean.cumulativeSamples(plan), at);
                assertArrayEquals(rebuilt.breakEvenSamples(plan), lean.breakEvenSamples(plan), at);
            }
            for (int k = 0; k < p.uncertainty().size(); k++) {
                assertEquals(rebuilt.clippedShare(k), lean.clippedShare(k));
            }
        }
        // the random ranges did reach a fair number of fields
        assertTrue(ranged > 3 * PORTFOLIOS, "ranges placed: " + ranged);
    }

    @Test
    void theBenchmarkPortfolioWithSixRangesEqualsTheRebuiltPortfolioToTheBit() {
        Portfolio p = com.tcostudio.bench.PortfolioMonteCarloBenchmark.sixRanges();
        PortfolioSimulation lean = PortfolioMonteCarlo.run(p, SAMPLES, 7);
        PortfolioSimulation rebuilt = PortfolioMonteCarlo.run(p, SAMPLES, 7, MonteCarlo.Monitor.NONE, Rebuilt::new);
        for (int plan = 0; plan < p.plans().size(); plan++) {
            assertArrayEquals(rebuilt.tcoSamples(plan), lean.tcoSamples(plan));
            assertArrayEquals(rebuilt.cumulativeSamples(plan), lean.cumulativeSamples(plan));
            assertArrayEquals(rebuilt.breakEvenSamples(plan), lean.breakEvenSamples(plan));
        }
    }
}
