package com.tcostudio.ui.main;

import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.CatalogueRef;
import com.tcostudio.core.model.CatalogueSlot;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.HybridPolicy;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.io.scenario.ScenarioFileException;
import com.tcostudio.support.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainViewModelTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final CatalogueLookup CATALOGUE = (slot, id) -> slot == CatalogueSlot.GPU_OFFER && id.equals("cloud/h100")
            ? Optional.of(new CatalogueLookup.Entry(id, AS_OF, Map.of(Input.GPU_HOURLY, 3.0)))
            : Optional.empty();

    private final MainViewModel vm = new MainViewModel(CATALOGUE, () -> TestScenarios.methodologyExample().build(),
            Runnable::run, Runnable::run);

    @Test
    void startsOnTheDefaultScenarioEvaluatedAndUnchanged() {
        assertEquals("Methodology example", vm.scenario().name());
        assertEquals("2,000,000,000", vm.field(Input.INPUT_TOKENS_PER_MONTH).textProperty().get());
        assertTrue(vm.evaluationProperty().get().has(Setup.HYBRID));
        assertFalse(vm.dirtyProperty().get());
        assertEquals("Methodology example (not saved) - TCO Studio", vm.titleProperty().get());
    }

    @Test
    void aValidEditRecomputesAndMarksTheDocumentChanged() {
        double before = vm.evaluationProperty().get().setup(Setup.OPEN).tco();
        vm.field(Input.GPU_HOURLY).textProperty().set("3.5");
        assertEquals(3.5, vm.scenario().get(Input.GPU_HOURLY));
        assertTrue(vm.evaluationProperty().get().setup(Setup.OPEN).tco() > before);
        assertTrue(vm.dirtyProperty().get());
        assertTrue(vm.titleProperty().get().startsWith("* "));
    }

    @Test
    void anOutOfRangeValueIsRefusedWithItsRuleAndTheLastResultStays() {
        Evaluation before = vm.evaluationProperty().get();
        vm.field(Input.CACHED_INPUT_SHARE).textProperty().set("1.4");
        assertEquals("must be a share between 0 and 1 (was 1.4)", vm.field(Input.CACHED_INPUT_SHARE).errorProperty().get());
        assertEquals(0.3, vm.scenario().get(Input.CACHED_INPUT_SHARE));
        assertSame(before, vm.evaluationProperty().get());
        assertTrue(vm.hasRefusedInput());
        vm.field(Input.CACHED_INPUT_SHARE).textProperty().set("0.4");
        assertEquals("", vm.field(Input.CACHED_INPUT_SHARE).errorProperty().get());
        assertFalse(vm.hasRefusedInput());
    }

    @Test
    void textThatIsNotANumberIsRefused() {
        vm.field(Input.GPU_HOURLY).textProperty().set("cheap");
        assertTrue(vm.field(Input.GPU_HOURLY).errorProperty().get().startsWith("must be a number"));
    }

    @Test
    void numbersMayBeTypedWithSeparatorsExponentsOrSuffixes() {
        vm.field(Input.INPUT_TOKENS_PER_MONTH).textProperty().set("2,500,000,000");
        assertEquals(2.5e9, vm.scenario().get(Input.INPUT_TOKENS_PER_MONTH));
        vm.field(Input.INPUT_TOKENS_PER_MONTH).textProperty().set("3.5bn");
        assertEquals(3.5e9, vm.scenario().get(Input.INPUT_TOKENS_PER_MONTH));
        vm.field(Input.INPUT_TOKENS_PER_MONTH).textProperty().set("4e9");
        assertEquals(4e9, vm.scenario().get(Input.INPUT_TOKENS_PER_MONTH));
    }

    @Test
    void emptyOptionalFieldClearsIt() {
        vm.field(Input.CACHED_INPUT_PER_MTOK).textProperty().set("");
        assertTrue(Double.isNaN(vm.scenario().get(Input.CACHED_INPUT_PER_MTOK)));
        vm.field(Input.INPUT_PER_MTOK).textProperty().set("");
        assertEquals("is required", vm.field(Input.INPUT_PER_MTOK).errorProperty().get());
    }

    @Test
    void keystrokesInOneFieldMakeOneUndoStep() {
        for (String t : new String[]{"3", "3.", "3.7"}) {
            vm.field(Input.GPU_HOURLY).textProperty().set(t);
        }
        vm.field(Input.TOOLING_PER_MONTH).textProperty().set("900");
        vm.undo();
        assertEquals(3.7, vm.scenario().get(Input.GPU_HOURLY));
        vm.undo();
        assertEquals(2.5, vm.scenario().get(Input.GPU_HOURLY));
        assertFalse(vm.canUndoProperty().get());
    }

    @Test
    void undoAndRedoWalkThroughEdits() {
        vm.field(Input.GPU_HOURLY).textProperty().set("3");
        vm.field(Input.TOOLING_PER_MONTH).textProperty().set("900");
        vm.field(Input.GPU_HOURLY).textProperty().set("4");
        vm.undo();
        vm.undo();
        assertEquals(3, vm.scenario().get(Input.GPU_HOURLY));
        assertEquals("3", vm.field(Input.GPU_HOURLY).textProperty().get());
        vm.undo();
        assertEquals(2.5, vm.scenario().get(Input.GPU_HOURLY));
        assertFalse(vm.canUndoProperty().get());
        vm.redo();
        assertEquals(3, vm.scenario().get(Input.GPU_HOURLY));
        assertTrue(vm.canRedoProperty().get());
    }

    @Test
    void switchingToOwnedGpusFillsTypicalValuesAndBackKeepsTheRentalPrice() {
        vm.setHostingMode(HostingMode.OWN);
        assertEquals(HostingMode.OWN, vm.scenario().hostingMode());
        assertEquals(35_000, vm.scenario().get(Input.CAPEX_PER_GPU));
        assertFalse(vm.field(Input.GPU_HOURLY).applicableProperty().get());
        assertTrue(vm.field(Input.CAPEX_PER_GPU).applicableProperty().get());
        vm.setHostingMode(HostingMode.RENT);
        assertEquals(2.5, vm.scenario().get(Input.GPU_HOURLY));
    }

    @Test
    void removingTheHybridDropsItsSetup() {
        vm.setHybridPolicy(HybridPolicy.NONE);
        assertFalse(vm.evaluationProperty().get().has(Setup.HYBRID));
        vm.setHybridPolicy(HybridPolicy.SPILLOVER);
        assertEquals(2, vm.scenario().getInt(Input.SELF_HOSTED_REPLICAS));
    }

    @Test
    void aCatalogueEntryFillsItsFieldsAndAnOverrideIsMarked() {
        vm.useCatalogueEntry(CatalogueSlot.GPU_OFFER, "cloud/h100");
        assertEquals(3.0, vm.scenario().get(Input.GPU_HOURLY));
        assertEquals(new CatalogueRef("cloud/h100", AS_OF), vm.scenario().catalogueRef(CatalogueSlot.GPU_OFFER).orElseThrow());
        assertFalse(vm.field(Input.GPU_HOURLY).overriddenProperty().get());
        vm.field(Input.GPU_HOURLY).textProperty().set("2.4");
        assertTrue(vm.field(Input.GPU_HOURLY).overriddenProperty().get());
        assertEquals("3 from cloud/h100 (as of 2026-11-01)", vm.field(Input.GPU_HOURLY).catalogueValueProperty().get());
    }

    @Test
    void openEditSaveReopenKeepsTheEdit(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.json");
        vm.field(Input.MONTHLY_GROWTH).textProperty().set("0.07");
        assertFalse(vm.save());
        vm.saveAs(file);
        assertFalse(vm.dirtyProperty().get());
        assertEquals("Methodology example (plan.json) - TCO Studio", vm.titleProperty().get());
        vm.newScenario();
        assertEquals(0.05, vm.scenario().get(Input.MONTHLY_GROWTH));
        vm.open(file);
        assertEquals(0.07, vm.scenario().get(Input.MONTHLY_GROWTH));
        assertEquals(file, vm.fileProperty().get());
        assertFalse(vm.canUndoProperty().get());
    }

    @Test
    void aMalformedFileIsRefusedAndTheCurrentWorkIsUntouched(@TempDir Path dir) throws Exception {
        vm.field(Input.GPU_HOURLY).textProperty().set("3.25");
        Scenario before = vm.scenario();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"schemaVersion\": 1, \"name\": ");
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> vm.open(bad));
        assertTrue(e.getMessage().contains("is not valid JSON"));
        assertSame(before, vm.scenario());
        assertTrue(vm.dirtyProperty().get());
        assertEquals("3.25", vm.field(Input.GPU_HOURLY).textProperty().get());
    }

    @Test
    void aPortfolioFileIsExplainedAndTheCurrentWorkIsUntouched(@TempDir Path dir) throws Exception {
        Scenario before = vm.scenario();
        Path portfolio = dir.resolve("portfolio.json");
        try (var in = MainViewModelTest.class.getResourceAsStream("/scenarios/valid-v2/portfolio.json")) {
            Files.copy(in, portfolio);
        }
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> vm.open(portfolio));
        assertEquals(portfolio + ": schemaVersion: is 2: this file is a portfolio (2 use cases, 3 plans), which this window "
                + "does not show yet; evaluate it with: tco-studio evaluate FILE", e.getMessage());
        assertSame(before, vm.scenario());
    }

    @Test
    void aBurstOfEditsCostsOneEvaluation() {
        List<Runnable> queued = new ArrayList<>();
        MainViewModel queuedVm = new MainViewModel(CATALOGUE, () -> TestScenarios.methodologyExample().build(),
                queued::add, Runnable::run);
        queued.remove(0).run();
        Evaluation first = queuedVm.evaluationProperty().get();
        for (String price : new String[]{"3", "3.1", "3.2"}) {
            queuedVm.field(Input.GPU_HOURLY).textProperty().set(price);
        }
        assertEquals(3, queued.size());
        queued.forEach(Runnable::run);
        Evaluation last = queuedVm.evaluationProperty().get();
        assertNotSame(first, last);
        assertEquals(3.2, last.scenario().get(Input.GPU_HOURLY));
    }

    @Test
    void aRangeIsOneUndoableStepAndShowsOnItsField() {
        vm.setRange(Input.GPU_HOURLY, Distribution.pert(1.8, 2.5, 4));
        assertEquals(Distribution.pert(1.8, 2.5, 4), vm.scenario().uncertainty().get(Input.GPU_HOURLY));
        assertEquals(Distribution.pert(1.8, 2.5, 4), vm.field(Input.GPU_HOURLY).rangeProperty().get());
        assertTrue(vm.dirtyProperty().get());
        vm.removeRange(Input.GPU_HOURLY);
        assertEquals(null, vm.field(Input.GPU_HOURLY).rangeProperty().get());
        vm.undo();
        assertEquals(Distribution.pert(1.8, 2.5, 4), vm.field(Input.GPU_HOURLY).rangeProperty().get());
        vm.undo();
        assertTrue(vm.scenario().uncertainty().isEmpty());
    }

    @Test
    void aRangeTheScenarioRefusesIsAnsweredWithItsRule() {
        Optional<String> rule = vm.setRange(Input.MIN_REPLICAS, Distribution.uniform(1, 3));
        assertEquals(Optional.of("cannot be uncertain: open.minReplicas is a whole number (counts and months are fixed)"), rule);
        assertTrue(vm.scenario().uncertainty().isEmpty());
        assertFalse(vm.dirtyProperty().get());
    }

    @Test
    void switchingToOwnedGpusDropsTheRangeOnTheRentalPriceAndUndoBringsItBack() {
        vm.setRange(Input.GPU_HOURLY, Distribution.pert(1.8, 2.5, 4));
        vm.setRange(Input.MONTHLY_GROWTH, Distribution.uniform(0.02, 0.08));
        vm.setHostingMode(HostingMode.OWN);
        assertEquals(HostingMode.OWN, vm.scenario().hostingMode());
        assertEquals(java.util.Set.of(Input.MONTHLY_GROWTH), vm.scenario().uncertainty().keySet());
        vm.undo();
        assertEquals(java.util.Set.of(Input.GPU_HOURLY, Input.MONTHLY_GROWTH), vm.scenario().uncertainty().keySet());
    }

    @Test
    void undoingBackToTheSavedScenarioClearsTheStar(@TempDir Path dir) throws Exception {
        vm.saveAs(dir.resolve("plan.json"));
        vm.field(Input.MONTHLY_GROWTH).textProperty().set("0.07");
        assertTrue(vm.titleProperty().get().startsWith("* "));
        vm.undo();
        assertEquals(0.05, vm.scenario().get(Input.MONTHLY_GROWTH));
        assertFalse(vm.dirtyProperty().get());
        assertEquals("Methodology example (plan.json) - TCO Studio", vm.titleProperty().get());
        // and redoing away from it brings the star back
        vm.redo();
        assertTrue(vm.dirtyProperty().get());
    }

    @Test
    void undoFirstTakesBackTextTheFieldRefusedThenTheScenariosEdit() {
        vm.field(Input.MONTHLY_GROWTH).textProperty().set("0.07");
        vm.field(Input.GPU_HOURLY).textProperty().set("2.9x");
        assertFalse(vm.field(Input.GPU_HOURLY).errorProperty().get().isEmpty());
        vm.undo();
        // the refused text is gone, the scenario's edit is still there
        assertEquals("2.5", vm.field(Input.GPU_HOURLY).textProperty().get());
        assertEquals("", vm.field(Input.GPU_HOURLY).errorProperty().get());
        assertEquals(0.07, vm.scenario().get(Input.MONTHLY_GROWTH));
        vm.undo();
        assertEquals(0.05, vm.scenario().get(Input.MONTHLY_GROWTH));
    }

    @Test
    void switchingToOwnedGpusDropsTheRentalOfferAndUndoBringsItBack() {
        vm.useCatalogueEntry(CatalogueSlot.GPU_OFFER, "cloud/h100");
        vm.setHostingMode(HostingMode.OWN);
        assertTrue(vm.scenario().catalogueRef(CatalogueSlot.GPU_OFFER).isEmpty());
        vm.undo();
        assertEquals("cloud/h100", vm.scenario().catalogueRef(CatalogueSlot.GPU_OFFER).orElseThrow().id());
        assertEquals(HostingMode.RENT, vm.scenario().hostingMode());
    }

    @Test
    void anOfferTheCatalogueDoesNotKnowIsDroppedWhenTheModeChanges() {
        MainViewModel unknown = new MainViewModel(CatalogueLookup.NONE, () -> TestScenarios.methodologyExample()
                .catalogueRef(CatalogueSlot.GPU_OFFER, new CatalogueRef("gone/h100", AS_OF)).build(), Runnable::run, Runnable::run);
        unknown.setHostingMode(HostingMode.OWN);
        assertTrue(unknown.scenario().catalogueRef(CatalogueSlot.GPU_OFFER).isEmpty());
    }
}
