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
    /** No public rental or purchase price found for these (pricing-data/README.md, known gaps). */
    private static final Set<GpuType> UNPRICED = Set.of(GpuType.MI355X);
    private static final double WATTS = 1e-9;
    private static final double SHARE = 5e-4;

    private com.tcostudio.core.catalogue.GpuOffer offer(String id) {
        return catalogue.gpuOffers().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void powerPerGpuIsTheWholeServersDrawDividedByItsGpus() {
        // DGX H100/H200: 10.2 kW maximum input / 8 GPUs = 1275 W; DGX B200: 14.3 kW / 8 = 1787.5 W
        assertEquals(1275, offer("aws/h100/on-demand").powerWattsPerGpu(), WATTS);
        assertEquals(1275, offer("nebius/h200/on-demand").powerWattsPerGpu(), WATTS);
        assertEquals(1787.5, offer("lambda/b200/on-demand").powerWattsPerGpu(), WATTS);
        assertTrue(offer("aws/h100/on-demand").price().basisNote().contains("10.2 kW / 8"));
        // GB200 NVL72: about 120 kW per rack / 72 GPUs = 1666.7 -> 1667 W
        assertEquals(1667, offer("purchase/gb200-nvl72").powerWattsPerGpu(), WATTS);
    }

    @Test
    void theInfiniBandServerStatesItsNetworkingShare() {
        // quote 310-317k without, 366-413k with InfiniBand: midpoints 313.5k and 389.5k
        // capex = 389.5k / 8 = 48,687.5 -> 48,688; networking = 1 - 313.5 / 389.5 = 0.1951 -> 0.195
        var ib = offer("purchase/h100-ib");
        assertEquals(48688, ib.capexPerGpu().orElseThrow(), 0.5);
        assertEquals(1 - 313.5 / 389.5, ib.networkingShare().orElseThrow(), SHARE);
    }

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
        Set<GpuType> priced = java.util.EnumSet.allOf(GpuType.class);
        priced.removeAll(UNPRICED);
        assertEquals(priced, gpus);
        // an unpriced GPU is still in the catalogue, through the measured profiles that run on it
        UNPRICED.forEach(g -> assertTrue(catalogue.servingProfiles().stream().anyMatch(p -> p.gpu() == g), g.label()));
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

    @Test
    void theOpenModelsABuyerComparesNowHaveProfilesWithLicencesAndTheirApis() {
        for (String model : java.util.List.of("DeepSeek-V4-Pro", "GLM-5.2", "Kimi K3", "Qwen3.5-397B-A17B", "Mistral Large 3",
                "Llama 4 Maverick", "Llama 4 Scout", "gpt-oss-120b", "gpt-oss-20b")) {
            var profiles = catalogue.servingProfiles().stream().filter(p -> p.model().equals(model)).toList();
            assertTrue(!profiles.isEmpty(), model);
            profiles.forEach(p -> assertTrue(!p.licence().isBlank() && (p.basis() == com.tcostudio.core.catalogue.Basis.QUOTED
                    || !p.price().basisNote().isBlank()), p.id()));
        }
        for (String model : java.util.List.of("DeepSeek-V4-Pro", "GLM-5.2", "Kimi K3", "Mistral Large 3", "Llama 4 Maverick")) {
            assertTrue(catalogue.apiModels().stream().anyMatch(m -> m.weights().filter(model::equals).isPresent()), model);
        }
    }

    @Test
    void anEstimatedProfileScalesItsNearestMeasuredModelByActiveParametersAndGpus() {
        // Llama 4 Scout on 2 x H100 from Qwen3-235B-A22B on 8 x H100 (46,368 prefill / 23,184 decode):
        //   x 22/17 active parameters x 2/8 GPUs: 46,368 x 44 / 136 = 15,001.4 -> 15,001; 23,184 x 44 / 136 = 7,500.7 -> 7,501
        var scout = catalogue.servingProfiles().stream().filter(p -> p.id().equals("llama-4-scout/h100/vllm-fp8-est"))
                .findFirst().orElseThrow();
        assertEquals(15001, scout.prefillTokensPerSecond(), 0);
        assertEquals(7501, scout.decodeTokensPerSecond(), 0);
        assertEquals(com.tcostudio.core.catalogue.Basis.ESTIMATED, scout.basis());
        assertEquals("Llama 4 Community License", scout.licence());
    }
}
