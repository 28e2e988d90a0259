package com.tcostudio.report;

import com.tcostudio.core.engine.PlanResult;
import com.tcostudio.core.engine.PortfolioEvaluation;
import com.tcostudio.core.model.Currency;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Workload;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the portfolio report back: what a board sees must be the engine's numbers, whole, on the page. */
class PortfolioReportTest {
    private static final LocalDate DATE = LocalDate.of(2026, 12, 4);
    private static final Currency USD = new Currency("USD", 1);
    private static final Currency EUR = new Currency("EUR", 0.92);
    /** PDF text positions are floats: a glyph may sit this far (points) past an edge by rounding alone. */
    private static final float EDGE_SLACK = 0.5f;

    private static byte[] pdf(PortfolioReport report) throws IOException {
        return report.toBytes();
    }

    private static String text(PDDocument doc, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(doc).replaceAll("\\s+", " ");
    }

    private static PortfolioReport report(Portfolio p) {
        return new PortfolioReport(PortfolioFixtures.evaluate(p), PortfolioFixtures.FILE, DATE, PdfReport.Paper.A4);
    }

    @ParameterizedTest
    @ValueSource(ints = {36, 120})
    void theExecutiveSentenceNamesTheCheapestFeasiblePlan(int months) throws Exception {
        Portfolio p = PortfolioFixtures.example(months, USD);
        PortfolioEvaluation e = PortfolioFixtures.evaluate(p);
        PlanResult best = e.cheapestFeasible().orElseThrow();
        // the answer changes with the horizon: the fleet's setup pays back only over the long run
        assertEquals(months == 36 ? "all-api" : "shared-fleet", best.planId());
        try (PDDocument doc = Loader.loadPDF(pdf(report(p)))) {
            String first = text(doc, 1, 1);
            assertTrue(first.contains("Recommended: " + best.name() + ", the cheapest plan that meets every rule over "
                    + months + " months (TCO " + Formats.money(best.tco(), "USD") + ")"), first);
            assertTrue(first.contains("What would change the answer"));
            assertTrue(first.contains("What the model leaves out"));
            assertTrue(first.contains("times today's volume"), "the break-even scale in words");
        }
    }

    @Test
    void anInfeasiblePlanIsNeverRecommendedAndItsReasonIsInWords() throws Exception {
        Portfolio p = PortfolioFixtures.withResidencyBreach();
        PortfolioEvaluation e = PortfolioFixtures.evaluate(p);
        PlanResult breach = e.plan("sonnet-all");
        assertFalse(breach.feasible());
        try (PDDocument doc = Loader.loadPDF(pdf(report(p)))) {
            String all = text(doc, 1, doc.getNumberOfPages());
            assertFalse(text(doc, 1, 1).contains("Recommended: " + breach.name()));
            assertTrue(all.contains("Everything on Sonnet: breaks 1 rule."), all);
            assertTrue(all.contains("Residency: Support chat (customer data, stays in the UAE) must stay in AE; "
                    + "Claude Sonnet 4.5 processes in US."));
        }
    }

    @Test
    void everyTableHoldsTheEnginesNumbersAsFormatted() throws Exception {
        Portfolio p = PortfolioFixtures.example();
        PortfolioEvaluation e = PortfolioFixtures.evaluate(p);
        PortfolioReport report = report(p);
        try (PDDocument doc = Loader.loadPDF(pdf(report))) {
            String all = text(doc, 1, doc.getNumberOfPages());
            // at 36 months every total fits in whole dollars: the header says "(USD)"
            assertTrue(all.contains("TCO (USD)"));
            for (PlanResult r : e.plans()) {
                assertTrue(all.contains(MoneyUnit.UNITS.format(r.tco())), r.planId() + " TCO");
                assertTrue(all.contains(MoneyUnit.UNITS.format(r.npv())), r.planId() + " NPV");
                for (double[] w : r.byWorkload().values()) {
                    double sum = 0;
                    for (double v : w) {
                        sum += v;
                    }
                    assertTrue(all.contains(MoneyUnit.UNITS.format(sum)), r.planId() + " use case " + sum);
                }
            }
            // the reserved fleet is costed at u* = 30 tokens/s per user, halfway between the points at
            // 20 (prefill 40,000, decode 4,000) and 40 (30,000 and 2,400): prefill 35,000, decode 3,200
            List<List<String>> points = table(report, "Operating points").rows();
            assertEquals(List.of("30", "35,000", "3,200"), points.get(0).subList(2, 5));
            assertTrue(all.contains("2 GPUs in 12-month terms from month 1 at USD 2.35 per GPU-hour"));
            assertTrue(all.contains("every 12 months: 1 person-month and USD 0 each time"));
        }
        // the use-case table's columns add up to each plan's TCO (the engine's attribution)
        List<List<String>> byUseCase = table(report, "By use case").rows();
        List<String> total = byUseCase.get(byUseCase.size() - 1);
        assertEquals("Total (the plan's TCO)", total.get(0));
        for (int j = 0; j < e.plans().size(); j++) {
            assertEquals(MoneyUnit.UNITS.format(e.plans().get(j).tco()), total.get(j + 1));
        }
    }

    private static PortfolioReport.DrawnTable table(PortfolioReport report, String title) {
        return report.drawnTables().stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
    }

    /** Every workload's volumes times a factor: totals in the billions, so columns must change unit. */
    private static Portfolio scaled(Portfolio p, double factor) {
        List<Workload> ws = new ArrayList<>();
        for (Workload w : p.workloads()) {
            var f = w.fields().with(Input.INPUT_TOKENS_PER_MONTH, w.get(Input.INPUT_TOKENS_PER_MONTH) * factor)
                    .with(Input.OUTPUT_TOKENS_PER_MONTH, w.get(Input.OUTPUT_TOKENS_PER_MONTH) * factor);
            double plateau = w.get(Input.PLATEAU_TOKENS_PER_MONTH);
            ws.add(w.withFields(Double.isNaN(plateau) ? f : f.with(Input.PLATEAU_TOKENS_PER_MONTH, plateau * factor)));
        }
        return new Portfolio(p.name(), p.horizonMonths(), p.currency(), p.finance(), ws, p.apis(), p.deployments(),
                p.plans(), p.uncertainty());
    }

    @Test
    void theWidestValueFitsItsColumnAt120MonthsInEveryCurrencyAndScale() throws Exception {
        List<Portfolio> cases = List.of(PortfolioFixtures.example(36, USD), PortfolioFixtures.example(60, USD),
                PortfolioFixtures.example(120, USD), PortfolioFixtures.example(120, EUR),
                scaled(PortfolioFixtures.example(120, new Currency("JPY", 150)), 1000));
        try (PDDocument fonts = new PDDocument()) {
            PDFont regular = font(fonts, "DejaVuSans.ttf");
            PDFont bold = font(fonts, "DejaVuSans-Bold.ttf");
            for (Portfolio p : cases) {
                PortfolioReport report = report(p);
                byte[] bytes = pdf(report);
                for (PortfolioReport.DrawnTable t : report.drawnTables()) {
                    List<List<String>> rows = new ArrayList<>(t.rows());
                    rows.add(0, t.header());
                    for (int r = 0; r < rows.size(); r++) {
                        for (int i = 0; i < rows.get(r).size(); i++) {
                            String cell = rows.get(r).get(i);
                            float room = PdfLayout.cellWidth(t.widths(), i);
                            String where = p.horizonMonths() + " months " + p.currency().code() + ", " + t.title()
                                    + " row " + r + " column " + i + ": \"" + cell + "\"";
                            if (r > 0 && cell.matches("[-0-9.,/ ]+")) {
                                // a number is written whole (never wrapped), in bold where the row is a total
                                assertTrue(width(bold, cell, t.fontSize()) <= room, where);
                            }
                            for (String word : cell.split(" ")) {
                                assertTrue(width(bold, word, t.fontSize()) <= room, where + " word " + word);
                            }
                        }
                    }
                }
                try (PDDocument doc = Loader.loadPDF(bytes)) {
                    assertFalse(text(doc, 1, doc.getNumberOfPages()).contains("\u2026"), "nothing is cut with an ellipsis");
                }
                assertTrue(regular != null);
            }
        }
    }

    @Test
    void billionsSwitchTheMoneyColumnsToALargerUnitSaidInTheHeader() throws Exception {
        Portfolio p = scaled(PortfolioFixtures.example(120, new Currency("JPY", 150)), 1000);
        PortfolioReport report = report(p);
        pdf(report);
        String header = table(report, "Plans side by side").header().get(1);
        assertTrue(header.equals("TCO (JPY thousands)") || header.equals("TCO (JPY millions)"), header);
    }

    private static PDFont font(PDDocument doc, String file) throws IOException {
        try (InputStream in = PdfLayout.class.getResourceAsStream("fonts/" + file)) {
            return PDType0Font.load(doc, in);
        }
    }

    private static float width(PDFont font, String s, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    @ParameterizedTest
    @ValueSource(ints = {36, 60, 120})
    void everyPagesTextIsInsideThePage(int months) throws Exception {
        byte[] bytes = pdf(report(PortfolioFixtures.example(months, EUR)));
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                PDRectangle box = page.getMediaBox();
                List<TextPosition> glyphs = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) throws IOException {
                        glyphs.addAll(positions);
                        super.writeString(text, positions);
                    }
                };
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                stripper.getText(doc);
                assertFalse(glyphs.isEmpty(), "page " + (i + 1) + " has text");
                for (TextPosition g : glyphs) {
                    // the glyph's origin in page space (rotated axis labels too), and for upright text its extent
                    String at = "page " + (i + 1) + " glyph '" + g.getUnicode() + "' at " + g.getX() + "," + g.getY();
                    assertTrue(g.getX() >= -EDGE_SLACK && g.getX() <= box.getWidth() + EDGE_SLACK, at);
                    assertTrue(g.getY() >= -EDGE_SLACK && g.getY() <= box.getHeight() + EDGE_SLACK, at);
                    if (g.getDir() == 0) {
                        assertTrue(g.getX() + g.getWidth() <= box.getWidth() + EDGE_SLACK, at);
                        assertTrue(g.getY() - g.getHeight() >= -EDGE_SLACK, at);
                    }
                }
            }
        }
    }

    @Test
    void theFooterNamesTheFileAndEveryPageItsNumber() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf(report(PortfolioFixtures.example())))) {
            int n = doc.getNumberOfPages();
            for (int i = 1; i <= n; i++) {
                String t = text(doc, i, i);
                assertTrue(t.contains("page " + i + " of " + n), "page " + i);
                assertTrue(t.contains(PortfolioFixtures.FILE));
            }
            assertEquals("TCO report: " + PortfolioFixtures.example().name(), doc.getDocumentInformation().getTitle());
        }
    }
}
