package com.tcostudio.core.catalogue;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a catalogue figure was obtained, so that a reader can tell a price read off a provider's page
 * from one computed or guessed. A derived or estimated figure carries its rule in
 * {@link PriceSource#basisNote()}.
 */
public enum Basis {
    /** Read as published by the source (a price list, a measured benchmark table). */
    QUOTED("quoted"),
    /** Computed from quoted figures by a stated rule (reserved = on-demand x 0.65, prefill = 2 x decode). */
    DERIVED("derived"),
    /** A judgement where no figure was published (a capex from a server quote, a throughput scaled by size). */
    ESTIMATED("estimated");

    private final String label;

    Basis(String label) {
        this.label = label;
    }

    /** The word used in catalogue files and shown to the user, e.g. {@code derived}. */
    public String label() {
        return label;
    }

    public static Optional<Basis> fromLabel(String label) {
        return Arrays.stream(values()).filter(b -> b.label.equals(label)).findFirst();
    }

    /** "quoted, derived, estimated", for messages. */
    public static String labels() {
        return Arrays.stream(values()).map(Basis::label).collect(Collectors.joining(", "));
    }
}
