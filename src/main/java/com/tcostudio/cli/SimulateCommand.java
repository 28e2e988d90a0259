package com.tcostudio.cli;

import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.uncertainty.MonteCarlo;
import com.tcostudio.core.uncertainty.SimulationResult;
import com.tcostudio.io.json.SimulationJson;
import com.tcostudio.io.json.UncertaintyCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Monte Carlo over the scenario's uncertainty section: P10/P50/P90 and mean of TCO, NPV and "
                + "cumulative cost per setup, the probability that self-hosting (and hybrid) is cheaper, and the spread "
                + "of the break-even month. Same seed, same result.")
final class SimulateCommand implements Callable<Integer> {
    @Mixin
    private ScenarioSource source;

    @Option(names = "--samples", defaultValue = "10000", description = "Number of samples (default ${DEFAULT-VALUE}).")
    private int samples;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random generator (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--csv", description = "Print the per-month bands as CSV instead of JSON: month, setup, p10, p50, p90, "
            + "mean of the cumulative cost.")
    private boolean csv;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (samples < 1) {
            throw new TcoCli.BadInputException("--samples: must be at least 1 (was " + samples + ")");
        }
        Scenario scenario = source.read(spec.name());
        SimulationResult result = MonteCarlo.run(scenario, samples, seed);
        if (csv) {
            UncertaintyCsv.writeBands(result, spec.commandLine().getOut());
        } else {
            SimulationJson.write(result, spec.commandLine().getOut());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
