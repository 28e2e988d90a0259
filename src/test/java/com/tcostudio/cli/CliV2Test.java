package com.tcostudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line on version 2 files (portfolios) and the version 2 output of version 1 files. */
class CliV2Test {
    /** v1 and migrated v2 numbers of one scenario agree to this relative gap (the contract's 1e-9). */
    private static final double MIGRATION_TOL = 1e-9;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return TcoCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private static Path copy(String resource, Path dir) throws Exception {
        Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = CliV2Test.class.getResourceAsStream(resource)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void evaluateOfAPortfolioPrintsTheVersionTwoOutput() throws Exception {
        assertEquals(0, run("evaluate", "docs/examples/portfolio-uae-three-use-cases.json"), err.toString());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(2, json.get("schemaVersion").asInt());
        assertEquals(36, json.get("months").size());
        List<String> plans = new ArrayList<>();
        json.get("plans").fieldNames().forEachRemaining(plans::add);
        assertEquals(List.of("all-api", "shared-fleet", "spillover"), plans);
        // three plans: pairs (1,2), (1,3), (2,3)
        assertEquals(3, json.get("breakEven").size());
        assertEquals("shared-fleet", json.get("breakEven").get(0).get("a").asText());
        assertEquals("all-api", json.get("breakEven").get(0).get("b").asText());
        JsonNode shared = json.get("plans").get("shared-fleet");
        assertTrue(shared.get("deployments").has("gpt-oss-h100"));
        assertEquals(15, shared.get("categories").size());
        assertEquals("", err.toString());
    }

    @Test
    void evaluateOfAVersionOneFileStillPrintsVersionOne(@TempDir Path dir) throws Exception {
        Path file = copy("/golden/rent-share.scenario.json", dir);
        assertEquals(0, run("evaluate", file.toString()));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertFalse(json.has("schemaVersion"));
        assertTrue(json.get("setups").has("hybrid"));
        assertEquals(13, json.get("setups").get("closed").get("categories").size());
    }

    @Test
    void evaluateV2OfAVersionOneFileGivesItsMigratedPlansWithVersionOnesNumbers(@TempDir Path dir) throws Exception {
        Path file = copy("/golden/rent-share.scenario.json", dir);
        assertEquals(0, run("evaluate", file.toString()));
        JsonNode v1 = new ObjectMapper().readTree(out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("evaluate", "--v2", file.toString()));
        JsonNode v2 = new ObjectMapper().readTree(out.toString());
        for (String setup : List.of("closed", "open", "hybrid")) {
            double a = v1.get("setups").get(setup).get("tco").asDouble();
            double b = v2.get("plans").get(setup).get("tco").asDouble();
            assertEquals(a, b, MIGRATION_TOL * Math.abs(a), setup);
        }
    }

    @Test
    void evaluateCsvOfAPortfolioHasOneRowPerPlanAndMonthAndByWorkloadPerUseCase() throws Exception {
        assertEquals(0, run("evaluate", "--csv", "docs/examples/portfolio-uae-three-use-cases.json"), err.toString());
        String[] lines = out.toString().split("\n");
        assertEquals(1 + 3 * 36, lines.length);
        assertTrue(lines[1].startsWith("all-api,1,"), lines[1]);
        out.getBuffer().setLength(0);
        assertEquals(0, run("evaluate", "--csv", "--by-workload", "docs/examples/portfolio-uae-three-use-cases.json"));
        String[] rows = out.toString().split("\n");
        assertEquals(1 + 3 * 3 * 36, rows.length);
        assertTrue(rows[1].startsWith("all-api,support,1,"), rows[1]);
    }

    @Test
    void byWorkloadWithoutCsvIsRefusedInOneLine() {
        assertEquals(TcoCli.EXIT_BAD_INPUT, run("evaluate", "--by-workload", "docs/examples/portfolio-uae-three-use-cases.json"));
        assertEquals("--by-workload: applies to the CSV output; add --csv", err.toString().strip());
    }

    @Test
    void aBrokenPortfolioExitsWithTwoAndOneLineNamingFilePathAndRule(@TempDir Path dir) throws Exception {
        Path file = copy("/scenarios/invalid-v2/overflow-committed-api.json", dir);
        assertEquals(TcoCli.EXIT_BAD_INPUT, run("evaluate", file.toString()));
        String message = err.toString().strip();
        assertFalse(message.contains("\n"), message);
        assertTrue(message.startsWith(file + ": plans[1].routes[2].overflow: must name an API without committed capacity"),
                message);
    }

    @Test
    void aCommandForVersionOneScenariosExplainsThatItIsGivenAPortfolio() {
        assertEquals(TcoCli.EXIT_BAD_INPUT, run("compare", "docs/examples/portfolio-uae-three-use-cases.json"));
        assertTrue(err.toString().contains("schemaVersion: is 2 (a portfolio); compare works on version 1 scenarios"),
                err.toString());
    }

    @Test
    void reportOfAPortfolioWritesThePortfolioPdfAndWorkbook(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("r.pdf");
        Path xlsx = dir.resolve("r.xlsx");
        assertEquals(0, run("report", "docs/examples/portfolio-uae-three-use-cases.json", "--pdf", pdf.toString(),
                "--xlsx", xlsx.toString()), err.toString());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String first = new org.apache.pdfbox.text.PDFTextStripper() {{ setEndPage(1); }}.getText(doc);
            assertTrue(first.replaceAll("\\s+", " ").contains("Recommended: Everything on the APIs"), first);
        }
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(xlsx.toFile())) {
            assertEquals("Plans", wb.getFirstSheet().getName());
        }
    }

    @Test
    void vendorRankingIsRefusedOnAPortfolioInWords(@TempDir Path dir) throws Exception {
        assertEquals(2, run("report", "docs/examples/portfolio-uae-three-use-cases.json", "--vendors", "--pdf",
                dir.resolve("r.pdf").toString()));
        assertTrue(err.toString().contains("--vendors ranks options for one workload; this file is a portfolio"), err.toString());
        assertFalse(err.toString().contains("Exception"));
    }
}
