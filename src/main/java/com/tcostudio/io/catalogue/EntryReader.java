package com.tcostudio.io.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.tcostudio.core.catalogue.ApiModel;
import com.tcostudio.core.catalogue.GpuOffer;
import com.tcostudio.core.catalogue.GpuPricing;
import com.tcostudio.core.catalogue.GpuType;
import com.tcostudio.core.catalogue.InvalidCatalogueEntryException;
import com.tcostudio.core.catalogue.PriceSource;
import com.tcostudio.core.catalogue.ServingProfile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Builds records from entries that passed their JSON Schema. The schema has already checked
 * presence and types; what remains is what a schema cannot say (a whole number too large for the
 * model, a date such as 2026-02-30 on validators without format checks) and the records' own
 * rules, all reported as {@link InvalidCatalogueEntryException} naming the field.
 */
final class EntryReader {
    private EntryReader() {
    }

    static ApiModel apiModel(JsonNode e) {
        return new ApiModel(text(e, "id"), text(e, "provider"), text(e, "name"),
                number(e, "inputPerMTok"), number(e, "outputPerMTok"), optionalNumber(e, "cachedInputPerMTok"),
                e.has("batchDiscount") ? number(e, "batchDiscount") : 0,
                optionalInt(e, "contextWindow"), regions(e), e.path("openWeights").asBoolean(false), price(e));
    }

    static GpuOffer gpuOffer(JsonNode e) {
        return new GpuOffer(text(e, "id"), text(e, "provider"), optionalText(e, "instance"), gpu(e),
                number(e, "gpuMemoryGb"), pricing(e), optionalNumber(e, "hourlyPerGpu"),
                optionalNumber(e, "capexPerGpu"), number(e, "powerWattsPerGpu"), optionalInt(e, "depreciationMonths"),
                regions(e), price(e));
    }

    static ServingProfile servingProfile(JsonNode e) {
        OptionalInt gpus = optionalInt(e, "gpusPerReplica");
        if (gpus.isEmpty()) {
            throw new InvalidCatalogueEntryException("gpusPerReplica", "is required");
        }
        return new ServingProfile(text(e, "id"), text(e, "model"), optionalText(e, "modelFamily"), gpu(e),
                text(e, "engine"), text(e, "precision"), gpus.getAsInt(), number(e, "prefillTokensPerSecond"),
                number(e, "decodeTokensPerSecond"), optionalNumber(e, "weightsGb"), optionalInt(e, "contextWindow"),
                text(e, "licence"), price(e));
    }

    private static PriceSource price(JsonNode e) {
        String asOf = text(e, "asOf");
        LocalDate date;
        try {
            date = LocalDate.parse(asOf);
        } catch (DateTimeParseException ex) {
            throw new InvalidCatalogueEntryException("asOf", "must be a real date written YYYY-MM-DD (was \"" + asOf + "\")");
        }
        return new PriceSource(date, text(e, "source"), optionalText(e, "notes"));
    }

    private static GpuType gpu(JsonNode e) {
        String label = text(e, "gpu");
        return GpuType.fromLabel(label).orElseThrow(() -> new InvalidCatalogueEntryException("gpu",
                "is not a GPU type the catalogue knows (was \"" + label + "\")"));
    }

    private static GpuPricing pricing(JsonNode e) {
        String label = text(e, "pricing");
        return GpuPricing.fromLabel(label).orElseThrow(() -> new InvalidCatalogueEntryException("pricing",
                "is not a pricing term the catalogue knows (was \"" + label + "\")"));
    }

    private static List<String> regions(JsonNode e) {
        List<String> regions = new ArrayList<>();
        for (JsonNode region : e.path("regions")) {
            regions.add(region.asText());
        }
        return regions;
    }

    private static String text(JsonNode e, String field) {
        JsonNode n = e.get(field);
        if (n == null || !n.isTextual()) {
            throw new InvalidCatalogueEntryException(field, "must be text (was " + SchemaViolations.describe(n) + ")");
        }
        return n.textValue();
    }

    private static String optionalText(JsonNode e, String field) {
        return e.has(field) ? text(e, field) : "";
    }

    private static double number(JsonNode e, String field) {
        JsonNode n = e.get(field);
        if (n == null || !n.isNumber()) {
            throw new InvalidCatalogueEntryException(field, "must be a number (was " + SchemaViolations.describe(n) + ")");
        }
        return n.doubleValue();
    }

    private static OptionalDouble optionalNumber(JsonNode e, String field) {
        return e.has(field) ? OptionalDouble.of(number(e, field)) : OptionalDouble.empty();
    }

    private static OptionalInt optionalInt(JsonNode e, String field) {
        JsonNode n = e.get(field);
        if (n == null) {
            return OptionalInt.empty();
        }
        if (!n.isNumber() || !n.canConvertToExactIntegral() || !n.canConvertToInt()) {
            throw new InvalidCatalogueEntryException(field, "must be a whole number up to " + Integer.MAX_VALUE
                    + " (was " + SchemaViolations.describe(n) + ")");
        }
        return OptionalInt.of(n.intValue());
    }
}
