package com.tcostudio.cli;

import com.tcostudio.io.BoundedFiles;
import com.tcostudio.io.UserDirectories;
import com.tcostudio.io.catalogue.CatalogueImportException;
import com.tcostudio.io.catalogue.LiteLlmImport;
import com.tcostudio.io.catalogue.LiteLlmImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "import-litellm", mixinStandardHelpOptions = true,
        description = "Imports the chat models of a LiteLLM model_prices_and_context_window.json into your catalogue "
                + "(USD per token becomes USD per million tokens). Other modes (embedding, image, audio...), "
                + "entries without prices and prices above 1,000 USD per million tokens (not plausible) are skipped "
                + "and counted. Each import merges into the same file: new prices replace those of the same model, "
                + "models of earlier imports are kept. A file with no chat models, or an --out file that is not an "
                + "earlier import, is refused.")
final class ImportLiteLlmCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "LiteLLM price file (JSON).")
    private Path file;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Catalogue file to merge the import into (default: litellm-import.json in your catalogue folder, "
                    + "${sys:user.home}/.tco-studio/catalogue); a file that is not an earlier import is refused.")
    private Path out;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Date of the prices (default: the file's last-modified date).")
    private String asOf;

    @Option(names = "--list-skipped", description = "Also list every skipped entry.")
    private boolean listSkipped;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        try {
            // a FIFO would block the read for ever and /dev/zero never ends: refuse both unopened
            BoundedFiles.check(file, BoundedFiles.MAX_BYTES);
        } catch (BoundedFiles.UnreadableFileException e) {
            throw new TcoCli.BadInputException(file + ": (file): " + e.getMessage());
        }
        LocalDate date;
        try {
            date = asOf != null ? LocalDate.parse(asOf) : LiteLlmImporter.lastModifiedDate(file);
        } catch (DateTimeParseException e) {
            throw new TcoCli.BadInputException("--as-of: must be a date written YYYY-MM-DD (was \"" + asOf + "\")");
        } catch (IOException e) {
            throw new TcoCli.BadInputException(file + ": (file): cannot be read: " + e.getMessage());
        }
        LiteLlmImport result;
        try {
            result = new LiteLlmImporter().read(file, date);
        } catch (CatalogueImportException e) {
            throw new TcoCli.BadInputException(e.getMessage());
        }
        Path target = out != null ? out : UserDirectories.catalogue().resolve(LiteLlmImporter.IMPORT_FILE);
        Files.createDirectories(target.toAbsolutePath().getParent());
        LiteLlmImporter.Saved saved;
        try {
            saved = new LiteLlmImporter().write(result.models(), target);
        } catch (CatalogueImportException e) {
            throw new TcoCli.BadInputException((out != null ? "--out " : "") + e.getMessage());
        }
        w.printf("Imported %d chat models from %s (prices as of %s), %s%n", result.models().size(), file, date,
                saved.summary());
        w.printf("Skipped %d of %d entries:%n", result.skippedCount(), result.entriesRead());
        for (String line : result.skippedSummary()) {
            w.println("  " + line);
        }
        // always named: a price taken for implausible may be one the user meant to have
        for (String key : result.skipped().getOrDefault(LiteLlmImporter.IMPLAUSIBLE, List.of())) {
            if (!listSkipped) {
                w.println("  skipped (" + LiteLlmImporter.IMPLAUSIBLE + "): " + key);
            }
        }
        if (listSkipped) {
            for (Map.Entry<String, List<String>> e : result.skipped().entrySet()) {
                for (String key : e.getValue()) {
                    w.println("  skipped (" + e.getKey() + "): " + key);
                }
            }
        }
        w.flush();
        return 0;
    }
}
