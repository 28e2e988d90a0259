package com.tcostudio.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tcostudio.core.catalogue.Basis;
import com.tcostudio.core.compare.VendorComparison;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.uncertainty.Sensitivity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON of sensitivity, what-if and compare, written in io.json like evaluate and simulate. */
class CommandJsonTest {
    private static final double EXACT = 0;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void sensitivityWritesEveryBarAndNullForNoBreakEven() throws Exception {
        Sensitivity.Result r = new Sensitivity.Result(-1500, List.of(
                new Sensitivity.Bar(Input.GPU_HOURLY, 1.8, 4, -3000, 2500, 11.5, Double.NaN)));
        JsonNode json = MAPPER.readTree(SensitivityJson.toJson(r));
        assertEquals(-1500, json.get("baseDelta").asDouble(), EXACT);
        JsonNode bar = json.get("inputs").get(0);
        assertEquals("open.hosting.gpuHourly", bar.get("path").asText());
        assertEquals(1.8, bar.get("low").asDouble(), EXACT);
        assertEquals(4, bar.get("high").asDouble(), EXACT);
        assertEquals(-3000, bar.get("deltaAtLow").asDouble(), EXACT);
        assertEquals(2500, bar.get("deltaAtHigh").asDouble(), EXACT);
        assertEquals(11.5, bar.get("breakEvenAtLow").asDouble(), EXACT);
        assertTrue(bar.get("breakEvenAtHigh").isNull());
    }

    @Test
    void whatIfWritesTheValueAndTheCurve() throws Exception {
        JsonNode json = MAPPER.readTree(WhatIfJson.toJson(Input.GPU_HOURLY, 1, 3, OptionalDouble.of(2.25),
                new double[][]{{1, -100}, {3, 60}}));
        assertEquals("open.hosting.gpuHourly", json.get("input").asText());
        assertEquals(2.25, json.get("value").asDouble(), EXACT);
        assertEquals(2, json.get("curve").size());
        assertEquals(60, json.get("curve").get(1).get("delta").asDouble(), EXACT);
        JsonNode none = MAPPER.readTree(WhatIfJson.toJson(Input.GPU_HOURLY, 1, 3, OptionalDouble.empty(), new double[0][]));
        assertTrue(none.get("value").isNull());
    }

    @Test
    void comparisonWritesTheProblemOnlyOfAnUnusableOption() throws Exception {
        VendorComparison.Option ok = new VendorComparison.Option("acme/model", VendorComparison.Kind.CLOSED, "Acme Model",
                1000, 900, 2.5, 10, 20, List.of("EU"), LocalDate.of(2026, 7, 24), null, 128_000, null, "acme/model",
                null, null, null, Double.NaN, 1250, Basis.QUOTED, false);
        VendorComparison.Option broken = new VendorComparison.Option("acme/big", VendorComparison.Kind.CLOSED, "Acme Big",
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, List.of(), LocalDate.of(2026, 7, 24), null,
                0, "context window too small", "acme/big", null, null, null, Double.NaN, Double.NaN, Basis.ESTIMATED, false);
        JsonNode json = MAPPER.readTree(ComparisonJson.toJson(List.of(ok, broken)));
        assertEquals(2, json.size());
        assertEquals("closed", json.get(0).get("kind").asText());
        assertEquals(1000, json.get(0).get("tco").asDouble(), EXACT);
        assertTrue(json.get(0).get("breakEvenMonth").isNull());
        assertEquals("EU", json.get(0).get("residency").get(0).asText());
        assertFalse(json.get(0).has("problem"));
        assertEquals(1250, json.get(0).get("quality").asDouble(), EXACT);
        assertEquals(1000.0 / 1250, json.get(0).get("costPerQualityPoint").asDouble(), EXACT);
        assertEquals("quoted", json.get(0).get("basis").asText());
        assertTrue(json.get(1).get("quality").isNull());
        assertTrue(json.get(1).get("tco").isNull());
        assertEquals("context window too small", json.get(1).get("problem").asText());
    }
}
