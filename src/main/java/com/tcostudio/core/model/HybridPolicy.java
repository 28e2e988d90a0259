package com.tcostudio.core.model;

import java.util.Arrays;
import java.util.Optional;

/** How a hybrid setup splits traffic between the self-hosted fleet and the API. */
public enum HybridPolicy {
    /** The scenario has no hybrid part. */
    NONE("none"),
    /** A fixed share of all tokens is self-hosted. */
    SHARE("share"),
    /** A fixed fleet takes what it can; the rest spills to the API. */
    SPILLOVER("spillover");

    private final String label;

    HybridPolicy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Policies that can be written in a file ({@code none} is the absence of the section). */
    public static Optional<HybridPolicy> fromLabel(String label) {
        return Arrays.stream(values()).filter(p -> p != NONE && p.label.equals(label)).findFirst();
    }
}
