package com.tcostudio.io.scenario;

import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.portfolio.Plan;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioFilesTest {
    private final ScenarioFiles files = new ScenarioFiles(CatalogueLookup.NONE);

    @Test
    void aVersionOneFileKeepsItsScenarioAndComesMigrated() throws Exception {
        LoadedScenario loaded = files.read(PortfolioReaderTest.resource("valid-rent-share.json"), "v1.json");
        assertTrue(loaded.isV1());
        assertEquals(1, loaded.schemaVersion());
        assertEquals(List.of("closed", "open", "hybrid"), loaded.portfolio().plans().stream().map(Plan::id).toList());
        assertEquals(loaded.scenario().name(), loaded.portfolio().name());
    }

    @Test
    void aVersionTwoFileIsReadAsAPortfolio() throws Exception {
        LoadedScenario loaded = files.read(PortfolioReaderTest.resource("valid-v2/portfolio.json"), "v2.json");
        assertFalse(loaded.isV1());
        assertEquals(2, loaded.schemaVersion());
        assertEquals(3, loaded.portfolio().plans().size());
    }

    @Test
    void aVersionOneFileIsRefusedWithVersionOneWords() {
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> files.read(PortfolioReaderTest.resource("invalid/share-above-one.json"), "bad.json"));
        assertEquals("workload.cachedInputShare", e.problems().get(0).path());
    }

    @Test
    void anUnknownVersionIsRefusedInWords() {
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> files.read(PortfolioReaderTest.resource("invalid-v2/schema-version-3.json"), "v3.json"));
        assertEquals("v3.json: schemaVersion: this version of TCO Studio reads schemaVersion 1 and 2 (the file has 3); "
                + "it was written by a newer TCO Studio", e.getMessage());
    }

    @Test
    void aMissingVersionIsRefusedInWords() {
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> files.read("{\"name\": \"x\"}".getBytes(StandardCharsets.UTF_8), "none.json"));
        assertEquals("none.json: schemaVersion: is required (this version of TCO Studio reads schemaVersion 1 and 2)",
                e.getMessage());
    }

    @Test
    void contentAfterTheClosingBraceIsRefusedWhateverTheVersion() throws Exception {
        byte[] v1 = PortfolioReaderTest.resource("valid-rent-share.json");
        byte[] damaged = (new String(v1, StandardCharsets.UTF_8) + "\n{\"schemaVersion\": 1}").getBytes(StandardCharsets.UTF_8);
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> files.read(damaged, "twice.json"));
        assertEquals("(file)", e.problems().get(0).path());
        assertTrue(e.getMessage().contains("something follows the end of the JSON object"), e.getMessage());
    }
}
