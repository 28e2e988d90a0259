package com.tcostudio.core.uncertainty;

import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import org.apache.commons.math3.random.Well19937c;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Monte Carlo over a scenario's ranges (METHODOLOGY.md, "Uncertainty"): each sample draws every
 * uncertain input independently, clips it to the input's valid range, and evaluates the scenario.
 *
 * <p>Same seed, same result, on every run and machine: samples are drawn in fixed blocks of
 * {@link #BLOCK}, each with its own generator seeded from (seed, block index), so how the blocks
 * are spread over the cores changes nothing. Outputs are kept as one primitive array per quantity.
 *
 * <p>Each worker thread evaluates its samples in one {@link CostEngine.Workspace}, the engine's own
 * computation without a new {@link Scenario} or result objects per sample, so a run allocates
 * its output arrays and little else. The workers are the calling thread and the common pool's
 * threads (one on a 2-core machine), taking blocks one at a time, so both cores stay busy when
 * the caller is not itself a common-pool thread.
 *
 * <p>Measured with JMH ({@code MonteCarloBenchmark}) on a 2-core machine shared with other builds
 * (load average 2 to 5): 38 to 57 ms a run of 10,000 samples of a 60-month scenario with 6 ranges,
 * 16 MB allocated (the output arrays), against 91 to 177 ms and 427 MB when every sample built
 * and evaluated a scenario (README, "Performance").
 */
public final class MonteCarlo {
    public static final int DEFAULT_SAMPLES = 10_000;
    static final int BLOCK = 256;

    /**
     * What a long run tells its caller and asks it. Both methods are called from worker threads;
     * {@link #progress} calls come one at a time, with samplesDone increasing, once per finished
     * block, and must return quickly (a UI hands them to its own thread).
     */
    public interface Monitor {
        /** No progress reports, never cancelled. */
        Monitor NONE = new Monitor() {
            @Override
            public void progress(int samplesDone, int samplesTotal) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };

        void progress(int samplesDone, int samplesTotal);

        /** Asked before each block; once true, the run stops and throws {@link CancellationException}. */
        boolean cancelled();
    }

    private MonteCarlo() {
    }

    public static SimulationResult run(Scenario s, int samples, long seed) {
        return run(s, samples, seed, Monitor.NONE);
    }

    /**
     * Runs the simulation, reporting progress to the monitor after each block of samples.
     *
     * @throws CancellationException when the monitor says cancelled; no result is returned then
     */
    public static SimulationResult run(Scenario s, int samples, long seed, Monitor monitor) {
        return run(s, samples, seed, monitor, Lean::new);
    }

    /** The run with a given way to evaluate samples: tests pass the ordinary, validating one. */
    static SimulationResult run(Scenario s, int samples, long seed, Monitor monitor,
                                Function<Scenario, SampleEngine> engines) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1 (was " + samples + ")");
        }
        Objects.requireNonNull(monitor, "monitor");
        Run run = new Run(s, samples, seed, monitor, engines);
        // workers take blocks one at a time from a shared counter, so a worker slowed down by
        // another process leaves its share to the others instead of holding up the end
        int workers = Math.min(run.blocks, ForkJoinPool.getCommonPoolParallelism() + 1);
        IntStream.range(0, workers).parallel().forEach(w -> run.work());
        if (run.cancelled || monitor.cancelled()) {
            throw new CancellationException("simulation cancelled after " + run.done + " of " + samples + " samples");
        }
        return run.result();
    }

    /**
     * Evaluates one sample's input values and keeps what the simulation reads; one per worker
     * thread, so it need not be thread-safe.
     */
    interface SampleEngine {
        void evaluate(double[] values);

        double tco(Setup setup);

        double npv(Setup setup);

        /** Copies the cumulative cost of every month into {@code into} from index {@code at}. */
        void copyCumulative(Setup setup, double[] into, int at);

        /** Open vs closed; NaN when there is none within the horizon. */
        double breakEvenMonth();
    }

    /** The engine's workspace: the same computation as an evaluation, without one per sample. */
    private static final class Lean implements SampleEngine {
        private final CostEngine.Workspace workspace;

        Lean(Scenario s) {
            workspace = CostEngine.DEFAULT.workspace(s);
        }

        @Override
        public void evaluate(double[] values) {
            workspace.evaluate(values);
        }

        @Override
        public double tco(Setup setup) {
            return workspace.tco(setup);
        }

        @Override
        public double npv(Setup setup) {
            return workspace.npv(setup);
        }

        @Override
        public void copyCumulative(Setup setup, double[] into, int at) {
            workspace.copyCumulative(setup, into, at);
        }

        @Override
        public double breakEvenMonth() {
            return workspace.breakEvenMonth();
        }
    }

    /** One simulation: its inputs, its outputs, and the blocks still to do. */
    private static final class Run {
        private final Scenario scenario;
        private final int samples;
        private final long seed;
        private final Monitor monitor;
        private final Function<Scenario, SampleEngine> engines;
        private final int months;
        private final int blocks;
        private final Input[] inputs;
        private final Distribution[] ranges;
        private final Setup[] setups;
        private final double[] base;
        private final double[][] tco;
        private final double[][] npv;
        private final double[][] cumulative;
        private final double[] breakEven;
        private final int[][] clipped;
        private final AtomicInteger nextBlock = new AtomicInteger();
        /** Set when a worker sees the monitor cancelled or fails: the others stop at their next block. */
        private volatile boolean stop;
        private volatile boolean cancelled;
        /** Samples in finished blocks; guarded by this. */
        private int done;

        Run(Scenario s, int samples, long seed, Monitor monitor, Function<Scenario, SampleEngine> engines) {
            this.scenario = s;
            this.samples = samples;
            this.seed = seed;
            this.monitor = monitor;
            this.engines = engines;
            months = s.horizonMonths();
            blocks = (samples + BLOCK - 1) / BLOCK;
            List<Map.Entry<Input, Distribution>> entries = new ArrayList<>(s.uncertainty().entrySet());
            inputs = new Input[entries.size()];
            ranges = new Distribution[entries.size()];
            for (int k = 0; k < inputs.length; k++) {
                inputs[k] = entries.get(k).getKey();
                ranges[k] = entries.get(k).getValue();
            }
            setups = s.hasHybrid() ? Setup.values() : new Setup[]{Setup.CLOSED, Setup.OPEN};
            base = s.valuesCopy();
            tco = new double[setups.length][samples];
            npv = new double[setups.length][samples];
            cumulative = new double[setups.length][samples * months];
            breakEven = new double[samples];
            clipped = new int[blocks][inputs.length];
        }

        /** One worker: takes blocks until none is left, the monitor cancels or another worker failed. */
        void work() {
            SampleEngine engine = engines.apply(scenario);
            double[] values = base.clone();
            for (int b = nextBlock.getAndIncrement(); b < blocks && !stop; b = nextBlock.getAndIncrement()) {
                if (monitor.cancelled()) {
                    cancelled = true;
                    stop = true;
                    return;
                }
                try {
                    block(b, engine, values);
                } catch (RuntimeException | Error e) {
                    stop = true;
                    throw e;
                }
                finished(Math.min(samples, (b + 1) * BLOCK) - b * BLOCK);
            }
        }

        private void block(int b, SampleEngine engine, double[] values) {
            Well19937c rng = new Well19937c(new int[]{(int) seed, (int) (seed >>> 32), b});
            Samplers.Sampler[] samplers = new Samplers.Sampler[ranges.length];
            for (int k = 0; k < samplers.length; k++) {
                samplers[k] = Samplers.of(ranges[k], rng);
            }
            for (int i = b * BLOCK; i < Math.min(samples, (b + 1) * BLOCK); i++) {
                boolean valid = true;
                for (int k = 0; k < samplers.length; k++) {
                    Input input = inputs[k];
                    double drawn = samplers[k].sample();
                    double kept = input.rule().clip(drawn);
                    if (kept != drawn) {
                        clipped[b][k]++;
                    }
                    values[input.ordinal()] = kept;
                    valid &= input.rule().accepts(kept);
                }
                // The scenario was validated once, and a sample changes only its uncertain inputs,
                // each clipped into its rule's range just above: required inputs stay present,
                // whole numbers are never uncertain, and no rule of Scenario relates two real
                // inputs. So the values are a valid scenario without building one. Only a draw
                // that is not a finite number (an overflowing lognormal, say) escapes clipping;
                // the scenario's own validation then refuses it as it always did.
                if (!valid) {
                    scenario.withValues(values);
                }
                engine.evaluate(values);
                for (int j = 0; j < setups.length; j++) {
                    tco[j][i] = engine.tco(setups[j]);
                    npv[j][i] = engine.npv(setups[j]);
                    engine.copyCumulative(setups[j], cumulative[j], i * months);
                }
                breakEven[i] = engine.breakEvenMonth();
            }
        }

        private synchronized void finished(int blockSamples) {
            done += blockSamples;
            monitor.progress(done, samples);
        }

        SimulationResult result() {
            double[] clippedShare = new double[inputs.length];
            for (int[] block : clipped) {
                for (int k = 0; k < block.length; k++) {
                    clippedShare[k] += block[k];
                }
            }
            for (int k = 0; k < inputs.length; k++) {
                clippedShare[k] /= samples;
            }
            return new SimulationResult(samples, seed, months, setups, tco, npv, cumulative, breakEven,
                    List.of(inputs), clippedShare);
        }
    }
}
