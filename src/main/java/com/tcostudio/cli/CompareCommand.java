package com.tcostudio.cli;

import com.tcostudio.core.compare.VendorComparison;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.io.json.ComparisonJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Ranks every catalogued API model and every serving profile on every GPU offer (and the hybrid of "
                + "the best of each) for the scenario's workload, cheapest TCO first (JSON). Options the catalogue "
                + "cannot make work come last, with the reason.")
final class CompareCommand implements Callable<Integer> {
    @Mixin
    private ScenarioSource source;

    @Option(names = "--residency", paramLabel = "REGION",
            description = "Keep only options whose data stays in REGION (ISO country code such as AE or SA, or EU); "
                    + "self-hosting on owned GPUs always qualifies.")
    private String residency;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = source.read();
        List<VendorComparison.Option> options = VendorComparison.rank(scenario, source.catalogue.load());
        if (residency != null) {
            options = VendorComparison.stayingIn(options, residency.toUpperCase(Locale.ROOT));
        }
        ComparisonJson.write(options, spec.commandLine().getOut());
        return 0;
    }
}
