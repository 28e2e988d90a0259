package com.tcostudio.core.uncertainty;

import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.support.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run holds the cumulative costs of a few months at a time (MonteCarlo.Passes): the result is the
 * same to the bit however many passes it takes, and a run that cannot fit is refused in words.
 */
class MonteCarloMemoryTest {
    private static final int SAMPLES = 1000;
    /** One month of cumulative costs of 1000 samples and three setups: 1000 x 3 x 8 bytes. */
    private static final long ONE_MONTH = 24_000;

    private static Scenario sixtyMonthsHybrid() {
        return TestScenarios.methodologyExample().set(Input.HORIZON_MONTHS, 60)
                .uncertainty(Input.MONTHLY_GROWTH, Distribution.triangular(0.01, 0.05, 0.10))
                .uncertainty(Input.GPU_HOURLY, Distribution.pert(1.8, 2.5, 4.0))
                .uncertainty(Input.PEAK_TO_AVERAGE, Distribution.lognormal(1.5, 5)).build();
    }

    private static SimulationResult inPassesOf(int months, MonteCarlo.Monitor monitor) {
        return MonteCarlo.run(sixtyMonthsHybrid(), SAMPLES, 42, monitor, MonteCarlo.LEAN,
                new MonteCarlo.Passes(months * ONE_MONTH, false));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 59})
    void severalPassesGiveTheResultOfOneToTheBit(int monthsPerPass) {
        Scenario s = sixtyMonthsHybrid();
        SimulationResult once = MonteCarlo.run(s, SAMPLES, 42);
        SimulationResult inPasses = inPassesOf(monthsPerPass, MonteCarlo.Monitor.NONE);
        assertEquals(3, once.setups().size());
        for (Setup setup : once.setups()) {
            assertEquals(once.bands(setup), inPasses.bands(setup), setup.key() + " bands");
            assertArrayEquals(once.tcoSamples(setup), inPasses.tcoSamples(setup), setup.key() + " tco");
            assertArrayEquals(once.npvSamples(setup), inPasses.npvSamples(setup), setup.key() + " npv");
        }
        assertArrayEquals(once.breakEvenSamples(), inPasses.breakEvenSamples());
        for (int k = 0; k < once.uncertainInputs().size(); k++) {
            // counted in the first pass only: the later ones draw the same values again
            assertEquals(once.clippedShare(k), inPasses.clippedShare(k), 0, "clipped share " + k);
        }
    }

    @Test
    void progressOverSeveralPassesGoesUpToTheSamples() {
        List<Integer> reports = new ArrayList<>();
        inPassesOf(7, new MonteCarlo.Monitor() {
            @Override
            public synchronized void progress(int samplesDone, int samplesTotal) {
                assertEquals(SAMPLES, samplesTotal);
                reports.add(samplesDone);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        // 60 months in passes of 7: 9 passes of 4 blocks (1000 samples in blocks of 256)
        assertEquals(9 * 4, reports.size());
        for (int k = 1; k < reports.size(); k++) {
            assertTrue(reports.get(k) > reports.get(k - 1), "progress goes up: " + reports);
        }
        assertEquals(SAMPLES, reports.get(reports.size() - 1));
    }

    @Test
    void bytesNeededCountsEachSamplesArrays() {
        // three setups: 3 x (tco 8 + npv 8 + order 4 + column 8 + one month 8) + break-even 8 + a sorted copy 8
        // = 3 x 36 + 16 = 124 bytes a sample; two setups: 2 x 36 + 16 = 88
        assertEquals(124_000_000L, MonteCarlo.bytesNeeded(1_000_000, 3));
        assertEquals(88L, MonteCarlo.bytesNeeded(1, 2));
        // no int overflow: (2^31 - 1) x 124 = 266,287,972,228
        assertEquals(266_287_972_228L, MonteCarlo.bytesNeeded(Integer.MAX_VALUE, 3));
    }

    @Test
    void monthsPerPassFollowTheBudgetAndTheFreeMemory() {
        MonteCarlo.Passes passes = MonteCarlo.Passes.DEFAULT;
        // 384 MiB = 402,653,184 bytes; a month of 1,000,000 samples x 3 setups x 8 = 24,000,000: 16.78 -> 16
        assertEquals(16, passes.monthsPerPass(1_000_000, 3, 120, Long.MAX_VALUE));
        // free memory below the budget: 100,000,000 / 24,000,000 = 4.17 -> 4
        assertEquals(4, passes.monthsPerPass(1_000_000, 3, 120, 100_000_000));
        // nothing free beyond the first month: one month a pass
        assertEquals(1, passes.monthsPerPass(1_000_000, 3, 120, 0));
        // small runs in one pass: 10,000 x 3 x 8 x 60 = 14,400,000 bytes
        assertEquals(60, passes.monthsPerPass(10_000, 3, 60, Long.MAX_VALUE));
        // 20,000,000 samples x 120 months is beyond an int; a pass's array of one setup may hold
        // (2^31 - 1) / 20,000,000 = 107.4 -> 107 months, the budget allows 402,653,184 / 480,000,000 -> 0 -> 1
        assertEquals(1, passes.monthsPerPass(20_000_000, 3, 120, Long.MAX_VALUE));
        assertEquals(107, new MonteCarlo.Passes(Long.MAX_VALUE, false).monthsPerPass(20_000_000, 3, 120, Long.MAX_VALUE));
    }

    @Test
    void aRunThatCannotFitIsRefusedInWords() {
        // 50,000,000 x 124 = 6,200,000,000 bytes = 5.77 GiB; 2 GiB free / 124 = 17,318,416.5 samples
        SimulationTooLargeException e = assertThrows(SimulationTooLargeException.class,
                () -> MonteCarlo.check(50_000_000, 3, MonteCarlo.bytesNeeded(50_000_000, 3), 2L << 30));
        assertEquals("50,000,000 samples need about 5.8 GB of memory and only 2.0 GB is free: use at most "
                + "17,318,416 samples, or give Java more memory (java -Xmx)", e.getMessage());
        // 1,000,000 x 124 = 124,000,000 bytes fit in 2 GiB
        MonteCarlo.check(1_000_000, 3, 124_000_000L, 2L << 30);
    }

    @Test
    void theLargestSampleCountIsRefusedBeforeAnythingIsAllocated() {
        SimulationTooLargeException e = assertThrows(SimulationTooLargeException.class,
                () -> MonteCarlo.run(sixtyMonthsHybrid(), Integer.MAX_VALUE, 1));
        assertTrue(e.getMessage().startsWith("2,147,483,647 samples need about 248.0 GB of memory"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"));
    }

    @Test
    void cumulativeSamplesAreOnlyThereWhenKept() {
        assertThrows(IllegalStateException.class, () -> MonteCarlo.run(sixtyMonthsHybrid(), 10, 1)
                .cumulativeSamples(Setup.OPEN));
    }
}
