package com.tcostudio.core.uncertainty;

import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.support.TestScenarios;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonteCarloTest {
    private static final int DRAWS = 200_000;
    /** Sample means within this many standard errors of the closed form (fails by chance about 1 in 16,000). */
    private static final double SE_BOUND = 4;
    private static final double EXACT = 0;

    private static double[] draw(Distribution d) {
        Samplers.Sampler s = Samplers.of(d, new Well19937c(42));
        double[] x = new double[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            x[i] = s.sample();
        }
        return x;
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    private static void assertMean(double expected, double sd, double[] x) {
        double se = sd / Math.sqrt(x.length);
        assertEquals(expected, mean(x), SE_BOUND * se);
    }

    @Test
    void uniformHasItsClosedFormMoments() {
        double[] x = draw(Distribution.uniform(2, 5));
        // mean (a + b) / 2, sd (b - a) / sqrt(12)
        assertMean(3.5, 3 / Math.sqrt(12), x);
    }

    @Test
    void triangularHasItsClosedFormMean() {
        double a = 1, c = 2, b = 6;
        double[] x = draw(Distribution.triangular(a, c, b));
        double sd = Math.sqrt((a * a + b * b + c * c - a * b - a * c - b * c) / 18);
        assertMean((a + b + c) / 3, sd, x);
    }

    @Test
    void pertHasItsClosedFormMean() {
        // beta-PERT, lambda 4: mean (a + 4m + b) / 6; for 1.8 / 2.5 / 4.0 the sd is below (b - a) / 6 + 0.01
        double[] x = draw(Distribution.pert(1.8, 2.5, 4.0));
        assertMean((1.8 + 4 * 2.5 + 4.0) / 6, (4.0 - 1.8) / 6 + 0.01, x);
        for (double v : x) {
            assertTrue(v >= 1.8 && v <= 4.0);
        }
    }

    @Test
    void normalIsGivenByItsFifthAndNinetyFifthPercentiles() {
        double[] x = draw(Distribution.normal(100, 200));
        double sd = 100 / (2 * Samplers.Z95);
        assertMean(150, sd, x);
        java.util.Arrays.sort(x);
        assertEquals(100, SimulationResult.percentile(x, 0.05), 1.0);
        assertEquals(200, SimulationResult.percentile(x, 0.95), 1.0);
    }

    @Test
    void lognormalIsGivenByItsFifthAndNinetyFifthPercentiles() {
        double[] x = draw(Distribution.lognormal(1.5, 5));
        java.util.Arrays.sort(x);
        // median = sqrt(low x high)
        assertEquals(Math.sqrt(1.5 * 5), SimulationResult.percentile(x, 0.5), 0.02);
        assertEquals(1.5, SimulationResult.percentile(x, 0.05), 0.02);
        assertEquals(5, SimulationResult.percentile(x, 0.95), 0.05);
    }

    @Test
    void degenerateRangesGiveTheBaseCaseExactly() {
        Scenario s = TestScenarios.methodologyExample()
                .uncertainty(Input.GPU_HOURLY, Distribution.uniform(2.5, 2.5))
                .uncertainty(Input.MONTHLY_GROWTH, Distribution.pert(0.05, 0.05, 0.05)).build();
        Evaluation base = CostEngine.DEFAULT.evaluate(s);
        SimulationResult r = MonteCarlo.run(s, 600, 3);
        for (Setup setup : Setup.values()) {
            SimulationResult.Summary tco = r.tco(setup);
            assertEquals(base.setup(setup).tco(), tco.p10(), EXACT);
            assertEquals(base.setup(setup).tco(), tco.p90(), EXACT);
            assertEquals(base.setup(setup).tco(), tco.mean(), 1e-9 * base.setup(setup).tco());
            assertEquals(base.setup(setup).cumulative(11), r.cumulative(setup, 11).p50(), EXACT);
        }
        double month = base.breakEven(com.tcostudio.core.engine.Pair.OPEN_VS_CLOSED).orElseThrow().month();
        assertEquals(Double.isNaN(month) ? 1.0 : 0.0, r.noBreakEvenShare(), EXACT);
    }

    @Test
    void theSameSeedGivesTheSameResultAndAnotherSeedAnother() {
        Scenario s = TestScenarios.methodologyExample()
                .uncertainty(Input.GPU_HOURLY, Distribution.pert(1.8, 2.5, 4.0))
                .uncertainty(Input.ANNUAL_PRICE_CHANGE, Distribution.uniform(-0.5, 0)).build();
        SimulationResult a = MonteCarlo.run(s, 1000, 11);
        SimulationResult b = MonteCarlo.run(s, 1000, 11);
        SimulationResult c = MonteCarlo.run(s, 1000, 12);
        assertEquals(a.tco(Setup.OPEN), b.tco(Setup.OPEN));
        assertEquals(a.cumulative(Setup.HYBRID, 20), b.cumulative(Setup.HYBRID, 20));
        assertEquals(a.probabilityCheaperThanClosed(Setup.OPEN), b.probabilityCheaperThanClosed(Setup.OPEN), EXACT);
        assertNotEquals(a.tco(Setup.OPEN), c.tco(Setup.OPEN));
    }

    @Test
    void samplesOutsideTheValidRangeAreClippedAndCounted() {
        // a range must lie in the share's 0..1, but a normal with its 5th and 95th percentiles at 0
        // and 1 puts 5% of its draws below 0 and 5% above 1: 10% are clipped
        Scenario s = TestScenarios.methodologyExample()
                .uncertainty(Input.CACHED_INPUT_SHARE, Distribution.normal(0, 1)).build();
        SimulationResult r = MonteCarlo.run(s, 4000, 5);
        assertEquals(0.10, r.clippedShare(0), 0.03);
    }
}
