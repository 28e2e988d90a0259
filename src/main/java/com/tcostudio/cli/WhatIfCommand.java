package com.tcostudio.cli;

import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.InvalidScenarioException;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.portfolio.Domain;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.uncertainty.PortfolioWhatIf;
import com.tcostudio.core.uncertainty.WhatIf;
import com.tcostudio.io.scenario.LoadedScenario;
import com.tcostudio.io.json.WhatIfJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = "The value of one input at which self-hosting and the API cost the same over the horizon "
                + "(bracketing root finder), or null when none in range, and the difference TCO(open) - TCO(closed) "
                + "across the range (JSON). For a portfolio: the value at which plan A and plan B cost the same "
                + "(--plan A --against B), and TCO(A) - TCO(B).")
final class WhatIfCommand implements Callable<Integer> {
    @Mixin
    private ScenarioSource source;

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "The input's path in the scenario file, e.g. open.hosting.gpuHourly or workload.inputTokensPerMonth; "
                    + "in a portfolio (or with --plan/--against) its uncertainty path, e.g. "
                    + "deployments.ID.hosting.gpuHourly or workloads.ID.inputTokensPerMonth.")
    private String path;

    @Option(names = "--low", required = true, description = "Low end of the range searched.")
    private double low;

    @Option(names = "--high", required = true, description = "High end of the range searched.")
    private double high;

    @Option(names = "--points", defaultValue = "41",
            description = "Points of the difference curve, " + MIN_POINTS + " to " + MAX_POINTS + " (default ${DEFAULT-VALUE}).")
    private int points;

    /** Two points make a line; ten thousand already draw a smooth curve, and each costs an evaluation. */
    static final int MIN_POINTS = 2;
    static final int MAX_POINTS = 10_000;

    @Mixin
    private PlanChoice plans;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        checkPointsAndRange();
        LoadedScenario loaded = source.load();
        if (loaded.isV1() && !plans.given()) {
            return v1(loaded.scenario());
        }
        return v2(loaded.portfolio());
    }

    private void checkPointsAndRange() throws TcoCli.BadInputException {
        if (points < MIN_POINTS || points > MAX_POINTS) {
            throw new TcoCli.BadInputException("--points: must be a whole number from " + MIN_POINTS + " to "
                    + String.format(java.util.Locale.ROOT, "%,d", MAX_POINTS) + " (was " + points + ")");
        }
        if (!(low < high)) {
            throw new TcoCli.BadInputException("--low must be below --high (were " + Scenario.format(low) + " and "
                    + Scenario.format(high) + ")");
        }
    }

    private int v2(Portfolio p) throws Exception {
        Domain domain = p.realValuedPaths().get(path);
        if (domain == null) {
            throw new TcoCli.BadInputException("--input: " + path + " names no real-valued field of " + source.name()
                    + " (give a path such as apis.ID.inputPerMTok or deployments.ID.hosting.gpuHourly; counts and "
                    + "months cannot vary)");
        }
        bound("--low", domain, low, p);
        bound("--high", domain, high, p);
        int[] ab = plans.resolve(p, source.name());
        PortfolioWhatIf search;
        try {
            search = PortfolioWhatIf.of(p, path, ab[0], ab[1]);
        } catch (InvalidScenarioException e) {
            throw new TcoCli.BadInputException("--input: " + e.getMessage());
        }
        OptionalDouble value = search.breakEven(low, high);
        WhatIfJson.writePlans(path, p.plans().get(ab[0]).id(), p.plans().get(ab[1]).id(), low, high, value,
                search.curve(low, high, points), spec.commandLine().getOut());
        return 0;
    }

    /** Both ends of the search must be values the field can take: the rule in words otherwise. */
    private void bound(String option, Domain domain, double value, Portfolio p) throws TcoCli.BadInputException {
        Optional<String> rule = domain.input().isPresent() ? domain.input().get().check(value, p.currency())
                : domain.check(value);
        if (rule.isPresent()) {
            throw new TcoCli.BadInputException(option + ": " + path + " " + rule.get());
        }
    }

    private int v1(Scenario scenario) throws Exception {
        Input input = Input.byPath(path).orElseThrow(() -> new TcoCli.BadInputException(
                "--input: " + path + " is not the path of a numeric input (see docs/scenario-format.md)"));

        if (input.isInteger()) {
            throw new TcoCli.BadInputException("--input: " + input.path()
                    + " is a whole number (counts and months); the search varies real-valued inputs only");
        }
        bound("--low", input, low, scenario);
        bound("--high", input, high, scenario);
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

    /** Both ends of the search must be values the input can take: the rule in words otherwise. */
    private static void bound(String option, Input input, double value, Scenario scenario) throws TcoCli.BadInputException {
        Optional<String> rule = input.check(value, scenario.currency());
        if (rule.isPresent()) {
            throw new TcoCli.BadInputException(option + ": " + input.path() + " " + rule.get());
        }
    }
}
