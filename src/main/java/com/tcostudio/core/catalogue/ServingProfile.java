package com.tcostudio.core.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How fast one replica of an open-weight model runs on a given GPU with a given engine, one entry
 * of {@code serving-profiles.json}. Throughputs are per replica (all its GPUs together) when fully
 * busy; the cost model applies the target utilization itself.
 *
 * @param model                 the model served, e.g. {@code Llama 3.3 70B Instruct}; API entries
 *                              selling the same weights name it in their {@code weights}
 * @param modelFamily           family for grouping in the UI; empty when not given
 * @param engine                serving engine, e.g. {@code vLLM 0.11}
 * @param precision             weight precision, e.g. {@code FP8}
 * @param gpusPerReplica        GPUs holding one running copy of the model
 * @param weightsGb             memory the weights take at this precision; empty when not given
 * @param contextWindow         maximum input tokens served; empty when not given
 * @param licence               the model's licence, e.g. {@code Apache-2.0}
 * @param operatingPoints       measured points of one replica, strictly increasing in output tokens per
 *                              second per user; empty when none were published
 * @param operatingPointsSource where the points were measured; present exactly when there are points
 * @param qualityScore          the model's score on the catalogue's quality index; empty when unrated
 */
public record ServingProfile(String id, String model, String modelFamily, GpuType gpu, String engine,
                             String precision, int gpusPerReplica, double prefillTokensPerSecond,
                             double decodeTokensPerSecond, OptionalDouble weightsGb, OptionalInt contextWindow,
                             String licence, PriceSource price, List<MeasuredPoint> operatingPoints,
                             Optional<String> operatingPointsSource, Optional<QualityScore> qualityScore) {
    public ServingProfile {
        Checks.id("id", id);
        Checks.text("model", model);
        Checks.notNull("modelFamily", modelFamily);
        Checks.notNull("gpu", gpu);
        Checks.text("engine", engine);
        Checks.text("precision", precision);
        Checks.atLeast("gpusPerReplica", gpusPerReplica, 1);
        Checks.above("prefillTokensPerSecond", prefillTokensPerSecond, 0);
        Checks.above("decodeTokensPerSecond", decodeTokensPerSecond, 0);
        Checks.above("weightsGb", weightsGb, 0);
        Checks.atLeast("contextWindow", contextWindow, 1);
        Checks.text("licence", licence);
        Checks.notNull("price", price);
        operatingPoints = Checks.operatingPoints("operatingPoints", operatingPoints);
        Checks.notNull("operatingPointsSource", operatingPointsSource);
        if (operatingPoints.isEmpty() != operatingPointsSource.isEmpty()) {
            throw new InvalidCatalogueEntryException("operatingPointsSource", operatingPoints.isEmpty()
                    ? "must be left out when there are no operatingPoints"
                    : "is required with operatingPoints: every curve names the measurement it comes from");
        }
        operatingPointsSource.ifPresent(s -> Checks.text("operatingPointsSource", s));
        Checks.notNull("quality", qualityScore);
    }

    /** A v1 profile: maximum-throughput figures only, unrated. */
    public ServingProfile(String id, String model, String modelFamily, GpuType gpu, String engine,
                          String precision, int gpusPerReplica, double prefillTokensPerSecond,
                          double decodeTokensPerSecond, OptionalDouble weightsGb, OptionalInt contextWindow,
                          String licence, PriceSource price) {
        this(id, model, modelFamily, gpu, engine, precision, gpusPerReplica, prefillTokensPerSecond,
                decodeTokensPerSecond, weightsGb, contextWindow, licence, price, List.of(), Optional.empty(),
                Optional.empty());
    }

    /** The same profile with other operating points (an imported benchmark). */
    public ServingProfile withOperatingPoints(List<MeasuredPoint> points, String source) {
        return new ServingProfile(id, model, modelFamily, gpu, engine, precision, gpusPerReplica,
                prefillTokensPerSecond, decodeTokensPerSecond, weightsGb, contextWindow, licence, price,
                points, Optional.of(source), qualityScore);
    }

    public OptionalDouble quality() {
        return qualityScore.map(q -> OptionalDouble.of(q.score())).orElse(OptionalDouble.empty());
    }

    public Optional<String> qualitySource() {
        return qualityScore.map(QualityScore::source);
    }

    public Optional<LocalDate> qualityAsOf() {
        return qualityScore.map(QualityScore::asOf);
    }

    public Basis basis() {
        return price.basis();
    }
}
