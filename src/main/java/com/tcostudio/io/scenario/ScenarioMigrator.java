package com.tcostudio.io.scenario;

import com.tcostudio.core.model.CatalogueLookup;

/**
 * Brings a scenario file of one old schema version to the current model, one migrator per old
 * version (as JabRef's study files do): a file of version n is read by its own reader and moved
 * forward by the migrator of version n. {@link ScenarioFiles} picks the migrator by the file's
 * {@code schemaVersion}.
 */
interface ScenarioMigrator {
    /** The schema version this migrator reads. */
    int fromVersion();

    /** Reads a file of {@link #fromVersion()} and migrates it. */
    LoadedScenario read(byte[] json, String fileName, CatalogueLookup catalogue) throws ScenarioFileException;
}
