package com.tcostudio.core.catalogue;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How fast one replica of an open-weight model runs on a given GPU with a given engine, one entry
 * of {@code serving-profiles.json}. Throughputs are per replica (all its GPUs together) when fully
 * busy; the cost model applies the target utilization itself.
 *
 * @param model          the model served, e.g. {@code Llama 3.3 70B Instruct}
 * @param modelFamily    family for grouping in the UI; empty when not given
 * @param engine         serving engine, e.g. {@code vLLM 0.11}
 * @param precision      weight precision, e.g. {@code FP8}
 * @param gpusPerReplica GPUs holding one running copy of the model
 * @param weightsGb      memory the weights take at this precision; empty when not given
 * @param contextWindow  maximum input tokens served; empty when not given
 * @param licence        the model's licence, e.g. {@code Apache-2.0}
 */
public record ServingProfile(String id, String model, String modelFamily, GpuType gpu, String engine,
                             String precision, int gpusPerReplica, double prefillTokensPerSecond,
                             double decodeTokensPerSecond, OptionalDouble weightsGb, OptionalInt contextWindow,
                             String licence, PriceSource price) {
    public ServingProfile {
        Checks.id("id", id);
        Checks.text("model", model);
        Checks.notNull("modelFamily", modelFamily);
        Checks.notNull("gpu", gpu);
        Checks.text("engine", engine);
        Checks.text("precision", precision);
        Checks.atLeast("gpusPerReplica", gpusPerReplica, 1);
        Checks.above("prefillTokensPerSecond", prefillTokensPerSecond, 0);
        Checks.above("decodeTokensPerSecond", decodeTokensPerSecond, 0);
        Checks.above("weightsGb", weightsGb, 0);
        Checks.atLeast("contextWindow", contextWindow, 1);
        Checks.text("licence", licence);
        Checks.notNull("price", price);
    }
}
