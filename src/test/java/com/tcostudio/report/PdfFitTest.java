package com.tcostudio.report;

import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.Currency;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.io.scenario.DefaultScenario;
import com.tcostudio.io.scenario.ScenarioReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every number of the report's tables fits its column at any horizon and currency: the widest
 * text of each column, measured in the embedded font, is within the column less its padding.
 */
class PdfFitTest {
    /** A4 less the margins: 595.28 - 2 x 50 points. */
    private static final float A4_TEXT_WIDTH = 495.28f;
    private static final float POINT_TOLERANCE = 0.01f;

    /** The default scenario at a horizon, in a currency, with token volumes multiplied (JPY-like amounts). */
    private static Evaluation evaluation(int months, String currency, double volume) throws Exception {
        Scenario d = DefaultScenario.read(new ScenarioReader(CatalogueLookup.NONE));
        Scenario s = d.toBuilder().set(Input.HORIZON_MONTHS, months)
                .currency(new Currency(currency, currency.equals("USD") ? 1 : currency.equals("EUR") ? 0.92 : 150))
                .set(Input.INPUT_TOKENS_PER_MONTH, d.get(Input.INPUT_TOKENS_PER_MONTH) * volume)
                .set(Input.OUTPUT_TOKENS_PER_MONTH, d.get(Input.OUTPUT_TOKENS_PER_MONTH) * volume)
                .set(Input.PLATEAU_TOKENS_PER_MONTH, d.get(Input.PLATEAU_TOKENS_PER_MONTH) * volume).build();
        return CostEngine.DEFAULT.evaluate(s);
    }

    @ParameterizedTest
    @CsvSource({"36, USD, 1", "60, USD, 1", "120, USD, 1", "120, EUR, 1", "120, JPY, 150", "120, JPY, 1000"})
    void everyYearlyCellFitsItsColumn(int months, String currency, double volume) throws Exception {
        Evaluation e = evaluation(months, currency, volume);
        try (PDDocument doc = new PDDocument(); PdfLayout p = new PdfLayout(doc, PDRectangle.A4)) {
            assertEquals(A4_TEXT_WIDTH, p.width(), POINT_TOLERANCE);
            PdfLayout.Fitted<PdfReport.YearlyVariant> t = new PdfReport(e, "f.json", LocalDate.of(2026, 12, 4),
                    PdfReport.Paper.A4).yearlyLayout(p);
            float sum = 0;
            for (float w : t.widths()) {
                sum += w;
            }
            assertTrue(sum <= p.width() + POINT_TOLERANCE, "the table is " + sum + " points wide");
            assertTrue(t.fontSize() >= 7.5f, "legible: " + t.fontSize() + " pt");
            assertFits(p, t.header(), p.bold, t);
            for (Setup s : e.setups().keySet()) {
                // each setup's own header, in bold, in the same columns
                assertFits(p, List.of(s.label()), p.bold, t);
            }
            for (List<String> row : t.rows()) {
                assertFits(p, row, row.get(0).startsWith("Total") ? p.bold : p.regular, t);
            }
        }
    }

    private static void assertFits(PdfLayout p, List<String> row, PDFont font, PdfLayout.Fitted<?> t) throws Exception {
        for (int i = 0; i < row.size(); i++) {
            float pad = i == 0 ? PdfLayout.CELL_PADDING : 2 * PdfLayout.CELL_PADDING;
            float text = p.textWidth(row.get(i), font, t.fontSize());
            assertTrue(text + pad <= t.widths()[i] + POINT_TOLERANCE, "\"" + row.get(i) + "\" is " + text
                    + " points wide in a column of " + t.widths()[i] + " at " + t.fontSize() + " pt");
        }
    }

    @ParameterizedTest
    @CsvSource({"60, USD, 1", "120, USD, 1", "120, JPY, 150"})
    void theWholeReportShowsItsHeadlineTotalsUncut(int months, String currency, double volume) throws Exception {
        Evaluation e = evaluation(months, currency, volume);
        byte[] pdf = new PdfReport(e, "f.json", LocalDate.of(2026, 12, 4), PdfReport.Paper.A4).toBytes();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String summary = PdfReportTest.text(doc, 2, 2);
            for (Setup s : e.setups().keySet()) {
                String tco = Formats.money(e.setup(s).tco(), currency);
                assertTrue(summary.contains(tco), tco + " in " + summary);
            }
            String all = PdfReportTest.text(doc, 1, doc.getNumberOfPages());
            // nothing but the vendors' descriptions may be cut, and this report has no vendor page
            assertFalse(all.contains("\u2026"), "no cut text");
            assertFalse(all.contains("Ye\u2026"));
        }
    }
}
