package com.tcostudio.core.model;

import java.util.Arrays;
import java.util.Optional;

/** How self-hosted GPUs are paid for. */
public enum HostingMode {
    /** Cloud GPUs billed by the hour, always on. */
    RENT("rent"),
    /** Bought GPUs, depreciated, never sold within the horizon. */
    OWN("own");

    private final String label;

    HostingMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<HostingMode> fromLabel(String label) {
        return Arrays.stream(values()).filter(m -> m.label.equals(label)).findFirst();
    }
}
