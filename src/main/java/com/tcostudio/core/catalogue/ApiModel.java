package com.tcostudio.core.catalogue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A commercial API model and its list prices, one entry of {@code api-models.json}. Prices are in
 * USD per 1,000,000 tokens.
 *
 * @param id                 catalogue id, {@code provider/model} in lower case
 * @param cachedInputPerMTok price of a prompt-cache read; empty when the provider has no cache discount
 * @param batchDiscount      share taken off by the batch API (0.5 = half price); 0 when there is none
 * @param contextWindow      maximum input tokens; empty when not published
 * @param regions            where the provider processes and keeps the data (ISO country codes, EU or
 *                           global); empty when not published
 * @param openWeights        true when the same model's weights are published, so self-hosting it is an option
 */
public record ApiModel(String id, String provider, String name, double inputPerMTok, double outputPerMTok,
                       OptionalDouble cachedInputPerMTok, double batchDiscount, OptionalInt contextWindow,
                       List<String> regions, boolean openWeights, PriceSource price) {
    public ApiModel {
        Checks.id("id", id);
        Checks.text("provider", provider);
        Checks.text("name", name);
        Checks.atLeast("inputPerMTok", inputPerMTok, 0);
        Checks.atLeast("outputPerMTok", outputPerMTok, 0);
        Checks.atLeast("cachedInputPerMTok", cachedInputPerMTok, 0);
        Checks.share("batchDiscount", batchDiscount);
        Checks.atLeast("contextWindow", contextWindow, 1);
        regions = Checks.regions("regions", regions);
        Checks.notNull("price", price);
    }
}
