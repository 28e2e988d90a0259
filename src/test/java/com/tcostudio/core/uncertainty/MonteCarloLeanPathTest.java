package com.tcostudio.core.uncertainty;

import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Pair;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.engine.SetupResult;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.InvalidScenarioException;
import com.tcostudio.core.model.Rule;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.support.RandomScenarios;
import com.tcostudio.support.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The simulation's lean path (one engine workspace per thread, no scenario per sample) gives the
 * same samples, to the bit, as evaluating every sample the ordinary way with
 * {@code CostEngine.DEFAULT.evaluate(s.withValues(values))}, as the simulation did before.
 */
class MonteCarloLeanPathTest {
    /** Three blocks, the last one partial, so that workspaces are reused within and across blocks. */
    private static final int SAMPLES = 2 * MonteCarlo.BLOCK + 77;
    private static final MonteCarlo.Passes KEEP = new MonteCarlo.Passes(Long.MAX_VALUE, true);

    /** Each sample built, validated and evaluated as a whole scenario. */
    private static final class Ordinary implements MonteCarlo.SampleEngine {
        private final Scenario scenario;
        private Evaluation e;

        Ordinary(Scenario scenario) {
            this.scenario = scenario;
        }

        @Override
        public void evaluate(double[] values) {
            e = CostEngine.DEFAULT.evaluate(scenario.withValues(values));
        }

        @Override
        public double tco(Setup setup) {
            return e.setup(setup).tco();
        }

        @Override
        public double npv(Setup setup) {
            return e.setup(setup).npv();
        }

        @Override
        public void copyCumulative(Setup setup, double[] into, int at) {
            SetupResult r = e.setup(setup);
            for (int i = 0; i < r.months(); i++) {
                into[at + i] = r.cumulative(i);
            }
        }

        @Override
        public double breakEvenMonth() {
            return e.breakEven(Pair.OPEN_VS_CLOSED).orElseThrow().month();
        }
    }

    /**
     * A random scenario with ranges on up to eight of its real-valued inputs, of every kind, some
     * wide enough to be clipped (shares below 0, rates below -1).
     */
    private static Scenario withRanges(long seed) {
        Scenario.Builder b = RandomScenarios.builder(seed);
        Scenario plain = b.build();
        Random r = new Random(seed * 31 + 7);
        List<Input> candidates = new ArrayList<>();
        for (Input input : Input.values()) {
            if (!input.isInteger() && plain.has(input)) {
                candidates.add(input);
            }
        }
        Collections.shuffle(candidates, r);
        int count = 1 + r.nextInt(8);
        for (Input input : candidates.subList(0, count)) {
            double v = plain.get(input);
            double spread = Math.max(Math.abs(v), 0.05) * (r.nextBoolean() ? 0.3 : 1.5);
            // a range must lie in its input's rule; normal tails still reach past it and are clipped
            Rule rule = input.rule();
            double lo = rule.clip(v - spread);
            double hi = rule.clip(v + spread);
            Distribution d;
            switch (r.nextInt(5)) {
                case 0:
                    d = Distribution.uniform(lo, hi);
                    break;
                case 1:
                    d = Distribution.triangular(lo, v, hi);
                    break;
                case 2:
                    d = Distribution.pert(lo, v, hi);
                    break;
                case 3:
                    d = Distribution.normal(lo, hi);
                    break;
                default:
                    // a volume is 0 or at least one token: keep the lognormal's low end above 1
                    double m = Math.max(v, rule == Rule.TOKENS_PER_MONTH ? 3 : 0.01);
                    d = Distribution.lognormal(rule.clip(m / 3), rule.clip(m * 3));
                    break;
            }
            b.uncertainty(input, d);
        }
        return b.build();
    }

    private static void assertSameSamples(SimulationResult expected, SimulationResult actual) {
        assertEquals(expected.setups(), actual.setups());
        for (Setup s : expected.setups()) {
            assertArrayEquals(expected.tcoSamples(s), actual.tcoSamples(s), s.key() + " tco");
            assertArrayEquals(expected.npvSamples(s), actual.npvSamples(s), s.key() + " npv");
            assertArrayEquals(expected.cumulativeSamples(s), actual.cumulativeSamples(s), s.key() + " cumulative");
            assertEquals(expected.bands(s), actual.bands(s), s.key() + " bands");
        }
        assertArrayEquals(expected.breakEvenSamples(), actual.breakEvenSamples(), "break-even month");
        for (int k = 0; k < expected.uncertainInputs().size(); k++) {
            assertEquals(expected.clippedShare(k), actual.clippedShare(k), 0, "clipped share " + k);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24})
    void leanSamplesEqualOrdinaryEvaluationsOfRandomScenarios(long seed) {
        Scenario s = withRanges(seed);
        SimulationResult ordinary = MonteCarlo.run(s, SAMPLES, seed, MonteCarlo.Monitor.NONE, Ordinary::new, KEEP);
        SimulationResult lean = SimulationBandsTest.keeping(s, SAMPLES, seed);
        assertSameSamples(ordinary, lean);
    }

    @Test
    void leanSamplesEqualOrdinaryEvaluationsOfTheSixRangeScenario() {
        Scenario s = TestScenarios.methodologyExample().set(Input.HORIZON_MONTHS, 60)
                .uncertainty(Input.MONTHLY_GROWTH, Distribution.triangular(0.01, 0.05, 0.10))
                .uncertainty(Input.GPU_HOURLY, Distribution.pert(1.8, 2.5, 4.0))
                .uncertainty(Input.ANNUAL_PRICE_CHANGE, Distribution.uniform(-0.5, 0))
                .uncertainty(Input.PEAK_TO_AVERAGE, Distribution.lognormal(1.5, 5))
                .uncertainty(Input.LOADED_ANNUAL_COST_PER_FTE, Distribution.normal(150_000, 260_000))
                .uncertainty(Input.CACHED_INPUT_SHARE, Distribution.normal(0.1, 0.5)).build();
        SimulationResult ordinary = MonteCarlo.run(s, 2000, 99, MonteCarlo.Monitor.NONE, Ordinary::new, KEEP);
        assertSameSamples(ordinary, SimulationBandsTest.keeping(s, 2000, 99));
    }

    @Test
    void theResultDoesNotDependOnWhichThreadsRunTheBlocks() throws Exception {
        Scenario s = withRanges(5);
        SimulationResult fromCaller = SimulationBandsTest.keeping(s, SAMPLES * 3, 8);
        // from inside the common pool the caller is its only worker on a 2-core machine; in a pool
        // of its own the blocks go to other threads again
        SimulationResult fromCommonPool = ForkJoinPool.commonPool().submit(() -> SimulationBandsTest.keeping(s, SAMPLES * 3, 8)).get();
        ForkJoinPool pool = new ForkJoinPool(3);
        try {
            SimulationResult fromOwnPool = pool.submit(() -> SimulationBandsTest.keeping(s, SAMPLES * 3, 8)).get();
            assertSameSamples(fromCaller, fromOwnPool);
        } finally {
            pool.shutdown();
        }
        assertSameSamples(fromCaller, fromCommonPool);
    }

    @Test
    void aLognormalSoWideThatDrawsWouldOverflowIsRefusedBeforeAnyIsDrawn() {
        // up to 1e300: above the input's bound, so the scenario itself refuses the range
        Scenario.Builder b = TestScenarios.methodologyExample()
                .uncertainty(Input.OTHER_PER_MONTH, Distribution.lognormal(1e-300, 1e300));
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, b::build);
        assertEquals("uncertainty.open.otherPerMonth.high", e.problems().get(0).path());
    }
}
