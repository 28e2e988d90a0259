package com.tcostudio.cli;

import com.tcostudio.core.model.InvalidScenarioException;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.uncertainty.MonteCarlo;
import com.tcostudio.core.uncertainty.PortfolioMonteCarlo;
import com.tcostudio.core.uncertainty.PortfolioSimulation;
import com.tcostudio.core.uncertainty.SimulationResult;
import com.tcostudio.io.json.PortfolioSimulationJson;
import com.tcostudio.io.json.SimulationJson;
import com.tcostudio.io.json.UncertaintyCsv;
import com.tcostudio.io.scenario.LoadedScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Monte Carlo over the scenario's uncertainty section. Version 1: P10/P50/P90 and mean of TCO, NPV "
                + "and cumulative cost per setup, the probability that self-hosting (and hybrid) is cheaper, and the "
                + "spread of the break-even month. Version 2 (a portfolio): the same per plan, the probability that each "
                + "plan is the cheapest and that it is cheaper than the first plan, and its break-even month against the "
                + "first plan. Same seed, same result.")
final class SimulateCommand implements Callable<Integer> {
    @Mixin
    private ScenarioSource source;

    @Option(names = "--samples", defaultValue = "10000", description = "Number of samples (default ${DEFAULT-VALUE}).")
    private int samples;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random generator (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--csv", description = "Print the per-month bands as CSV instead of JSON: month, setup (or plan), "
            + "p10, p50, p90, mean of the cumulative cost.")
    private boolean csv;

    @Option(names = "--v2", description = "Simulate a version 1 file's migrated plans (closed, open, hybrid) and print "
            + "the version 2 output.")
    private boolean v2;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (samples < 1) {
            throw new TcoCli.BadInputException("--samples: must be at least 1 (was " + samples + ")");
        }
        LoadedScenario loaded = source.load();
        PrintWriter out = spec.commandLine().getOut();
        if (loaded.isV1() && !v2) {
            SimulationResult result = MonteCarlo.run(loaded.scenario(), samples, seed);
            if (csv) {
                UncertaintyCsv.writeBands(result, out);
            } else {
                SimulationJson.write(result, out);
            }
        } else {
            Portfolio p = loaded.portfolio();
            PortfolioSimulation result;
            try {
                result = PortfolioMonteCarlo.run(p, samples, seed);
            } catch (InvalidScenarioException e) {
                throw new TcoCli.BadInputException(source.name() + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new TcoCli.BadInputException("--" + e.getMessage());
            }
            if (csv) {
                UncertaintyCsv.writePlanBands(result, out);
            } else {
                PortfolioSimulationJson.write(p, result, out);
            }
        }
        out.flush();
        return 0;
    }
}
