package com.tcostudio.core.uncertainty;

import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import org.apache.commons.math3.random.Well19937c;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * are spread over the cores changes nothing. Outputs are kept as one primitive array per quantity:
 * each sample's TCO, NPV and break-even month. The cumulative costs of every month are not kept:
 * the run computes their bands as it goes, holding the months of one pass at a time and drawing
 * the same samples again for the next pass ({@link Passes}), so that memory stays bounded
 * (1,000,000 samples of 120 months in a 1 GB heap) and the result is the same to the bit.
 * A run that cannot fit at all is refused before it starts ({@link SimulationTooLargeException}).
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
    /** Share of the free memory a run may count on (9/10): the rest is left to the caller's own objects. */
    private static final long HEAP_SHARE_NUMERATOR = 9;
    private static final long HEAP_SHARE_DENOMINATOR = 10;
    static final Function<Scenario, SampleEngine> LEAN = Lean::new;

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
     * @throws SimulationTooLargeException when the samples cannot fit in the memory this Java has
     */
    public static SimulationResult run(Scenario s, int samples, long seed, Monitor monitor) {
        return run(s, samples, seed, monitor, LEAN, Passes.DEFAULT);
    }

    /** The run with a given way to evaluate samples: tests pass the ordinary, validating one. */
    static SimulationResult run(Scenario s, int samples, long seed, Monitor monitor,
                                Function<Scenario, SampleEngine> engines) {
        return run(s, samples, seed, monitor, engines, Passes.DEFAULT);
    }

    /** The run with a given way to evaluate samples and to spend memory (tests force several passes). */
    static SimulationResult run(Scenario s, int samples, long seed, Monitor monitor,
                                Function<Scenario, SampleEngine> engines, Passes passes) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1 (was " + samples + ")");
        }
        Objects.requireNonNull(monitor, "monitor");
        int setups = setupsOf(s).length;
        long needed = bytesNeeded(samples, setups);
        long available = availableBytes(needed);
        check(samples, setups, needed, available);
        int width = passes.monthsPerPass(samples, setups, s.horizonMonths(), available - needed);
        Run run = new Run(s, samples, seed, monitor, engines, width, passes.keepSamples());
        // workers take blocks one at a time from a shared counter, so a worker slowed down by
        // another process leaves its share to the others instead of holding up the end
        int workers = Math.min(run.blocks, ForkJoinPool.getCommonPoolParallelism() + 1);
        for (int from = 0; from < run.months && !run.stop; from += width) {
            run.startPass(from, Math.min(run.months, from + width));
            IntStream.range(0, workers).parallel().forEach(w -> run.work());
            if (run.stop) {
                break;
            }
            // the bands of one setup are independent of the others'
            IntStream.range(0, setups).parallel().forEach(run::bands);
        }
        if (run.cancelled || monitor.cancelled()) {
            throw new CancellationException("simulation cancelled after " + run.done + " of " + samples + " samples");
        }
        return run.result();
    }

    private static Setup[] setupsOf(Scenario s) {
        return s.hasHybrid() ? Setup.values() : new Setup[]{Setup.CLOSED, Setup.OPEN};
    }

    /**
     * Bytes a run needs besides the cumulative costs of the months of a pass: per sample and setup
     * its TCO and NPV (8 bytes each), the sample order the bands keep from month to month (4) and
     * the column they select in (8); per sample its break-even month (8) and the copies that the
     * summaries of TCO, NPV and break-even sort (8 each, one at a time: 8). Plus one month of
     * cumulative costs (8 per sample and setup), the least a pass can hold.
     */
    static long bytesNeeded(long samples, int setups) {
        return samples * (setups * (8L + 8 + 4 + 8 + 8) + 8 + 8);
    }

    /**
     * Memory this Java can still give: its maximum heap less what is in use. What is in use may be
     * garbage, so when that estimate is short of {@code needed}, the garbage is collected and the
     * estimate taken again before the run is refused.
     */
    private static long availableBytes(long needed) {
        Runtime rt = Runtime.getRuntime();
        long available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (available * HEAP_SHARE_NUMERATOR / HEAP_SHARE_DENOMINATOR < needed) {
            System.gc();
            available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        }
        return available * HEAP_SHARE_NUMERATOR / HEAP_SHARE_DENOMINATOR;
    }

    /** Refuses, in words, a run whose samples do not fit in {@code available} bytes. */
    static void check(int samples, int setups, long needed, long available) {
        if (needed > available) {
            long fit = Math.max(0, available / bytesNeeded(1, setups));
            throw new SimulationTooLargeException(String.format(Locale.ROOT,
                    "%,d samples need about %s of memory and only %s is free: use at most %,d samples, "
                            + "or give Java more memory (java -Xmx)", samples, megabytes(needed), megabytes(available), fit));
        }
    }

    private static String megabytes(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%,d MB", Math.max(1, bytes >> 20));
    }

    /**
     * How a run spends memory on cumulative costs. Their bands need every sample of a month at once,
     * and all months of all samples (1,000,000 samples x 120 months x 3 setups x 8 bytes = 2.9 GB)
     * need not fit: so a run keeps the months of one pass at a time and evaluates the samples again
     * for the next pass, drawing the same values from the same seeds. Each pass holds at most
     * {@code budget} bytes of cumulative costs, and never more than the memory free after the rest
     * of the run.
     *
     * @param budget      most bytes of cumulative costs a pass holds
     * @param keepSamples whether to keep every sample's cumulative costs too, for tests that read them
     */
    record Passes(long budget, boolean keepSamples) {
        /**
         * 384 MB: one pass for up to 130,000 samples of a 120-month scenario with three setups
         * (130,000 x 120 x 3 x 8 = 374 MB), and a whole 1,000,000-sample run under 1 GB.
         */
        static final Passes DEFAULT = new Passes(384L << 20, false);

        Passes {
            if (budget < 1) {
                throw new IllegalArgumentException("a pass needs a budget of at least one byte (was " + budget + ")");
            }
        }

        /** Months a pass holds: as many as the budget and the free memory allow, at least one. */
        int monthsPerPass(long samples, int setups, int months, long free) {
            long perMonth = samples * setups * 8L;
            long fit = Math.min(budget, Math.max(0, free)) / perMonth;
            // arrays are indexed by int: a pass's cumulative costs of one setup must fit one
            long indexable = Integer.MAX_VALUE / samples;
            return (int) Math.max(1, Math.min(months, Math.min(fit, indexable)));
        }
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

    /** One simulation: its inputs, its outputs, and the blocks still to do in the current pass. */
    private static final class Run {
        private final Scenario scenario;
        private final int samples;
        private final long seed;
        private final Monitor monitor;
        private final Function<Scenario, SampleEngine> engines;
        private final int months;
        private final int blocks;
        private final int passes;
        private final Input[] inputs;
        private final Distribution[] ranges;
        private final Setup[] setups;
        private final double[] base;
        private final double[][] tco;
        private final double[][] npv;
        private final double[] breakEven;
        private final int[][] clipped;
        /**
         * Per setup, sample k's cumulative cost of month from + m at m * samples + k: month by month,
         * so that the bands gather a month's column from one stretch of memory that stays in the
         * cache, not from one cache line per sample spread over the whole pass.
         */
        private final double[][] pass;
        private final int width;
        /** Per setup, which sample each entry of the column is, kept from one month to the next. */
        private final int[][] order;
        private final double[][] column;
        private final double[][][] bands;
        /** Every sample's cumulative costs, sample k's month i at k * months + i; null unless kept. */
        private final double[][] kept;
        private final AtomicInteger nextBlock = new AtomicInteger();
        /** Months of the current pass: [from, to). */
        private int from;
        private int to;
        private int passIndex = -1;
        /** Set when a worker sees the monitor cancelled or fails: the others stop at their next block. */
        private volatile boolean stop;
        private volatile boolean cancelled;
        /** Samples in finished blocks of the first pass, and blocks of samples finished in all passes; guarded by this. */
        private int done;
        private long work;
        private int reported;

        Run(Scenario s, int samples, long seed, Monitor monitor, Function<Scenario, SampleEngine> engines, int width,
            boolean keepSamples) {
            this.scenario = s;
            this.samples = samples;
            this.seed = seed;
            this.monitor = monitor;
            this.engines = engines;
            this.width = width;
            months = s.horizonMonths();
            blocks = (int) ((samples + (long) BLOCK - 1) / BLOCK);
            passes = (months + width - 1) / width;
            List<Map.Entry<Input, Distribution>> entries = new ArrayList<>(s.uncertainty().entrySet());
            inputs = new Input[entries.size()];
            ranges = new Distribution[entries.size()];
            for (int k = 0; k < inputs.length; k++) {
                inputs[k] = entries.get(k).getKey();
                ranges[k] = entries.get(k).getValue();
            }
            setups = setupsOf(s);
            base = s.valuesCopy();
            tco = new double[setups.length][samples];
            npv = new double[setups.length][samples];
            breakEven = new double[samples];
            clipped = new int[blocks][inputs.length];
            pass = new double[setups.length][Math.multiplyExact(samples, width)];
            order = new int[setups.length][samples];
            column = new double[setups.length][samples];
            bands = new double[setups.length][4][months];
            for (int[] o : order) {
                for (int k = 0; k < samples; k++) {
                    o[k] = k;
                }
            }
            kept = keepSamples ? new double[setups.length][Math.multiplyExact(samples, months)] : null;
        }

        void startPass(int from, int to) {
            this.from = from;
            this.to = to;
            passIndex++;
            nextBlock.set(0);
        }

        /** One worker: takes blocks until none is left, the monitor cancels or another worker failed. */
        void work() {
            SampleEngine engine = engines.apply(scenario);
            double[] values = base.clone();
            double[] row = new double[months];
            for (int b = nextBlock.getAndIncrement(); b < blocks && !stop; b = nextBlock.getAndIncrement()) {
                if (monitor.cancelled()) {
                    cancelled = true;
                    stop = true;
                    return;
                }
                try {
                    block(b, engine, values, row);
                } catch (RuntimeException | Error e) {
                    stop = true;
                    throw e;
                }
                finished(end(b) - b * BLOCK);
            }
        }

        private int end(int b) {
            return (int) Math.min(samples, (b + 1L) * BLOCK);
        }

        private void block(int b, SampleEngine engine, double[] values, double[] row) {
            boolean first = passIndex == 0;
            Well19937c rng = new Well19937c(new int[]{(int) seed, (int) (seed >>> 32), b});
            Samplers.Sampler[] samplers = new Samplers.Sampler[ranges.length];
            for (int k = 0; k < samplers.length; k++) {
                samplers[k] = Samplers.of(ranges[k], rng);
            }
            int w = to - from;
            for (int i = b * BLOCK; i < end(b); i++) {
                boolean valid = true;
                for (int k = 0; k < samplers.length; k++) {
                    Input input = inputs[k];
                    double drawn = samplers[k].sample();
                    double kept = input.rule().clip(drawn);
                    if (first && kept != drawn) {
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
                    if (first) {
                        tco[j][i] = engine.tco(setups[j]);
                        npv[j][i] = engine.npv(setups[j]);
                    }
                    engine.copyCumulative(setups[j], row, 0);
                    double[] p = pass[j];
                    for (int m = 0; m < w; m++) {
                        p[m * samples + i] = row[from + m];
                    }
                    if (first && kept != null) {
                        System.arraycopy(row, 0, kept[j], i * months, months);
                    }
                }
                if (first) {
                    breakEven[i] = engine.breakEvenMonth();
                }
            }
        }

        /**
         * Progress of the whole run, all passes, as a share of the samples: one report per block,
         * skipped only when several passes make a block less than one sample's share.
         */
        private synchronized void finished(int blockSamples) {
            if (passIndex == 0) {
                done += blockSamples;
            }
            work += blockSamples;
            int share = (int) (work / passes);
            if (share > reported) {
                reported = share;
                monitor.progress(share, samples);
            }
        }

        /**
         * The bands of setup j for the months of this pass. Selection finds the few order statistics
         * the percentiles need, where a sort per month made the bands slow. A sample's cumulative cost
         * changes little from one month to the next, so the column is gathered in the order the
         * previous month's selection left: it comes nearly partitioned, and partitioning it again
         * swaps and mispredicts little (about three times faster than from sample order). The order
         * of the column does not change its order statistics. The mean adds the samples in sample
         * order.
         */
        void bands(int j) {
            double[] c = pass[j];
            double[] col = column[j];
            int[] o = order[j];
            double[] at = new double[SimulationResult.PERCENTILES.length];
            for (int i = from; i < to; i++) {
                int at0 = (i - from) * samples;
                double sum = 0;
                for (int k = 0; k < samples; k++) {
                    sum += c[at0 + k];
                }
                bands[j][3][i] = sum / samples;
                for (int k = 0; k < samples; k++) {
                    col[k] = c[at0 + o[k]];
                }
                SimulationResult.percentiles(col, o, SimulationResult.PERCENTILES, at);
                for (int q = 0; q < at.length; q++) {
                    bands[j][q][i] = at[q];
                }
            }
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
            SimulationResult.Bands[] b = new SimulationResult.Bands[setups.length];
            for (int j = 0; j < setups.length; j++) {
                b[j] = new SimulationResult.Bands(bands[j][0], bands[j][1], bands[j][2], bands[j][3]);
            }
            return new SimulationResult(samples, seed, months, setups, tco, npv, b, kept, breakEven,
                    List.of(inputs), clippedShare);
        }
    }
}
