package com.tcostudio.io.catalogue;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The three kinds of catalogue file, as named by their {@code kind} field. */
public enum CatalogueKind {
    API_MODELS("api-models", "models"),
    GPU_OFFERS("gpu-offers", "offers"),
    SERVING_PROFILES("serving-profiles", "profiles");

    private final String label;
    private final String entriesField;

    CatalogueKind(String label, String entriesField) {
        this.label = label;
        this.entriesField = entriesField;
    }

    /** The value of the {@code kind} field, e.g. {@code gpu-offers}. */
    public String label() {
        return label;
    }

    /** The top-level field holding the list of entries, e.g. {@code offers}. */
    public String entriesField() {
        return entriesField;
    }

    /** The name of the shipped file of this kind, e.g. {@code gpu-offers.json}. */
    public String fileName() {
        return label + ".json";
    }

    /** Classpath resource of the JSON Schema files of this kind are validated against. */
    public String schemaResource() {
        return "pricing-data/schemas/" + label + ".schema.json";
    }

    public static Optional<CatalogueKind> fromLabel(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
    }

    /** "api-models, gpu-offers, serving-profiles", for messages. */
    static String labels() {
        return Arrays.stream(values()).map(CatalogueKind::label).collect(Collectors.joining(", "));
    }
}
