package com.tcostudio.io.catalogue;

import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.core.catalogue.GpuType;
import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Pair;
import com.tcostudio.core.model.CatalogueSlot;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.io.scenario.DefaultScenario;
import com.tcostudio.io.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue and default scenario that ship with the app. */
class ShippedCatalogueTest {
    private final Catalogue catalogue = new CatalogueLoader().loadShipped();

    @Test
    void loadsWithoutProblemsAndHasAtLeastSixtyDatedSourcedEntries() {
        assertEquals(java.util.List.of(), catalogue.problems());
        assertTrue(catalogue.size() >= 60, "entries: " + catalogue.size());
        catalogue.apiModels().forEach(m -> assertTrue(!m.price().source().isBlank() && m.price().asOf() != null, m.id()));
        catalogue.gpuOffers().forEach(g -> assertTrue(!g.price().source().isBlank(), g.id()));
        catalogue.servingProfiles().forEach(p -> assertTrue(!p.price().source().isBlank(), p.id()));
    }

    @Test
    void coversTheProvidersAndGpusTheProductPromises() {
        Set<String> providers = catalogue.apiModels().stream().map(m -> m.id().substring(0, m.id().indexOf('/')))
                .collect(Collectors.toSet());
        assertTrue(providers.containsAll(Set.of("openai", "anthropic", "google", "deepseek", "alibaba", "zai", "moonshot")),
                providers.toString());
        Set<GpuType> gpus = catalogue.gpuOffers().stream().map(g -> g.gpu()).collect(Collectors.toSet());
        assertEquals(Set.of(GpuType.values()), gpus);
        assertTrue(catalogue.gpuOffers().stream().anyMatch(g -> g.isPurchase()));
    }

    @Test
    void theDefaultScenarioResolvesItsCatalogueIdsAndBreaksEven() throws Exception {
        Scenario s = DefaultScenario.read(new ScenarioReader(catalogue));
        for (CatalogueSlot slot : CatalogueSlot.values()) {
            String id = s.catalogueRef(slot).orElseThrow().id();
            assertTrue(catalogue.find(slot, id).isPresent(), id);
            assertTrue(s.catalogueRef(slot).orElseThrow().asOf() != null, id);
        }
        assertTrue(CostEngine.DEFAULT.evaluate(s).breakEven(Pair.OPEN_VS_CLOSED).orElseThrow().found());
    }
}
