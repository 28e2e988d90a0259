package com.tcostudio.core.engine;

/** The three ways of running the model that a scenario compares. */
public enum Setup {
    CLOSED("closed", "Closed API"),
    OPEN("open", "Self-hosted"),
    HYBRID("hybrid", "Hybrid");

    private final String key;
    private final String label;

    Setup(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name used in JSON output. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Whether the setup runs GPUs (and so reports replicas, GPUs, utilization and idle capacity). */
    public boolean selfHosted() {
        return this != CLOSED;
    }
}
