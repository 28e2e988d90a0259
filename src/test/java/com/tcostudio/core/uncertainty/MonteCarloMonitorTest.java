package com.tcostudio.core.uncertainty;

import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.support.TestScenarios;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonteCarloMonitorTest {
    private static final int SAMPLES = 10 * MonteCarlo.BLOCK + 5;
    private static final int BLOCKS = 11;

    private static Scenario ranges() {
        return TestScenarios.methodologyExample()
                .uncertainty(Input.GPU_HOURLY, Distribution.pert(1.8, 2.5, 4.0))
                .uncertainty(Input.MONTHLY_GROWTH, Distribution.triangular(0.01, 0.05, 0.1)).build();
    }

    /** Records every report; cancels once it has seen the given number of them. */
    private static final class Recorder implements MonteCarlo.Monitor {
        final List<int[]> reports = new CopyOnWriteArrayList<>();
        final AtomicBoolean cancel = new AtomicBoolean();
        private final int cancelAfter;

        Recorder(int cancelAfter) {
            this.cancelAfter = cancelAfter;
            cancel.set(cancelAfter == 0);
        }

        @Override
        public void progress(int samplesDone, int samplesTotal) {
            reports.add(new int[]{samplesDone, samplesTotal});
            if (reports.size() >= cancelAfter) {
                cancel.set(true);
            }
        }

        @Override
        public boolean cancelled() {
            return cancel.get();
        }
    }

    @Test
    void progressIsReportedOncePerBlockAndReachesTheTotal() {
        Recorder monitor = new Recorder(Integer.MAX_VALUE);
        MonteCarlo.run(ranges(), SAMPLES, 1, monitor);
        assertEquals(BLOCKS, monitor.reports.size());
        int before = 0;
        for (int[] report : monitor.reports) {
            assertTrue(report[0] > before, "samples done go up");
            assertEquals(SAMPLES, report[1]);
            before = report[0];
        }
        assertEquals(SAMPLES, before);
    }

    @Test
    void aMonitorChangesNothingInTheResult() {
        SimulationResult watched = MonteCarlo.run(ranges(), SAMPLES, 2, new Recorder(Integer.MAX_VALUE));
        SimulationResult plain = MonteCarlo.run(ranges(), SAMPLES, 2);
        assertEquals(plain.bands(Setup.HYBRID), watched.bands(Setup.HYBRID));
        assertArrayEquals(plain.tcoSamples(Setup.HYBRID), watched.tcoSamples(Setup.HYBRID));
    }

    @Test
    void cancellingStopsTheRunWithinABlockPerThreadAndThrows() {
        Recorder monitor = new Recorder(2);
        assertThrows(CancellationException.class, () -> MonteCarlo.run(ranges(), SAMPLES, 3, monitor));
        // each worker finishes at most the block it is in when the flag turns
        int workers = ForkJoinPool.getCommonPoolParallelism() + 1;
        assertTrue(monitor.reports.size() < 2 + workers, monitor.reports.size() + " blocks finished");
    }

    @Test
    void aRunCancelledBeforeItStartsDoesNoWork() {
        Recorder monitor = new Recorder(0);
        assertThrows(CancellationException.class, () -> MonteCarlo.run(ranges(), SAMPLES, 4, monitor));
        assertEquals(0, monitor.reports.size());
    }
}
