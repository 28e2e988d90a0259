package com.tcostudio.core.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * Typical figures (USD where money; see each input's help) for the inputs a hosting mode or hybrid
 * policy needs but a scenario may never have had, e.g. when the editor switches to owned GPUs or a
 * vendor ranking costs a purchase offer. One place, so every caller fills the same numbers.
 */
public final class TypicalValues {
    private static final Map<Input, Double> USD = new EnumMap<>(Input.class);

    static {
        USD.put(Input.GPU_HOURLY, 2.95);
        USD.put(Input.CAPEX_PER_GPU, 35_000.0);
        USD.put(Input.DEPRECIATION_MONTHS, 48.0);
        USD.put(Input.RESIDUAL_SHARE, 0.1);
        USD.put(Input.MAINTENANCE_PER_YEAR, 0.05);
        USD.put(Input.POWER_WATTS_PER_GPU, 700.0);
        USD.put(Input.PUE, 1.3);
        USD.put(Input.ENERGY_PER_KWH, 0.12);
        USD.put(Input.COLOCATION_PER_GPU_MONTH, 150.0);
        USD.put(Input.SELF_HOSTED_SHARE, 0.5);
        USD.put(Input.SELF_HOSTED_REPLICAS, 2.0);
    }

    private TypicalValues() {
    }

    /** Sets every input that has no value to its typical figure, money converted with the scenario's perUsd. */
    public static Scenario.Builder fillMissing(Scenario.Builder b, double perUsd) {
        for (Map.Entry<Input, Double> e : USD.entrySet()) {
            Input input = e.getKey();
            if (Double.isNaN(b.get(input))) {
                b.set(input, input.unit().isMoney() ? e.getValue() * perUsd : e.getValue());
            }
        }
        return b;
    }
}
