package com.tcostudio.io.scenario;

import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.portfolio.V1Migration;

/**
 * Version 1 files: read as before by {@link ScenarioReader} (v1's rules and messages unchanged),
 * then migrated by the contract's mapping ({@link V1Migration}). The v1 scenario is kept beside the
 * portfolio, so that {@code evaluate} prints v1's output for a v1 file.
 */
final class V1ScenarioMigrator implements ScenarioMigrator {
    @Override
    public int fromVersion() {
        return ScenarioReader.SCHEMA_VERSION;
    }

    @Override
    public LoadedScenario read(byte[] json, String fileName, CatalogueLookup catalogue) throws ScenarioFileException {
        Scenario scenario = new ScenarioReader(catalogue).read(json, fileName);
        return LoadedScenario.ofV1(scenario, V1Migration.migrate(scenario));
    }
}
