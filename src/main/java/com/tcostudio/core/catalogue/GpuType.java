package com.tcostudio.core.catalogue;

import java.util.Arrays;
import java.util.Optional;

/**
 * The GPUs the catalogue knows. A serving profile and a GPU offer fit together only when their
 * GPU types match, so the list is closed: a new GPU needs a new constant and a schema change.
 */
public enum GpuType {
    H100("H100"), H200("H200"), B200("B200"), A100("A100"), L40S("L40S"), L4("L4"), MI300X("MI300X"),
    /** Blackwell Ultra, 288 GB, in 8-GPU HGX servers. */
    B300("B300"),
    /** One GPU of a GB200 NVL72 rack (72 Blackwell GPUs, 36 Grace CPUs, one NVLink domain): priced and powered per GPU. */
    GB200("GB200"),
    /** One GPU of a GB300 NVL72 rack (Blackwell Ultra): priced and powered per GPU. */
    GB300("GB300"),
    MI325X("MI325X"), MI355X("MI355X"),
    /** RTX PRO 6000 Blackwell Server Edition, 96 GB, a PCIe card without NVLink. */
    RTX_PRO_6000("RTX PRO 6000");

    private final String label;

    GpuType(String label) {
        this.label = label;
    }

    /** The name used in catalogue files, e.g. {@code L40S}. */
    public String label() {
        return label;
    }

    /** The GPU type a catalogue file names; exact match, as the schemas' enum is case-sensitive. */
    public static Optional<GpuType> fromLabel(String label) {
        return Arrays.stream(values()).filter(g -> g.label.equals(label)).findFirst();
    }
}
