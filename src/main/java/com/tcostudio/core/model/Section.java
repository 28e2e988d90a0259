package com.tcostudio.core.model;

/** Where an input lives in the scenario, and so when it applies. */
public enum Section {
    SCENARIO, FINANCE, WORKLOAD, CLOSED, OPEN,
    /** open.hosting when mode is rent */
    RENT,
    /** open.hosting when mode is own */
    OWN,
    /** hybrid when policy is share */
    HYBRID_SHARE,
    /** hybrid when policy is spillover */
    HYBRID_SPILLOVER
}
