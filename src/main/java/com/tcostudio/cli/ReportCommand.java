package com.tcostudio.cli;

import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.report.PdfReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes the stakeholder report of a scenario as a PDF: cover, summary with the verdict, charts "
                + "(vector, selectable text), yearly costs by category, assumptions with sources, methodology.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..1", description = "Scenario file (JSON, schemaVersion 1).")
    private Path file;

    @Option(names = "--default", description = "Report on the built-in default scenario instead of a file.")
    private boolean builtInDefault;

    @Option(names = "--pdf", paramLabel = "OUT.pdf", required = true, description = "The PDF to write.")
    private Path pdf;

    @Option(names = "--letter", description = "US Letter pages instead of A4.")
    private boolean letter;

    @Mixin
    private CatalogueOptions catalogueOptions;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = EvaluateCommand.scenario(file, builtInDefault, catalogueOptions);
        Evaluation evaluation = CostEngine.DEFAULT.evaluate(scenario);
        String source = file != null ? String.valueOf(file.getFileName()) : "built-in default scenario";
        new PdfReport(evaluation, source, LocalDate.now(), letter ? PdfReport.Paper.LETTER : PdfReport.Paper.A4).write(pdf);
        spec.commandLine().getOut().println("Wrote " + pdf);
        return 0;
    }
}
