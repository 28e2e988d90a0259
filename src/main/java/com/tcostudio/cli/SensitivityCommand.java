package com.tcostudio.cli;

import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.uncertainty.Sensitivity;
import com.tcostudio.io.json.SensitivityJson;
import com.tcostudio.io.json.UncertaintyCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = "Tornado data: each uncertain input at its low and high, everything else at base; the change of "
                + "TCO(open) - TCO(closed) and of the break-even month, largest swing first (JSON, or CSV with --csv).")
final class SensitivityCommand implements Callable<Integer> {
    @Mixin
    private ScenarioSource source;

    @Option(names = "--csv", description = "Print the tornado rows as CSV instead of JSON.")
    private boolean csv;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = source.read(spec.name());
        Sensitivity.Result r = Sensitivity.run(scenario);
        if (csv) {
            UncertaintyCsv.writeTornado(r, spec.commandLine().getOut());
            return 0;
        }
        SensitivityJson.write(r, spec.commandLine().getOut());
        return 0;
    }
}
