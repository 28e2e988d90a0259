package com.tcostudio.io.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.tcostudio.core.catalogue.ApiModel;
import com.tcostudio.core.catalogue.Basis;
import com.tcostudio.core.catalogue.CommittedCapacity;
import com.tcostudio.core.catalogue.MeasuredPoint;
import com.tcostudio.core.catalogue.Migration;
import com.tcostudio.core.catalogue.QualityScore;
import com.tcostudio.core.catalogue.Reservation;
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
import java.util.Optional;
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
        boolean onRequest = e.path("priceOnRequest").asBoolean(false);
        double input;
        double output;
        if (onRequest) {
            for (String field : List.of("inputPerMTok", "outputPerMTok", "cachedInputPerMTok")) {
                if (e.has(field)) {
                    throw new InvalidCatalogueEntryException(field, "must be left out when priceOnRequest is true (was "
                            + SchemaViolations.describe(e.get(field)) + ")");
                }
            }
            input = Double.NaN;
            output = Double.NaN;
        } else {
            input = required(e, "inputPerMTok");
            output = required(e, "outputPerMTok");
        }
        Optional<CommittedCapacity> committed = e.has("committed")
                ? Optional.of(new CommittedCapacity(number(e.get("committed"), "tokensPerMinute"),
                number(e.get("committed"), "feePerMonth"))) : Optional.empty();
        Optional<Migration> migration = e.has("migration")
                ? Optional.of(new Migration(optionalInt(e.get("migration"), "everyMonths").orElseThrow(() ->
                new InvalidCatalogueEntryException("migration.everyMonths", "is required")))) : Optional.empty();
        return new ApiModel(text(e, "id"), text(e, "provider"), text(e, "name"), input, output,
                optionalNumber(e, "cachedInputPerMTok"), e.has("batchDiscount") ? number(e, "batchDiscount") : 0,
                optionalInt(e, "contextWindow"), regions(e), e.path("openWeights").asBoolean(false), price(e),
                e.has("weights") ? Optional.of(text(e, "weights")) : Optional.empty(), quality(e), onRequest,
                optionalDate(e, "retirementDate"), committed, migration);
    }

    static GpuOffer gpuOffer(JsonNode e) {
        List<Reservation> reservations = new ArrayList<>();
        for (JsonNode r : e.path("reservations")) {
            reservations.add(new Reservation(optionalInt(r, "termMonths").orElseThrow(() ->
                    new InvalidCatalogueEntryException("reservations.termMonths", "is required")),
                    number(r, "gpuHourly"), number(r, "upfrontShare")));
        }
        return new GpuOffer(text(e, "id"), text(e, "provider"), optionalText(e, "instance"), gpu(e),
                number(e, "gpuMemoryGb"), pricing(e), optionalNumber(e, "hourlyPerGpu"),
                optionalNumber(e, "capexPerGpu"), number(e, "powerWattsPerGpu"), optionalInt(e, "depreciationMonths"),
                regions(e), price(e), reservations, optionalNumber(e, "networkingShare"),
                optionalNumber(e, "installationShare"));
    }

    static ServingProfile servingProfile(JsonNode e) {
        OptionalInt gpus = optionalInt(e, "gpusPerReplica");
        if (gpus.isEmpty()) {
            throw new InvalidCatalogueEntryException("gpusPerReplica", "is required");
        }
        return new ServingProfile(text(e, "id"), text(e, "model"), optionalText(e, "modelFamily"), gpu(e),
                text(e, "engine"), text(e, "precision"), gpus.getAsInt(), number(e, "prefillTokensPerSecond"),
                number(e, "decodeTokensPerSecond"), optionalNumber(e, "weightsGb"), optionalInt(e, "contextWindow"),
                text(e, "licence"), price(e), operatingPoints(e),
                e.has("operatingPointsSource") ? Optional.of(text(e, "operatingPointsSource")) : Optional.empty(),
                quality(e));
    }

    private static List<MeasuredPoint> operatingPoints(JsonNode e) {
        List<MeasuredPoint> points = new ArrayList<>();
        JsonNode list = e.path("operatingPoints");
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            String at = "operatingPoints[" + i + "]";
            try {
                points.add(new MeasuredPoint(number(p, "outputTokensPerSecondPerUser"), number(p, "prefillTokensPerSecond"),
                        number(p, "decodeTokensPerSecond"), number(p, "timeToFirstTokenSeconds")));
            } catch (InvalidCatalogueEntryException ex) {
                throw new InvalidCatalogueEntryException(at + "." + ex.field(), ex.rule());
            }
        }
        return points;
    }

    /** The quality score with its date and source; the three come together or not at all. */
    private static Optional<QualityScore> quality(JsonNode e) {
        boolean any = e.has("quality") || e.has("qualitySource") || e.has("qualityAsOf");
        if (!any) {
            return Optional.empty();
        }
        for (String field : List.of("quality", "qualitySource", "qualityAsOf")) {
            if (!e.has(field)) {
                throw new InvalidCatalogueEntryException(field, "is required with a quality score: score, source and "
                        + "date come together (a score is never shown without where and when it was published)");
            }
        }
        return Optional.of(new QualityScore(number(e, "quality"), text(e, "qualitySource"),
                optionalDate(e, "qualityAsOf").orElseThrow()));
    }

    private static PriceSource price(JsonNode e) {
        String asOf = text(e, "asOf");
        LocalDate date;
        try {
            date = LocalDate.parse(asOf);
        } catch (DateTimeParseException ex) {
            throw new InvalidCatalogueEntryException("asOf", "must be a real date written YYYY-MM-DD (was \"" + asOf + "\")");
        }
        Basis basis = Basis.QUOTED;
        if (e.has("basis")) {
            String label = text(e, "basis");
            basis = Basis.fromLabel(label).orElseThrow(() -> new InvalidCatalogueEntryException("basis",
                    "must be one of " + Basis.labels() + " (was \"" + label + "\")"));
        }
        return new PriceSource(date, text(e, "source"), optionalText(e, "notes"), basis, optionalText(e, "basisNote"));
    }

    private static Optional<LocalDate> optionalDate(JsonNode e, String field) {
        if (!e.has(field)) {
            return Optional.empty();
        }
        String value = text(e, field);
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException ex) {
            throw new InvalidCatalogueEntryException(field, "must be a real date written YYYY-MM-DD (was \"" + value + "\")");
        }
    }

    private static double required(JsonNode e, String field) {
        if (!e.has(field)) {
            throw new InvalidCatalogueEntryException(field, "is required unless priceOnRequest is true");
        }
        return number(e, field);
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
