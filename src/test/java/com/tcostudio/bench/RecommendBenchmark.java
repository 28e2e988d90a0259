package com.tcostudio.bench;

import com.tcostudio.core.engine.Recommendation;
import com.tcostudio.core.engine.Recommender;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.portfolio.Deployment;
import com.tcostudio.core.portfolio.Fields;
import com.tcostudio.core.portfolio.Latency;
import com.tcostudio.core.portfolio.Plan;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Route;
import com.tcostudio.core.portfolio.Workload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Time of {@code recommend} over 6 workloads and 5 targets (3 APIs, 2 sized deployments): 15,625
 * assignments of a 60-month portfolio. Run with
 * {@code mvn -Pbench test-compile exec:exec -Dbench.args="-f 1 -wi 3 -w 2s -i 5 -r 2s RecommendBenchmark"}.
 * Goal on the 2-core machine: under 1 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RecommendBenchmark {
    private final Portfolio portfolio = benchmarkPortfolio();

    @Benchmark
    public Recommendation recommend() {
        return Recommender.recommend(portfolio, 5);
    }

    /** The evaluate benchmark's portfolio with a sixth use case and without the fixed fleet. */
    public static Portfolio benchmarkPortfolio() {
        Portfolio base = PortfolioEvaluateBenchmark.benchmarkPortfolio();
        List<Workload> ws = new ArrayList<>(base.workloads());
        Fields f = ws.get(1).fields().with(Input.INPUT_TOKENS_PER_MONTH, 4e9).with(Input.OUTPUT_TOKENS_PER_MONTH, 4e8);
        ws.add(new Workload("translate", "Translation", f, null, Double.NaN, new Latency(15, Double.NaN)));
        List<Deployment> ds = base.deployments().stream().filter(d -> !d.isFixed()).toList();
        List<Route> routes = ws.stream().map(w -> Route.all(w.id(), "sonnet")).toList();
        return new Portfolio("Recommend benchmark", base.horizonMonths(), base.currency(), base.finance(), ws, base.apis(),
                ds, List.of(new Plan("all-api", "All on the API", routes)), Map.of());
    }

    /** A quick look without JMH: {@code java -cp target/classes:target/test-classes:... RecommendBenchmark}. */
    public static void main(String[] args) {
        Portfolio p = benchmarkPortfolio();
        for (int run = 1; run <= 8; run++) {
            long t0 = System.nanoTime();
            Recommendation r = Recommender.recommend(p, 5);
            System.out.printf("recommend %d assignments (%d feasible): %.1f ms%n", r.assignments(), r.feasible(),
                    (System.nanoTime() - t0) / 1e6);
        }
    }
}
