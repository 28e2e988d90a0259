package com.tcostudio.report;

import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.uncertainty.Sensitivity;
import com.tcostudio.core.uncertainty.SimulationResult;
import com.tcostudio.support.TestScenarios;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the uncertainty part of the PDF back: its figures must be the analysis's. */
class PdfUncertaintyTest {
    private static final LocalDate DATE = LocalDate.of(2026, 11, 25);
    private static final int SAMPLES = 1000;
    private static final long SEED = 7;
    /** A percentage in words is the probability rounded to a whole percent. */
    private static final double HALF_A_PERCENT = 0.005;

    private static Evaluation evaluation;
    private static UncertaintyAnalysis analysis;
    private static String all;
    private static byte[] pdf;

    @BeforeAll
    static void generate() throws Exception {
        Scenario s = TestScenarios.methodologyExampleWithRanges().build();
        evaluation = CostEngine.DEFAULT.evaluate(s);
        analysis = UncertaintyAnalysis.compute(s, SAMPLES, SEED);
        pdf = new PdfReport(evaluation, "ranges.json", DATE, PdfReport.Paper.A4, List.of(), analysis).toBytes();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            all = PdfReportTest.text(doc, 1, doc.getNumberOfPages());
        }
    }

    @Test
    void theProbabilityStatementGivesTheSimulatedShareInPlainWords() {
        SimulationResult r = analysis.simulation();
        Matcher m = Pattern.compile("Self-hosting costs less than the closed API over 36 months in (\\d+)% of 1,000 "
                + "simulated cases \\(seed 7\\)\\.").matcher(all);
        assertTrue(m.find(), all);
        assertEquals(r.probabilityCheaperThanClosed(Setup.OPEN), Integer.parseInt(m.group(1)) / 100.0, HALF_A_PERCENT);
        Matcher hybrid = Pattern.compile("The hybrid costs less than the closed API in (\\d+)% of them\\.").matcher(all);
        assertTrue(hybrid.find(), all);
        assertEquals(r.probabilityCheaperThanClosed(Setup.HYBRID), Integer.parseInt(hybrid.group(1)) / 100.0, HALF_A_PERCENT);
    }

    @Test
    void theSummaryPageCarriesTheStatementToo() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(PdfReportTest.text(doc, 2, 2).contains(analysis.probabilityStatements().get(0)));
        }
    }

    @Test
    void theTablesHoldTheAnalysisFigures() {
        SimulationResult r = analysis.simulation();
        for (Setup s : r.setups()) {
            SimulationResult.Summary t = r.tco(s);
            String row = s.label() + " " + whole(t.p10()) + " " + whole(t.p50()) + " " + whole(t.p90()) + " " + whole(t.mean())
                    + " " + whole(evaluation.setup(s).tco());
            assertTrue(all.contains(row), row);
        }
        SimulationResult.Summary be = r.breakEvenMonth();
        String beRow = "Self-hosted vs Closed API " + oneDecimal(be.p10()) + " " + oneDecimal(be.p50()) + " "
                + oneDecimal(be.p90()) + " " + Formats.smallPercent(r.noBreakEvenShare());
        assertTrue(all.contains(beRow), beRow);
        for (Sensitivity.Bar b : analysis.sensitivity().bars()) {
            assertTrue(all.contains(b.input().label() + " "), b.input().label());
            assertTrue(all.contains(whole(b.deltaAtLow())), b.input() + " at low");
            assertTrue(all.contains(whole(b.deltaAtHigh())), b.input() + " at high");
        }
        assertTrue(all.contains("Monthly growth triangular 1% 5% 10% per month"), all);
        assertTrue(all.contains("GPU hourly price PERT 1.8 2.5 4 USD per GPU-hour"), all);
        assertTrue(all.contains("Loaded cost per FTE normal (P5\u2013P95) 150k \u2013 260k USD per year"), all);
    }

    @Test
    void theWhatIfTableGivesTheBreakEvenOrNoneInRange() {
        assertEquals(4, analysis.whatIf().size());
        for (UncertaintyAnalysis.WhatIfRow row : analysis.whatIf()) {
            String value = row.breakEven().isPresent()
                    ? com.tcostudio.charts.InputFormat.value(row.input(), row.breakEven().getAsDouble(), "USD")
                    : UncertaintyPages.NONE_IN_RANGE;
            String line = row.input().label() + " " + com.tcostudio.charts.InputFormat.range(row.input(), row.low(), row.high(), "USD")
                    + " " + value;
            assertTrue(all.contains(line), line + "\n" + all);
        }
        // the chart is of the input at the top of the tornado
        assertTrue(all.contains("What-if: " + analysis.sensitivity().bars().get(0).input().label()));
    }

    @Test
    void chartsAreThereAsVectorsWithEmbeddedFonts() throws Exception {
        assertTrue(all.contains("P10\u2013P90 (1,000 samples)"));
        assertTrue(all.contains("What moves the difference most"));
        assertTrue(all.contains("TCO(self-hosted) \u2212 TCO(closed API), USD"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            List<PDImageXObject> images = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PdfReportTest.collect(page.getResources(), fonts, images);
            }
            for (PDFont f : fonts) {
                assertTrue(f.isEmbedded(), f.getName());
            }
            assertEquals(List.of(), images);
        }
    }

    @Test
    void aScenarioWithoutRangesSaysNothingAboutUncertaintyEvenWhenGivenAnAnalysis() throws Exception {
        Scenario plain = TestScenarios.methodologyExample().build();
        Evaluation e = CostEngine.DEFAULT.evaluate(plain);
        UncertaintyAnalysis empty = UncertaintyAnalysis.compute(plain, 10, SEED);
        byte[] bytes = new PdfReport(e, "plain.json", DATE, PdfReport.Paper.A4, List.of(), empty).toBytes();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = PdfReportTest.text(doc, 1, doc.getNumberOfPages());
            for (String word : new String[]{"Uncertainty", "uncertain", "simulated", "P10", "Sensitivity", "What-if", "range"}) {
                assertFalse(text.contains(word), word);
            }
        }
    }

    @Test
    void anAnalysisOfAnotherScenarioIsRefused() {
        Scenario other = TestScenarios.methodologyExample().uncertainty(Input.GPU_HOURLY,
                com.tcostudio.core.model.Distribution.uniform(1, 3)).build();
        UncertaintyAnalysis wrong = UncertaintyAnalysis.compute(other, 10, SEED);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PdfReport(evaluation, "x.json", DATE, PdfReport.Paper.A4, List.of(), wrong));
        assertTrue(e.getMessage().contains("open.hosting.gpuHourly"), e.getMessage());
    }

    private static String oneDecimal(double v) {
        return String.format(Locale.US, "%.1f", v);
    }

    private static String whole(double v) {
        return String.format(Locale.US, "%,.0f", v);
    }
}
