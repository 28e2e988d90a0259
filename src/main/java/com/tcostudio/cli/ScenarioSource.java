package com.tcostudio.cli;

import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.portfolio.V1Migration;
import com.tcostudio.io.scenario.DefaultScenario;
import com.tcostudio.io.scenario.LoadedScenario;
import com.tcostudio.io.scenario.ScenarioFileException;
import com.tcostudio.io.scenario.ScenarioFiles;
import com.tcostudio.io.scenario.ScenarioReader;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** Where a command's scenario comes from: a FILE or the built-in default, priced from the catalogue. */
final class ScenarioSource {
    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "Scenario file (JSON, schemaVersion 1, or 2 for a portfolio of use cases and plans).")
    Path file;

    @Option(names = "--default", description = "Use the built-in default scenario instead of a file.")
    boolean builtInDefault;

    @Mixin
    CatalogueOptions catalogue;

    /** The file of any version, or the built-in default (a version 1 scenario). */
    LoadedScenario load() throws TcoCli.BadInputException {
        if (builtInDefault == (file != null)) {
            throw new TcoCli.BadInputException("give either a scenario FILE or --default");
        }
        try {
            var lookup = catalogue.load();
            if (builtInDefault) {
                Scenario s = DefaultScenario.read(new ScenarioReader(lookup));
                return new LoadedScenario(ScenarioReader.SCHEMA_VERSION, s, V1Migration.migrate(s));
            }
            return new ScenarioFiles(lookup).read(file);
        } catch (ScenarioFileException e) {
            throw new TcoCli.BadInputException(e.getMessage());
        }
    }

    /** A version 1 scenario, for the commands that work on one; a portfolio is refused in words. */
    Scenario read(String command) throws TcoCli.BadInputException {
        LoadedScenario loaded = load();
        if (!loaded.isV1()) {
            throw new TcoCli.BadInputException(file + ": schemaVersion: is 2 (a portfolio); " + command
                    + " works on version 1 scenarios in this version of TCO Studio (evaluate reads both)");
        }
        return loaded.scenario();
    }

    /** The scenario's name for report footers. */
    String name() {
        return file != null ? String.valueOf(file.getFileName()) : "built-in default scenario";
    }
}
