package com.tcostudio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.io.json.EvaluationJson;
import com.tcostudio.io.scenario.ScenarioReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;

import static com.tcostudio.support.JsonAssert.assertJsonClose;

/**
 * Full scenarios against the output of an independent reference implementation of
 * METHODOLOGY.md ({@code src/test/python/reference_model.py}, naive loops and a step-by-step
 * volume search), which produced the {@code *.expected.json} files.
 */
class GoldenScenariosTest {
    /** Two implementations summing in different orders agree to about 1e-13; money to the micro-unit. */
    private static final double REL_TOL = 1e-9;
    private static final double ABS_TOL = 1e-6;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"rent-share", "own-cash-spillover", "own-accrual", "rent-120-spillover",
            "edge-no-tokens", "own-cash-short-depreciation"})
    void evaluateMatchesTheReferenceImplementation(String name) throws Exception {
        Scenario scenario;
        try (InputStream in = getClass().getResourceAsStream("/golden/" + name + ".scenario.json")) {
            scenario = new ScenarioReader(CatalogueLookup.NONE).read(in.readAllBytes(), name);
        }
        JsonNode actual = MAPPER.readTree(EvaluationJson.toJson(CostEngine.DEFAULT.evaluate(scenario)));
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream("/golden/" + name + ".expected.json")) {
            expected = MAPPER.readTree(in);
        }
        assertJsonClose(expected, actual, REL_TOL, ABS_TOL);
    }
}
