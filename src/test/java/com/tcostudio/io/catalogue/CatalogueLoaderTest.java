package com.tcostudio.io.catalogue;

import com.tcostudio.core.catalogue.ApiModel;
import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.core.catalogue.CatalogueProblem;
import com.tcostudio.core.catalogue.GpuOffer;
import com.tcostudio.core.catalogue.GpuPricing;
import com.tcostudio.core.catalogue.GpuType;
import com.tcostudio.core.catalogue.ServingProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogueLoaderTest {
    /** Prices in the fixtures are short decimals, read exactly. */
    private static final double TOL = 1e-12;
    /** Entries of the valid fixture set under catalogue/shipped/: 3 API models, 3 GPU offers, 2 profiles. */
    private static final int SHIPPED_ENTRIES = 8;

    private static final CatalogueLoader SHIPPED = new CatalogueLoader("catalogue/shipped/");

    private static Path resourceDir(String name) throws URISyntaxException {
        return Path.of(CatalogueLoaderTest.class.getResource("/catalogue/" + name).toURI());
    }

    /** Copies one fixture of catalogue/invalid/ alone into a user directory. */
    private static Path userFile(Path dir, String fixture) throws IOException {
        Path file = dir.resolve(fixture + ".json");
        try (InputStream in = CatalogueLoaderTest.class.getResourceAsStream("/catalogue/invalid/" + fixture + ".json")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private static String describe(List<CatalogueProblem> problems) {
        return problems.stream().map(CatalogueProblem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void validFixtureSetLoadsEveryEntryWithoutProblems() {
        Catalogue c = SHIPPED.loadShipped();

        assertEquals(List.of(), c.problems(), describe(c.problems()));
        assertEquals(3, c.apiModels().size());
        assertEquals(3, c.gpuOffers().size());
        assertEquals(2, c.servingProfiles().size());
        assertEquals(SHIPPED_ENTRIES, c.size());
        assertEquals(List.of("anthropic/claude-sonnet-4-5", "openai/gpt-4.1-mini", "mistral/mistral-large"),
                c.apiModels().stream().map(ApiModel::id).collect(Collectors.toList()), "file order is kept");
        assertEquals(LocalDate.of(2026, 3, 1), c.oldestAsOf().orElseThrow());
        assertEquals(LocalDate.of(2026, 10, 20), c.newestAsOf().orElseThrow());
    }

    @Test
    void everyFieldOfAFullApiModelIsRead() {
        ApiModel m = SHIPPED.loadShipped().apiModel("anthropic/claude-sonnet-4-5").orElseThrow();

        assertEquals("Anthropic", m.provider());
        assertEquals("Claude Sonnet 4.5", m.name());
        assertEquals(3, m.inputPerMTok(), TOL);
        assertEquals(15, m.outputPerMTok(), TOL);
        assertEquals(0.3, m.cachedInputPerMTok().orElseThrow(), TOL);
        assertEquals(0.5, m.batchDiscount(), TOL);
        assertEquals(OptionalInt.of(200000), m.contextWindow());
        assertEquals(List.of("US"), m.regions());
        assertFalse(m.openWeights());
        assertEquals(LocalDate.of(2026, 10, 1), m.price().asOf());
        assertEquals("test fixture", m.price().source());
        assertEquals("prices below 200k input tokens", m.price().notes());
    }

    @Test
    void optionalFieldsLeftOutTakeTheirDocumentedDefaults() {
        Catalogue c = SHIPPED.loadShipped();
        ApiModel m = c.apiModel("mistral/mistral-large").orElseThrow();
        assertEquals(OptionalDouble.empty(), m.cachedInputPerMTok());
        assertEquals(0, m.batchDiscount(), TOL);
        assertEquals(OptionalInt.empty(), m.contextWindow());
        assertEquals(List.of(), m.regions());
        assertFalse(m.openWeights());
        assertEquals("", m.price().notes());

        GpuOffer o = c.gpuOffer("coreweave/h200/reserved-1y").orElseThrow();
        assertEquals("", o.instance());
        assertEquals(List.of(), o.regions());

        ServingProfile p = c.servingProfile("qwen3-32b/l40s/vllm").orElseThrow();
        assertEquals("", p.modelFamily());
        assertEquals(OptionalDouble.empty(), p.weightsGb());
        assertEquals(OptionalInt.empty(), p.contextWindow());
    }

    @Test
    void rentalAndPurchaseOffersAreReadWithTheirOwnPriceFields() {
        Catalogue c = SHIPPED.loadShipped();
        GpuOffer rental = c.gpuOffer("aws/h100/on-demand").orElseThrow();
        assertEquals(GpuType.H100, rental.gpu());
        assertEquals(GpuPricing.ON_DEMAND, rental.pricing());
        assertEquals(3.93, rental.hourlyPerGpu().orElseThrow(), TOL);
        assertEquals(OptionalDouble.empty(), rental.capexPerGpu());
        assertEquals("p5.48xlarge", rental.instance());

        GpuOffer purchase = c.gpuOffer("buy/h100/purchase").orElseThrow();
        assertTrue(purchase.isPurchase());
        assertEquals(OptionalDouble.empty(), purchase.hourlyPerGpu());
        assertEquals(35000, purchase.capexPerGpu().orElseThrow(), TOL);
        assertEquals(OptionalInt.of(48), purchase.depreciationMonths());
        assertEquals(1100, purchase.powerWattsPerGpu(), TOL);
        assertEquals(List.of("global"), purchase.regions());
    }

    @Test
    void servingProfileIsReadWithThroughputsPerReplica() {
        ServingProfile p = SHIPPED.loadShipped().servingProfile("llama-3.3-70b/h100x2/vllm-fp8").orElseThrow();
        assertEquals("Llama 3.3 70B Instruct", p.model());
        assertEquals("Llama 3", p.modelFamily());
        assertEquals(GpuType.H100, p.gpu());
        assertEquals(2, p.gpusPerReplica());
        assertEquals(24000, p.prefillTokensPerSecond(), TOL);
        assertEquals(2500, p.decodeTokensPerSecond(), TOL);
        assertEquals(70.5, p.weightsGb().orElseThrow(), TOL);
        assertEquals(OptionalInt.of(131072), p.contextWindow());
        assertEquals("Llama 3.3 Community Licence", p.licence());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed                    |                          |                      | is not valid JSON at line 8, column 7       | 0
            truncated                    |                          |                      | is truncated: the JSON ends early at line 10                  | 0
            duplicate-key                |                          |                      | Duplicate field 'name'                             | 0
            trailing-garbage             |                          |                      | is not valid JSON at line 16, column 1                                  | 0
            empty                        |                          |                      | is empty; the file was skipped                                | 0
            not-an-object                |                          |                      | must hold a JSON object (was a list); the file was skipped    | 0
            schema-version-2             |                          | schemaVersion        | reads schemaVersion 1 only (the file has 2); the file was skipped | 0
            schema-version-missing       |                          | schemaVersion        | is required (this version of TCO Studio reads schemaVersion 1); the file was skipped | 0
            schema-version-text          |                          | schemaVersion        | reads schemaVersion 1 only (the file has "1")                 | 0
            wrong-kind                   |                          | kind                 | must be one of api-models, gpu-offers, serving-profiles (was "price-list"); the file was skipped | 0
            kind-missing                 |                          | kind                 | is required: one of api-models, gpu-offers, serving-profiles; the file was skipped | 0
            entries-not-a-list           |                          | models               | must be a list (was an object); the file was skipped          | 0
            entries-missing              |                          | offers               | is required; the file was skipped                              | 0
            unknown-top-level-field      |                          | comment              | is not a field of api-models files (unknown field)            | 1
            negative-price               | acme/h100/on-demand      | hourlyPerGpu         | must be >= 0 (was -1)                                         | 1
            missing-field                | acme/no-output           | outputPerMTok        | is required                                                   | 1
            unknown-field                | acme/extra-field         | tokensPerDay         | is not a field of serving-profiles entries (unknown field)    | 1
            purchase-with-hourly         | acme/h100/purchase-hourly | hourlyPerGpu        | must be left out when pricing is purchase (was 2.5)           | 1
            rental-with-capex            | acme/h100/spot           | capexPerGpu          | must be left out when pricing is spot (was 30000)             | 1
            purchase-without-depreciation | acme/h100/purchase-nodep | depreciationMonths  | is required when pricing is purchase                          | 1
            share-above-one              | acme/batch-150           | batchDiscount        | must be <= 1 (was 1.5)                                        | 1
            impossible-date              | acme/feb-30              | asOf                 | must be a real date written YYYY-MM-DD (was "2026-02-30")     | 1
            date-not-iso                 | acme/us-date             | asOf                 | written YYYY-MM-DD (was "10/01/2026")          | 1
            bad-region                   | acme/h100/eu             | regions[1]           | must be a two-letter country code in capitals (EU for the European Union) or global (was "eu") | 1
            repeated-region              | acme/two-us              | regions              | must not list the same value twice (was ["US","US"])          | 1
            bad-id                       | #0                       | id                   | must be lower case letters, digits and . _ : / -, starting with a letter or digit (was "Acme/Upper-Case") | 1
            wrong-type                   | acme/text-count          | gpusPerReplica       | must be a whole number (was "2")                              | 1
            gpus-per-replica-zero        | acme/zero-gpus           | gpusPerReplica       | must be >= 1 (was 0)                                          | 1
            throughput-zero              | acme/no-decode           | decodeTokensPerSecond | must be > 0 (was 0)                                          | 1
            memory-zero                  | acme/h100/no-memory      | gpuMemoryGb          | must be > 0 (was 0)                                           | 1
            unknown-gpu                  | acme/h900/on-demand      | gpu                  | must be one of H100, H200, B200, A100, L40S, L4, MI300X, B300, GB200, GB300, MI325X, MI355X, RTX PRO 6000 (was "H900") | 1
            unknown-pricing              | acme/h100/monthly        | pricing              | must be one of on-demand, reserved-1y, reserved-3y, spot, purchase (was "monthly") | 1
            pricing-missing              | acme/h100/no-term        | pricing              | is required                                                   | 1
            empty-provider               | acme/no-provider         | provider             | must not be empty (was "")                                    | 1
            blank-source                 | acme/blank-source        | source               | must not be empty (was "   ")                                 | 1
            context-window-too-large     | acme/huge-context        | contextWindow        | must be a whole number up to 2147483647 (was 3000000000)      | 1
            number-overflow              | acme/ok-model            | inputPerMTok         | must be a finite number (was Infinity)                        | 0
            entry-not-object             | #0                       |                      | must be an object (was 3)                                     | 1
            duplicate-id                 | acme/ok-model            | id                   | is already the id of entry #0 of this file; this entry (#1) was skipped | 1
            """)
    void invalidUserFileGivesOneProblemNamingFileEntryFieldAndRuleWhileTheRestLoads(
            String fixture, String entry, String field, String rule, int validEntriesOfFile, @TempDir Path dir)
            throws IOException {
        Path file = userFile(dir, fixture);

        Catalogue c = SHIPPED.load(List.of(dir));

        assertEquals(1, c.problems().size(), describe(c.problems()));
        CatalogueProblem p = c.problems().get(0);
        assertEquals(file.toString(), p.file());
        assertEquals(entry, p.entry(), p.toString());
        assertEquals(field, p.field(), p.toString());
        assertTrue(p.rule().contains(rule), "rule was: " + p.rule());
        assertEquals(SHIPPED_ENTRIES + validEntriesOfFile, c.size(), "the shipped files and the file's sound entries load");
    }

    @Test
    void problemReadsAsFileEntryFieldAndRule(@TempDir Path dir) throws IOException {
        Path file = userFile(dir, "negative-price");

        CatalogueProblem p = SHIPPED.load(List.of(dir)).problems().get(0);

        assertEquals(file + ": entry 'acme/h100/on-demand': hourlyPerGpu: must be >= 0 (was -1)", p.toString());
    }

    @Test
    void everyBadEntryOfAFileIsReportedAndEverySoundOneLoads(@TempDir Path dir) throws IOException {
        String json = """
                {"schemaVersion": 1, "kind": "api-models", "models": [
                  {"id": "a/one", "provider": "A", "name": "One", "inputPerMTok": -1, "outputPerMTok": 2,
                   "asOf": "2026-10-01", "source": "s"},
                  {"id": "a/two", "provider": "A", "name": "Two", "inputPerMTok": 1, "outputPerMTok": 2,
                   "asOf": "2026-10-01", "source": "s"},
                  {"id": "a/three", "provider": "A", "name": "Three", "inputPerMTok": 1, "outputPerMTok": 2,
                   "batchDiscount": 2, "colour": "red", "asOf": "2026-10-01"},
                  {"id": "a/four", "provider": "A", "name": "Four", "inputPerMTok": 1, "outputPerMTok": 2,
                   "asOf": "2026-10-01", "source": "s"}
                ]}
                """;
        Files.writeString(dir.resolve("mixed.json"), json);

        Catalogue c = new CatalogueLoader("catalogue/none/").loadDirectories(List.of(dir));

        assertEquals(List.of("a/two", "a/four"), c.apiModels().stream().map(ApiModel::id).collect(Collectors.toList()));
        List<String> problems = c.problems().stream().map(p -> p.entry() + " " + p.field()).collect(Collectors.toList());
        assertEquals(List.of("a/one inputPerMTok", "a/three batchDiscount", "a/three colour", "a/three source"),
                problems.stream().sorted().collect(Collectors.toList()), describe(c.problems()));
    }

    @Test
    void userDirectoryReplacesAShippedEntryOfTheSameIdWithANotice() throws URISyntaxException {
        Path user = resourceDir("user");

        Catalogue c = SHIPPED.load(List.of(user));

        ApiModel sonnet = c.apiModel("anthropic/claude-sonnet-4-5").orElseThrow();
        assertEquals(2.4, sonnet.inputPerMTok(), TOL);
        assertEquals("Claude Sonnet 4.5 (enterprise agreement)", sonnet.name());
        assertEquals(1, c.problems().size(), describe(c.problems()));
        CatalogueProblem notice = c.problems().get(0);
        assertEquals(user.resolve("negotiated-prices.json").toString(), notice.file());
        assertEquals("anthropic/claude-sonnet-4-5", notice.entry());
        assertNull(notice.field());
        assertEquals("replaces the entry of the same id from api-models.json", notice.rule());
        assertEquals("anthropic/claude-sonnet-4-5", c.apiModels().get(0).id(), "a replacement keeps the entry's place");
    }

    @Test
    void userDirectoryAddsItsEntriesAndIgnoresHiddenAndNonJsonFiles() throws URISyntaxException {
        Catalogue c = SHIPPED.load(List.of(resourceDir("user")));

        assertEquals(SHIPPED_ENTRIES + 2, c.size(), "one API model and one GPU offer added, one model replaced");
        assertTrue(c.apiModel("acme/internal-llm").isPresent());
        assertTrue(c.gpuOffer("buy/mi300x/purchase").isPresent());
        assertTrue(c.problems().stream().noneMatch(p -> p.file().contains(".draft") || p.file().contains("README")),
                describe(c.problems()));
    }

    @Test
    void laterUserDirectoryWinsOverAnEarlierOne(@TempDir Path first, @TempDir Path second) throws IOException {
        String template = """
                {"schemaVersion": 1, "kind": "api-models", "models": [
                  {"id": "acme/model", "provider": "Acme", "name": "Model", "inputPerMTok": %s, "outputPerMTok": 2,
                   "asOf": "2026-10-01", "source": "s"}]}
                """;
        Files.writeString(first.resolve("prices.json"), String.format(template, "1"));
        Files.writeString(second.resolve("prices.json"), String.format(template, "0.5"));

        Catalogue c = SHIPPED.load(List.of(first, second));

        assertEquals(0.5, c.apiModel("acme/model").orElseThrow().inputPerMTok(), TOL);
        assertEquals("replaces the entry of the same id from " + first.resolve("prices.json"), c.problems().get(0).rule());
    }

    @Test
    void missingShippedFileIsReportedAndTheOtherShippedFilesLoad() {
        Catalogue c = new CatalogueLoader("catalogue/shipped-partial/").loadShipped();

        assertEquals(1, c.problems().size(), describe(c.problems()));
        CatalogueProblem p = c.problems().get(0);
        assertEquals("serving-profiles.json", p.file());
        assertNull(p.entry());
        assertTrue(p.rule().startsWith("is missing from the application (catalogue/shipped-partial/serving-profiles.json"),
                p.rule());
        assertEquals(3, c.apiModels().size());
        assertEquals(3, c.gpuOffers().size());
        assertEquals(0, c.servingProfiles().size());
    }

    @Test
    void noShippedFilesGiveThreeProblemsAndAnEmptyCatalogue() {
        Catalogue c = new CatalogueLoader("catalogue/none/").loadShipped();

        assertEquals(List.of("api-models.json", "gpu-offers.json", "serving-profiles.json"),
                c.problems().stream().map(CatalogueProblem::file).collect(Collectors.toList()));
        assertTrue(c.isEmpty());
    }

    @Test
    void shippedFileHoldingAnotherKindIsSkipped() {
        Catalogue c = new CatalogueLoader("catalogue/shipped-wrong-kind/").loadShipped();

        assertEquals(1, c.problems().size(), describe(c.problems()));
        assertEquals("api-models.json: kind: must be api-models in api-models.json (was \"gpu-offers\"); the file was skipped",
                c.problems().get(0).toString());
        assertEquals(0, c.apiModels().size());
        assertEquals(3, c.gpuOffers().size());
    }

    @Test
    void missingUserDirectoryIsReportedAndTheShippedCatalogueLoads(@TempDir Path dir) {
        Path missing = dir.resolve("imports");

        Catalogue c = SHIPPED.load(List.of(missing));

        assertEquals(List.of(missing + ": directory does not exist"),
                c.problems().stream().map(CatalogueProblem::toString).collect(Collectors.toList()));
        assertEquals(SHIPPED_ENTRIES, c.size());
    }

    @Test
    void userFilesAreReadInOrderOfFileName(@TempDir Path dir) throws IOException {
        String template = """
                {"schemaVersion": 1, "kind": "api-models", "models": [
                  {"id": "acme/model", "provider": "Acme", "name": "%s", "inputPerMTok": 1, "outputPerMTok": 2,
                   "asOf": "2026-10-01", "source": "s"}]}
                """;
        Files.writeString(dir.resolve("b.json"), String.format(template, "from b"));
        Files.writeString(dir.resolve("a.json"), String.format(template, "from a"));

        Catalogue c = SHIPPED.load(List.of(dir));

        assertEquals("from b", c.apiModel("acme/model").orElseThrow().name());
    }

    @Test
    void shippedFilesCanBeReadFromADirectoryOfTheFileSystem() throws URISyntaxException {
        Catalogue c = CatalogueLoader.withShippedDirectory(resourceDir("shipped")).loadShipped();

        assertEquals(List.of(), c.problems(), describe(c.problems()));
        assertEquals(SHIPPED_ENTRIES, c.size());
    }

    @Test
    void fileMissingFromAShippedDirectoryIsReportedWithItsPath() throws URISyntaxException {
        Path dir = resourceDir("shipped-partial");

        Catalogue c = CatalogueLoader.withShippedDirectory(dir).loadShipped();

        assertEquals(List.of("serving-profiles.json: is missing from the application (" + dir.resolve("serving-profiles.json")
                        + " does not exist); no shipped serving-profiles were loaded"),
                c.problems().stream().map(CatalogueProblem::toString).collect(Collectors.toList()));
        assertEquals(6, c.size());
    }

    @Test
    void loaderCannotBeBuiltWhenTheSchemasAreMissingFromTheClasspath() {
        // the bootstrap class loader sees the JDK only: a stand-in for a jar packaged without pricing-data/schemas
        ClassLoader withoutSchemas = new ClassLoader(null) {
        };

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new CatalogueLoader(
                CatalogueLoader.ShippedFiles.onClasspath("catalogue/shipped/", withoutSchemas), withoutSchemas));

        assertEquals("JSON Schema pricing-data/schemas/api-models.schema.json is not on the classpath: "
                + "the application is incompletely packaged", e.getMessage());
    }

    @Test
    void malformedArgumentsAreProgrammingErrors() {
        assertThrows(IllegalArgumentException.class, () -> new CatalogueLoader("catalogue/shipped"));
        assertThrows(IllegalArgumentException.class, () -> new CatalogueLoader("/catalogue/shipped/"));
        assertThrows(NullPointerException.class, () -> new CatalogueLoader(null));
        assertThrows(NullPointerException.class, () -> CatalogueLoader.withShippedDirectory(null));
        assertThrows(NullPointerException.class, () -> SHIPPED.load(null));
        assertThrows(NullPointerException.class, () -> SHIPPED.load(Arrays.asList((Path) null)));
    }
}
