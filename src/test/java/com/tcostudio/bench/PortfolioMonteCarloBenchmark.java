package com.tcostudio.bench;

import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.uncertainty.PortfolioMonteCarlo;
import com.tcostudio.core.uncertainty.PortfolioSimulation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Monte Carlo of a portfolio: 10,000 samples of the benchmark portfolio of
 * {@link PortfolioEvaluateBenchmark} (60 months, 5 workloads, 3 APIs, 3 deployments, 5 plans) with
 * 6 ranges, then the per-month bands of every plan that {@code simulate}'s JSON writes.
 *
 * <p>{@code mvn -Pbench test-compile exec:exec -Dbench.args="-f 1 -wi 3 -w 2s -i 5 -r 2s PortfolioMonteCarloBenchmark"}.
 * Goal on the 2-core machine: a run under 250 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PortfolioMonteCarloBenchmark {
    static final int SAMPLES = 10_000;
    static final long SEED = 2024;

    private final Portfolio portfolio = sixRanges();
    private PortfolioSimulation result;

    @org.openjdk.jmh.annotations.Setup
    public void load() {
        result = PortfolioMonteCarlo.run(portfolio, SAMPLES, SEED);
    }

    /**
     * The benchmark portfolio with six ranges: a workload's growth, an API's price and price trend,
     * two fleets' GPU prices and a route's share (a normal whose tails are clipped).
     */
    public static Portfolio sixRanges() {
        Map<String, Distribution> ranges = new LinkedHashMap<>();
        ranges.put("workloads.support.monthlyGrowth", Distribution.triangular(0.01, 0.04, 0.08));
        ranges.put("apis.sonnet.inputPerMTok", Distribution.pert(2, 3, 4.5));
        ranges.put("apis.sonnet.annualPriceChange", Distribution.uniform(-0.5, 0));
        ranges.put("deployments.gpt-oss-h100.hosting.gpuHourly", Distribution.uniform(1.8, 4));
        ranges.put("deployments.llama-auto.hosting.gpuHourly", Distribution.lognormal(1.5, 4));
        ranges.put("plans.split.routes.0.share", Distribution.normal(0.5, 0.9));
        return PortfolioEvaluateBenchmark.benchmarkPortfolio().withUncertainty(ranges);
    }

    @Benchmark
    public PortfolioSimulation run() {
        return PortfolioMonteCarlo.run(portfolio, SAMPLES, SEED);
    }

    /** The cumulative cost bands of every plan, as the JSON and the charts read them. */
    @Benchmark
    public void bands(Blackhole bh) {
        for (int p = 0; p < result.planIds().size(); p++) {
            bh.consume(result.bands(p));
        }
    }
}
