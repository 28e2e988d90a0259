package com.tcostudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.uncertainty.MonteCarlo;
import com.tcostudio.core.uncertainty.SimulationResult;
import com.tcostudio.io.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimulateCommandTest {
    private static final double EXACT = 0;
    private static final String SCENARIO = "/golden/rent-share-uncertain.scenario.json";
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return TcoCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private static Path copy(Path dir) throws Exception {
        Path file = dir.resolve("uncertain.json");
        try (InputStream in = SimulateCommandTest.class.getResourceAsStream(SCENARIO)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void theJsonBandsAreTheRunsBandsToTheBit(@TempDir Path dir) throws Exception {
        Path file = copy(dir);
        assertEquals(0, run("simulate", file.toString(), "--samples", "700", "--seed", "3"));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        Scenario s = new ScenarioReader(CatalogueLookup.NONE).read(Files.readAllBytes(file), file.toString());
        SimulationResult r = MonteCarlo.run(s, 700, 3);
        for (Setup setup : r.setups()) {
            SimulationResult.Bands b = r.bands(setup);
            JsonNode c = json.get("setups").get(setup.key()).get("cumulative");
            for (int i = 0; i < r.months(); i++) {
                assertEquals(b.mean(i), c.get("mean").get(i).asDouble(), EXACT, setup.key() + " mean " + i);
                assertEquals(b.p10(i), c.get("p10").get(i).asDouble(), EXACT);
                assertEquals(b.p50(i), c.get("p50").get(i).asDouble(), EXACT);
                assertEquals(b.p90(i), c.get("p90").get(i).asDouble(), EXACT);
            }
        }
    }

    @Test
    void samplesThatCannotFitAreRefusedInOneLine(@TempDir Path dir) throws Exception {
        Path file = copy(dir);
        assertEquals(TcoCli.EXIT_BAD_INPUT, run("simulate", file.toString(), "--samples", "2000000000"));
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("2,000,000,000 samples need about 231.0 GB of memory and only "), message);
        assertTrue(message.contains("use at most"), message);
        assertFalse(message.contains("Exception"), message);
        assertEquals("", out.toString());
    }
}
