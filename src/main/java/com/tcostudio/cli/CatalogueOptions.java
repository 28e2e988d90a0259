package com.tcostudio.cli;

import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.io.UserDirectories;
import com.tcostudio.io.catalogue.CatalogueLoader;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the price catalogue comes from: the shipped one plus the user's imports. */
final class CatalogueOptions {
    @Option(names = "--catalogue", paramLabel = "DIR",
            description = "Folder of extra catalogue files (your imports) loaded after the shipped catalogue; "
                    + "default: ~/.tco-studio/catalogue (or $TCO_STUDIO_HOME/catalogue) when it exists.")
    Path directory;

    /**
     * @throws TcoCli.BadInputException when {@code --catalogue} names a folder that does not exist: a
     *                                  mistyped path would otherwise price everything from the shipped
     *                                  catalogue without a word
     */
    Catalogue load() throws TcoCli.BadInputException {
        if (directory != null && !Files.isDirectory(directory)) {
            throw new TcoCli.BadInputException("--catalogue " + directory + ": " + (Files.exists(directory)
                    ? "is not a folder" : "no such folder") + "; give the folder that holds your catalogue files");
        }
        Path dir = directory != null ? directory : UserDirectories.catalogue();
        List<Path> extra = directory != null || Files.isDirectory(dir) ? List.of(dir) : List.of();
        return new CatalogueLoader().load(extra);
    }
}
