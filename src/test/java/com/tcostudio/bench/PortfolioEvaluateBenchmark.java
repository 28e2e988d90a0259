package com.tcostudio.bench;

import com.tcostudio.core.engine.PortfolioEngine;
import com.tcostudio.core.engine.PortfolioEvaluation;
import com.tcostudio.core.model.Currency;
import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.portfolio.Api;
import com.tcostudio.core.portfolio.Committed;
import com.tcostudio.core.portfolio.Deployment;
import com.tcostudio.core.portfolio.Fields;
import com.tcostudio.core.portfolio.Latency;
import com.tcostudio.core.portfolio.Migration;
import com.tcostudio.core.portfolio.OperatingPoint;
import com.tcostudio.core.portfolio.Plan;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Reservation;
import com.tcostudio.core.portfolio.Route;
import com.tcostudio.core.portfolio.Workload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Time of one full v2 {@code evaluate} (every plan, every pair's break-even and scale) of a
 * 60-month portfolio with 5 workloads, 3 APIs, 3 deployments and 5 plans. Run with
 * {@code mvn -Pbench test-compile exec:exec -Dbench.args="-f 1 -wi 3 -w 2s -i 5 -r 2s PortfolioEvaluateBenchmark"}.
 * Goal on the 2-core machine: under 40 us.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PortfolioEvaluateBenchmark {
    private final Portfolio portfolio = benchmarkPortfolio();

    @Benchmark
    public PortfolioEvaluation evaluate() {
        return PortfolioEngine.DEFAULT.evaluate(portfolio);
    }

    /** Three use cases plus two, a frontier API, a UAE API with committed capacity, a cheap API, three fleets. */
    public static Portfolio benchmarkPortfolio() {
        Fields finance = Fields.empty().with(Input.ANNUAL_DISCOUNT_RATE, 0.08).with(Input.SALARY_GROWTH_PER_YEAR, 0.03)
                .with(Input.LOADED_ANNUAL_COST_PER_FTE, 200_000);
        List<Workload> ws = List.of(
                workload("support", "Support chat", 2e9, 5e8, 0.04, List.of("AE"), new Latency(30, 2)),
                workload("coding", "Coding assistant", 1e9, 3e8, 0.06, null, Latency.NONE),
                workload("batch", "Nightly documents", 5e9, 5e8, 0.02, null, Latency.NONE),
                workload("search", "Search answers", 8e8, 2e8, 0.05, null, new Latency(20, Double.NaN)),
                workload("agents", "Back-office agents", 3e9, 6e8, 0.08, null, Latency.NONE));
        List<Api> apis = List.of(
                new Api("sonnet", "Claude Sonnet", api(3, 15, 0.3, 500), null, List.of("US"), 70,
                        new Migration(12, 1, 5_000), null),
                new Api("uae-api", "UAE provider", api(2, 8, 0.2, 1_000), null, List.of("AE"), 60, null,
                        new Committed(200_000, 8_000)),
                new Api("mini", "Small model API", api(0.15, 0.6, 0.05, 0), null, List.of("US"), 50, null, null));
        Fields rent = fleet().with(Input.GPU_HOURLY, 2.5);
        List<OperatingPoint> points = List.of(new OperatingPoint(10, 40_000, 5_000, 3),
                new OperatingPoint(30, 20_000, 2_500, 1.5), new OperatingPoint(60, 8_000, 1_000, 0.8));
        List<Deployment> ds = List.of(
                new Deployment("gpt-oss-h100", "gpt-oss-120b on rented H100", rent.with(Input.PREFILL_TOKENS_PER_SECOND, Double.NaN)
                        .with(Input.DECODE_TOKENS_PER_SECOND, Double.NaN), HostingMode.RENT, false, false,
                        new Reservation(8, 12, 1.8, 0.25), null, points, List.of("AE"), 61, Map.of()),
                new Deployment("llama-auto", "Llama on autoscaled GPUs", rent, HostingMode.RENT, false, true, null, null,
                        List.of(), List.of("US"), 55, Map.of()),
                new Deployment("fixed-fleet", "Fixed fleet", rent, HostingMode.RENT, false, false, null, 4, List.of(),
                        List.of("AE"), 61, Map.of()));
        List<Plan> plans = List.of(
                plan("all-api", Route.all("support", "sonnet"), Route.all("coding", "sonnet"), Route.all("batch", "mini"),
                        Route.all("search", "mini"), Route.all("agents", "sonnet")),
                plan("in-house", Route.all("support", "gpt-oss-h100"), Route.all("coding", "gpt-oss-h100"),
                        Route.all("batch", "llama-auto"), Route.all("search", "gpt-oss-h100"),
                        Route.all("agents", "llama-auto")),
                plan("uae", Route.all("support", "uae-api"), Route.all("coding", "sonnet"),
                        new Route("batch", "fixed-fleet", 1, "mini"), Route.all("search", "uae-api"),
                        Route.all("agents", "sonnet")),
                plan("split", new Route("support", "gpt-oss-h100", 0.7, null), new Route("support", "uae-api", Double.NaN, null),
                        Route.all("coding", "sonnet"), new Route("batch", "fixed-fleet", 1, "mini"),
                        Route.all("search", "llama-auto"), new Route("agents", "llama-auto", 0.5, null),
                        new Route("agents", "mini", Double.NaN, null)),
                plan("mixed", Route.all("support", "gpt-oss-h100"), Route.all("coding", "sonnet"),
                        Route.all("batch", "llama-auto"), Route.all("search", "mini"),
                        new Route("agents", "fixed-fleet", 1, "sonnet")));
        return new Portfolio("Benchmark portfolio", 60, Currency.USD, finance, ws, apis, ds, plans, Map.of());
    }

    private static Workload workload(String id, String name, double in, double out, double growth, List<String> residency,
                                     Latency latency) {
        Fields f = Fields.empty().with(Input.INPUT_TOKENS_PER_MONTH, in).with(Input.OUTPUT_TOKENS_PER_MONTH, out)
                .with(Input.MONTHLY_GROWTH, growth).with(Input.PEAK_TO_AVERAGE, 3).with(Input.CACHED_INPUT_SHARE, 0.3)
                .with(Input.BATCH_SHARE, 0.1);
        return new Workload(id, name, f, residency, Double.NaN, latency);
    }

    private static Fields api(double in, double out, double cached, double fee) {
        return Fields.empty().with(Input.INPUT_PER_MTOK, in).with(Input.OUTPUT_PER_MTOK, out)
                .with(Input.CACHED_INPUT_PER_MTOK, cached).with(Input.BATCH_DISCOUNT, 0.5)
                .with(Input.ANNUAL_PRICE_CHANGE, -0.2).with(Input.PLATFORM_FEE_PER_MONTH, fee)
                .with(Input.INTEGRATION_FTE, 0.1);
    }

    private static Fields fleet() {
        return Fields.empty().with(Input.GPUS_PER_REPLICA, 2).with(Input.PREFILL_TOKENS_PER_SECOND, 20_000)
                .with(Input.DECODE_TOKENS_PER_SECOND, 2_500).with(Input.TARGET_UTILIZATION, 0.6)
                .with(Input.MIN_REPLICAS, 1).with(Input.REDUNDANT_REPLICAS, 1).with(Input.ANNUAL_GPU_PRICE_CHANGE, -0.15)
                .with(Input.BASE_FTE, 0.5).with(Input.FTE_PER_GPU, 0.02).with(Input.SETUP_PERSON_MONTHS, 3)
                .with(Input.SETUP_ONE_TIME_COST, 10_000).with(Input.UPGRADE_EVERY_MONTHS, 6)
                .with(Input.UPGRADE_PERSON_MONTHS, 0.5).with(Input.TOOLING_PER_MONTH, 1_000)
                .with(Input.OTHER_PER_MONTH, 200);
    }

    private static Plan plan(String id, Route... routes) {
        return new Plan(id, id, List.of(routes));
    }
}
