package com.tcostudio.bench;

import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.io.scenario.ScenarioReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.InputStream;
import java.util.concurrent.TimeUnit;

/**
 * Time of one full {@code evaluate} (all setups, break-even months and volumes) per hosting mode
 * and horizon. Run with {@code mvn -Pbench test-compile exec:exec}. Goal on the 2-core CI machine:
 * under 20 us at 36 months, under 60 us at 120 months.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EvaluateBenchmark {
    /** Golden scenarios: rent + share hybrid, own cash + spillover, own accrual + share, rent + spillover. */
    @Param({"rent-share", "own-cash-spillover", "own-accrual", "rent-120-spillover"})
    public String scenario;

    @Param({"36", "120"})
    public int months;

    private Scenario input;

    @Setup
    public void load() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/golden/" + scenario + ".scenario.json")) {
            input = new ScenarioReader(CatalogueLookup.NONE).read(in.readAllBytes(), scenario)
                    .with(Input.HORIZON_MONTHS, months);
        }
    }

    @Benchmark
    public Evaluation evaluate() {
        return CostEngine.DEFAULT.evaluate(input);
    }
}
