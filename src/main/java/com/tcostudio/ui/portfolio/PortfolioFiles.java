package com.tcostudio.ui.portfolio;

import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.io.scenario.LoadedScenario;
import com.tcostudio.io.scenario.PortfolioWriter;
import com.tcostudio.io.scenario.ScenarioFileException;
import com.tcostudio.io.scenario.ScenarioFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Scenario files for the portfolio screens: any version read (a version 1 file migrated), version
 * 2 written, and the shipped templates. A file that cannot be used is an {@link IOException} whose
 * message names the file, the field and the rule.
 */
public final class PortfolioFiles {
    private final CatalogueLookup catalogue;
    private final PortfolioWriter writer = new PortfolioWriter();

    public PortfolioFiles(CatalogueLookup catalogue) {
        this.catalogue = catalogue;
    }

    public PortfolioViewModel.Opened read(Path file) throws IOException {
        try {
            LoadedScenario loaded = new ScenarioFiles(catalogue).read(file);
            return new PortfolioViewModel.Opened(loaded.portfolio(), loaded.schemaVersion());
        } catch (ScenarioFileException e) {
            throw new IOException(e.describeAll(), e);
        }
    }

    public void write(Portfolio p, Path file) throws IOException {
        writer.write(p, file);
    }

    /** A shipped template; failing here is a packaging error, which the build's tests rule out. */
    public Portfolio template(Templates.Template t) {
        try (InputStream in = PortfolioFiles.class.getClassLoader().getResourceAsStream(t.resource())) {
            if (in == null) {
                throw new IllegalStateException(t.resource() + " is missing from the application");
            }
            return new ScenarioFiles(catalogue).read(in.readAllBytes(), t.resource()).portfolio();
        } catch (ScenarioFileException e) {
            throw new IllegalStateException(e.describeAll(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
