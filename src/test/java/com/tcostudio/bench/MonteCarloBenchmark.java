package com.tcostudio.bench;

import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.uncertainty.MonteCarlo;
import com.tcostudio.core.uncertainty.SimulationResult;
import com.tcostudio.io.scenario.ScenarioReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.io.InputStream;
import java.util.concurrent.TimeUnit;

/**
 * The Monte Carlo as the app runs it after each edit: 10,000 samples of a 60-month scenario with
 * 6 uncertain inputs (the golden rent + hybrid share scenario with ranges, as in
 * {@link MonteCarloTiming}), then the per-month percentiles the charts draw.
 *
 * <p>{@code mvn -Pbench test-compile exec:exec -Dbench.args="-f 3 -wi 5 -i 5 -prof gc MonteCarloBenchmark"}.
 * Goal on the 2-core machine: a run under 100 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MonteCarloBenchmark {
    static final int SAMPLES = 10_000;
    static final int MONTHS = 60;
    static final long SEED = 2024;

    private Scenario scenario;
    private SimulationResult result;

    @org.openjdk.jmh.annotations.Setup
    public void load() throws Exception {
        scenario = sixRanges();
        result = MonteCarlo.run(scenario, SAMPLES, SEED);
    }

    /** The golden scenario with six ranges, over 60 months. */
    static Scenario sixRanges() throws Exception {
        try (InputStream in = MonteCarloBenchmark.class.getResourceAsStream("/golden/rent-share-uncertain.scenario.json")) {
            return new ScenarioReader(CatalogueLookup.NONE).read(in.readAllBytes(), "six ranges")
                    .with(Input.HORIZON_MONTHS, MONTHS);
        }
    }

    @Benchmark
    public SimulationResult run() {
        return MonteCarlo.run(scenario, SAMPLES, SEED);
    }

    /** The cumulative cost bands of every setup, as the app draws them after each run. */
    @Benchmark
    public void bands(Blackhole bh) {
        for (Setup s : result.setups()) {
            bh.consume(result.bands(s));
        }
    }

    /** The summaries one at a time, as {@code simulate}'s JSON asks for them: every month of every setup. */
    @Benchmark
    public void cumulativeEveryMonth(Blackhole bh) {
        for (Setup s : result.setups()) {
            for (int i = 0; i < MONTHS; i++) {
                bh.consume(result.cumulative(s, i));
            }
        }
    }
}
