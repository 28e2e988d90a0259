package com.tcostudio.ui.main;

import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.Input;
import com.tcostudio.io.json.EvaluationCsv;
import com.tcostudio.support.TestScenarios;
import com.tcostudio.ui.uncertainty.UncertaintyViewModel;
import com.tcostudio.ui.util.TaskStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exports and imports run on the background executor: nothing is written until it runs. */
class BackgroundTasksTest {
    private static final Path LITELLM = Path.of("src/test/resources/catalogue/litellm-model-prices-2026-06-10-trimmed.json");
    private final Deque<Runnable> background = new ArrayDeque<>();
    private final MainViewModel main = new MainViewModel(CatalogueLookup.NONE,
            () -> TestScenarios.methodologyExample().build(), Runnable::run, Runnable::run);

    private void runBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    private ExportViewModel exports(PriceCatalogueViewModel prices) {
        UncertaintyViewModel uncertainty = new UncertaintyViewModel(main.scenarioProperty(), UncertaintyViewModel::monteCarlo,
                Runnable::run, Runnable::run);
        return new ExportViewModel(main, uncertainty, prices, () -> LocalDate.of(2026, 11, 1), background::add, Runnable::run);
    }

    @Test
    void theCsvIsWrittenOffTheFxThreadAndTheOutcomeSaysWhere(@TempDir Path dir) throws Exception {
        ExportViewModel vm = exports(new PriceCatalogueViewModel(Catalogue.empty(), dir, Runnable::run, Runnable::run));
        Path csv = dir.resolve("out.csv");
        vm.exportCsv(csv);
        assertTrue(vm.status().runningProperty().get());
        assertFalse(Files.exists(csv));
        runBackground();
        assertEquals(EvaluationCsv.toCsv(main.evaluationProperty().get()), Files.readString(csv));
        assertFalse(vm.status().runningProperty().get());
        assertEquals(new TaskStatus.Outcome(false, "Breakdown written", "Wrote " + csv), vm.status().outcomeProperty().get());
    }

    @Test
    void aReportWithRangesSimulatesInTheBackgroundAndIsWritten(@TempDir Path dir) throws Exception {
        main.setRange(Input.GPU_HOURLY, Distribution.uniform(2, 3));
        ExportViewModel vm = exports(new PriceCatalogueViewModel(Catalogue.empty(), dir, Runnable::run, Runnable::run));
        Path pdf = dir.resolve("report.pdf");
        vm.exportReport(pdf, true);
        runBackground();
        assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertFalse(vm.status().outcomeProperty().get().failed());
    }

    @Test
    void aFailedExportIsAnOutcomeInWordsNotAnException(@TempDir Path dir) throws Exception {
        ExportViewModel vm = exports(new PriceCatalogueViewModel(Catalogue.empty(), dir, Runnable::run, Runnable::run));
        // a folder that cannot be made: a file of that name is in the way
        Files.writeString(dir.resolve("no-such-folder"), "");
        vm.exportCsv(dir.resolve("no-such-folder").resolve("out.csv"));
        runBackground();
        TaskStatus.Outcome o = vm.status().outcomeProperty().get();
        assertTrue(o.failed());
        assertEquals("Cannot export the breakdown", o.title());
        assertTrue(o.text().startsWith("Could not write " + dir.resolve("no-such-folder").resolve("out.csv") + ": "), o.text());
    }

    @Test
    void anImportWritesTheUsersFolderAndReloadsTheCatalogueInTheBackground(@TempDir Path dir) {
        PriceCatalogueViewModel prices = new PriceCatalogueViewModel(Catalogue.empty(), dir.resolve("catalogue"),
                background::add, Runnable::run);
        prices.importLiteLlm(LITELLM);
        assertEquals(0, prices.catalogue().apiModels().size());
        runBackground();
        assertTrue(Files.isRegularFile(dir.resolve("catalogue").resolve(PriceCatalogueViewModel.IMPORT_FILE)));
        assertTrue(prices.catalogue().apiModels().size() > 0);
        TaskStatus.Outcome o = prices.status().outcomeProperty().get();
        assertFalse(o.failed(), o.text());
        assertTrue(o.text().startsWith("Imported "), o.text());
    }

    @Test
    void aFileThatIsNotLiteLlmIsRefusedAndTheCatalogueStays(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{ not json");
        Catalogue before = Catalogue.empty();
        PriceCatalogueViewModel prices = new PriceCatalogueViewModel(before, dir.resolve("catalogue"), background::add,
                Runnable::run);
        prices.importLiteLlm(bad);
        runBackground();
        assertTrue(prices.status().outcomeProperty().get().failed());
        assertEquals("Cannot import", prices.status().outcomeProperty().get().title());
        assertEquals(before, prices.catalogue());
    }
}
