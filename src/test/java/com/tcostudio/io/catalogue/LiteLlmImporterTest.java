package com.tcostudio.io.catalogue;

import com.tcostudio.core.catalogue.ApiModel;
import com.tcostudio.core.catalogue.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiteLlmImporterTest {
    /**
     * Conversions are exact on the decimals written in the file; the tolerance only absorbs the
     * last bit of the final double (e.g. 5/11).
     */
    private static final double TOL = 1e-12;
    private static final LocalDate AS_OF = LocalDate.of(2026, 7, 24);
    private static final String HAND = "hand-computed.json";
    private static final String TRIMMED = "litellm-model-prices-2026-06-10-trimmed.json";

    private final LiteLlmImporter importer = new LiteLlmImporter();

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = LiteLlmImporterTest.class.getResourceAsStream("/catalogue/" + path)) {
            return in.readAllBytes();
        }
    }

    private LiteLlmImport hand() throws Exception {
        return importer.read(resource("litellm/" + HAND), HAND, AS_OF);
    }

    private static ApiModel model(LiteLlmImport result, String id) {
        return result.models().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no model " + id + " in " + ids(result)));
    }

    private static List<String> ids(LiteLlmImport result) {
        return result.models().stream().map(ApiModel::id).collect(Collectors.toList());
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs({org.junit.jupiter.api.condition.OS.LINUX, org.junit.jupiter.api.condition.OS.MAC})
    @org.junit.jupiter.api.Timeout(value = 20, unit = java.util.concurrent.TimeUnit.SECONDS)
    void aPipeGivenToTheImporterIsRefusedUnread(@TempDir Path dir) throws Exception {
        // the app's import reads through the importer: a FIFO must be refused, not waited on
        Path fifo = dir.resolve("prices.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        CatalogueImportException e = assertThrows(CatalogueImportException.class,
                () -> importer.read(fifo, java.time.LocalDate.of(2026, 7, 24)));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
    }

    @Test
    void chatModelWithEveryPriceIsConvertedToPerMillionTokens() throws Exception {
        ApiModel m = model(hand(), "anthropic/claude-hand-1");

        assertEquals("anthropic", m.provider());
        assertEquals("claude-hand-1", m.name());
        assertEquals(3.0, m.inputPerMTok(), TOL, "3e-06 per token x 1e6");
        assertEquals(15.0, m.outputPerMTok(), TOL, "1.5e-05 per token x 1e6");
        assertEquals(0.3, m.cachedInputPerMTok().orElseThrow(), TOL, "cache read 3e-07 x 1e6");
        assertEquals(0.5, m.batchDiscount(), TOL, "1 - 1.5e-06 / 3e-06");
        assertEquals(OptionalInt.of(200_000), m.contextWindow(), "max_input_tokens");
        assertEquals(List.of(), m.regions());
        assertFalse(m.openWeights());
        assertEquals(AS_OF, m.price().asOf());
        assertEquals("LiteLLM model_prices_and_context_window.json (hand-computed.json)", m.price().source());
        assertTrue(m.price().notes().startsWith("LiteLLM key 'claude-hand-1'."), m.price().notes());
        assertTrue(m.price().notes().contains("regions left empty"), m.price().notes());
    }

    @Test
    void decimalsAreConvertedExactlyNotThroughBinaryProducts() throws Exception {
        // 3e-06 * 1e6 in binary doubles is not 3 for every price; the import shifts the decimal instead
        ApiModel m = model(hand(), "cloudflare/-cf/meta/llama-hand");
        assertEquals(0.27, m.inputPerMTok());
        assertEquals(0.85, m.outputPerMTok());
        assertEquals(0.4, model(hand(), "openai/gpt-hand-mini").inputPerMTok());
    }

    @Test
    void modelWithoutBatchOrCachePricesHasNoDiscountAndNoCachedPrice() throws Exception {
        ApiModel m = model(hand(), "openai/gpt-hand-mini");

        assertEquals(0.4, m.inputPerMTok(), TOL);
        assertEquals(1.6, m.outputPerMTok(), TOL);
        assertEquals(OptionalDouble.empty(), m.cachedInputPerMTok());
        assertEquals(0, m.batchDiscount(), TOL);
        assertEquals(OptionalInt.of(16_384), m.contextWindow(), "max_tokens when max_input_tokens is absent");
    }

    @Test
    void keyAlreadyNamingItsProviderIsNotPrefixedTwiceAndAKeyThatCollidesIsMadeUnique() throws Exception {
        LiteLlmImport result = hand();

        assertEquals("openai/gpt-hand-mini", model(result, "openai/gpt-hand-mini").name(), "first met keeps the plain id");
        ApiModel second = model(result, "openai/gpt-hand-mini--2");
        assertEquals("gpt-hand-mini", second.name());
        assertEquals(0.5, second.inputPerMTok(), TOL);
    }

    @Test
    void idIsLowerCasedAndCharactersOutsideThePatternBecomeHyphens() throws Exception {
        ApiModel m = model(hand(), "cloudflare/-cf/meta/llama-hand");

        assertEquals("@cf/Meta/Llama Hand", m.name(), "the name keeps the key as written");
        assertTrue(hand().models().stream().allMatch(x -> Catalogue.isValidId(x.id())));
    }

    @Test
    void zeroContextWindowMeansUnknownSoMaxTokensIsUsed() throws Exception {
        assertEquals(OptionalInt.of(8_192), model(hand(), "cloudflare/-cf/meta/llama-hand").contextWindow());
    }

    @Test
    void wholeNumberWrittenWithAFractionIsAContextWindow() throws Exception {
        assertEquals(OptionalInt.of(2_000_000), model(hand(), "azure/azure-uneven").contextWindow());
    }

    @Test
    void batchDiscountComesFromInputPricesAndADifferentOutputRatioIsNoted() throws Exception {
        ApiModel m = model(hand(), "azure/azure-uneven");

        assertEquals(1 - 6.0 / 11.0, m.batchDiscount(), TOL, "1 - 6e-08 / 1.1e-07");
        assertTrue(m.price().notes().contains("Batch discount taken from input prices (0.4545); the batch output price"
                + " implies 0.5."), m.price().notes());
    }

    @Test
    void batchPriceAboveTheStandardOneGivesNoDiscountAndANote() throws Exception {
        ApiModel m = model(hand(), "acme/batch-dearer");

        assertEquals(0, m.batchDiscount(), TOL);
        assertTrue(m.price().notes().contains("batch input price is above the standard one"), m.price().notes());
    }

    @Test
    void freeModelIsImportedAtZeroWithNoDiscount() throws Exception {
        ApiModel m = model(hand(), "acme/free-hand");

        assertEquals(0, m.inputPerMTok(), TOL);
        assertEquals(0, m.outputPerMTok(), TOL);
        assertEquals(0, m.batchDiscount(), TOL);
    }

    @Test
    void nonChatAndUnpricedKeysAreSkippedAndCountedByReason() throws Exception {
        LiteLlmImport result = hand();

        assertEquals(List.of("anthropic/claude-hand-1", "openai/gpt-hand-mini", "openai/gpt-hand-mini--2",
                "cloudflare/-cf/meta/llama-hand", "acme/batch-dearer", "azure/azure-uneven", "acme/free-hand"), ids(result));
        Map<String, List<String>> expected = Map.ofEntries(
                Map.entry("format description (sample_spec)", List.of("sample_spec")),
                Map.entry("mode embedding", List.of("text-embedding-hand", "text-embedding-hand-2")),
                Map.entry("mode image_generation", List.of("dall-e-hand")),
                Map.entry("no output price", List.of("no-output-hand", "null-output-hand")),
                Map.entry("no input price", List.of("no-input-hand")),
                Map.entry("no input or output price", List.of("no-prices-hand")),
                Map.entry("invalid input price", List.of("negative-hand", "text-price-hand")),
                Map.entry("invalid cache read price", List.of("bad-cache-hand")),
                Map.entry("no mode", List.of("no-mode-hand")),
                Map.entry("no provider", List.of("no-provider-hand")),
                Map.entry("value is not an object", List.of("last_updated")));
        assertEquals(expected, result.skipped());
        assertEquals(14, result.skippedCount());
        assertEquals(21, result.entriesRead(), "every key of the file is imported or skipped");
        assertEquals("invalid input price: 2", result.skippedSummary().get(0), "most frequent first, then by name");
    }

    @Test
    void trimmedRealFileImportsItsChatModels() throws Exception {
        LiteLlmImport result = importer.read(resource(TRIMMED), TRIMMED, LocalDate.of(2026, 6, 10));

        assertEquals(196, result.entriesRead());
        assertEquals(146, result.models().size());
        assertEquals(List.of("mode responses: 23", "mode image_generation: 11", "mode audio_transcription: 5",
                "mode audio_speech: 4", "mode embedding: 4", "mode completion: 2", "mode realtime: 1"),
                result.skippedSummary());

        ApiModel gpt4o = model(result, "openai/gpt-4o");
        assertEquals(2.5, gpt4o.inputPerMTok(), TOL);
        assertEquals(10, gpt4o.outputPerMTok(), TOL);
        assertEquals(1.25, gpt4o.cachedInputPerMTok().orElseThrow(), TOL);
        assertEquals(0.5, gpt4o.batchDiscount(), TOL);
        assertEquals(OptionalInt.of(128_000), gpt4o.contextWindow());

        ApiModel sonnet = model(result, "anthropic/claude-sonnet-4-5");
        assertEquals(3, sonnet.inputPerMTok(), TOL);
        assertEquals(15, sonnet.outputPerMTok(), TOL);
        assertEquals(0, sonnet.batchDiscount(), TOL, "this file lists no batch price for it");
    }

    @Test
    void writtenFileReloadsThroughTheLoaderWithoutProblemsAndUnchanged(@TempDir Path dir) throws Exception {
        for (String fixture : List.of("litellm/" + HAND, TRIMMED)) {
            LiteLlmImport result = importer.read(resource(fixture), fixture, AS_OF);
            Path userDir = Files.createDirectories(dir.resolve("reload-" + fixture.replace('/', '-')));
            importer.write(result.models(), userDir.resolve("litellm.json"));

            Catalogue c = new CatalogueLoader().loadDirectories(List.of(userDir));

            assertEquals(List.of(), c.problems(), fixture);
            assertEquals(result.models(), c.apiModels(), fixture);
        }
    }

    @Test
    void aFileThatIsNotAnEarlierImportIsNeverReplaced(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("imported.json");
        Files.writeString(out, "old content");
        CatalogueImportException notJson = assertThrows(CatalogueImportException.class,
                () -> importer.write(hand().models(), out));
        assertEquals(out + ": is not a LiteLLM import of TCO Studio, so it was left as it was; choose another file"
                + " (it cannot be read as JSON)", notJson.getMessage());
        assertEquals("old content", Files.readString(out));

        // a hand-written catalogue of the same kind, and one of another kind
        Path ours = dir.resolve("api-models.json");
        Files.write(ours, resource("litellm/our-api-models.json"));
        byte[] before = Files.readAllBytes(ours);
        CatalogueImportException handWritten = assertThrows(CatalogueImportException.class,
                () -> importer.write(hand().models(), ours));
        assertTrue(handWritten.getMessage().endsWith("(its description does not say so)"), handWritten.getMessage());
        assertArrayEquals(before, Files.readAllBytes(ours));
        Path offers = dir.resolve("gpu-offers.json");
        Files.writeString(offers, "{\"schemaVersion\": 1, \"kind\": \"gpu-offers\", \"offers\": []}");
        CatalogueImportException otherKind = assertThrows(CatalogueImportException.class,
                () -> importer.write(hand().models(), offers));
        assertTrue(otherKind.getMessage().endsWith("(it is not an api-models file)"), otherKind.getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(3, files.count(), "no temporary file left");
        }
    }

    @Test
    void aSecondImportMergesIntoTheFirstKeepingWhatItDoesNotList(@TempDir Path dir) throws Exception {
        Path out = dir.resolve(LiteLlmImporter.IMPORT_FILE);
        LiteLlmImport june = importer.read(resource(TRIMMED), TRIMMED, LocalDate.of(2026, 6, 10));
        LiteLlmImporter.Saved first = importer.write(june.models(), out);
        assertEquals(new LiteLlmImporter.Saved(out, 146, 0, 0), first);
        assertEquals("saved in " + out + ": 146 models", first.summary());

        // the hand-made file shares no id with the trimmed one but openai/gpt-hand-mini... so: 7 new;
        // then the June file again, a day later: all 146 updated, the 7 kept
        LiteLlmImporter.Saved second = importer.write(hand().models(), out);
        assertEquals(new LiteLlmImporter.Saved(out, 7, 0, 146), second);
        LiteLlmImport again = importer.read(resource(TRIMMED), TRIMMED, LocalDate.of(2026, 6, 11));
        LiteLlmImporter.Saved third = importer.write(again.models(), out);
        assertEquals(new LiteLlmImporter.Saved(out, 0, 146, 7), third);
        assertEquals("merged into " + out + ": 0 new, 146 updated, 7 kept from earlier imports", third.summary());

        Catalogue c = new CatalogueLoader().loadDirectories(List.of(dir));
        assertEquals(List.of(), c.problems());
        assertEquals(153, c.apiModels().size());
        assertEquals(LocalDate.of(2026, 6, 11), c.apiModels().stream().filter(m -> m.id().equals("openai/gpt-4o"))
                .findFirst().orElseThrow().price().asOf(), "the newer import's prices");
        assertEquals(AS_OF, c.apiModels().stream().filter(m -> m.id().equals("acme/free-hand"))
                .findFirst().orElseThrow().price().asOf(), "kept with its own date");
    }

    @Test
    void failedWriteLeavesTheTargetAsItWasAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectories(dir.resolve("imported.json"));
        Files.writeString(target.resolve("keep.txt"), "kept");

        assertThrows(IOException.class, () -> importer.write(hand().models(), target));

        assertEquals("kept", Files.readString(target.resolve("keep.txt")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.collect(Collectors.toList()));
        }
    }

    @Test
    void truncatedFileIsRefusedNamingFileAndPosition() {
        CatalogueImportException e = assertThrows(CatalogueImportException.class,
                () -> importer.read(resource("litellm/truncated.json"), "truncated.json", AS_OF));

        assertEquals("truncated.json", e.file());
        assertEquals(5, e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.getMessage().startsWith("truncated.json: is truncated: the JSON ends early"), e.getMessage());
        assertTrue(e.getMessage().endsWith("(at line 5, column " + e.column() + ")"), e.getMessage());
    }

    @Test
    void fileThatIsNoObjectIsRefused() {
        CatalogueImportException e = assertThrows(CatalogueImportException.class,
                () -> importer.read(resource("litellm/not-an-object.json"), "list.json", AS_OF));

        assertEquals("list.json: must hold a JSON object keyed by model name (was a list)", e.getMessage());
    }

    @Test
    void malformedAndEmptyInputIsRefused() {
        CatalogueImportException bad = assertThrows(CatalogueImportException.class,
                () -> importer.read("{\"a\": {\"mode\" \"chat\"}}".getBytes(), "bad.json", AS_OF));
        assertTrue(bad.getMessage().startsWith("bad.json: is not valid JSON"), bad.getMessage());
        assertEquals(1, bad.line());

        CatalogueImportException empty = assertThrows(CatalogueImportException.class,
                () -> importer.read(new byte[0], "empty.json", AS_OF));
        assertEquals("empty.json: is empty", empty.getMessage());
    }

    @Test
    void missingFileIsRefusedByName(@TempDir Path dir) {
        Path missing = dir.resolve("model_prices_and_context_window.json");
        CatalogueImportException e = assertThrows(CatalogueImportException.class, () -> importer.read(missing, AS_OF));

        assertEquals(missing + ": does not exist", e.getMessage());
    }

    @Test
    void malformedFileOnDiskIsRefusedNamingItsPathAndPosition(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model_prices_and_context_window.json");
        Files.write(file, resource("litellm/truncated.json"));

        CatalogueImportException e = assertThrows(CatalogueImportException.class, () -> importer.read(file, AS_OF));

        assertEquals(file.toString(), e.file());
        assertTrue(e.getMessage().startsWith(file + ": is truncated"), e.getMessage());
        assertEquals(5, e.line());
    }

    @Test
    void nothingToSaveIsRefusedAndLeavesNoFile(@TempDir Path dir) {
        Path out = dir.resolve("none.json");
        CatalogueImportException e = assertThrows(CatalogueImportException.class, () -> importer.write(List.of(), out));
        assertEquals(out + ": no chat models to save; the file was left as it was", e.getMessage());
        assertFalse(Files.exists(out));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            litellm/our-api-models.json | 4 entries read; skipped: value is not an object: 4
            litellm/embeddings-only.json | 4 entries read; skipped: mode embedding: 4
            litellm/empty-object.json | the object is empty
            """)
    void aFileWithNoChatModelsIsRefusedWithTheReason(String fixture, String counts) {
        CatalogueImportException e = assertThrows(CatalogueImportException.class,
                () -> importer.read(resource(fixture), "f.json", AS_OF));
        assertEquals("f.json: has no chat model with input and output prices, so nothing was imported (" + counts
                + "). Is it LiteLLM's model_prices_and_context_window.json?", e.getMessage());
    }

    @Test
    void implausiblePricesOfTheRealFileAreSkippedWithTheirReason() throws Exception {
        // trimmed from LiteLLM's file of 2026-07-24: wandb's DeepSeek-R1 at 0.135 USD per input token =
        // 135,000 USD per MTok, gpt-oss-120b at 0.015 = 15,000; jais-30b 3,200 / 9,710; jais-13b 500 / 2,000
        // (above 1,000); GPT-4.5 preview 7.5e-05 x 1e6 = 75 / 150 is dear but real and kept
        String file = "litellm-2026-07-24-implausible-trimmed.json";
        LiteLlmImport result = importer.read(resource("litellm/" + file), file, AS_OF);
        assertEquals(List.of("wandb/deepseek-ai/DeepSeek-R1-0528", "wandb/openai/gpt-oss-120b", "azure_ai/jais-30b-chat",
                "watsonx/core42/jais-13b-chat"), result.skipped().get(LiteLlmImporter.IMPLAUSIBLE));
        assertEquals(List.of("azure/gpt-4.5-preview", "openai/gpt-4o", "anthropic/claude-sonnet-4-5"), ids(result));
        assertEquals(150, model(result, "azure/gpt-4.5-preview").outputPerMTok(), TOL);
        assertTrue(result.skippedSummary().contains(LiteLlmImporter.IMPLAUSIBLE + ": 4"), result.skippedSummary().toString());
    }

    @Test
    void aPriceAtTheBoundIsKeptAndJustAboveItSkipped() throws Exception {
        // 0.001 USD a token x 1e6 = 1,000 USD per MTok: the bound itself is plausible; 0.0010001 -> 1,000.1 is not
        String json = "{\"at\": {\"mode\": \"chat\", \"litellm_provider\": \"p\", \"input_cost_per_token\": 0.001,"
                + " \"output_cost_per_token\": 0.001},"
                + " \"above\": {\"mode\": \"chat\", \"litellm_provider\": \"p\", \"input_cost_per_token\": 0.000001,"
                + " \"output_cost_per_token\": 0.0010001}}";
        LiteLlmImport result = importer.read(json.getBytes(), "bound.json", AS_OF);
        assertEquals(List.of("p/at"), ids(result));
        assertEquals(Map.of(LiteLlmImporter.IMPLAUSIBLE, List.of("above")), result.skipped());
    }

    @Test
    void fileIsReadFromDiskWithItsNameInTheSource(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("model_prices_and_context_window.json");
        Files.write(file, resource("litellm/" + HAND));

        LiteLlmImport result = importer.read(file, AS_OF);

        assertEquals("LiteLLM model_prices_and_context_window.json (model_prices_and_context_window.json)",
                result.models().get(0).price().source());
    }

    @Test
    void lastModifiedDateIsTheFilesDayInTheSystemZone(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("prices.json"), "{}");
        LocalDate day = LocalDate.of(2026, 7, 24);
        Files.setLastModifiedTime(file, FileTime.from(day.atTime(LocalTime.NOON).atZone(ZoneId.systemDefault()).toInstant()));

        assertEquals(day, LiteLlmImporter.lastModifiedDate(file));
    }
}
