package com.tcostudio.cli;

import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.InvalidScenarioException;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.uncertainty.WhatIf;
import com.tcostudio.io.json.WhatIfJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.OptionalDouble;
import java.util.concurrent.Callable;

@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = "The value of one input at which self-hosting and the API cost the same over the horizon "
                + "(bracketing root finder), or null when none in range, and the difference TCO(open) - TCO(closed) "
                + "across the range (JSON).")
final class WhatIfCommand implements Callable<Integer> {
    @Mixin
    private ScenarioSource source;

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "The input's path in the scenario file, e.g. open.hosting.gpuHourly or workload.inputTokensPerMonth.")
    private String path;

    @Option(names = "--low", required = true, description = "Low end of the range searched.")
    private double low;

    @Option(names = "--high", required = true, description = "High end of the range searched.")
    private double high;

    @Option(names = "--points", defaultValue = "41", description = "Points of the difference curve (default ${DEFAULT-VALUE}).")
    private int points;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Input input = Input.byPath(path).orElseThrow(() -> new TcoCli.BadInputException(
                "--input: " + path + " is not the path of a numeric input (see docs/scenario-format.md)"));
        if (!(low < high) || points < 2) {
            throw new TcoCli.BadInputException("--low must be below --high and --points at least 2");
        }
        Scenario scenario = source.read();
        OptionalDouble value;
        try {
            value = WhatIf.breakEven(scenario, input, low, high);
        } catch (InvalidScenarioException e) {
            throw new TcoCli.BadInputException("--input: " + e.getMessage());
        }
        WhatIfJson.write(input, low, high, value, WhatIf.curve(scenario, input, low, high, points),
                spec.commandLine().getOut());
        return 0;
    }
}
