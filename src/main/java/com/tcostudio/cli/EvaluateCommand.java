package com.tcostudio.cli;

import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.io.json.EvaluationCsv;
import com.tcostudio.io.json.EvaluationJson;
import com.tcostudio.io.scenario.DefaultScenario;
import com.tcostudio.io.scenario.ScenarioFileException;
import com.tcostudio.io.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluates a scenario file and prints the result as JSON (the `evaluate` output of the "
                + "methodology): monthly costs per setup and category, TCO, NPV, break-even months and volumes.")
final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    private ScenarioSource source;

    @Option(names = "--csv", description = "Print the monthly breakdown as CSV instead of JSON.")
    private boolean csv;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = source.read();
        Evaluation evaluation = CostEngine.DEFAULT.evaluate(scenario);
        PrintWriter out = spec.commandLine().getOut();
        if (csv) {
            EvaluationCsv.write(evaluation, out);
        } else {
            EvaluationJson.write(evaluation, out);
        }
        out.flush();
        return 0;
    }

    /** The scenario of a command: the file, or the built-in default with {@code --default}. */
    static Scenario scenario(Path file, boolean builtInDefault, CatalogueOptions options) throws TcoCli.BadInputException {
        if (builtInDefault == (file != null)) {
            throw new TcoCli.BadInputException("give either a scenario FILE or --default");
        }
        try {
            ScenarioReader reader = new ScenarioReader(options.load());
            return builtInDefault ? DefaultScenario.read(reader) : reader.read(file);
        } catch (ScenarioFileException e) {
            throw new TcoCli.BadInputException(e.getMessage());
        }
    }
}
