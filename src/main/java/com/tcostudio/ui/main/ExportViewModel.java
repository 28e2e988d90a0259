package com.tcostudio.ui.main;

import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.core.compare.VendorComparison;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.io.AtomicFiles;
import com.tcostudio.io.json.EvaluationCsv;
import com.tcostudio.report.ExcelWorkbook;
import com.tcostudio.report.PdfReport;
import com.tcostudio.report.UncertaintyAnalysis;
import com.tcostudio.ui.uncertainty.UncertaintyViewModel;
import com.tcostudio.ui.util.LatestWins;
import com.tcostudio.ui.util.TaskStatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Writes the current evaluation to a file: the PDF report (optionally ranking the catalogue's
 * options), the Excel workbook and the monthly CSV. Ranking every option and simulating a scenario
 * with ranges take seconds, so exports run off the FX thread with their progress in the status
 * strip; the window stays live, and a newer export takes over from a running one.
 */
public final class ExportViewModel {
    /** Share of a report's progress spent before the Monte Carlo (the vendor ranking). */
    private static final double RANKED = 0.2;
    /** Share of a report's progress reached once the Monte Carlo is done; writing the file follows. */
    private static final double SIMULATED = 0.9;

    private final MainViewModel main;
    private final UncertaintyViewModel uncertainty;
    private final PriceCatalogueViewModel prices;
    private final Supplier<LocalDate> today;
    private final TaskStatus status = new TaskStatus();
    private final LatestWins jobs;

    public ExportViewModel(MainViewModel main, UncertaintyViewModel uncertainty, PriceCatalogueViewModel prices,
                           Supplier<LocalDate> today, Executor background, Executor fxThread) {
        this.main = main;
        this.uncertainty = uncertainty;
        this.prices = prices;
        this.today = today;
        this.jobs = new LatestWins(background, fxThread, status::progress);
    }

    public TaskStatus status() {
        return status;
    }

    /** The name the report's footer gives the scenario: its file's name, or "unsaved scenario". */
    public String sourceName() {
        Path current = main.fileProperty().get();
        return current == null ? "unsaved scenario" : String.valueOf(current.getFileName());
    }

    /** The report's file name proposed to the user: the scenario file's with {@code .pdf}. */
    public String suggestedReportName() {
        Path current = main.fileProperty().get();
        return (current == null ? "tco-report" : sourceName().replaceAll("\\.[^.]*$", "")) + ".pdf";
    }

    /**
     * Writes the PDF report of the current evaluation (A4; the command line offers Letter), with or
     * without the page ranking the catalogue's options, and with the uncertainty pages when the
     * scenario has ranges (the analysis on screen, or the same cases and seed simulated now).
     */
    public void exportReport(Path target, boolean withVendors) {
        Evaluation e = main.evaluationProperty().get();
        if (e == null) {
            return;
        }
        String source = sourceName();
        LocalDate date = today.get();
        Catalogue catalogue = prices.catalogue();
        UncertaintyViewModel.ReportAnalysis ranges = uncertainty.forReport(e);
        status.start("Writing the report " + target.getFileName() + "...");
        jobs.submit(job -> {
            List<VendorComparison.Option> vendors = withVendors ? VendorComparison.rank(e.scenario(), catalogue) : List.of();
            job.progress(RANKED);
            job.stopIfStale();
            UncertaintyAnalysis analysis = ranges.compute(p -> job.progress(RANKED + (SIMULATED - RANKED) * p), job::stale);
            write(() -> new PdfReport(e, source, date, PdfReport.Paper.A4, vendors, analysis, catalogue).write(target));
            return target;
        }, done -> status.done("Report written", "Wrote " + done), ex -> status.failed("Cannot export the report", reason(target, ex)));
    }

    /**
     * Writes the evaluation as an Excel workbook (numbers as numbers, currency formats), with the
     * Monte Carlo's bands and the tornado when the scenario has ranges.
     */
    public void exportWorkbook(Path target) {
        Evaluation e = main.evaluationProperty().get();
        if (e == null) {
            return;
        }
        UncertaintyViewModel.ReportAnalysis ranges = uncertainty.forReport(e);
        Catalogue catalogue = prices.catalogue();
        status.start("Writing the workbook " + target.getFileName() + "...");
        jobs.submit(job -> {
            UncertaintyAnalysis analysis = ranges.compute(p -> job.progress(SIMULATED * p), job::stale);
            write(() -> new ExcelWorkbook(e, analysis, catalogue).write(target));
            return target;
        }, done -> status.done("Workbook written", "Wrote " + done), ex -> status.failed("Cannot export the workbook", reason(target, ex)));
    }

    /** The monthly breakdown as CSV, the same as {@code evaluate FILE --csv}. */
    public void exportCsv(Path target) {
        Evaluation e = main.evaluationProperty().get();
        if (e == null) {
            return;
        }
        status.start("Writing the breakdown " + target.getFileName() + "...");
        jobs.submit(job -> {
            write(() -> AtomicFiles.writeString(target, EvaluationCsv.toCsv(e)));
            return target;
        }, done -> status.done("Breakdown written", "Wrote " + done), ex -> status.failed("Cannot export the breakdown", reason(target, ex)));
    }

    /** Writing a file, whose failure comes back to the FX thread as an unchecked exception. */
    @FunctionalInterface
    private interface Writing {
        void run() throws IOException;
    }

    private static void write(Writing w) {
        try {
            w.run();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The file the user chose, then why it could not be written (the cause may name a temporary file). */
    private static String reason(Path target, RuntimeException e) {
        return "Could not write " + target + ": " + PriceCatalogueViewModel.reason(e);
    }
}
