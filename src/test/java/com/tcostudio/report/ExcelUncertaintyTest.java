package com.tcostudio.report;

import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.uncertainty.Sensitivity;
import com.tcostudio.core.uncertainty.SimulationResult;
import com.tcostudio.support.TestScenarios;
import org.dhatim.fastexcel.reader.Cell;
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

/** Reads the uncertainty sheets back: the analysis's numbers, as numbers with currency formats. */
class ExcelUncertaintyTest {
    /** Doubles are written in full precision and read back unchanged. */
    private static final double EXACT = 0;

    private static Evaluation evaluation;
    private static UncertaintyAnalysis analysis;
    private static byte[] xlsx;

    @BeforeAll
    static void write() throws Exception {
        Scenario s = TestScenarios.methodologyExampleWithRanges().build();
        evaluation = CostEngine.DEFAULT.evaluate(s);
        analysis = UncertaintyAnalysis.compute(s, 300, 5);
        xlsx = new ExcelWorkbook(evaluation, analysis).toBytes();
    }

    private static ReadableWorkbook open(byte[] bytes) throws Exception {
        return new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false));
    }

    private static Row rowStartingWith(List<Row> rows, String first) {
        return rows.stream().filter(r -> r.getCell(0) != null && first.equals(r.getCell(0).getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first));
    }

    private static double number(Row row, int col) {
        Cell c = row.getCell(col);
        assertEquals(CellType.NUMBER, c.getType(), row + " column " + col);
        return c.asNumber().doubleValue();
    }

    @Test
    void sheetsComeAfterTheSetupsAndOnlyWithAnAnalysis() throws Exception {
        try (ReadableWorkbook wb = open(xlsx)) {
            assertEquals(List.of("Summary", "Closed API", "Self-hosted", "Hybrid", "Uncertainty", "Sensitivity", "Assumptions"),
                    wb.getSheets().map(Sheet::getName).collect(Collectors.toList()));
        }
        try (ReadableWorkbook wb = open(new ExcelWorkbook(evaluation).toBytes())) {
            assertEquals(5, wb.getSheets().count());
        }
    }

    @Test
    void uncertaintySheetHoldsTheSummaryAndTheMonthlyBands() throws Exception {
        SimulationResult r = analysis.simulation();
        try (ReadableWorkbook wb = open(xlsx)) {
            List<Row> rows = wb.findSheet("Uncertainty").orElseThrow().read();
            assertEquals(300, number(rowStartingWith(rows, "Simulated cases"), 1), EXACT);
            Row p = rowStartingWith(rows, "Probability Self-hosted costs less than Closed API over 36 months");
            assertEquals(r.probabilityCheaperThanClosed(Setup.OPEN), number(p, 1), EXACT);
            assertEquals("0.0%", p.getCell(1).getDataFormatString());

            Row month = rowStartingWith(rows, "Month");
            // the reader leaves out empty rows: positions in the list, not sheet row numbers
            int first = rows.indexOf(month) + 1;
            assertEquals("Closed API cumulative P10", month.getCell(1).getText());
            int col = 1;
            for (Setup s : r.setups()) {
                SimulationResult.Bands q = r.bands(s);
                for (int m = 0; m < r.months(); m++) {
                    Row row = rows.get(first + m);
                    assertEquals(m + 1, number(row, 0), EXACT);
                    assertEquals(q.p10()[m], number(row, col), EXACT);
                    assertEquals(q.p50()[m], number(row, col + 1), EXACT);
                    assertEquals(q.p90()[m], number(row, col + 2), EXACT);
                    assertEquals(q.mean()[m], number(row, col + 3), EXACT);
                    assertEquals("[$USD] #,##0.00", row.getCell(col).getDataFormatString());
                }
                col += 4;
            }
            assertEquals(first + r.months(), rows.size(), "one row per month after the header, nothing after");
            Row open = rows.stream().filter(x -> x.getCell(0) != null && "Self-hosted".equals(x.getCell(0).getText()))
                    .findFirst().orElseThrow();
            assertEquals(r.tco(Setup.OPEN).p90(), number(open, 3), EXACT);
        }
    }

    @Test
    void sensitivitySheetHoldsTheTornadoAndWhatIfRows() throws Exception {
        Sensitivity.Result s = analysis.sensitivity();
        try (ReadableWorkbook wb = open(xlsx)) {
            List<Row> rows = wb.findSheet("Sensitivity").orElseThrow().read();
            assertEquals(s.baseDelta(), number(rows.get(0), 1), EXACT);
            for (Sensitivity.Bar b : s.bars()) {
                Row row = rowStartingWith(rows, b.input().label());
                assertEquals(b.deltaAtLow(), number(row, 4), EXACT);
                assertEquals(b.deltaAtHigh(), number(row, 5), EXACT);
                assertEquals(b.input().path(), row.getCell(9).getText());
            }
            Row header = rowStartingWith(rows, "What-if input");
            for (int i = 0; i < analysis.whatIf().size(); i++) {
                UncertaintyAnalysis.WhatIfRow w = analysis.whatIf().get(i);
                Row row = rows.get(rows.indexOf(header) + 1 + i);
                assertEquals(w.input().label(), row.getCell(0).getText());
                if (w.breakEven().isPresent()) {
                    assertEquals(w.breakEven().getAsDouble(), number(row, 4), EXACT);
                } else {
                    assertEquals(UncertaintyPages.NONE_IN_RANGE, row.getCell(5).getText());
                }
            }
            assertTrue(analysis.whatIf().stream().anyMatch(w -> w.breakEven().isPresent()));
        }
    }
}
