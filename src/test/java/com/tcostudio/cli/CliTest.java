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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return TcoCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private static Path copy(String resource, Path dir) throws Exception {
        Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = CliTest.class.getResourceAsStream(resource)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void evaluatePrintsTheEvaluateJson(@TempDir Path dir) throws Exception {
        Path file = copy("/golden/rent-share.scenario.json", dir);
        assertEquals(0, run("evaluate", file.toString()));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals("USD", json.get("currency").asText());
        assertEquals(36, json.get("months").size());
        assertTrue(json.get("setups").has("hybrid"));
        assertTrue(json.get("breakEven").has("openVsClosed"));
        assertEquals("", err.toString());
    }

    @Test
    void evaluateCsvPrintsOneRowPerSetupAndMonth(@TempDir Path dir) throws Exception {
        Path file = copy("/golden/rent-share.scenario.json", dir);
        assertEquals(0, run("evaluate", "--csv", file.toString()));
        String[] lines = out.toString().split("\n");
        assertTrue(lines[0].startsWith("setup,month,inputTokens,outputTokens,apiUsage,"));
        assertEquals(1 + 3 * 36, lines.length);
        assertTrue(lines[1].startsWith("closed,1,2.0E9,5.0E8,"));
    }

    @Test
    void aBadFileExitsWithTwoAndOneLineNamingTheField(@TempDir Path dir) throws Exception {
        Path file = copy("/scenarios/invalid/share-above-one.json", dir);
        assertEquals(TcoCli.EXIT_BAD_INPUT, run("evaluate", file.toString()));
        String message = err.toString().strip();
        assertEquals(1, message.lines().count());
        assertTrue(message.startsWith(file + ": workload.cachedInputShare: must be a share between 0 and 1"), message);
        assertFalse(message.contains("Exception"));
        assertEquals("", out.toString());
    }

    @Test
    void aMissingFileExitsWithTwo(@TempDir Path dir) {
        assertEquals(TcoCli.EXIT_BAD_INPUT, run("evaluate", dir.resolve("none.json").toString()));
        assertTrue(err.toString().contains("does not exist"));
    }

    @Test
    void everyCommandHasHelp() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("evaluate"));
        assertEquals(0, run("evaluate", "--help"));
        assertTrue(out.toString().contains("--csv"));
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(2, run("evaluate", "--frobnicate", "x.json"));
        assertTrue(err.toString().contains("Unknown option"));
    }

    @Test
    void importLitellmWritesACatalogueFileAndReportsWhatItSkipped(@TempDir Path dir) throws Exception {
        Path litellm = copy("/catalogue/litellm-model-prices-2026-06-10-trimmed.json", dir);
        Path out = dir.resolve("catalogue").resolve("imported.json");
        assertEquals(0, run("import-litellm", litellm.toString(), "--out", out.toString(), "--as-of", "2026-06-10"));
        assertTrue(Files.exists(out));
        String report = out();
        assertTrue(report.matches("(?s)Imported \\d+ chat models from .* \\(prices as of 2026-06-10\\), saved in .*"), report);
        assertTrue(report.contains("Skipped "));
        // the imported file loads as a catalogue directory, with its prices dated
        assertEquals(0, run("catalogue", "--kind", "api", "--catalogue", out.getParent().toString()));
        assertTrue(out().contains("2026-06-10"));
    }

    @Test
    void importLitellmRefusesAMalformedFileWithExitTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("prices.json");
        Files.writeString(bad, "{\"gpt-x\": {\"mode\": \"chat\",");
        assertEquals(TcoCli.EXIT_BAD_INPUT, run("import-litellm", bad.toString(), "--out", dir.resolve("o.json").toString()));
        assertTrue(err.toString().startsWith(bad + ": is truncated"), err.toString());
        assertEquals(1, err.toString().strip().lines().count());
    }

    @Test
    void importLitellmRefusesABadDate(@TempDir Path dir) throws Exception {
        Path litellm = copy("/catalogue/litellm-model-prices-2026-06-10-trimmed.json", dir);
        assertEquals(TcoCli.EXIT_BAD_INPUT, run("import-litellm", litellm.toString(), "--as-of", "June"));
        assertTrue(err.toString().contains("--as-of: must be a date written YYYY-MM-DD"));
    }

    @Test
    void catalogueListsPricesWithTheirAge() {
        assertEquals(0, run("catalogue"));
        String listing = out();
        assertTrue(listing.startsWith("Catalogue: "));
        assertTrue(listing.contains("API models (USD per million tokens"));
        assertTrue(listing.contains("GPU offers"));
        assertTrue(listing.contains("Serving profiles"));
    }

    private String out() {
        String s = out.toString();
        out.getBuffer().setLength(0);
        return s;
    }

    @Test
    void reportWritesAPdf(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("board.pdf");
        assertEquals(0, run("report", "--default", "--pdf", pdf.toString(), "--letter"));
        byte[] bytes = Files.readAllBytes(pdf);
        assertTrue(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
        assertTrue(out().contains("Wrote " + pdf));
    }

    @Test
    void reportOfABadFileExitsWithTwo(@TempDir Path dir) throws Exception {
        Path bad = copy("/scenarios/invalid/nan.json", dir);
        assertEquals(TcoCli.EXIT_BAD_INPUT, run("report", bad.toString(), "--pdf", dir.resolve("x.pdf").toString()));
        assertTrue(err.toString().contains("workload.monthlyGrowth"));
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }

    @Test
    void reportWritesAnExcelWorkbook(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("numbers.xlsx");
        assertEquals(0, run("report", "--default", "--xlsx", xlsx.toString()));
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(xlsx), 2);
        assertEquals("PK", new String(head, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void reportNeedsAnOutput() {
        assertEquals(TcoCli.EXIT_BAD_INPUT, run("report", "--default"));
        assertTrue(err.toString().contains("--pdf OUT.pdf and/or --xlsx OUT.xlsx"));
    }

    @Test
    void simulatePrintsTheSimulateJsonAndIsReproducible(@TempDir Path dir) throws Exception {
        Path file = copy("/golden/rent-share-uncertain.scenario.json", dir);
        assertEquals(0, run("simulate", file.toString(), "--samples", "500", "--seed", "9"));
        String first = out();
        JsonNode json = new ObjectMapper().readTree(first);
        assertEquals(500, json.get("samples").asInt());
        assertEquals(36, json.get("setups").get("open").get("cumulative").get("p50").size());
        assertTrue(json.get("probabilityCheaperThanClosed").has("hybrid"));
        assertTrue(json.get("clippedShare").has("workload.peakToAverage"));
        assertEquals(0, run("simulate", file.toString(), "--samples", "500", "--seed", "9"));
        assertEquals(first, out());
    }

    @Test
    void whatIfFindsTheGpuPriceAtWhichBothCostTheSame() throws Exception {
        assertEquals(0, run("whatif", "--default", "--input", "open.hosting.gpuHourly", "--low", "0.5", "--high", "20",
                "--points", "5"));
        JsonNode json = new ObjectMapper().readTree(out());
        assertEquals("open.hosting.gpuHourly", json.get("input").asText());
        assertTrue(json.get("value").isNumber());
        assertEquals(5, json.get("curve").size());
    }

    @Test
    void whatIfRefusesAnUnknownInput() {
        assertEquals(TcoCli.EXIT_BAD_INPUT, run("whatif", "--default", "--input", "open.sunshine", "--low", "0", "--high", "1"));
        assertTrue(err.toString().contains("is not the path of a numeric input"));
    }

    @Test
    void simulateCsvPrintsOneRowPerSetupAndMonth(@TempDir Path dir) throws Exception {
        Path file = copy("/golden/rent-share-uncertain.scenario.json", dir);
        assertEquals(0, run("simulate", file.toString(), "--samples", "200", "--csv"));
        String[] lines = out().split("\n");
        assertEquals("month,setup,p10,p50,p90,mean", lines[0]);
        assertEquals(1 + 3 * 36, lines.length);
        assertTrue(lines[1].matches("1,closed(,[-0-9.E]+){4}"), lines[1]);
        assertTrue(lines[lines.length - 1].startsWith("36,hybrid,"), lines[lines.length - 1]);
    }

    @Test
    void sensitivityCsvPrintsOneRowPerUncertainInput(@TempDir Path dir) throws Exception {
        Path file = copy("/golden/rent-share-uncertain.scenario.json", dir);
        assertEquals(0, run("sensitivity", file.toString(), "--csv"));
        String[] lines = out().split("\n");
        assertEquals("path,low,high,deltaAtLow,deltaAtHigh,breakEvenAtLow,breakEvenAtHigh,baseDelta", lines[0]);
        assertEquals(1 + 6, lines.length);
        // largest swing first; no break-even at low is an empty cell
        assertTrue(lines[1].startsWith("workload.monthlyGrowth,0.01,0.1,"), lines[1]);
        assertTrue(lines[1].contains(",,"), lines[1]);
    }

    @Test
    void reportOfAScenarioWithRangesHasTheUncertaintyPartUnlessLeftOut(@TempDir Path dir) throws Exception {
        Path file = copy("/golden/rent-share-uncertain.scenario.json", dir);
        Path with = dir.resolve("with.pdf");
        Path without = dir.resolve("without.pdf");
        Path xlsx = dir.resolve("with.xlsx");
        assertEquals(0, run("report", file.toString(), "--pdf", with.toString(), "--xlsx", xlsx.toString(),
                "--samples", "300", "--seed", "4"));
        assertEquals(0, run("report", file.toString(), "--pdf", without.toString(), "--no-uncertainty"));
        assertTrue(pdfText(with).contains("over 36 months in "), "probability statement");
        assertTrue(pdfText(with).contains("300 simulated cases (seed 4)"));
        assertFalse(pdfText(without).contains("simulated"));
        assertFalse(pdfText(without).contains("Uncertainty"));
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(Files.newInputStream(xlsx))) {
            assertTrue(wb.findSheet("Uncertainty").isPresent());
            assertTrue(wb.findSheet("Sensitivity").isPresent());
        }
    }

    @Test
    void reportRefusesTooFewSamples(@TempDir Path dir) throws Exception {
        Path file = copy("/golden/rent-share-uncertain.scenario.json", dir);
        assertEquals(TcoCli.EXIT_BAD_INPUT, run("report", file.toString(), "--pdf", dir.resolve("x.pdf").toString(),
                "--samples", "0"));
        assertTrue(err.toString().contains("--samples: must be at least 1"), err.toString());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }

    private static String pdfText(Path pdf) throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
