package com.tcostudio.cli;

import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.core.catalogue.QualityScore;
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

    @Option(names = "--min-quality", paramLabel = "SCORE",
            description = "Keep only options whose model the quality index rates at least SCORE (LMArena text-arena "
                    + "rating, e.g. 1400); unrated options are left out. The same scale as a use case's minQuality.")
    private Double minQuality;

    @Option(names = "--exclude-estimated",
            description = "Leave out options that rest on an estimated figure (basis: estimated in the catalogue).")
    private boolean excludeEstimated;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = source.read(spec.name());
        Catalogue catalogue = source.catalogue.load();
        String region = residency == null ? null : residency.trim().toUpperCase(Locale.ROOT);
        if (region != null && !catalogue.regionCodes().contains(region)) {
            throw new TcoCli.BadInputException("--residency " + residency.replaceAll("\\p{Cntrl}", "?") + ": no catalogue entry names "
                    + "that region; known codes: " + String.join(", ", catalogue.regionCodes()));
        }
        if (minQuality != null && !(minQuality >= QualityScore.MIN && minQuality <= QualityScore.MAX)) {
            throw new TcoCli.BadInputException("--min-quality " + minQuality + ": must be a rating between "
                    + (int) QualityScore.MIN + " and " + (int) QualityScore.MAX + " on the LMArena text-arena scale");
        }
        List<VendorComparison.Option> options = VendorComparison.rank(scenario, catalogue);
        if (region != null) {
            options = VendorComparison.stayingIn(options, region);
        }
        if (minQuality != null) {
            options = VendorComparison.ratedAtLeast(options, minQuality);
        }
        if (excludeEstimated) {
            options = VendorComparison.withoutEstimates(options);
        }
        ComparisonJson.write(options, spec.commandLine().getOut());
        return 0;
    }
}
