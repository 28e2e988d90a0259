package com.tcostudio.io.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tcostudio.core.catalogue.ApiModel;
import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.core.catalogue.GpuOffer;
import com.tcostudio.core.catalogue.GpuPricing;
import com.tcostudio.core.catalogue.GpuType;
import com.tcostudio.core.catalogue.PriceSource;
import com.tcostudio.core.catalogue.ServingProfile;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogueWriterTest {
    private static final CatalogueLoader LOADER = new CatalogueLoader("catalogue/none/");
    private static final CatalogueWriter WRITER = new CatalogueWriter();
    private static final PriceSource PRICE = new PriceSource(LocalDate.of(2026, 10, 1), "test");

    /** Loads the files of {@code dir} alone; fails on any problem. */
    private static Catalogue reload(Path dir) {
        Catalogue c = LOADER.loadDirectories(List.of(dir));
        assertEquals(List.of(), c.problems());
        return c;
    }

    @Test
    void shippedFixturesSurviveWriteAndReloadUnchanged(@TempDir Path dir) throws IOException {
        Catalogue original = new CatalogueLoader("catalogue/shipped/").loadShipped();

        WRITER.writeApiModels(original.apiModels(), "round trip", dir.resolve("a.json"));
        WRITER.writeGpuOffers(original.gpuOffers(), "round trip", dir.resolve("g.json"));
        WRITER.writeServingProfiles(original.servingProfiles(), "", dir.resolve("s.json"));
        Catalogue reloaded = reload(dir);

        assertEquals(original.apiModels(), reloaded.apiModels());
        assertEquals(original.gpuOffers(), reloaded.gpuOffers());
        assertEquals(original.servingProfiles(), reloaded.servingProfiles());
    }

    @Test
    void writingWhatWasReadBackGivesTheSameBytes(@TempDir Path dir) throws IOException {
        Catalogue c = new CatalogueLoader("catalogue/shipped/").loadShipped();
        Path file = dir.resolve("g.json");
        WRITER.writeGpuOffers(c.gpuOffers(), "d", file);
        String once = Files.readString(file);

        String twice = WRITER.gpuOffersJson(reload(dir).gpuOffers(), "d");

        assertEquals(once, twice, "a saved file that is loaded and saved again does not change");
    }

    @Test
    void numbersAreWrittenPlainWithTheFewestDigits() {
        ApiModel m = new ApiModel("acme/m", "Acme", "M", 0.1 + 0.2, 15, OptionalDouble.of(2.5e-8), 0.5,
                OptionalInt.of(200_000), List.of(), false, PRICE);

        String json = WRITER.apiModelsJson(List.of(m), "");

        assertTrue(json.contains("\"inputPerMTok\" : 0.30000000000000004,"), "the double's shortest exact form:\n" + json);
        assertTrue(json.contains("\"outputPerMTok\" : 15,"), json);
        assertTrue(json.contains("\"cachedInputPerMTok\" : 0.000000025,"), json);
        assertTrue(json.contains("\"batchDiscount\" : 0.5,"), json);
        assertTrue(json.contains("\"contextWindow\" : 200000,"), json);
    }

    @Test
    void optionalFieldsWithoutValueAreLeftOutAndNoneIsWrittenExplicitly() throws IOException {
        ApiModel m = new ApiModel("acme/m", "Acme", "M", 1, 2, OptionalDouble.empty(), 0, OptionalInt.empty(),
                List.of(), false, PRICE);

        JsonNode root = new ObjectMapper().readTree(WRITER.apiModelsJson(List.of(m), ""));
        JsonNode n = root.get("models").get(0);

        assertFalse(root.has("description"));
        assertFalse(n.has("cachedInputPerMTok"));
        assertFalse(n.has("contextWindow"));
        assertFalse(n.has("notes"));
        assertEquals("0", n.get("batchDiscount").toString());
        assertEquals("[]", n.get("regions").toString());
        assertEquals("false", n.get("openWeights").toString());
    }

    @Test
    void repeatedIdIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) {
        ApiModel m = new ApiModel("acme/m", "Acme", "M", 1, 2, OptionalDouble.empty(), 0, OptionalInt.empty(),
                List.of(), false, PRICE);
        Path out = dir.resolve("twice.json");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WRITER.writeApiModels(List.of(m, m), "", out));

        assertTrue(e.getMessage().startsWith("id 'acme/m' appears twice"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Property(tries = 150)
    void anyValidApiModelsSurviveWriteAndReload(@ForAll("apiModels") List<ApiModel> models) {
        assertEquals(models, roundTrip(dir -> WRITER.writeApiModels(models, "property", dir.resolve("a.json"))).apiModels());
    }

    @Property(tries = 150)
    void anyValidGpuOffersSurviveWriteAndReload(@ForAll("gpuOffers") List<GpuOffer> offers) {
        assertEquals(offers, roundTrip(dir -> WRITER.writeGpuOffers(offers, "property", dir.resolve("g.json"))).gpuOffers());
    }

    @Property(tries = 150)
    void anyValidServingProfilesSurviveWriteAndReload(@ForAll("servingProfiles") List<ServingProfile> profiles) {
        assertEquals(profiles,
                roundTrip(dir -> WRITER.writeServingProfiles(profiles, "", dir.resolve("s.json"))).servingProfiles());
    }

    private interface Save {
        void into(Path dir) throws IOException;
    }

    private static Catalogue roundTrip(Save save) {
        try {
            Path dir = Files.createTempDirectory("catalogue-writer");
            try {
                save.into(dir);
                return reload(dir);
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path f : files.collect(Collectors.toList())) {
                        Files.delete(f);
                    }
                }
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- generators: every value the records accept, within what the files can carry ----

    private static Arbitrary<String> text() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withChars(" .-/éß—\"\\")
                .ofMinLength(1).ofMaxLength(16).filter(s -> !s.isBlank());
    }

    private static Arbitrary<String> notes() {
        return Arbitraries.oneOf(Arbitraries.just(""), text());
    }

    private static Arbitrary<Double> price() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0, 1e6).ofScale(12), Arbitraries.of(0.0, 0.3, 1e-9, 12.5));
    }

    private static Arbitrary<OptionalDouble> optionalPrice() {
        return price().map(OptionalDouble::of).injectNull(0.3).map(o -> o == null ? OptionalDouble.empty() : o);
    }

    private static Arbitrary<OptionalInt> optionalCount() {
        return Arbitraries.integers().between(1, Integer.MAX_VALUE).map(OptionalInt::of).injectNull(0.3)
                .map(o -> o == null ? OptionalInt.empty() : o);
    }

    private static Arbitrary<List<String>> regions() {
        return Arbitraries.of("US", "EU", "DE", "JP", "global").set().ofMaxSize(4).map(ArrayList::new);
    }

    private static Arbitrary<PriceSource> priceSource() {
        return Combinators.combine(Arbitraries.integers().between(0, 3650).map(d -> LocalDate.of(2020, 1, 1).plusDays(d)),
                text(), notes()).as(PriceSource::new);
    }

    /** Distinct ids by position, so that a generated list is a valid file. */
    private static <T> Arbitrary<List<T>> listOf(Arbitrary<java.util.function.Function<String, T>> entry) {
        return entry.list().ofMaxSize(5).map(makers -> IntStream.range(0, makers.size())
                .mapToObj(i -> makers.get(i).apply("p/entry-" + i)).collect(Collectors.toList()));
    }

    @Provide
    Arbitrary<List<ApiModel>> apiModels() {
        Arbitrary<java.util.function.Function<String, ApiModel>> one = Combinators.combine(
                text(), text(), price(), price(), optionalPrice(), Arbitraries.doubles().between(0, 1).ofScale(15),
                optionalCount(), regions()).as((provider, name, in, out, cached, discount, ctx, regions) ->
                new Object[]{provider, name, in, out, cached, discount, ctx, regions})
                .flatMap(a -> Combinators.combine(Arbitraries.of(true, false), priceSource()).as((open, source) ->
                        id -> new ApiModel(id, (String) a[0], (String) a[1], (Double) a[2], (Double) a[3],
                                (OptionalDouble) a[4], (Double) a[5], (OptionalInt) a[6], castList(a[7]), open, source)));
        return listOf(one);
    }

    @Provide
    Arbitrary<List<GpuOffer>> gpuOffers() {
        Arbitrary<java.util.function.Function<String, GpuOffer>> one = Combinators.combine(
                text(), notes(), Arbitraries.of(GpuType.class), Arbitraries.doubles().between(1, 1000).ofScale(3),
                Arbitraries.of(GpuPricing.class), price(), price(), optionalCount()).as(
                (provider, instance, gpu, memory, pricing, money, power, depreciation) ->
                        new Object[]{provider, instance, gpu, memory, pricing, money, power, depreciation})
                .flatMap(a -> Combinators.combine(regions(), priceSource(), Arbitraries.integers().between(1, 120))
                        .as((regions, source, months) -> id -> {
                            boolean purchase = a[4] == GpuPricing.PURCHASE;
                            OptionalDouble money = OptionalDouble.of((Double) a[5]);
                            OptionalInt depreciation = purchase ? OptionalInt.of(months) : (OptionalInt) a[7];
                            return new GpuOffer(id, (String) a[0], (String) a[1], (GpuType) a[2], (Double) a[3],
                                    (GpuPricing) a[4], purchase ? OptionalDouble.empty() : money,
                                    purchase ? money : OptionalDouble.empty(), (Double) a[6], depreciation, regions, source);
                        }));
        return listOf(one);
    }

    @Provide
    Arbitrary<List<ServingProfile>> servingProfiles() {
        Arbitrary<Double> throughput = Arbitraries.doubles().between(1e-3, 1e7).ofScale(6);
        Arbitrary<java.util.function.Function<String, ServingProfile>> one = Combinators.combine(
                text(), notes(), Arbitraries.of(GpuType.class), text(), text(), Arbitraries.integers().between(1, 64),
                throughput, throughput).as((model, family, gpu, engine, precision, gpus, prefill, decode) ->
                new Object[]{model, family, gpu, engine, precision, gpus, prefill, decode})
                .flatMap(a -> Combinators.combine(Arbitraries.doubles().between(0.5, 2000).ofScale(4).map(OptionalDouble::of)
                                .injectNull(0.3), optionalCount(), text(), priceSource())
                        .as((weights, ctx, licence, source) -> id -> new ServingProfile(id, (String) a[0], (String) a[1],
                                (GpuType) a[2], (String) a[3], (String) a[4], (Integer) a[5], (Double) a[6], (Double) a[7],
                                weights == null ? OptionalDouble.empty() : weights, ctx, licence, source)));
        return listOf(one);
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object o) {
        return (List<String>) o;
    }
}
