package com.tcostudio.bench;

import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.io.scenario.ScenarioReader;
import com.tcostudio.report.PdfReport;

import java.io.InputStream;
import java.time.LocalDate;

/**
 * Time and size of the full PDF report of a 60-month scenario: the first report in a fresh JVM
 * (what a command-line user waits for, class loading included) and the following ones.
 * {@code java -cp target/tco-studio.jar:target/test-classes com.tcostudio.bench.ReportTiming}
 */
public final class ReportTiming {
    private ReportTiming() {
    }

    public static void main(String[] args) throws Exception {
        Evaluation e;
        try (InputStream in = ReportTiming.class.getResourceAsStream("/golden/own-cash-spillover.scenario.json")) {
            e = CostEngine.DEFAULT.evaluate(new ScenarioReader(CatalogueLookup.NONE).read(in.readAllBytes(), "60 months"));
        }
        for (int run = 1; run <= 6; run++) {
            long t0 = System.nanoTime();
            byte[] pdf = new PdfReport(e, "plan.json", LocalDate.now(), PdfReport.Paper.A4).toBytes();
            System.out.printf("report %d: %.0f ms, %,d bytes%n", run, (System.nanoTime() - t0) / 1e6, pdf.length);
        }
    }
}
