package com.tcostudio.report;

import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.Currency;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.io.scenario.DefaultScenario;
import com.tcostudio.io.scenario.ScenarioReader;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** No money column of the workbook is narrower than its amounts (Excel would show ####). */
class ExcelWidthTest {
    private static final Pattern COL = Pattern.compile("<col min=\"(\\d+)\" max=\"(\\d+)\" width=\"([0-9.]+)\"");

    @Test
    void moneyColumnsAreAsWideAsTheirWidestAmountInJpyOverTenYears() throws Exception {
        Scenario d = DefaultScenario.read(new ScenarioReader(CatalogueLookup.NONE));
        // JPY-like amounts: 1,000 times the default's volumes over 120 months, billions of yen a month
        Scenario s = d.toBuilder().set(Input.HORIZON_MONTHS, 120).currency(new Currency("JPY", 150))
                .set(Input.INPUT_TOKENS_PER_MONTH, d.get(Input.INPUT_TOKENS_PER_MONTH) * 1000)
                .set(Input.OUTPUT_TOKENS_PER_MONTH, d.get(Input.OUTPUT_TOKENS_PER_MONTH) * 1000)
                .set(Input.PLATEAU_TOKENS_PER_MONTH, d.get(Input.PLATEAU_TOKENS_PER_MONTH) * 1000).build();
        Evaluation e = CostEngine.DEFAULT.evaluate(s);
        byte[] xlsx = new ExcelWorkbook(e).toBytes();
        Map<String, Map<Integer, Double>> widths = columnWidths(xlsx);
        int checked = 0;
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            List<Sheet> sheets = wb.getSheets().toList();
            for (int k = 0; k < sheets.size(); k++) {
                Map<Integer, Double> sheetWidths = widths.get("xl/worksheets/sheet" + (k + 1) + ".xml");
                for (Row row : sheets.get(k).read()) {
                    for (Cell c : row) {
                        if (c == null || c.getType() != CellType.NUMBER || c.getDataFormatString() == null
                                || !c.getDataFormatString().startsWith("[$JPY]")) {
                            continue;
                        }
                        // as Excel shows it: "JPY 1,234,567,890.12"
                        String shown = "JPY " + String.format(Locale.US, "%,.2f", c.asNumber().doubleValue());
                        double width = sheetWidths.getOrDefault(c.getColumnIndex() + 1, 0.0);
                        assertTrue(width >= shown.length(), sheets.get(k).getName() + " " + c.getAddress() + ": \""
                                + shown + "\" in a column " + width + " characters wide");
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 1000, checked + " amounts checked");
    }

    /** Per sheet file, the width of each column (1-based) from its {@code <cols>}. */
    private static Map<String, Map<Integer, Double>> columnWidths(byte[] xlsx) throws Exception {
        Map<String, Map<Integer, Double>> widths = new HashMap<>();
        // the workbook streams its entries (sizes after the data), which ZipInputStream cannot read
        Path file = Files.createTempFile("widths", ".xlsx");
        try (ZipFile zip = new ZipFile(Files.write(file, xlsx).toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (!entry.getName().startsWith("xl/worksheets/sheet")) {
                    continue;
                }
                Map<Integer, Double> w = new HashMap<>();
                Matcher m = COL.matcher(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                while (m.find()) {
                    for (int c = Integer.parseInt(m.group(1)); c <= Integer.parseInt(m.group(2)); c++) {
                        w.put(c, Double.parseDouble(m.group(3)));
                    }
                }
                widths.put(entry.getName(), w);
            }
        } finally {
            Files.delete(file);
        }
        return widths;
    }
}
