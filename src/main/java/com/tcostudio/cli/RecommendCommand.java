package com.tcostudio.cli;

import com.tcostudio.core.engine.Recommender;
import com.tcostudio.io.json.RecommendationJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "Tries every assignment of each use case wholly to one of the scenario's targets (an API, a "
                + "sized deployment, or a fixed deployment with each API without committed capacity as its overflow), "
                + "keeps the feasible ones and prints the cheapest as JSON, routes ready to paste into the file as a "
                + "plan. Exhaustive up to 100,000 assignments; beyond, a local search that says it is not exhaustive.")
final class RecommendCommand implements Callable<Integer> {
    /** Plans printed when --top is not given (METHODOLOGY-V2). */
    static final int DEFAULT_TOP = 5;

    @Mixin
    private ScenarioSource source;

    @Option(names = "--top", paramLabel = "N", description = "How many plans to print, cheapest first (default: 5).")
    private int top = DEFAULT_TOP;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (top < 1) {
            throw new TcoCli.BadInputException("--top: must be a whole number of plans, at least 1 (was " + top + ")");
        }
        var loaded = source.load();
        PrintWriter out = spec.commandLine().getOut();
        RecommendationJson.write(Recommender.recommend(loaded.portfolio(), top), out);
        out.flush();
        return 0;
    }
}
