package com.tcostudio.ui.portfolio;

import com.tcostudio.core.engine.Category;
import com.tcostudio.core.engine.DeploymentResult;
import com.tcostudio.core.engine.UsedOperatingPoint;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.CatalogueSlot;
import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.portfolio.Deployment;
import com.tcostudio.core.portfolio.Route;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.tcostudio.ui.portfolio.EvaluationFixtures.every;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptionsViewModelTest {
    private static final CatalogueLookup CATALOGUE = (slot, id) -> slot == CatalogueSlot.API_MODEL && id.equals("anthropic/sonnet")
            ? Optional.of(new CatalogueLookup.Entry(id, LocalDate.of(2026, 11, 1), Map.of(Input.INPUT_PER_MTOK, 3.0,
            Input.OUTPUT_PER_MTOK, 15.0, Input.CACHED_INPUT_PER_MTOK, 0.3)))
            : Optional.empty();
    private final PortfolioViewModel doc = PortfolioFixtures.document(PortfolioFixtures.twoByTwo());
    private final OptionsViewModel vm = new OptionsViewModel(doc, CATALOGUE);

    private Deployment gptOss() {
        return doc.portfolio().deployment("gpt-oss").orElseThrow();
    }

    @Test
    void aCardPerApiAndPerDeploymentWithTheirFieldsRegionsAndQuality() {
        ApiCard sonnet = vm.api("sonnet").orElseThrow();
        assertEquals("3", sonnet.field(Input.INPUT_PER_MTOK).textProperty().get());
        assertEquals("USD per MTok", sonnet.field(Input.INPUT_PER_MTOK).unit());
        assertEquals("US (United States)", sonnet.regionsTextProperty().get());
        assertEquals("70", sonnet.field(ApiCard.QUALITY).textProperty().get());
        DeploymentCard d = vm.deployment("gpt-oss").orElseThrow();
        assertTrue(d.applies(Input.GPU_HOURLY));
        assertFalse(d.applies(Input.CAPEX_PER_GPU));
        assertEquals("2", d.field(Input.GPU_HOURLY).textProperty().get());
        assertEquals("", d.field(DeploymentCard.FIXED_REPLICAS).textProperty().get());
    }

    @Test
    void contractTermsAreSwitchedOnEditedAndRefusedInWords() {
        vm.setMigration("sonnet", true);
        ApiCard sonnet = vm.api("sonnet").orElseThrow();
        assertTrue(sonnet.migrationProperty().get());
        sonnet.field(ApiCard.MIGRATION_EVERY).textProperty().set("18");
        assertEquals(18, doc.portfolio().api("sonnet").orElseThrow().migration().everyMonths());
        sonnet.field(ApiCard.MIGRATION_EVERY).textProperty().set("0.5");
        assertEquals("must be a whole number (was 0.5)", sonnet.field(ApiCard.MIGRATION_EVERY).errorProperty().get());

        vm.setReserved("gpt-oss", true);
        DeploymentCard d = vm.deployment("gpt-oss").orElseThrow();
        assertEquals(1, gptOss().reservation().gpus());
        d.field(DeploymentCard.RES_UPFRONT).textProperty().set("0.25");
        assertEquals(0.25, gptOss().reservation().upfrontShare());
        vm.setAutoscale("gpt-oss", true);
        assertTrue(gptOss().autoscale());
    }

    @Test
    void makingADeploymentAFixedFleetGivesItsRoutesAnOverflowApi() {
        vm.setAutoscale("gpt-oss", true);
        DeploymentCard d = vm.deployment("gpt-oss").orElseThrow();
        d.field(DeploymentCard.FIXED_REPLICAS).textProperty().set("2");
        assertEquals("", d.field(DeploymentCard.FIXED_REPLICAS).errorProperty().get());
        assertEquals(2, gptOss().fixedReplicas());
        // a fixed fleet does not follow the load: autoscale goes off
        assertFalse(gptOss().autoscale());
        assertEquals(new Route("support", "gpt-oss", 1.0, "sonnet"), doc.portfolio().plan("hybrid").orElseThrow().routes().get(0));
        assertFalse(d.applies(Input.MIN_REPLICAS));
        d.field(DeploymentCard.FIXED_REPLICAS).textProperty().set("");
        assertEquals(Route.all("support", "gpt-oss"), doc.portfolio().plan("hybrid").orElseThrow().routes().get(0));
    }

    @Test
    void switchingToOwnedGpusFillsTheirNumbersAndDropsTheHourlyPrice() {
        vm.setReserved("gpt-oss", true);
        vm.setMode("gpt-oss", HostingMode.OWN);
        Deployment d = gptOss();
        assertEquals(HostingMode.OWN, d.mode());
        assertEquals(35_000, d.get(Input.CAPEX_PER_GPU));
        assertTrue(Double.isNaN(d.get(Input.GPU_HOURLY)));
        assertNull(d.reservation());
        assertEquals("AE (United Arab Emirates)", vm.deployment("gpt-oss").orElseThrow().regionsTextProperty().get());
        vm.setRegions("gpt-oss", List.of());
        assertEquals("your premises (meets any residency rule)", vm.deployment("gpt-oss").orElseThrow().regionsTextProperty().get());
    }

    @Test
    void aCatalogueEntryFillsThePricesAndIsNamedOnTheCard() {
        vm.addApi();
        ApiCard added = vm.apis().get(1);
        vm.useCatalogueEntry(added.id(), CatalogueSlot.API_MODEL, "anthropic/sonnet");
        assertEquals(0.3, doc.portfolio().api(added.id()).orElseThrow().cachedInputPerMTok());
        assertEquals("Uses anthropic/sonnet, prices as of 2026-11-01", added.catalogueTextProperty().get());
        vm.useCatalogueEntry(added.id(), CatalogueSlot.API_MODEL, "nobody/nothing");
        assertEquals("The catalogue has no entry \"nobody/nothing\"", vm.messageProperty().get());
    }

    @Test
    void removingAnOptionThatServesUseCasesSendsThemElsewhereOrIsRefused() {
        vm.remove("gpt-oss");
        assertEquals(List.of(Route.all("support", "sonnet"), Route.all("coding", "sonnet")),
                doc.portfolio().plan("hybrid").orElseThrow().routes());
        vm.remove("sonnet");
        assertEquals("\"Claude Sonnet\" serves use cases in plan \"All on the API\" and no other option can take them: "
                + "add another API or deployment first", vm.messageProperty().get());
        assertEquals(1, vm.apis().size());
    }

    @Test
    void theChosenOperatingPointAndTheUseCaseWhoseNeedChoseItShowOnTheCard() {
        DeploymentResult fleet = new DeploymentResult("gpt-oss", every(12, 1), every(12, 1), every(12, 0.5),
                new double[12], new UsedOperatingPoint(30, 8_000, 900));
        var hybrid = EvaluationFixtures.plan("hybrid", "Hybrid", 12, Map.of(Category.COMPUTE, every(12, 1)), new double[12],
                Map.of("gpt-oss", fleet), Map.of(), List.of());
        var e = EvaluationFixtures.evaluation(doc.portfolio(), List.of(hybrid), List.of());
        vm.showOperatingPoints(e, "hybrid");
        // Support chat (30 tokens/s per user) is the only use case routed to gpt-oss in Hybrid
        assertEquals(new ChosenPoint("Hybrid", 30, 8_000, 900, "Support chat"),
                vm.deployment("gpt-oss").orElseThrow().chosenPointProperty().get());
        vm.showOperatingPoints(e, "all-api");
        assertNull(vm.deployment("gpt-oss").orElseThrow().chosenPointProperty().get());
    }
}
