package com.tcostudio.report;

import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Pair;
import com.tcostudio.core.engine.SetupResult;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.io.scenario.ScenarioReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the generated PDF back: what a stakeholder sees must be the engine's numbers. */
class PdfReportTest {
    private static final LocalDate DATE = LocalDate.of(2026, 11, 25);
    private static Evaluation evaluation;
    private static byte[] pdf;

    @BeforeAll
    static void generate() throws Exception {
        try (InputStream in = PdfReportTest.class.getResourceAsStream("/golden/own-cash-spillover.scenario.json")) {
            evaluation = CostEngine.DEFAULT.evaluate(new ScenarioReader(CatalogueLookup.NONE).read(in.readAllBytes(), "plan.json"));
        }
        pdf = new PdfReport(evaluation, "plan.json", DATE, PdfReport.Paper.A4).toBytes();
    }

    static String text(PDDocument doc, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(doc).replaceAll("\\s+", " ");
    }

    @Test
    void coverAndSummaryNameTheScenarioCurrencyAndBreakEven() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String cover = text(doc, 1, 1);
            assertTrue(cover.contains(evaluation.scenario().name()));
            assertTrue(cover.contains("Currency: EUR"));
            assertTrue(cover.contains("Horizon: 60 months"));
            String summary = text(doc, 2, 2);
            assertTrue(summary.contains("Break-even"));
            assertTrue(summary.toLowerCase().contains("break-even volume"));
        }
    }

    @Test
    void summaryFiguresAreTheEnginesNumbers() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String summary = text(doc, 2, 2);
            for (SetupResult r : evaluation.setups().values()) {
                assertTrue(summary.contains(Formats.money(r.tco(), "EUR")), r.setup() + " TCO");
                assertTrue(summary.contains(Formats.money(r.npv(), "EUR")), r.setup() + " NPV");
            }
            double month = evaluation.breakEven(Pair.OPEN_VS_CLOSED).orElseThrow().month();
            assertTrue(summary.contains(Formats.month(month)), "break-even " + month);
            assertTrue(summary.contains(Summary.verdict(evaluation).substring(0, 40)));
        }
    }

    @Test
    void everyFontIsEmbeddedAndChartsAreVectorsWithText() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            List<PDImageXObject> images = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                collect(page.getResources(), fonts, images);
            }
            assertFalse(fonts.isEmpty());
            for (PDFont f : fonts) {
                assertTrue(f.isEmbedded(), f.getName());
            }
            assertEquals(List.of(), images, "charts must be vector graphics, not images");
            // chart text (axis labels) is real text in the document
            String charts = text(doc, 3, 4);
            assertTrue(charts.contains("Cumulative cost"));
            assertTrue(charts.contains("Month"));
        }
    }

    static void collect(PDResources res, List<PDFont> fonts, List<PDImageXObject> images) throws IOException {
        if (res == null) {
            return;
        }
        for (COSName name : res.getFontNames()) {
            fonts.add(res.getFont(name));
        }
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (x instanceof PDImageXObject) {
                images.add((PDImageXObject) x);
            } else if (x instanceof PDFormXObject) {
                collect(((PDFormXObject) x).getResources(), fonts, images);
            }
        }
    }

    @Test
    void everyPageHasItsNumberAndTheFileInTheFooter() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int n = doc.getNumberOfPages();
            for (int i = 1; i <= n; i++) {
                String page = text(doc, i, i);
                assertTrue(page.contains("page " + i + " of " + n), "page " + i);
                assertTrue(page.contains("plan.json"), "page " + i);
            }
            assertEquals(PDRectangle.A4.getWidth(), doc.getPage(0).getMediaBox().getWidth(), 0.01);
        }
    }

    @Test
    void letterPagesOnRequest() throws Exception {
        byte[] letter = new PdfReport(evaluation, "plan.json", DATE, PdfReport.Paper.LETTER).toBytes();
        try (PDDocument doc = Loader.loadPDF(letter)) {
            assertEquals(PDRectangle.LETTER.getHeight(), doc.getPage(0).getMediaBox().getHeight(), 0.01);
        }
    }

    @Test
    void theYearlyTableAndAssumptionsAreThere() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String all = text(doc, 1, doc.getNumberOfPages());
            assertTrue(all.contains("Cost by year and category (EUR)"));
            assertTrue(all.contains("Year 5"));
            assertTrue(all.contains("Assumptions"));
            assertTrue(all.contains("Purchase price"));
            assertTrue(all.contains("Methodology in brief"));
        }
    }

    @Test
    void theOptionalVendorSectionRanksTheCataloguesOptions() throws Exception {
        var options = com.tcostudio.core.compare.VendorComparison.rank(evaluation.scenario(), com.tcostudio.support.SmallCatalogue.of());
        byte[] withVendors = new PdfReport(evaluation, "plan.json", DATE, PdfReport.Paper.A4, options).toBytes();
        try (PDDocument doc = Loader.loadPDF(withVendors)) {
            String all = text(doc, 1, doc.getNumberOfPages());
            assertTrue(all.contains("Options ranked for this workload"));
            assertTrue(all.contains("1. " + options.get(0).description()), all);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertFalse(text(doc, 1, doc.getNumberOfPages()).contains("Options ranked"));
        }
    }
}
