package com.tcostudio.core.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** How a GPU offer is paid: rented by the hour on some term, or bought outright. */
public enum GpuPricing {
    ON_DEMAND("on-demand"),
    RESERVED_1Y("reserved-1y"),
    RESERVED_3Y("reserved-3y"),
    SPOT("spot"),
    /** Bought: priced by capex per GPU and depreciated; has no hourly price. */
    PURCHASE("purchase");

    private final String label;

    GpuPricing(String label) {
        this.label = label;
    }

    /** The name used in catalogue files, e.g. {@code reserved-1y}. */
    public String label() {
        return label;
    }

    public boolean isPurchase() {
        return this == PURCHASE;
    }

    public static Optional<GpuPricing> fromLabel(String label) {
        return Arrays.stream(values()).filter(p -> p.label.equals(label)).findFirst();
    }
}
