package com.tcostudio.ui.compare;

import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.core.compare.VendorComparison;
import com.tcostudio.core.model.CatalogueSlot;
import com.tcostudio.core.model.HybridPolicy;
import com.tcostudio.core.model.Input;
import com.tcostudio.support.SmallCatalogue;
import com.tcostudio.support.TestScenarios;
import com.tcostudio.ui.main.MainViewModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VendorsViewModelTest {
    private final Catalogue catalogue = SmallCatalogue.of();
    private final MainViewModel main = new MainViewModel(catalogue,
            () -> TestScenarios.methodologyExample().hybridPolicy(HybridPolicy.NONE).build(), Runnable::run, Runnable::run);
    private final VendorsViewModel vm = new VendorsViewModel(main.scenario(), catalogue);

    private List<String> ids() {
        return vm.options().stream().map(VendorComparison.Option::id).sorted().toList();
    }

    @Test
    void filtersByKindRegionContextAndText() {
        vm.kindProperty().set(VendorComparison.Kind.CLOSED);
        assertEquals(List.of("acme/cheap", "acme/dear"), ids());
        vm.minContextProperty().set(200_000);
        assertEquals(List.of("acme/dear"), ids());
        vm.kindProperty().set(null);
        vm.minContextProperty().set(0);
        vm.regionProperty().set("AE");
        assertEquals(List.of("acme/dear", "fits @ cloud/h100-ae", "too-big @ cloud/h100-ae"), ids());
        vm.regionProperty().set(VendorsViewModel.ANY);
        vm.textProperty().set("too-big");
        assertEquals(2, vm.options().size());
        assertEquals(List.of("Any", "AE", "US"), vm.regions());
        vm.textProperty().set("");
        vm.vendorProperty().set("acme");
        assertEquals(List.of("acme/cheap", "acme/dear", "hybrid: acme/cheap + fits @ cloud/h100-us"), ids());
        assertEquals(List.of("Any", "acme", "cloud"), vm.vendors());
    }

    @Test
    void theChartDrawsOnlyOptionsTheResidencyFilterKeeps() {
        int[] changes = new int[1];
        vm.chartOptions().addListener((javafx.collections.ListChangeListener<VendorComparison.Option>) c -> changes[0]++);
        // the list the view listens to must outlive a collection: a throwaway wrapper would not
        System.gc();
        vm.regionProperty().set("AE");
        assertTrue(changes[0] > 0, "the chart hears of the filter");
        // the AE filter keeps acme/dear and the two AE rentals; too-big cannot serve (400 GB on one H100)
        List<String> charted = vm.chartOptions().stream().map(VendorComparison.Option::id).sorted().toList();
        assertEquals(List.of("acme/dear", "fits @ cloud/h100-ae"), charted);
        assertTrue(vm.chartOptions().stream().allMatch(o -> o.staysIn("AE")));
        vm.regionProperty().set(VendorsViewModel.ANY);
        assertTrue(vm.chartOptions().stream().anyMatch(o -> o.id().equals("acme/cheap")));
        assertTrue(vm.chartOptions().size() <= VendorsViewModel.CHART_OPTIONS);
    }

    @Test
    void pickingAnOptionMakesItTheScenariosAndCanBeUndone() {
        VendorComparison.Option open = vm.options().stream().filter(o -> o.id().equals("fits @ cloud/h100-us")).findFirst().orElseThrow();
        VendorsViewModel.pick(open, main);
        assertEquals(2.0, main.scenario().get(Input.GPU_HOURLY));
        assertEquals(20_000, main.scenario().get(Input.PREFILL_TOKENS_PER_SECOND));
        assertEquals("cloud/h100-us", main.scenario().catalogueRef(CatalogueSlot.GPU_OFFER).orElseThrow().id());
        VendorComparison.Option api = vm.options().stream().filter(o -> o.id().equals("acme/cheap")).findFirst().orElseThrow();
        VendorsViewModel.pick(api, main);
        assertEquals(0.5, main.scenario().get(Input.INPUT_PER_MTOK));
        main.undo();
        assertEquals(3.0, main.scenario().get(Input.INPUT_PER_MTOK));
        assertTrue(main.canUndoProperty().get());
    }

    @Test
    void aMinimumQualityKeepsRatedOptionsOnlyAndTheTableShowsScoreAndBasis() {
        Catalogue shipped = new com.tcostudio.io.catalogue.CatalogueLoader().loadShipped();
        VendorsViewModel real = new VendorsViewModel(main.scenario(), shipped);
        int everything = real.options().size();
        real.minQualityProperty().set(1400);
        assertTrue(!real.options().isEmpty() && real.options().size() < everything, real.options().size() + " of " + everything);
        real.options().forEach(o -> assertTrue(o.quality() >= 1400, o.id() + " " + o.quality()));
        VendorComparison.Option rated = real.options().get(0);
        // the shown score is the catalogue's rating with one decimal; the cost per point is TCO / rating
        assertEquals(com.tcostudio.report.Formats.oneDecimal(rated.quality()), VendorsViewModel.qualityText(rated));
        if (rated.usable()) {
            assertEquals(rated.tco() / rated.quality(), rated.costPerQualityPoint(), 1e-9 * rated.tco());
        }
        real.minQualityProperty().set(0);
        assertEquals(everything, real.options().size());
        assertTrue(real.options().stream().anyMatch(o -> VendorsViewModel.qualityText(o).equals("unrated")));
        assertTrue(real.options().stream().anyMatch(o -> VendorsViewModel.basisText(o).equals("price on request")));
        assertTrue(real.options().stream().anyMatch(o -> VendorsViewModel.basisText(o).equals("estimated")));
    }
}
