package com.tcostudio.report;

import com.tcostudio.core.engine.Category;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Pair;
import com.tcostudio.core.engine.SetupResult;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The evaluation as an Excel workbook: a summary sheet, one sheet per setup (months as rows,
 * categories as columns, then totals, cumulative, discounted, cost per MTok and, for self-hosted
 * setups, replicas, GPUs, utilization and idle capacity) and an assumptions sheet. Every number is
 * a number cell in full precision, formatted with the scenario's currency; nothing is text.
 */
public final class ExcelWorkbook implements ReportFile {
    private final Evaluation e;
    private final String money;

    public ExcelWorkbook(Evaluation evaluation) {
        this.e = evaluation;
        // a number format, so cells stay numbers a finance lead can sum, shown as "USD 1,234.56". The
        // [$CUR] form needs no quotes: fastexcel writes a format's quotes unescaped, which breaks the file.
        this.money = "[$" + evaluation.scenario().currency().code() + "] #,##0.00";
    }


    @Override
    public void write(OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "TCO Studio", "1.0");
        summary(wb.newWorksheet("Summary"));
        for (SetupResult r : e.setups().values()) {
            setup(wb.newWorksheet(r.setup().label()), r);
        }
        assumptions(wb.newWorksheet("Assumptions"));
        wb.finish();
    }

    private void summary(Worksheet ws) {
        Scenario s = e.scenario();
        ws.value(0, 0, "Scenario");
        ws.value(0, 1, s.name());
        ws.value(1, 0, "Currency");
        ws.value(1, 1, s.currency().code());
        ws.value(2, 0, "Horizon (months)");
        ws.value(2, 1, e.months());
        ws.value(3, 0, "Verdict");
        ws.value(3, 1, Summary.verdict(e));
        int row = 5;
        header(ws, row, "Setup", "TCO", "NPV", "Hidden-cost share");
        for (SetupResult r : e.setups().values()) {
            row++;
            ws.value(row, 0, r.setup().label());
            moneyCell(ws, row, 1, r.tco());
            moneyCell(ws, row, 2, r.npv());
            if (r.setup().selfHosted()) {
                ws.value(row, 3, r.hiddenCostShare());
                ws.style(row, 3).format("0.0%").set();
            }
        }
        row += 2;
        header(ws, row, "Break-even", "Month", "Discounted month", "Crossings");
        for (Pair p : Pair.values()) {
            int r0 = ++row;
            e.breakEven(p).ifPresent(b -> {
                ws.value(r0, 0, p.a().label() + " vs " + p.b().label());
                number(ws, r0, 1, b.month(), "0.00");
                number(ws, r0, 2, b.discountedMonth(), "0.00");
                ws.value(r0, 3, b.crossings().size());
            });
        }
        row += 2;
        ws.value(row, 0, "Break-even volume, first (tokens/month)");
        number(ws, row, 1, e.breakEvenVolume().first(), "#,##0");
        row++;
        ws.value(row, 0, "Break-even volume, sustained (tokens/month)");
        number(ws, row, 1, e.breakEvenVolume().sustained(), "#,##0");
        ws.width(0, 44);
        ws.width(1, 22);
        ws.width(2, 22);
        ws.width(3, 18);
    }

    private void setup(Worksheet ws, SetupResult r) {
        int col = 0;
        ws.value(0, col++, "Month");
        ws.value(0, col++, "Input tokens");
        ws.value(0, col++, "Output tokens");
        for (Category c : Category.values()) {
            ws.value(0, col++, c.label());
        }
        for (String h : new String[]{"Total", "Cumulative", "Discounted", "Cost per MTok"}) {
            ws.value(0, col++, h);
        }
        if (r.setup().selfHosted()) {
            for (String h : new String[]{"Replicas", "GPUs", "Utilization", "Idle capacity"}) {
                ws.value(0, col++, h);
            }
        }
        ws.range(0, 0, 0, col - 1).style().bold().wrapText(true).set();
        for (int i = 0; i < e.months(); i++) {
            int row = i + 1;
            int c = 0;
            ws.value(row, c++, i + 1);
            number(ws, row, c++, e.inputTokens(i), "#,##0");
            number(ws, row, c++, e.outputTokens(i), "#,##0");
            for (Category cat : Category.values()) {
                moneyCell(ws, row, c++, r.category(cat, i));
            }
            moneyCell(ws, row, c++, r.total(i));
            moneyCell(ws, row, c++, r.cumulative(i));
            moneyCell(ws, row, c++, r.discounted(i));
            number(ws, row, c++, r.costPerMTok(i), money);
            if (r.setup().selfHosted()) {
                ws.value(row, c++, r.replicas(i));
                ws.value(row, c++, r.gpus(i));
                number(ws, row, c++, r.utilization(i), "0.0%");
                moneyCell(ws, row, c++, r.idleCapacity(i));
            }
        }
        ws.freezePane(1, 1);
        for (int c = 0; c < col; c++) {
            ws.width(c, c == 0 ? 8 : 16);
        }
    }

    private void assumptions(Worksheet ws) {
        Scenario s = e.scenario();
        header(ws, 0, "Input", "Value", "Unit", "Source", "Field in the scenario file");
        int row = 0;
        for (Input input : Input.values()) {
            if (!input.appliesTo(s.hostingMode(), s.hybridPolicy())) {
                continue;
            }
            row++;
            ws.value(row, 0, input.label());
            number(ws, row, 1, s.get(input), "General");
            ws.value(row, 2, input.unit().label(s.currency().code()));
            ws.value(row, 3, source(input));
            ws.value(row, 4, input.path());
        }
        ws.width(0, 26);
        ws.width(1, 18);
        ws.width(2, 20);
        ws.width(3, 44);
        ws.width(4, 36);
    }

    private String source(Input input) {
        return InputSource.catalogueEntry(e.scenario(), input)
                .map(r -> r.id() + (r.asOf() == null ? "" : ", prices as of " + r.asOf())).orElse("scenario file");
    }

    private static void header(Worksheet ws, int row, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            ws.value(row, i, titles[i]);
            ws.style(row, i).bold().set();
        }
    }

    private void moneyCell(Worksheet ws, int row, int col, double v) {
        number(ws, row, col, v, money);
    }

    /** A number cell with its format; an empty cell where the value does not exist (NaN). */
    private static void number(Worksheet ws, int row, int col, double v, String format) {
        if (Double.isNaN(v)) {
            return;
        }
        ws.value(row, col, v);
        ws.style(row, col).format(format).set();
    }
}
