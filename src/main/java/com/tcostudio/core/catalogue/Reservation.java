package com.tcostudio.core.catalogue;

/**
 * A reserved term a GPU provider quotes (METHODOLOGY-V2, "Contracts", reserved GPUs): the GPU-hour
 * price locked for {@code termMonths}, of which {@code upfrontShare} is paid at the start of the term.
 */
public record Reservation(int termMonths, double gpuHourly, double upfrontShare) {
    public Reservation {
        Checks.atLeast("termMonths", termMonths, 1);
        Checks.atLeast("gpuHourly", gpuHourly, 0);
        Checks.share("upfrontShare", upfrontShare);
    }
}
