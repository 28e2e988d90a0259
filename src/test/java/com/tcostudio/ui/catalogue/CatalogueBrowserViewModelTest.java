package com.tcostudio.ui.catalogue;

import com.tcostudio.core.catalogue.ApiModel;
import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.core.catalogue.GpuOffer;
import com.tcostudio.core.catalogue.GpuPricing;
import com.tcostudio.core.catalogue.GpuType;
import com.tcostudio.core.catalogue.PriceSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogueBrowserViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static ApiModel api(String id, String provider, List<String> regions, LocalDate asOf) {
        return new ApiModel(id, provider, id, 1, 2, OptionalDouble.empty(), 0, OptionalInt.empty(), regions, false,
                new PriceSource(asOf, "test", ""));
    }

    private static GpuOffer gpu(String id, String provider, GpuType type, List<String> regions) {
        return new GpuOffer(id, provider, "", type, 80, GpuPricing.ON_DEMAND, OptionalDouble.of(2), OptionalDouble.empty(),
                700, OptionalInt.empty(), regions, new PriceSource(TODAY, "test", ""));
    }

    private final CatalogueBrowserViewModel vm = new CatalogueBrowserViewModel(Catalogue.of(
            List.of(api("openai/a", "OpenAI", List.of("US", "EU"), TODAY), api("deepseek/b", "DeepSeek", List.of("CN"),
                    LocalDate.of(2026, 3, 1))),
            List.of(gpu("aws/h200", "AWS", GpuType.H200, List.of("US", "AE")), gpu("lambda/h100", "Lambda", GpuType.H100, List.of("US"))),
            List.of(), List.of()), TODAY);

    @Test
    void filtersByVendorRegionGpuAndText() {
        vm.vendorProperty().set("OpenAI");
        assertEquals(List.of("openai/a"), vm.apiModels().stream().map(ApiModel::id).toList());
        vm.vendorProperty().set(CatalogueBrowserViewModel.ANY);
        vm.regionProperty().set("AE");
        assertEquals(List.of(), vm.apiModels());
        assertEquals(List.of("aws/h200"), vm.gpuOffers().stream().map(GpuOffer::id).toList());
        vm.regionProperty().set(CatalogueBrowserViewModel.ANY);
        vm.gpuProperty().set(GpuType.H100);
        assertEquals(List.of("lambda/h100"), vm.gpuOffers().stream().map(GpuOffer::id).toList());
        vm.gpuProperty().set(null);
        vm.textProperty().set("deep");
        assertEquals(List.of("deepseek/b"), vm.apiModels().stream().map(ApiModel::id).toList());
    }

    @Test
    void pricesOlderThanSixMonthsAreFlagged() {
        ApiModel old = vm.catalogue().apiModel("deepseek/b").orElseThrow();
        ApiModel fresh = vm.catalogue().apiModel("openai/a").orElseThrow();
        assertTrue(vm.isStale(old.price()));
        assertTrue(vm.age(old.price()).startsWith("\u26A0 8 months"));
        assertFalse(vm.isStale(fresh.price()));
        assertEquals("0 months", vm.age(fresh.price()));
    }

    @Test
    void vendorAndRegionChoicesComeFromTheCatalogue() {
        assertEquals(List.of("Any", "AWS", "DeepSeek", "Lambda", "OpenAI"), vm.vendors());
        assertEquals(List.of("Any", "AE", "CN", "EU", "US"), vm.regions());
    }

    @org.junit.jupiter.api.Test
    void showsEachEntrysBasisWithItsRuleAndItsQualityOrUnrated() {
        var derived = new com.tcostudio.core.catalogue.PriceSource(java.time.LocalDate.of(2026, 1, 1), "page", "",
                com.tcostudio.core.catalogue.Basis.DERIVED, "on-demand x 0.65");
        org.junit.jupiter.api.Assertions.assertEquals("derived: on-demand x 0.65", CatalogueBrowserViewModel.basis(derived));
        var quoted = new com.tcostudio.core.catalogue.PriceSource(java.time.LocalDate.of(2026, 1, 1), "page");
        org.junit.jupiter.api.Assertions.assertEquals("quoted", CatalogueBrowserViewModel.basis(quoted));
        org.junit.jupiter.api.Assertions.assertEquals("1425.6", CatalogueBrowserViewModel.quality(java.util.OptionalDouble.of(1425.6)));
        org.junit.jupiter.api.Assertions.assertEquals("unrated", CatalogueBrowserViewModel.quality(java.util.OptionalDouble.empty()));
    }
}
