package com.tcostudio.io.catalogue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tcostudio.core.catalogue.ApiModel;
import com.tcostudio.core.catalogue.GpuOffer;
import com.tcostudio.core.catalogue.MeasuredPoint;
import com.tcostudio.core.catalogue.PriceSource;
import com.tcostudio.core.catalogue.QualityScore;
import com.tcostudio.core.catalogue.ServingProfile;
import com.tcostudio.io.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes catalogue files in the format {@link CatalogueLoader} reads, valid against their JSON
 * Schemas, in the schemas' field order. Optional fields are written only when they have a value
 * ({@code regions}, {@code batchDiscount} and {@code openWeights} always, so a reader sees that
 * "none" was meant). Numbers are written in plain decimal with the fewest digits that read back
 * as the same double (0.3, not 0.29999999999999999 or 3.0E-1), so files diff cleanly.
 *
 * <p>The {@code write...} methods save atomically (see {@link AtomicFiles}): a crash during the save
 * leaves the previous file as it was, never half a file.
 */
public final class CatalogueWriter {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * The text of an {@code api-models} file.
     *
     * @param description what the file holds and where it came from; empty for none
     * @throws IllegalArgumentException when two models share an id (the loader would skip one)
     */
    public String apiModelsJson(List<ApiModel> models, String description) {
        ObjectNode root = header(CatalogueKind.API_MODELS, description);
        ArrayNode list = root.putArray(CatalogueKind.API_MODELS.entriesField());
        requireUniqueIds(models, ApiModel::id);
        for (ApiModel m : models) {
            ObjectNode n = list.addObject();
            n.put("id", m.id());
            n.put("provider", m.provider());
            n.put("name", m.name());
            if (m.priceOnRequest()) {
                n.put("priceOnRequest", true);
            } else {
                put(n, "inputPerMTok", m.inputPerMTok());
                put(n, "outputPerMTok", m.outputPerMTok());
            }
            m.cachedInputPerMTok().ifPresent(v -> put(n, "cachedInputPerMTok", v));
            put(n, "batchDiscount", m.batchDiscount());
            m.contextWindow().ifPresent(v -> n.put("contextWindow", v));
            regions(n, m.regions());
            n.put("openWeights", m.openWeights());
            m.weights().ifPresent(w -> n.put("weights", w));
            m.retirementDate().ifPresent(d -> n.put("retirementDate", d.toString()));
            price(n, m.price());
            quality(n, m.qualityScore());
        }
        return text(root);
    }

    /** The text of a {@code gpu-offers} file; see {@link #apiModelsJson}. */
    public String gpuOffersJson(List<GpuOffer> offers, String description) {
        ObjectNode root = header(CatalogueKind.GPU_OFFERS, description);
        ArrayNode list = root.putArray(CatalogueKind.GPU_OFFERS.entriesField());
        requireUniqueIds(offers, GpuOffer::id);
        for (GpuOffer o : offers) {
            ObjectNode n = list.addObject();
            n.put("id", o.id());
            n.put("provider", o.provider());
            if (!o.instance().isEmpty()) {
                n.put("instance", o.instance());
            }
            n.put("gpu", o.gpu().label());
            put(n, "gpuMemoryGb", o.gpuMemoryGb());
            n.put("pricing", o.pricing().label());
            o.hourlyPerGpu().ifPresent(v -> put(n, "hourlyPerGpu", v));
            o.capexPerGpu().ifPresent(v -> put(n, "capexPerGpu", v));
            put(n, "powerWattsPerGpu", o.powerWattsPerGpu());
            o.depreciationMonths().ifPresent(v -> n.put("depreciationMonths", v));
            regions(n, o.regions());
            price(n, o.price());
        }
        return text(root);
    }

    /** The text of a {@code serving-profiles} file; see {@link #apiModelsJson}. */
    public String servingProfilesJson(List<ServingProfile> profiles, String description) {
        ObjectNode root = header(CatalogueKind.SERVING_PROFILES, description);
        ArrayNode list = root.putArray(CatalogueKind.SERVING_PROFILES.entriesField());
        requireUniqueIds(profiles, ServingProfile::id);
        for (ServingProfile p : profiles) {
            ObjectNode n = list.addObject();
            n.put("id", p.id());
            n.put("model", p.model());
            if (!p.modelFamily().isEmpty()) {
                n.put("modelFamily", p.modelFamily());
            }
            n.put("gpu", p.gpu().label());
            n.put("engine", p.engine());
            n.put("precision", p.precision());
            n.put("gpusPerReplica", p.gpusPerReplica());
            put(n, "prefillTokensPerSecond", p.prefillTokensPerSecond());
            put(n, "decodeTokensPerSecond", p.decodeTokensPerSecond());
            p.weightsGb().ifPresent(v -> put(n, "weightsGb", v));
            p.contextWindow().ifPresent(v -> n.put("contextWindow", v));
            n.put("licence", p.licence());
            price(n, p.price());
            quality(n, p.qualityScore());
            if (!p.operatingPoints().isEmpty()) {
                ArrayNode points = n.putArray("operatingPoints");
                for (MeasuredPoint mp : p.operatingPoints()) {
                    ObjectNode o = points.addObject();
                    put(o, "outputTokensPerSecondPerUser", mp.outputTokensPerSecondPerUser());
                    put(o, "prefillTokensPerSecond", mp.prefillTokensPerSecond());
                    put(o, "decodeTokensPerSecond", mp.decodeTokensPerSecond());
                    put(o, "timeToFirstTokenSeconds", mp.timeToFirstTokenSeconds());
                }
                n.put("operatingPointsSource", p.operatingPointsSource().orElseThrow());
            }
        }
        return text(root);
    }

    private static void quality(ObjectNode n, java.util.Optional<QualityScore> q) {
        q.ifPresent(score -> {
            put(n, "quality", score.score());
            n.put("qualitySource", score.source());
            n.put("qualityAsOf", score.asOf().toString());
        });
    }

    /** Saves an {@code api-models} file atomically. */
    public void writeApiModels(List<ApiModel> models, String description, Path file) throws IOException {
        AtomicFiles.writeString(file, apiModelsJson(models, description));
    }

    /** Saves a {@code gpu-offers} file atomically. */
    public void writeGpuOffers(List<GpuOffer> offers, String description, Path file) throws IOException {
        AtomicFiles.writeString(file, gpuOffersJson(offers, description));
    }

    /** Saves a {@code serving-profiles} file atomically. */
    public void writeServingProfiles(List<ServingProfile> profiles, String description, Path file) throws IOException {
        AtomicFiles.writeString(file, servingProfilesJson(profiles, description));
    }

    private static ObjectNode header(CatalogueKind kind, String description) {
        Objects.requireNonNull(description, "description");
        ObjectNode root = NODES.objectNode();
        root.put("schemaVersion", CatalogueLoader.SCHEMA_VERSION);
        root.put("kind", kind.label());
        if (!description.isEmpty()) {
            root.put("description", description);
        }
        return root;
    }

    private static <T> void requireUniqueIds(List<T> entries, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        for (T entry : entries) {
            if (!seen.add(id.apply(entry))) {
                throw new IllegalArgumentException("id '" + id.apply(entry) + "' appears twice; a catalogue file "
                        + "holds each id once");
            }
        }
    }

    private static void regions(ObjectNode n, List<String> regions) {
        ArrayNode list = n.putArray("regions");
        regions.forEach(list::add);
    }

    private static void price(ObjectNode n, PriceSource price) {
        n.put("asOf", price.asOf().toString());
        n.put("source", price.source());
        n.put("basis", price.basis().label());
        if (!price.basisNote().isEmpty()) {
            n.put("basisNote", price.basisNote());
        }
        if (!price.notes().isEmpty()) {
            n.put("notes", price.notes());
        }
    }

    /** Shortest decimal that reads back as the same double; whole numbers without ".0". */
    private static void put(ObjectNode n, String field, double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        if (decimal.scale() < 0) {
            decimal = decimal.setScale(0);
        }
        n.put(field, decimal);
    }

    private static String text(ObjectNode root) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            // a tree of strings, numbers and booleans always serialises
            throw new UncheckedIOException(e);
        }
    }
}
