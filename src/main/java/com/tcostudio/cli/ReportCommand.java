package com.tcostudio.cli;

import com.tcostudio.core.compare.VendorComparison;
import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.PortfolioEngine;
import com.tcostudio.core.engine.PortfolioEvaluation;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.io.scenario.LoadedScenario;
import com.tcostudio.report.ExcelWorkbook;
import com.tcostudio.report.PdfReport;
import com.tcostudio.report.PortfolioReport;
import com.tcostudio.report.PortfolioWorkbook;
import com.tcostudio.report.UncertaintyAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes the stakeholder report of a scenario as a PDF and/or its numbers as an Excel workbook. PDF: cover, summary with the verdict, charts "
                + "(vector, selectable text), yearly costs by category, assumptions with sources, methodology. When the scenario has an "
                + "uncertainty section, both also carry the uncertainty analysis: probability that self-hosting is cheaper, P10-P90 bands, "
                + "tornado, ranges and what-if break-evens. For a version 2 file (a portfolio): an executive page with the "
                + "recommendation, the plans side by side, what each use case costs in each plan, feasibility with the reasons, "
                + "operating points, contract terms and per-plan charts; the workbook has sheets Plans, By use case, Monthly per "
                + "plan, Feasibility, Deployments and Contract terms.")
final class ReportCommand implements Callable<Integer> {
    @Mixin
    private ScenarioSource source;

    @Option(names = "--pdf", paramLabel = "OUT.pdf", description = "The PDF report to write.")
    private Path pdf;

    @Option(names = "--xlsx", paramLabel = "OUT.xlsx",
            description = "An Excel workbook to write: summary, one sheet per setup (months x categories), assumptions; "
                    + "for a portfolio, its plans, use cases, months, feasibility, deployments and contract terms.")
    private Path xlsx;

    @Option(names = "--letter", description = "US Letter pages instead of A4.")
    private boolean letter;

    @Option(names = "--vendors", description = "Add a page ranking every catalogued option for this workload.")
    private boolean vendors;

    @Option(names = "--samples", defaultValue = "10000",
            description = "Simulated cases of the uncertainty analysis (default ${DEFAULT-VALUE}).")
    private int samples;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the uncertainty analysis (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--no-uncertainty", description = "Leave the uncertainty analysis out even when the scenario has ranges.")
    private boolean noUncertainty;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (pdf == null && xlsx == null) {
            throw new TcoCli.BadInputException("report: give --pdf OUT.pdf and/or --xlsx OUT.xlsx");
        }
        if (samples < 1) {
            throw new TcoCli.BadInputException("--samples: must be at least 1 (was " + samples + ")");
        }
        LoadedScenario loaded = source.load();
        if (!loaded.isV1()) {
            return portfolio(loaded.portfolio());
        }
        Scenario scenario = loaded.scenario();
        Evaluation evaluation = CostEngine.DEFAULT.evaluate(scenario);
        // computed once for both documents; a scenario without ranges gets no uncertainty part at all
        UncertaintyAnalysis analysis = noUncertainty || scenario.uncertainty().isEmpty() ? null
                : UncertaintyAnalysis.compute(scenario, samples, seed);
        // the catalogue the file was read against: the assumptions tell its converted prices from the file's own
        com.tcostudio.core.catalogue.Catalogue catalogue = source.catalogue.load();
        if (pdf != null) {
            new PdfReport(evaluation, source.name(), LocalDate.now(), letter ? PdfReport.Paper.LETTER : PdfReport.Paper.A4,
                    vendors ? VendorComparison.rank(scenario, catalogue) : java.util.List.of(), analysis, catalogue).write(pdf);
            spec.commandLine().getOut().println("Wrote " + pdf);
        }
        if (xlsx != null) {
            new ExcelWorkbook(evaluation, analysis, catalogue).write(xlsx);
            spec.commandLine().getOut().println("Wrote " + xlsx);
        }
        return 0;
    }

    /**
     * A version 2 file: the portfolio report and workbook. The vendor ranking and the uncertainty
     * analysis are version 1's (one workload, three setups); asked for on a portfolio, they are
     * refused in words rather than silently left out.
     */
    private int portfolio(Portfolio portfolio) throws Exception {
        if (vendors) {
            throw new TcoCli.BadInputException(source.name() + ": --vendors ranks options for one workload; this file is "
                    + "a portfolio (schemaVersion 2), whose report compares its plans instead");
        }
        PortfolioEvaluation evaluation = PortfolioEngine.DEFAULT.evaluate(portfolio);
        if (pdf != null) {
            new PortfolioReport(evaluation, source.name(), LocalDate.now(), letter ? PdfReport.Paper.LETTER : PdfReport.Paper.A4)
                    .write(pdf);
            spec.commandLine().getOut().println("Wrote " + pdf);
        }
        if (xlsx != null) {
            new PortfolioWorkbook(evaluation).write(xlsx);
            spec.commandLine().getOut().println("Wrote " + xlsx);
        }
        return 0;
    }
}
