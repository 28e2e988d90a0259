package com.tcostudio.ui.main;

import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.io.catalogue.CatalogueImportException;
import com.tcostudio.io.catalogue.CatalogueLoader;
import com.tcostudio.io.catalogue.LiteLlmImport;
import com.tcostudio.io.catalogue.LiteLlmImporter;
import com.tcostudio.ui.util.LatestWins;
import com.tcostudio.ui.util.TaskStatus;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The price catalogue the app works with (shipped entries plus the user's folder), and the work
 * that changes it: importing a LiteLLM price file and reloading. Loading validates every file
 * against its schema and an import reads a file of thousands of entries, so both run off the FX
 * thread; the window stays live and the status strip says what is happening.
 */
public final class PriceCatalogueViewModel {
    /** Name of the imported LiteLLM prices in the user's catalogue folder. */
    static final String IMPORT_FILE = "litellm-import.json";

    private final ReadOnlyObjectWrapper<Catalogue> catalogue = new ReadOnlyObjectWrapper<>(this, "catalogue");
    private final Path userFolder;
    private final TaskStatus status = new TaskStatus();
    private final LatestWins jobs;

    /**
     * @param userFolder the user's catalogue folder: imports go there and it is loaded beside the
     *                   shipped catalogue (need not exist yet)
     */
    public PriceCatalogueViewModel(Catalogue initial, Path userFolder, Executor background, Executor fxThread) {
        catalogue.set(initial);
        this.userFolder = userFolder;
        this.jobs = new LatestWins(background, fxThread, status::progress);
    }

    public ReadOnlyObjectProperty<Catalogue> catalogueProperty() {
        return catalogue.getReadOnlyProperty();
    }

    public Catalogue catalogue() {
        return catalogue.get();
    }

    public TaskStatus status() {
        return status;
    }

    /** What an import did, for the message once the catalogue is reloaded. */
    private record Imported(LiteLlmImport result, Catalogue reloaded) {
    }

    /** Imports a LiteLLM price file into the user's folder, then reloads the catalogue. */
    public void importLiteLlm(Path file) {
        status.start("Importing " + file.getFileName() + "...");
        jobs.submit(job -> {
            try {
                LiteLlmImporter importer = new LiteLlmImporter();
                LiteLlmImport result = importer.read(file, LiteLlmImporter.lastModifiedDate(file));
                job.stopIfStale();
                Files.createDirectories(userFolder);
                importer.write(result.models(), userFolder.resolve(IMPORT_FILE));
                return new Imported(result, load());
            } catch (CatalogueImportException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, done -> {
            catalogue.set(done.reloaded());
            status.done("Prices imported", "Imported " + done.result().models().size() + " chat models into "
                    + userFolder + ".\nSkipped " + done.result().skippedCount() + ":\n"
                    + String.join("\n", done.result().skippedSummary()));
        }, e -> status.failed("Cannot import", reason(e)));
    }

    /** Loads the catalogue again, e.g. after files in the user's folder changed. */
    public void reload() {
        status.start("Loading the price catalogue...");
        jobs.submit(job -> load(), reloaded -> {
            catalogue.set(reloaded);
            status.done("Catalogue reloaded", reloaded.apiModels().size() + " API models, "
                    + reloaded.gpuOffers().size() + " GPU offers, " + reloaded.servingProfiles().size() + " serving profiles.");
        }, e -> status.failed("Cannot load the catalogue", reason(e)));
    }

    private Catalogue load() {
        return new CatalogueLoader().load(Files.isDirectory(userFolder) ? List.of(userFolder) : List.of());
    }

    /** The message of the cause the user can act on, not the wrapper's. */
    static String reason(RuntimeException e) {
        Throwable t = e instanceof UncheckedIOException || e instanceof IllegalArgumentException && e.getCause() != null
                ? e.getCause() : e;
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
