package com.tcostudio.core.uncertainty;

import com.tcostudio.core.engine.PortfolioWorkspace;
import com.tcostudio.core.portfolio.Plan;
import com.tcostudio.core.portfolio.Portfolio;
import org.apache.commons.math3.random.Well19937c;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Monte Carlo over a portfolio's ranges (METHODOLOGY-V2, "simulate for version 2"): each sample
 * draws every ranged field independently, clips it to the field's valid values
 * ({@link PortfolioRanges}), and evaluates every plan.
 *
 * <p>As {@link MonteCarlo}: samples are drawn in fixed blocks of {@link MonteCarlo#BLOCK}, each with
 * its own generator seeded from (seed, block index), so the same seed gives the same result on
 * every run and machine however the blocks are spread over the cores; the workers are the calling
 * thread and the common pool's threads; progress and cancel go through a {@link MonteCarlo.Monitor}.
 *
 * <p>Each worker evaluates its samples in one {@link PortfolioWorkspace}: a sample's values are
 * written into the engine's numbers, without building and validating a portfolio, which gives the
 * same numbers to the bit as evaluating the rebuilt portfolio (tested on random portfolios). The
 * run allocates its output arrays (samples x plans x months doubles for the cumulative costs) and
 * little else.
 */
public final class PortfolioMonteCarlo {
    /**
     * Most doubles a run may keep for the cumulative costs (samples x plans x months): 768 MB, so that
     * a typo in --samples is refused in words rather than running out of memory.
     */
    public static final long MAX_CUMULATIVE_VALUES = 96_000_000L;
    /** Share of the heap the cumulative costs may take; the rest is the application's. */
    static final double HEAP_SHARE = 0.6;

    private PortfolioMonteCarlo() {
    }

    public static PortfolioSimulation run(Portfolio p, int samples, long seed) {
        return run(p, samples, seed, MonteCarlo.Monitor.NONE);
    }

    /**
     * Runs the simulation, reporting progress to the monitor after each block of samples.
     *
     * @throws CancellationException when the monitor says cancelled; no result is returned then
     * @throws com.tcostudio.core.model.InvalidScenarioException when a range on a share cannot be followed
     */
    public static PortfolioSimulation run(Portfolio p, int samples, long seed, MonteCarlo.Monitor monitor) {
        return run(p, samples, seed, monitor, Lean::new);
    }

    /** The run with a given way to evaluate samples: tests pass the validating one. */
    static PortfolioSimulation run(Portfolio p, int samples, long seed, MonteCarlo.Monitor monitor,
                                   Function<Portfolio, SampleEngine> engines) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1 (was " + samples + ")");
        }
        long values = (long) samples * p.plans().size() * p.horizonMonths();
        long fit = Math.min(MAX_CUMULATIVE_VALUES, (long) (Runtime.getRuntime().maxMemory() * HEAP_SHARE / Double.BYTES));
        if (values > fit) {
            long most = Math.max(1, fit / ((long) p.plans().size() * p.horizonMonths()));
            throw new SimulationTooLargeException(String.format(java.util.Locale.ROOT,
                    "samples: %,d samples of %d plans over %d months need about %,d MB of memory, more than this run may "
                            + "use: use at most %,d samples, or give Java more memory (java -Xmx)",
                    samples, p.plans().size(), p.horizonMonths(), values * Double.BYTES / 1_000_000, most));
        }
        Objects.requireNonNull(monitor, "monitor");
        Run run = new Run(p, samples, seed, monitor, engines);
        int workers = Math.min(run.blocks, ForkJoinPool.getCommonPoolParallelism() + 1);
        IntStream.range(0, workers).parallel().forEach(w -> run.work());
        if (run.cancelled || monitor.cancelled()) {
            throw new CancellationException("simulation cancelled after " + run.done + " of " + samples + " samples");
        }
        return run.result();
    }

    /**
     * Evaluates one sample's values (one per ranged path, in the uncertainty section's order) and
     * keeps what the simulation reads; one per worker thread.
     */
    interface SampleEngine {
        void evaluate(double[] values);

        double tco(int plan);

        double npv(int plan);

        void copyCumulative(int plan, double[] into, int at);

        /** Plan a against plan b; NaN when a never becomes no dearer within the horizon. */
        double breakEvenMonth(int a, int b);
    }

    /** The engine's workspace, values written in place. */
    static final class Lean implements SampleEngine {
        private final PortfolioWorkspace workspace;
        private final int[] slots;

        Lean(Portfolio p) {
            workspace = new PortfolioWorkspace(p);
            slots = p.uncertainty().keySet().stream().mapToInt(workspace::slot).toArray();
        }

        @Override
        public void evaluate(double[] values) {
            for (int k = 0; k < slots.length; k++) {
                workspace.set(slots[k], values[k]);
            }
            workspace.evaluate();
        }

        @Override
        public double tco(int plan) {
            return workspace.tco(plan);
        }

        @Override
        public double npv(int plan) {
            return workspace.npv(plan);
        }

        @Override
        public void copyCumulative(int plan, double[] into, int at) {
            workspace.copyCumulative(plan, into, at);
        }

        @Override
        public double breakEvenMonth(int a, int b) {
            return workspace.breakEvenMonth(a, b);
        }
    }

    private static final class Run {
        private final Portfolio portfolio;
        private final PortfolioRanges ranges;
        private final int samples;
        private final long seed;
        private final MonteCarlo.Monitor monitor;
        private final Function<Portfolio, SampleEngine> engines;
        private final int months;
        private final int plans;
        private final int blocks;
        private final double[][] tco;
        private final double[][] npv;
        private final double[][] cumulative;
        private final double[][] breakEven;
        private final int[][] clipped;
        private final AtomicInteger nextBlock = new AtomicInteger();
        private volatile boolean stop;
        private volatile boolean cancelled;
        /** Samples in finished blocks; guarded by this. */
        private int done;

        Run(Portfolio p, int samples, long seed, MonteCarlo.Monitor monitor, Function<Portfolio, SampleEngine> engines) {
            this.portfolio = p;
            this.ranges = new PortfolioRanges(p);
            this.samples = samples;
            this.seed = seed;
            this.monitor = monitor;
            this.engines = engines;
            months = p.horizonMonths();
            plans = p.plans().size();
            blocks = (samples + MonteCarlo.BLOCK - 1) / MonteCarlo.BLOCK;
            tco = new double[plans][samples];
            npv = new double[plans][samples];
            cumulative = new double[plans][samples * months];
            breakEven = new double[plans][samples];
            clipped = new int[blocks][ranges.size()];
        }

        void work() {
            SampleEngine engine = engines.apply(portfolio);
            double[] values = new double[ranges.size()];
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
                finished(Math.min(samples, (b + 1) * MonteCarlo.BLOCK) - b * MonteCarlo.BLOCK);
            }
        }

        private void block(int b, SampleEngine engine, double[] values) {
            Well19937c rng = new Well19937c(new int[]{(int) seed, (int) (seed >>> 32), b});
            Samplers.Sampler[] samplers = new Samplers.Sampler[ranges.size()];
            for (int k = 0; k < samplers.length; k++) {
                samplers[k] = Samplers.of(ranges.ranges[k], rng);
            }
            for (int i = b * MonteCarlo.BLOCK; i < Math.min(samples, (b + 1) * MonteCarlo.BLOCK); i++) {
                for (int k = 0; k < samplers.length; k++) {
                    double drawn = samplers[k].sample();
                    double kept = ranges.clip(k, drawn);
                    if (kept != drawn) {
                        clipped[b][k]++;
                    }
                    if (!Double.isFinite(kept)) {
                        // only a draw that is no number escapes clipping: the portfolio's own rules refuse it
                        PortfolioValues.with(portfolio, ranges.paths[k], kept);
                    }
                    values[k] = kept;
                }
                engine.evaluate(values);
                for (int j = 0; j < plans; j++) {
                    tco[j][i] = engine.tco(j);
                    npv[j][i] = engine.npv(j);
                    engine.copyCumulative(j, cumulative[j], i * months);
                    breakEven[j][i] = j == 0 ? 0 : engine.breakEvenMonth(j, 0);
                }
            }
        }

        private synchronized void finished(int blockSamples) {
            done += blockSamples;
            monitor.progress(done, samples);
        }

        PortfolioSimulation result() {
            double[] clippedShare = new double[ranges.size()];
            for (int[] block : clipped) {
                for (int k = 0; k < block.length; k++) {
                    clippedShare[k] += block[k];
                }
            }
            for (int k = 0; k < clippedShare.length; k++) {
                clippedShare[k] /= samples;
            }
            List<String> ids = new ArrayList<>();
            for (Plan plan : portfolio.plans()) {
                ids.add(plan.id());
            }
            return new PortfolioSimulation(samples, seed, months, ids, tco, npv, cumulative, breakEven,
                    Arrays.asList(ranges.paths), clippedShare);
        }
    }
}
