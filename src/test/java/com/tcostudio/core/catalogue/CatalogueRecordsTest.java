package com.tcostudio.core.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class CatalogueRecordsTest {
    private static final PriceSource PRICE = new PriceSource(LocalDate.of(2026, 10, 1), "test", "");

    /** The fields of a valid API model, changed one at a time by the cases below. */
    static final class ApiSpec {
        String id = "acme/model-1";
        String provider = "Acme";
        String name = "Model 1";
        double input = 3;
        double output = 15;
        OptionalDouble cached = OptionalDouble.of(0.3);
        double batchDiscount = 0.5;
        OptionalInt contextWindow = OptionalInt.of(200_000);
        List<String> regions = List.of("US", "EU", "global");
        PriceSource price = PRICE;

        ApiModel build() {
            return new ApiModel(id, provider, name, input, output, cached, batchDiscount, contextWindow, regions, false, price);
        }
    }

    /** The fields of a valid rental offer. */
    static final class OfferSpec {
        String id = "acme/h100/on-demand";
        String provider = "Acme";
        String instance = "";
        GpuType gpu = GpuType.H100;
        double memory = 80;
        GpuPricing pricing = GpuPricing.ON_DEMAND;
        OptionalDouble hourly = OptionalDouble.of(2.5);
        OptionalDouble capex = OptionalDouble.empty();
        double power = 700;
        OptionalInt depreciation = OptionalInt.empty();
        List<String> regions = List.of("US");
        PriceSource price = PRICE;

        OfferSpec purchase() {
            pricing = GpuPricing.PURCHASE;
            hourly = OptionalDouble.empty();
            capex = OptionalDouble.of(30_000);
            depreciation = OptionalInt.of(48);
            return this;
        }

        GpuOffer build() {
            return new GpuOffer(id, provider, instance, gpu, memory, pricing, hourly, capex, power, depreciation, regions, price);
        }
    }

    /** The fields of a valid serving profile. */
    static final class ProfileSpec {
        String id = "llama-70b/h100x2/vllm";
        String model = "Llama 70B";
        String family = "";
        GpuType gpu = GpuType.H100;
        String engine = "vLLM";
        String precision = "FP8";
        int gpus = 2;
        double prefill = 20_000;
        double decode = 2_000;
        OptionalDouble weights = OptionalDouble.of(70);
        OptionalInt contextWindow = OptionalInt.of(131_072);
        String licence = "Llama Community";
        PriceSource price = PRICE;

        ServingProfile build() {
            return new ServingProfile(id, model, family, gpu, engine, precision, gpus, prefill, decode, weights,
                    contextWindow, licence, price);
        }
    }

    private static Arguments api(String field, String shows, Consumer<ApiSpec> change) {
        ApiSpec spec = new ApiSpec();
        change.accept(spec);
        return arguments("ApiModel." + field + " " + shows, field, shows, (Runnable) spec::build);
    }

    private static Arguments offer(String field, String shows, Consumer<OfferSpec> change) {
        OfferSpec spec = new OfferSpec();
        change.accept(spec);
        return arguments("GpuOffer." + field + " " + shows, field, shows, (Runnable) spec::build);
    }

    private static Arguments profile(String field, String shows, Consumer<ProfileSpec> change) {
        ProfileSpec spec = new ProfileSpec();
        change.accept(spec);
        return arguments("ServingProfile." + field + " " + shows, field, shows, (Runnable) spec::build);
    }

    static Stream<Arguments> invalidEntries() {
        return Stream.of(
                api("id", "is required (was null)", s -> s.id = null),
                api("id", "(was \"Acme/Model\")", s -> s.id = "Acme/Model"),
                api("id", "(was \"-acme\")", s -> s.id = "-acme"),
                api("id", "(was \"acme model\")", s -> s.id = "acme model"),
                api("provider", "must not be empty (was \" \")", s -> s.provider = " "),
                api("name", "is required (was null)", s -> s.name = null),
                api("inputPerMTok", "must be >= 0 (was -1)", s -> s.input = -1),
                api("inputPerMTok", "must be a finite number (was NaN)", s -> s.input = Double.NaN),
                api("outputPerMTok", "must be >= 0 (was -0.01)", s -> s.output = -0.01),
                api("outputPerMTok", "must be a finite number (was Infinity)", s -> s.output = Double.POSITIVE_INFINITY),
                api("cachedInputPerMTok", "must be >= 0 (was -0.3)", s -> s.cached = OptionalDouble.of(-0.3)),
                api("cachedInputPerMTok", "is required (was null)", s -> s.cached = null),
                api("batchDiscount", "must be a share between 0 and 1 (was 1.5)", s -> s.batchDiscount = 1.5),
                api("batchDiscount", "must be a share between 0 and 1 (was -0.1)", s -> s.batchDiscount = -0.1),
                api("batchDiscount", "must be a finite number (was NaN)", s -> s.batchDiscount = Double.NaN),
                api("contextWindow", "must be >= 1 (was 0)", s -> s.contextWindow = OptionalInt.of(0)),
                api("regions", "is required (was null)", s -> s.regions = null),
                api("regions[1]", "(was \"eu\")", s -> s.regions = List.of("US", "eu")),
                api("regions[1]", "must not repeat a region already listed (was \"US\")", s -> s.regions = List.of("US", "US")),
                api("regions[0]", "is required (was null)", s -> s.regions = listWithNull()),
                api("price", "is required (was null)", s -> s.price = null),

                offer("id", "(was \"\")", s -> s.id = ""),
                offer("provider", "must not be empty (was \"\")", s -> s.provider = ""),
                offer("instance", "is required (was null)", s -> s.instance = null),
                offer("gpu", "is required (was null)", s -> s.gpu = null),
                offer("gpuMemoryGb", "must be > 0 (was 0)", s -> s.memory = 0),
                offer("pricing", "is required (was null)", s -> s.pricing = null),
                offer("hourlyPerGpu", "must be >= 0 (was -1)", s -> s.hourly = OptionalDouble.of(-1)),
                offer("hourlyPerGpu", "is required when pricing is spot", s -> {
                    s.pricing = GpuPricing.SPOT;
                    s.hourly = OptionalDouble.empty();
                }),
                offer("capexPerGpu", "must be left out when pricing is reserved-3y (was 30000)", s -> {
                    s.pricing = GpuPricing.RESERVED_3Y;
                    s.capex = OptionalDouble.of(30_000);
                }),
                offer("hourlyPerGpu", "must be left out when pricing is purchase (was 2.5)",
                        s -> s.purchase().hourly = OptionalDouble.of(2.5)),
                offer("capexPerGpu", "is required when pricing is purchase", s -> s.purchase().capex = OptionalDouble.empty()),
                offer("capexPerGpu", "must be >= 0 (was -30000)", s -> s.purchase().capex = OptionalDouble.of(-30_000)),
                offer("depreciationMonths", "is required when pricing is purchase",
                        s -> s.purchase().depreciation = OptionalInt.empty()),
                offer("depreciationMonths", "must be >= 1 (was 0)", s -> s.purchase().depreciation = OptionalInt.of(0)),
                offer("powerWattsPerGpu", "must be >= 0 (was -700)", s -> s.power = -700),
                offer("regions[0]", "(was \"usa\")", s -> s.regions = List.of("usa")),

                profile("id", "(was \"Llama\")", s -> s.id = "Llama"),
                profile("model", "must not be empty (was \"\")", s -> s.model = ""),
                profile("modelFamily", "is required (was null)", s -> s.family = null),
                profile("gpu", "is required (was null)", s -> s.gpu = null),
                profile("engine", "must not be empty (was \"\")", s -> s.engine = ""),
                profile("precision", "is required (was null)", s -> s.precision = null),
                profile("gpusPerReplica", "must be >= 1 (was 0)", s -> s.gpus = 0),
                profile("prefillTokensPerSecond", "must be > 0 (was 0)", s -> s.prefill = 0),
                profile("decodeTokensPerSecond", "must be > 0 (was -5)", s -> s.decode = -5),
                profile("decodeTokensPerSecond", "must be a finite number (was NaN)", s -> s.decode = Double.NaN),
                profile("weightsGb", "must be > 0 (was 0)", s -> s.weights = OptionalDouble.of(0)),
                profile("contextWindow", "must be >= 1 (was -1)", s -> s.contextWindow = OptionalInt.of(-1)),
                profile("licence", "must not be empty (was \"\")", s -> s.licence = ""),
                profile("price", "is required (was null)", s -> s.price = null));
    }

    private static List<String> listWithNull() {
        List<String> list = new ArrayList<>();
        list.add(null);
        return list;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidEntries")
    void invalidFieldIsRejectedWithAMessageNamingFieldAndValue(String name, String field, String shows, Runnable build) {
        InvalidCatalogueEntryException e = assertThrows(InvalidCatalogueEntryException.class, build::run);

        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.rule().contains(shows), "rule was: " + e.rule());
        assertEquals(field + ": " + e.rule(), e.getMessage());
    }

    @Test
    void validSpecsBuild() {
        new ApiSpec().build();
        new OfferSpec().build();
        new OfferSpec().purchase().build();
        new ProfileSpec().build();
    }

    @Test
    void boundaryValuesAreAccepted() {
        ApiSpec free = new ApiSpec();
        free.input = 0;
        free.output = 0;
        free.cached = OptionalDouble.of(0);
        free.batchDiscount = 1;
        free.contextWindow = OptionalInt.of(1);
        free.regions = List.of();
        assertEquals(1, free.build().batchDiscount());

        OfferSpec rentalWithDepreciation = new OfferSpec();
        // the schema allows a typical depreciation period on rentals too; it is simply not used
        rentalWithDepreciation.depreciation = OptionalInt.of(36);
        rentalWithDepreciation.power = 0;
        assertFalse(rentalWithDepreciation.build().isPurchase());

        ProfileSpec one = new ProfileSpec();
        one.gpus = 1;
        one.prefill = Double.MIN_VALUE;
        assertEquals(1, one.build().gpusPerReplica());
    }

    @Test
    void regionsAreCopiedSoTheCallerCannotChangeThem() {
        List<String> regions = new ArrayList<>(List.of("US"));
        ApiSpec spec = new ApiSpec();
        spec.regions = regions;
        ApiModel m = spec.build();

        regions.add("EU");

        assertEquals(List.of("US"), m.regions());
        assertThrows(UnsupportedOperationException.class, () -> m.regions().add("EU"));
    }

    @Test
    void purchaseOfferSaysSo() {
        assertTrue(new OfferSpec().purchase().build().isPurchase());
        assertFalse(new OfferSpec().build().isPurchase());
    }

    @Test
    void priceSourceNeedsDateAndSourceAndNonNullNotes() {
        assertEquals("asOf", assertThrows(InvalidCatalogueEntryException.class,
                () -> new PriceSource(null, "s", "")).field());
        assertEquals("source", assertThrows(InvalidCatalogueEntryException.class,
                () -> new PriceSource(LocalDate.of(2026, 1, 1), " ", "")).field());
        assertEquals("notes", assertThrows(InvalidCatalogueEntryException.class,
                () -> new PriceSource(LocalDate.of(2026, 1, 1), "s", null)).field());
        assertEquals("", new PriceSource(LocalDate.of(2026, 1, 1), "s").notes());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            H100,   H100
            L40S,   L40S
            MI300X, MI300X
            """)
    void gpuTypeIsFoundByItsLabel(String label, GpuType expected) {
        assertEquals(expected, GpuType.fromLabel(label).orElseThrow());
        assertEquals(label, expected.label());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            h100
            H100 SXM
            ''
            """)
    void unknownGpuLabelIsNotFound(String label) {
        assertTrue(GpuType.fromLabel(label).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            on-demand,   ON_DEMAND,   false
            reserved-1y, RESERVED_1Y, false
            reserved-3y, RESERVED_3Y, false
            spot,        SPOT,        false
            purchase,    PURCHASE,    true
            """)
    void gpuPricingIsFoundByItsLabel(String label, GpuPricing expected, boolean purchase) {
        assertEquals(expected, GpuPricing.fromLabel(label).orElseThrow());
        assertEquals(label, expected.label());
        assertEquals(purchase, expected.isPurchase());
    }

    @Test
    void unknownPricingLabelIsNotFound() {
        assertTrue(GpuPricing.fromLabel("ON_DEMAND").isEmpty());
        assertTrue(GpuPricing.fromLabel(null).isEmpty());
    }
}
