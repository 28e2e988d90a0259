package com.tcostudio.cli;

import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.PortfolioEngine;
import com.tcostudio.core.engine.PortfolioEvaluation;
import com.tcostudio.io.json.EvaluationCsv;
import com.tcostudio.io.json.EvaluationJson;
import com.tcostudio.io.json.PortfolioCsv;
import com.tcostudio.io.json.PortfolioJson;
import com.tcostudio.io.scenario.LoadedScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluates a scenario file and prints the result as JSON: for a version 1 file the `evaluate` "
                + "output of the methodology (closed, open, hybrid), for a version 2 file (a portfolio) the version 2 "
                + "output: every plan's monthly costs by category, TCO, NPV, what each use case costs, feasibility, "
                + "and the break-even month and scale of every pair of plans.")
final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    private ScenarioSource source;

    @Option(names = "--csv", description = "Print the monthly breakdown as CSV instead of JSON (one row per setup, or "
            + "per plan, and month).")
    private boolean csv;

    @Option(names = "--v2", description = "Print the version 2 output for a version 1 file too (its plans closed, open "
            + "and hybrid, migrated as the methodology says).")
    private boolean v2;

    @Option(names = "--by-workload", description = "With --csv on a portfolio: one row per plan, use case and month, "
            + "with what the use case costs in the plan.")
    private boolean byWorkload;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (byWorkload && !csv) {
            throw new TcoCli.BadInputException("--by-workload: applies to the CSV output; add --csv");
        }
        LoadedScenario loaded = source.load();
        PrintWriter out = spec.commandLine().getOut();
        if (loaded.isV1() && !v2) {
            if (byWorkload) {
                throw new TcoCli.BadInputException("--by-workload: a version 1 scenario has one workload; add --v2 "
                        + "for the per-workload rows of its migrated plans");
            }
            Evaluation evaluation = CostEngine.DEFAULT.evaluate(loaded.scenario());
            if (csv) {
                EvaluationCsv.write(evaluation, out);
            } else {
                EvaluationJson.write(evaluation, out);
            }
        } else {
            PortfolioEvaluation evaluation = PortfolioEngine.DEFAULT.evaluate(loaded.portfolio());
            if (csv && byWorkload) {
                PortfolioCsv.writeByWorkload(evaluation, out);
            } else if (csv) {
                PortfolioCsv.write(evaluation, out);
            } else {
                PortfolioJson.write(evaluation, out);
            }
        }
        out.flush();
        return 0;
    }
}
