package com.tcostudio.core.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A commercial API model and its list prices, one entry of {@code api-models.json}. Prices are in
 * USD per 1,000,000 tokens.
 *
 * @param id                 catalogue id, {@code provider/model} in lower case
 * @param inputPerMTok       list price of input tokens; NaN exactly when {@code priceOnRequest}
 * @param outputPerMTok      list price of output tokens; NaN exactly when {@code priceOnRequest}
 * @param cachedInputPerMTok price of a prompt-cache read; empty when the provider has no cache discount
 * @param batchDiscount      share taken off by the batch API (0.5 = half price); 0 when there is none
 * @param contextWindow      maximum input tokens; empty when not published
 * @param regions            where the provider processes and keeps the data (ISO country codes, EU or
 *                           global); empty when not published
 * @param openWeights        true when the same model's weights are published, so self-hosting it is an option
 * @param weights            the open weights this API serves, equal to the {@code model} of the serving
 *                           profiles of the same weights; empty for a closed model
 * @param qualityScore       the model's score on the catalogue's quality index; empty when unrated
 * @param priceOnRequest     true when the provider publishes no price (the entry exists for its regions)
 * @param retirementDate     the day the provider retires the model, where published
 * @param committed          provisioned capacity bought by the month, where its price is public
 * @param migration          how often the provider forces a model move, where it can be sourced
 */
public record ApiModel(String id, String provider, String name, double inputPerMTok, double outputPerMTok,
                       OptionalDouble cachedInputPerMTok, double batchDiscount, OptionalInt contextWindow,
                       List<String> regions, boolean openWeights, PriceSource price, Optional<String> weights,
                       Optional<QualityScore> qualityScore, boolean priceOnRequest, Optional<LocalDate> retirementDate,
                       Optional<CommittedCapacity> committed, Optional<Migration> migration) {
    public ApiModel {
        Checks.id("id", id);
        Checks.text("provider", provider);
        Checks.text("name", name);
        if (priceOnRequest) {
            // no number is ever made up for a price the provider does not publish
            if (!Double.isNaN(inputPerMTok) || !Double.isNaN(outputPerMTok) || cachedInputPerMTok.isPresent()) {
                throw new InvalidCatalogueEntryException("priceOnRequest",
                        "an entry priced on request must leave out inputPerMTok, outputPerMTok and cachedInputPerMTok");
            }
        } else {
            Checks.atLeast("inputPerMTok", inputPerMTok, 0);
            Checks.atLeast("outputPerMTok", outputPerMTok, 0);
            Checks.atLeast("cachedInputPerMTok", cachedInputPerMTok, 0);
        }
        Checks.share("batchDiscount", batchDiscount);
        Checks.atLeast("contextWindow", contextWindow, 1);
        regions = Checks.regions("regions", regions);
        Checks.notNull("price", price);
        Checks.notNull("weights", weights);
        weights.ifPresent(w -> Checks.text("weights", w));
        Checks.notNull("quality", qualityScore);
        Checks.notNull("retirementDate", retirementDate);
        Checks.notNull("committed", committed);
        Checks.notNull("migration", migration);
    }

    /** A v1 entry: listed prices, no link to weights, unrated, no contracts. */
    public ApiModel(String id, String provider, String name, double inputPerMTok, double outputPerMTok,
                    OptionalDouble cachedInputPerMTok, double batchDiscount, OptionalInt contextWindow,
                    List<String> regions, boolean openWeights, PriceSource price) {
        this(id, provider, name, inputPerMTok, outputPerMTok, cachedInputPerMTok, batchDiscount, contextWindow,
                regions, openWeights, price, Optional.empty(), Optional.empty(), false, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** The quality index score; empty when the index does not rate this model. */
    public OptionalDouble quality() {
        return qualityScore.map(q -> OptionalDouble.of(q.score())).orElse(OptionalDouble.empty());
    }

    public Optional<String> qualitySource() {
        return qualityScore.map(QualityScore::source);
    }

    public Optional<LocalDate> qualityAsOf() {
        return qualityScore.map(QualityScore::asOf);
    }

    /** How the prices were obtained. */
    public Basis basis() {
        return price.basis();
    }
}
