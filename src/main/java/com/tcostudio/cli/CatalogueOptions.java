package com.tcostudio.cli;

import com.tcostudio.core.model.CatalogueLookup;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the price catalogue comes from: the shipped one plus the user's imports. */
final class CatalogueOptions {
    @Option(names = "--catalogue", paramLabel = "DIR",
            description = "Extra catalogue directory (imported price files); default: the user's catalogue folder.")
    Path directory;

    CatalogueLookup load() {
        return CatalogueLookup.NONE;
    }
}
