package com.tcostudio.report;

import com.tcostudio.core.engine.Category;
import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.engine.SetupResult;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.io.scenario.ScenarioReader;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the workbook back: its numbers are the engine's, stored as numbers with currency formats. */
class ExcelWorkbookTest {
    /** Doubles are written in full precision and read back unchanged. */
    private static final double EXACT = 0;

    @Test
    void sheetsHoldTheEnginesNumbersAsNumbers() throws Exception {
        Evaluation e;
        try (InputStream in = getClass().getResourceAsStream("/golden/own-cash-spillover.scenario.json")) {
            e = CostEngine.DEFAULT.evaluate(new ScenarioReader(CatalogueLookup.NONE).read(in.readAllBytes(), "plan.json"));
        }
        byte[] xlsx = new ExcelWorkbook(e).toBytes();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            List<String> names = wb.getSheets().map(Sheet::getName).collect(Collectors.toList());
            assertEquals(List.of("Summary", "Closed API", "Self-hosted", "Hybrid", "Assumptions"), names);
            for (SetupResult r : e.setups().values()) {
                List<Row> rows = wb.findSheet(r.setup().label()).orElseThrow().read();
                assertEquals(e.months() + 1, rows.size());
                int opsColumn = 3 + Category.OPS.ordinal();
                int totalColumn = 3 + Category.values().length;
                assertEquals(Category.OPS.label(), rows.get(0).getCell(opsColumn).getText());
                for (int i = 0; i < e.months(); i++) {
                    Row row = rows.get(i + 1);
                    Cell total = row.getCell(totalColumn);
                    assertEquals(CellType.NUMBER, total.getType());
                    assertEquals(r.total(i), total.asNumber().doubleValue(), EXACT);
                    assertEquals(r.category(Category.OPS, i), row.getCell(opsColumn).asNumber().doubleValue(), EXACT);
                    assertEquals("[$EUR] #,##0.00", total.getDataFormatString());
                }
            }
            List<Row> summary = wb.findSheet("Summary").orElseThrow().read();
            Row open = summary.stream().filter(r -> r.getCell(0) != null && Setup.OPEN.label().equals(r.getCell(0).getText()))
                    .findFirst().orElseThrow();
            assertEquals(e.setup(Setup.OPEN).tco(), open.getCell(1).asNumber().doubleValue(), EXACT);
            assertEquals(e.setup(Setup.OPEN).npv(), open.getCell(2).asNumber().doubleValue(), EXACT);
            List<Row> assumptions = wb.findSheet("Assumptions").orElseThrow().read();
            assertTrue(assumptions.stream().anyMatch(r -> r.getCell(4) != null && "open.hosting.capexPerGpu".equals(r.getCell(4).getText())
                    && r.getCell(1).asNumber().doubleValue() == 32000));
        }
    }
}
