package com.tcostudio.cli;

import com.tcostudio.core.model.InvalidScenarioException;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.uncertainty.PortfolioSensitivity;
import com.tcostudio.core.uncertainty.Sensitivity;
import com.tcostudio.io.json.PortfolioSimulationJson;
import com.tcostudio.io.json.SensitivityJson;
import com.tcostudio.io.json.UncertaintyCsv;
import com.tcostudio.io.scenario.LoadedScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = "Tornado data: each uncertain input at its low and high, everything else at base; the change of "
                + "TCO(open) - TCO(closed) (for a portfolio, TCO(A) - TCO(B) of two plans, --plan A --against B) and of "
                + "the break-even month, largest swing first (JSON, or CSV with --csv).")
final class SensitivityCommand implements Callable<Integer> {
    @Mixin
    private ScenarioSource source;

    @Mixin
    private PlanChoice plans;

    @Option(names = "--csv", description = "Print the tornado rows as CSV instead of JSON.")
    private boolean csv;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LoadedScenario loaded = source.load();
        PrintWriter out = spec.commandLine().getOut();
        if (loaded.isV1() && !plans.given()) {
            v1(Sensitivity.run(loaded.scenario()), out);
            return 0;
        }
        Portfolio p = loaded.portfolio();
        int[] ab = plans.resolve(p, source.name());
        PortfolioSensitivity.Result r;
        try {
            r = PortfolioSensitivity.run(p, ab[0], ab[1]);
        } catch (InvalidScenarioException e) {
            throw new TcoCli.BadInputException(source.name() + ": " + e.getMessage());
        }
        if (csv) {
            UncertaintyCsv.writePlanTornado(r, out);
        } else {
            PortfolioSimulationJson.writeSensitivity(p, r, out);
        }
        out.flush();
        return 0;
    }

    private void v1(Sensitivity.Result r, PrintWriter out) throws java.io.IOException {
        if (csv) {
            UncertaintyCsv.writeTornado(r, out);
            return;
        }
        SensitivityJson.write(r, out);
    }
}
