package com.tcostudio.report;

import com.tcostudio.core.engine.Category;
import com.tcostudio.core.engine.PlanResult;
import com.tcostudio.core.engine.PortfolioEvaluation;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the portfolio workbook back: every number is the engine's, stored as a number. */
class PortfolioWorkbookTest {
    /** Doubles are written in full precision and read back unchanged. */
    private static final double EXACT = 0;
    private static PortfolioEvaluation e;
    private static byte[] xlsx;

    @BeforeAll
    static void write() throws Exception {
        e = PortfolioFixtures.evaluate(PortfolioFixtures.withResidencyBreach());
        xlsx = new PortfolioWorkbook(e).toBytes();
    }

    private static List<Row> sheet(ReadableWorkbook wb, String name) throws Exception {
        return wb.findSheet(name).orElseThrow().read();
    }

    private static ReadableWorkbook open() throws Exception {
        return new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false));
    }

    private static double number(Row r, int c) {
        assertEquals(CellType.NUMBER, r.getCell(c).getType(), "row " + r.getRowNum() + " column " + c);
        return r.getCell(c).asNumber().doubleValue();
    }

    /** The row whose cell in this column reads so (the reader leaves out empty rows, so indices shift). */
    private static Row byText(List<Row> rows, int column, String text) {
        return rows.stream().filter(r -> r.getCell(column) != null && text.equals(r.getCell(column).getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no row with " + text));
    }

    @Test
    void theSixSheets() throws Exception {
        try (ReadableWorkbook wb = open()) {
            assertEquals(List.of("Plans", "By use case", "Monthly per plan", "Feasibility", "Deployments", "Contract terms"),
                    wb.getSheets().map(Sheet::getName).collect(Collectors.toList()));
        }
    }

    @Test
    void plansAndUseCasesAreTheEnginesNumbers() throws Exception {
        try (ReadableWorkbook wb = open()) {
            List<Row> plans = sheet(wb, "Plans");
            assertEquals(PortfolioSummary.recommendation(e), plans.get(3).getCell(1).getText());
            for (int j = 0; j < e.plans().size(); j++) {
                PlanResult p = e.plans().get(j);
                Row r = byText(plans, 1, p.planId());
                assertEquals(p.tco(), number(r, 2), EXACT);
                assertEquals(p.npv(), number(r, 3), EXACT);
                assertEquals(p.feasible() ? "yes" : "no", r.getCell(6).getText());
                assertEquals("[$USD] #,##0.00", r.getCell(2).getDataFormatString());
            }
            // the reserved fleet against the baseline: scale first 1.3389 (the engine's exact run-rate crossing)
            Row shared = byText(plans, 1, "shared-fleet");
            assertEquals(e.breakEven("shared-fleet", "all-api").orElseThrow().scale().first(), number(shared, 9), EXACT);

            List<Row> byUseCase = sheet(wb, "By use case");
            assertEquals("Everything on Sonnet", byUseCase.get(0).getCell(4).getText());
            for (int j = 0; j < e.plans().size(); j++) {
                PlanResult p = e.plans().get(j);
                double sum = 0;
                for (int w = 0; w < 3; w++) {
                    double cell = number(byUseCase.get(1 + w), j + 1);
                    double expected = 0;
                    for (double v : p.byWorkload().get(e.portfolio().workloads().get(w).id())) {
                        expected += v;
                    }
                    assertEquals(expected, cell, EXACT);
                    sum += cell;
                }
                assertEquals(p.tco(), number(byUseCase.get(4), j + 1), EXACT);
                // the use cases add up to the plan's TCO within the rounding of 3 x 36 additions
                assertEquals(p.tco(), sum, 1e-9 * p.tco());
            }
        }
    }

    @Test
    void monthlyRowsPerPlanAndMonth() throws Exception {
        try (ReadableWorkbook wb = open()) {
            List<Row> rows = sheet(wb, "Monthly per plan");
            assertEquals(1 + e.plans().size() * e.months(), rows.size());
            int ops = 4 + Category.OPS.ordinal();
            int total = 4 + Category.values().length;
            assertEquals(Category.OPS.label(), rows.get(0).getCell(ops).getText());
            assertEquals("Total", rows.get(0).getCell(total).getText());
            PlanResult shared = e.plan("shared-fleet");
            for (int m = 0; m < e.months(); m++) {
                Row r = rows.get(1 + e.months() + m);
                assertEquals(shared.name(), r.getCell(0).getText());
                assertEquals(m + 1, number(r, 1), EXACT);
                assertEquals(shared.category(Category.OPS)[m], number(r, ops), EXACT);
                assertEquals(shared.total()[m], number(r, total), EXACT);
            }
        }
    }

    @Test
    void feasibilityDeploymentsAndTerms() throws Exception {
        try (ReadableWorkbook wb = open()) {
            List<Row> f = sheet(wb, "Feasibility");
            assertTrue(f.stream().anyMatch(r -> r.getCell(0) != null && "Everything on Sonnet".equals(r.getCell(0).getText())
                    && "residency".equals(r.getCell(3).getText()) && r.getCell(6).getText().equals(
                    "Support chat (customer data, stays in the UAE) must stay in AE; Claude Sonnet 4.5 processes in US")));
            assertTrue(f.stream().anyMatch(r -> r.getCell(2) != null && "not checked".equals(r.getCell(2).getText())));

            List<Row> d = sheet(wb, "Deployments");
            Row fleet = d.get(1);
            assertEquals("gpt-oss-120b on rented H100 in the UAE, 12-month reservation", fleet.getCell(1).getText());
            // u* = 30 halfway between 20 and 40 tokens/s per user: prefill (40,000 + 30,000) / 2 = 35,000,
            // decode (4,000 + 2,400) / 2 = 3,200
            assertEquals(30, number(fleet, 2), EXACT);
            assertEquals(35_000, number(fleet, 3), EXACT);
            assertEquals(3_200, number(fleet, 4), EXACT);
            double utilization = number(fleet, 9);
            assertTrue(utilization > 0 && utilization <= 1, "a share of the time: " + utilization);

            List<Row> t = sheet(wb, "Contract terms");
            Row reserved = t.stream().filter(r -> r.getCell(2) != null && "Reserved GPU price".equals(r.getCell(2).getText()))
                    .findFirst().orElseThrow();
            assertEquals(2.35, number(reserved, 3), EXACT);
            assertEquals("USD/GPU-hour", reserved.getCell(4).getText());
            Row every = t.stream().filter(r -> r.getCell(2) != null && "Migration every".equals(r.getCell(2).getText()))
                    .findFirst().orElseThrow();
            assertEquals(12, number(every, 3), EXACT);
        }
    }
}
