package com.tcostudio.core.catalogue;

import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.CatalogueSlot;
import com.tcostudio.core.model.Input;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogueTest {
    private static final LocalDate OLD = LocalDate.of(2026, 2, 1);
    private static final LocalDate MIDDLE = LocalDate.of(2026, 6, 15);
    private static final LocalDate NEW = LocalDate.of(2026, 11, 1);

    private static final ApiModel SONNET = new ApiModel("anthropic/sonnet", "Anthropic", "Sonnet", 3, 15,
            OptionalDouble.of(0.3), 0.5, OptionalInt.of(200_000), List.of("US"), false, new PriceSource(MIDDLE, "s"));
    private static final ApiModel NO_CACHE = new ApiModel("acme/plain", "Acme", "Plain", 1, 2,
            OptionalDouble.empty(), 0, OptionalInt.empty(), List.of(), true, new PriceSource(NEW, "s"));
    private static final GpuOffer RENTAL = new GpuOffer("aws/h100/on-demand", "AWS", "p5", GpuType.H100, 80,
            GpuPricing.ON_DEMAND, OptionalDouble.of(3.9), OptionalDouble.empty(), 700, OptionalInt.empty(), List.of(),
            new PriceSource(OLD, "s"));
    private static final GpuOffer PURCHASE = new GpuOffer("buy/h100", "Vendor", "", GpuType.H100, 80,
            GpuPricing.PURCHASE, OptionalDouble.empty(), OptionalDouble.of(30_000), 1_100, OptionalInt.of(48), List.of(),
            new PriceSource(MIDDLE, "s"));
    private static final ServingProfile LLAMA = new ServingProfile("llama/h100x2", "Llama 70B", "", GpuType.H100,
            "vLLM", "FP8", 2, 20_000, 2_000, OptionalDouble.empty(), OptionalInt.empty(), "Llama", new PriceSource(MIDDLE, "s"));

    private static final Catalogue CATALOGUE = Catalogue.of(List.of(SONNET, NO_CACHE), List.of(RENTAL, PURCHASE),
            List.of(LLAMA), List.of());

    @Test
    void entriesAreFoundByIdWithinTheirKind() {
        assertEquals(Optional.of(SONNET), CATALOGUE.apiModel("anthropic/sonnet"));
        assertEquals(Optional.of(PURCHASE), CATALOGUE.gpuOffer("buy/h100"));
        assertEquals(Optional.of(LLAMA), CATALOGUE.servingProfile("llama/h100x2"));
        assertEquals(Optional.empty(), CATALOGUE.apiModel("buy/h100"), "a GPU offer id is no API model id");
        assertEquals(Optional.empty(), CATALOGUE.gpuOffer("nope"));
    }

    @Test
    void sizeCountsEntriesOfAllThreeKinds() {
        assertEquals(5, CATALOGUE.size());
        assertFalse(CATALOGUE.isEmpty());
    }

    @Test
    void oldestAndNewestAsOfSpanAllKinds() {
        assertEquals(Optional.of(OLD), CATALOGUE.oldestAsOf());
        assertEquals(Optional.of(NEW), CATALOGUE.newestAsOf());
    }

    @Test
    void emptyCatalogueHasNoEntriesNoProblemsAndNoDates() {
        Catalogue empty = Catalogue.empty();
        assertEquals(0, empty.size());
        assertTrue(empty.isEmpty());
        assertFalse(empty.hasProblems());
        assertEquals(Optional.empty(), empty.oldestAsOf());
        assertEquals(Optional.empty(), empty.newestAsOf());
        assertEquals(Optional.empty(), empty.find(CatalogueSlot.API_MODEL, "anthropic/sonnet"));
    }

    @Test
    void repeatedIdWithinAKindIsAProgrammingError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Catalogue.of(List.of(SONNET, SONNET), List.of(), List.of(), List.of()));
        assertEquals("apiModels: id 'anthropic/sonnet' appears twice", e.getMessage());
    }

    @Test
    void listsAndProblemsCannotBeChanged() {
        CatalogueProblem p = CatalogueProblem.ofFile("a.json", "is empty");
        Catalogue c = Catalogue.of(List.of(), List.of(), List.of(), List.of(p));
        assertTrue(c.hasProblems());
        assertThrows(UnsupportedOperationException.class, () -> c.problems().add(p));
        assertThrows(UnsupportedOperationException.class, () -> c.apiModels().add(SONNET));
    }

    @ParameterizedTest(name = "{0} to {1}: {2} months")
    @CsvSource(textBlock = """
            2026-01-15, 2026-01-15, 0
            2026-01-15, 2026-02-14, 0
            2026-01-15, 2026-02-15, 1
            2026-01-31, 2026-02-28, 0
            2026-01-31, 2026-03-01, 1
            2025-11-30, 2026-05-30, 6
            2024-02-29, 2026-02-28, 23
            2026-03-01, 2026-01-01, -2
            """)
    void ageInMonthsCountsWholeCalendarMonths(LocalDate asOf, LocalDate today, int months) {
        assertEquals(months, Catalogue.ageInMonths(asOf, today));
    }

    @ParameterizedTest(name = "{0} on {1}: stale {2}")
    @CsvSource(textBlock = """
            2026-01-15, 2026-07-14, false
            2026-01-15, 2026-07-15, false
            2026-01-15, 2026-07-16, true
            2026-08-31, 2027-02-28, false
            2026-08-31, 2027-03-01, true
            """)
    void priceIsStaleOnlyWhenMoreThanSixMonthsOld(LocalDate asOf, LocalDate today, boolean stale) {
        assertEquals(stale, Catalogue.isStale(asOf, today));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            anthropic/claude-sonnet-4-5, true
            bedrock/us.anthropic.claude:0, true
            a, true
            Anthropic/claude, false
            /anthropic, false
            acme model, false
            '', false
            """)
    void validIdsAreLowerCaseWithAFewPunctuationMarks(String id, boolean valid) {
        assertEquals(valid, Catalogue.isValidId(id));
    }

    @Test
    void apiModelFillsItsFourPricesAsAScenarioLookup() {
        CatalogueLookup.Entry e = CATALOGUE.find(CatalogueSlot.API_MODEL, "anthropic/sonnet").orElseThrow();
        assertEquals(MIDDLE, e.asOf());
        assertEquals(Map.of(Input.INPUT_PER_MTOK, 3.0, Input.OUTPUT_PER_MTOK, 15.0, Input.CACHED_INPUT_PER_MTOK, 0.3,
                Input.BATCH_DISCOUNT, 0.5), e.values());
    }

    @Test
    void apiModelWithoutCacheDiscountLeavesTheCachedPriceToTheScenario() {
        Map<Input, Double> values = CATALOGUE.find(CatalogueSlot.API_MODEL, "acme/plain").orElseThrow().values();
        assertFalse(values.containsKey(Input.CACHED_INPUT_PER_MTOK));
        assertEquals(0.0, values.get(Input.BATCH_DISCOUNT));
    }

    @Test
    void rentalOfferFillsOnlyTheHourlyPriceAndPurchaseOfferItsOwnershipInputs() {
        assertEquals(Map.of(Input.GPU_HOURLY, 3.9),
                CATALOGUE.find(CatalogueSlot.GPU_OFFER, "aws/h100/on-demand").orElseThrow().values());
        assertEquals(Map.of(Input.CAPEX_PER_GPU, 30_000.0, Input.POWER_WATTS_PER_GPU, 1_100.0, Input.DEPRECIATION_MONTHS, 48.0),
                CATALOGUE.find(CatalogueSlot.GPU_OFFER, "buy/h100").orElseThrow().values());
    }

    @Test
    void servingProfileFillsReplicaSizeAndThroughputs() {
        assertEquals(Map.of(Input.GPUS_PER_REPLICA, 2.0, Input.PREFILL_TOKENS_PER_SECOND, 20_000.0,
                        Input.DECODE_TOKENS_PER_SECOND, 2_000.0),
                CATALOGUE.find(CatalogueSlot.SERVING_PROFILE, "llama/h100x2").orElseThrow().values());
    }

    @Test
    void lookupFillsEveryInputItsSlotDeclaresAndNoOther() {
        for (CatalogueSlot slot : CatalogueSlot.values()) {
            List<String> ids = slot == CatalogueSlot.API_MODEL ? List.of("anthropic/sonnet", "acme/plain")
                    : slot == CatalogueSlot.GPU_OFFER ? List.of("aws/h100/on-demand", "buy/h100") : List.of("llama/h100x2");
            for (String id : ids) {
                for (Input input : CATALOGUE.find(slot, id).orElseThrow().values().keySet()) {
                    assertTrue(slot.fills().contains(input), slot + " fills " + input);
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            gpu-offers.json | aws/h100/on-demand | hourlyPerGpu | must be >= 0 (was -1) | gpu-offers.json: entry 'aws/h100/on-demand': hourlyPerGpu: must be >= 0 (was -1)
            gpu-offers.json | #3                 | id           | must be lower case     | gpu-offers.json: entry #3: id: must be lower case
            a.json          | acme/x             |              | replaces the entry     | a.json: entry 'acme/x': replaces the entry
            a.json          |                    | kind         | is required            | a.json: kind: is required
            a.json          |                    |              | is empty               | a.json: is empty
            """)
    void problemReadsAsFileEntryFieldRule(String file, String entry, String field, String rule, String expected) {
        assertEquals(expected, new CatalogueProblem(file, entry, field, rule).toString());
    }

    @Test
    void problemNeedsAFileAndARule() {
        assertThrows(IllegalArgumentException.class, () -> new CatalogueProblem(null, null, null, "is empty"));
        assertThrows(IllegalArgumentException.class, () -> new CatalogueProblem("a.json", null, null, " "));
        assertThrows(IllegalArgumentException.class, () -> new CatalogueProblem("a.json", "", null, "r"));
        assertThrows(IllegalArgumentException.class, () -> new CatalogueProblem("a.json", null, "", "r"));
        assertTrue(new CatalogueProblem("a.json", "x", null, "r").isEntryProblem());
        assertFalse(CatalogueProblem.ofFile("a.json", "r").isEntryProblem());
    }
}
