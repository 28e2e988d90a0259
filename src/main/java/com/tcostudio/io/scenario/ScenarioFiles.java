package com.tcostudio.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.tcostudio.core.model.CatalogueLookup;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Opens a scenario file of any version this build reads, by its {@code schemaVersion}: the current
 * version ({@value PortfolioReader#SCHEMA_VERSION}) with {@link PortfolioReader}, an older one with
 * its {@link ScenarioMigrator}; any other version is refused in words. The file is parsed strictly
 * once up front (one JSON object, nothing after it), whatever its version.
 */
public final class ScenarioFiles {
    private static final List<ScenarioMigrator> MIGRATORS = List.of(new V1ScenarioMigrator());

    private final CatalogueLookup catalogue;

    public ScenarioFiles(CatalogueLookup catalogue) {
        this.catalogue = catalogue;
    }

    public LoadedScenario read(Path file) throws ScenarioFileException {
        return read(JsonInput.read(file), file.toString());
    }

    public LoadedScenario read(byte[] json, String fileName) throws ScenarioFileException {
        JsonNode root = JsonInput.tree(json, fileName);
        JsonNode version = root.get("schemaVersion");
        if (version == null) {
            throw new ScenarioFileException(fileName, "schemaVersion", "is required (" + readable() + ")");
        }
        int v = version.isIntegralNumber() && version.canConvertToInt() ? version.intValue() : Integer.MIN_VALUE;
        if (v == PortfolioReader.SCHEMA_VERSION) {
            return LoadedScenario.ofV2(new PortfolioReader(catalogue).read(root, fileName));
        }
        for (ScenarioMigrator m : MIGRATORS) {
            if (m.fromVersion() == v) {
                return m.read(json, fileName, catalogue);
            }
        }
        throw new ScenarioFileException(fileName, "schemaVersion", readable() + " (the file has "
                + JsonInput.describe(version) + ")" + (v > PortfolioReader.SCHEMA_VERSION
                ? "; it was written by a newer TCO Studio" : ""));
    }

    private static String readable() {
        String old = MIGRATORS.stream().map(m -> String.valueOf(m.fromVersion())).collect(Collectors.joining(", "));
        return "this version of TCO Studio reads schemaVersion " + old + " and " + PortfolioReader.SCHEMA_VERSION;
    }
}
