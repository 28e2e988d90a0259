package com.tcostudio.ui.compare;

import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.Input;
import com.tcostudio.io.scenario.ScenarioWriter;
import com.tcostudio.support.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparisonViewModelTest {
    @Test
    void comparesFilesSideBySideAndListsTheOnesThatCannotBeUsed(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Path bad = dir.resolve("bad.json");
        ScenarioWriter w = new ScenarioWriter();
        w.write(TestScenarios.methodologyExample().name("Cheap GPUs").set(Input.GPU_HOURLY, 1.5).build(), a);
        w.write(TestScenarios.methodologyExample().name("Dear GPUs").set(Input.GPU_HOURLY, 6).build(), b);
        Files.writeString(bad, "{");
        ComparisonViewModel vm = new ComparisonViewModel(CatalogueLookup.NONE);
        vm.add(a);
        vm.add(b);
        vm.add(bad);
        assertEquals(2, vm.usable().size());
        assertFalse(vm.entries().get(2).ok());
        assertTrue(vm.entries().get(2).problem().contains("is not valid JSON"));
        List<ComparisonViewModel.Row> rows = vm.rows();
        assertEquals(List.of("Cheap GPUs", "Dear GPUs"), rows.get(0).values());
        ComparisonViewModel.Row openTco = rows.stream().filter(r -> r.figure().equals("Self-hosted TCO")).findFirst().orElseThrow();
        double cheap = vm.usable().get(0).evaluation().setup(com.tcostudio.core.engine.Setup.OPEN).tco();
        assertEquals(com.tcostudio.report.Formats.money(cheap, "USD"), openTco.values().get(0));
        // the closed API does not depend on GPU prices: same figure in both columns
        ComparisonViewModel.Row closedTco = rows.stream().filter(r -> r.figure().equals("Closed API TCO")).findFirst().orElseThrow();
        assertEquals(closedTco.values().get(0), closedTco.values().get(1));
    }
}
