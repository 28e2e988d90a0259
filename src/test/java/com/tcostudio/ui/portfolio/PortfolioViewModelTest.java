package com.tcostudio.ui.portfolio;

import com.tcostudio.core.portfolio.Portfolio;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortfolioViewModelTest {
    private static final Portfolio P = PortfolioFixtures.twoByTwo();
    private final List<Path> written = new ArrayList<>();
    private final PortfolioViewModel vm = new PortfolioViewModel(P, f -> {
        if (f.toString().endsWith("v1.json")) {
            return new PortfolioViewModel.Opened(PortfolioEdits.withName(P, "From v1"), 1);
        }
        throw new IOException(f + ": plans[0].routes: must route every workload");
    }, (p, f) -> written.add(f));

    @Test
    void startsUnchangedAndTitledNotSaved() {
        assertEquals("Two use cases (not saved) - TCO Studio", vm.titleProperty().get());
        assertFalse(vm.dirtyProperty().get());
        assertFalse(vm.canUndoProperty().get());
    }

    @Test
    void anEditIsOneUndoStepAndARefusalChangesNothing() {
        assertEquals(Optional.empty(), vm.edit(() -> PortfolioEdits.withName(P, "Renamed"), null));
        assertEquals("* Renamed (not saved) - TCO Studio", vm.titleProperty().get());
        assertEquals(Optional.of("must not be empty"), vm.edit(() -> PortfolioEdits.withName(P, " "), null));
        assertEquals("Renamed", vm.portfolio().name());
        vm.undo();
        assertSame(P, vm.portfolio());
        assertTrue(vm.canRedoProperty().get());
        vm.redo();
        assertEquals("Renamed", vm.portfolio().name());
    }

    @Test
    void aVersion1FileOpensMigratedAndIsWrittenAsVersion2OnSave() throws IOException {
        vm.open(Path.of("old-v1.json"));
        assertTrue(vm.fromVersion1Property().get());
        assertEquals("From v1 (old-v1.json) - TCO Studio", vm.titleProperty().get());
        assertTrue(vm.save());
        assertEquals(List.of(Path.of("old-v1.json")), written);
        assertFalse(vm.fromVersion1Property().get());
    }

    @Test
    void aFileThatCannotBeReadLeavesTheWorkAsItWas() {
        vm.edit(() -> PortfolioEdits.withName(P, "Mine"), null);
        IOException e = assertThrows(IOException.class, () -> vm.open(Path.of("broken.json")));
        assertEquals("broken.json: plans[0].routes: must route every workload", e.getMessage());
        assertEquals("Mine", vm.portfolio().name());
        assertTrue(vm.dirtyProperty().get());
    }

    @Test
    void undoKeepsAtMostTheLimitOfSteps() {
        for (int i = 0; i < PortfolioViewModel.UNDO_LIMIT + 5; i++) {
            String name = "n" + i;
            vm.edit(() -> PortfolioEdits.withName(P, name), null);
        }
        int undone = 0;
        while (vm.canUndoProperty().get()) {
            vm.undo();
            undone++;
        }
        assertEquals(PortfolioViewModel.UNDO_LIMIT, undone);
        assertEquals("n4", vm.portfolio().name());
    }
}
