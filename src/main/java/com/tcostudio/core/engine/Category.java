package com.tcostudio.core.engine;

import java.util.List;

/**
 * Cost categories of the breakdown, in the order of the methodology: v1's 13, then version 2's
 * {@link #MIGRATION} and {@link #COMMITTED}. Every setup and plan lists every category (zeros where
 * it has none); the version 1 output lists {@link #V1}.
 */
public enum Category {
    API_USAGE("apiUsage", "API usage", Group.COMPUTE),
    API_PLATFORM("apiPlatform", "API platform fee", Group.COMPUTE),
    INTEGRATION("integration", "Integration staff", Group.STAFF),
    COMPUTE("compute", "GPU compute", Group.COMPUTE),
    POWER("power", "Power", Group.COMPUTE),
    COLOCATION("colocation", "Colocation", Group.COMPUTE),
    MAINTENANCE("maintenance", "Maintenance", Group.COMPUTE),
    /** Resale value of owned GPUs at the horizon (cash view): the only category that can be negative. */
    RESIDUAL("residual", "Residual value", Group.COMPUTE),
    OPS("ops", "Operations staff", Group.HIDDEN),
    SETUP("setup", "Setup", Group.HIDDEN),
    UPGRADES("upgrades", "Upgrades", Group.HIDDEN),
    TOOLING("tooling", "Tooling", Group.OTHER),
    OTHER("other", "Other running costs", Group.OTHER),
    /** Forced moves to a provider's new model (version 2): a one-time cost each time. */
    MIGRATION("migration", "Model migration", Group.HIDDEN),
    /** The monthly fee of committed API capacity (version 2). */
    COMMITTED("committed", "Committed API capacity", Group.COMPUTE);

    /** How categories are grouped when the hidden operational cost of self-hosting is shown. */
    public enum Group { COMPUTE, STAFF, HIDDEN, OTHER }

    private static final Category[] ALL = values();

    /**
     * The 13 categories of version 1, in order: what a version 1 evaluation lists. The two of
     * version 2 come after them, so a v1 category keeps its ordinal.
     */
    public static final List<Category> V1 = List.of(ALL).subList(0, 13);

    private final String key;
    private final String label;
    private final Group group;

    Category(String key, String label, Group group) {
        this.key = key;
        this.label = label;
        this.group = group;
    }

    /** The name used in JSON and CSV output. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Group group() {
        return group;
    }

    static Category[] all() {
        return ALL;
    }
}
