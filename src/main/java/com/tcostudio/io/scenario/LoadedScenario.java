package com.tcostudio.io.scenario;

import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.portfolio.Portfolio;

import java.util.Optional;

/**
 * A scenario file as read: the version written in it, the portfolio it stands for (a version 1
 * file migrated), and for a version 1 file its v1 scenario, which v1's outputs and screens use.
 *
 * @param scenario the v1 scenario; null for a version 2 file
 */
public record LoadedScenario(int schemaVersion, Scenario scenario, Portfolio portfolio) {
    public LoadedScenario {
        if (portfolio == null) {
            throw new IllegalArgumentException("a loaded scenario needs its portfolio");
        }
        if ((scenario != null) != (schemaVersion == ScenarioReader.SCHEMA_VERSION)) {
            throw new IllegalArgumentException("a v1 scenario comes with a version 1 file only (version "
                    + schemaVersion + ")");
        }
    }

    static LoadedScenario ofV1(Scenario scenario, Portfolio migrated) {
        return new LoadedScenario(ScenarioReader.SCHEMA_VERSION, scenario, migrated);
    }

    static LoadedScenario ofV2(Portfolio portfolio) {
        return new LoadedScenario(PortfolioReader.SCHEMA_VERSION, null, portfolio);
    }

    public boolean isV1() {
        return scenario != null;
    }

    public Optional<Scenario> v1() {
        return Optional.ofNullable(scenario);
    }
}
