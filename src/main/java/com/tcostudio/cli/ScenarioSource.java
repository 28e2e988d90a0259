package com.tcostudio.cli;

import com.tcostudio.core.model.Scenario;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** Where a command's scenario comes from: a FILE or the built-in default, priced from the catalogue. */
final class ScenarioSource {
    @Parameters(paramLabel = "FILE", arity = "0..1", description = "Scenario file (JSON, schemaVersion 1).")
    Path file;

    @Option(names = "--default", description = "Use the built-in default scenario instead of a file.")
    boolean builtInDefault;

    @Mixin
    CatalogueOptions catalogue;

    Scenario read() throws TcoCli.BadInputException {
        return EvaluateCommand.scenario(file, builtInDefault, catalogue);
    }

    /** The scenario's name for report footers. */
    String name() {
        return file != null ? String.valueOf(file.getFileName()) : "built-in default scenario";
    }
}
