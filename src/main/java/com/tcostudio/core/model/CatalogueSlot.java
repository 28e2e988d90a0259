package com.tcostudio.core.model;

import java.util.List;

/** The three places where a scenario can name a catalogue entry, and the inputs each one fills. */
public enum CatalogueSlot {
    API_MODEL("closed.apiModel", List.of(Input.INPUT_PER_MTOK, Input.OUTPUT_PER_MTOK, Input.CACHED_INPUT_PER_MTOK,
            Input.BATCH_DISCOUNT)),
    SERVING_PROFILE("open.servingProfile", List.of(Input.GPUS_PER_REPLICA, Input.PREFILL_TOKENS_PER_SECOND,
            Input.DECODE_TOKENS_PER_SECOND)),
    /** Fills the hourly price of a rental offer, or purchase price, power and depreciation of a purchase. */
    GPU_OFFER("open.hosting.gpuOffer", List.of(Input.GPU_HOURLY, Input.CAPEX_PER_GPU, Input.POWER_WATTS_PER_GPU,
            Input.DEPRECIATION_MONTHS));

    private final String path;
    private final List<Input> fills;

    CatalogueSlot(String path, List<Input> fills) {
        this.path = path;
        this.fills = fills;
    }

    /** Dotted path of the id field, e.g. {@code closed.apiModel}. */
    public String path() {
        return path;
    }

    /** Path of the sibling field recording the as-of date of the resolved prices. */
    public String asOfPath() {
        return path + "AsOf";
    }

    public List<Input> fills() {
        return fills;
    }
}
