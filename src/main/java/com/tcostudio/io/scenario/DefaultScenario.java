package com.tcostudio.io.scenario;

import com.tcostudio.core.model.Scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The built-in default scenario shipped in {@code pricing-data/default-scenario.json}. */
public final class DefaultScenario {
    public static final String RESOURCE = "pricing-data/default-scenario.json";

    private DefaultScenario() {
    }

    public static Scenario read(ScenarioReader reader) throws ScenarioFileException {
        try (InputStream in = DefaultScenario.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ScenarioFileException(RESOURCE, "(file)", "is missing from the application");
            }
            return reader.read(in.readAllBytes(), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
