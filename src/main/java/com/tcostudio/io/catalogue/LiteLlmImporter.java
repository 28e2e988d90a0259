package com.tcostudio.io.catalogue;

import com.tcostudio.io.BoundedFiles;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.tcostudio.core.catalogue.ApiModel;
import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.core.catalogue.InvalidCatalogueEntryException;
import com.tcostudio.core.catalogue.PriceSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Imports API prices from LiteLLM's {@code model_prices_and_context_window.json} (MIT licence,
 * BerriAI/litellm), the most complete public list of API prices.
 *
 * <h2>Input format</h2>
 * One JSON object keyed by model name; each value an object with, among many other fields:
 * {@code litellm_provider}, {@code mode} ({@code chat}, {@code embedding}, ...),
 * {@code input_cost_per_token} and {@code output_cost_per_token} (USD per token),
 * {@code cache_read_input_token_cost}, {@code input_cost_per_token_batches},
 * {@code output_cost_per_token_batches}, {@code max_input_tokens} and {@code max_tokens}. The key
 * {@code sample_spec} documents the format and is not a model.
 *
 * <h2>Conversion</h2>
 * Only {@code chat} models with both an input and an output price become {@link ApiModel}s:
 * <ul>
 *   <li>prices: USD per token times 10<sup>6</sup> = USD per million tokens, computed on the
 *       decimal written in the file, so 3e-06 gives exactly 3;</li>
 *   <li>{@code cachedInputPerMTok} from {@code cache_read_input_token_cost}, absent when the file
 *       has none;</li>
 *   <li>{@code batchDiscount} = 1 - batch input price / input price when a batch input price
 *       exists and the input price is above 0, else 0 (a batch price above the standard one also
 *       gives 0, with a note). The model has one discount for input and output; when the output
 *       batch price implies another one, a note says so;</li>
 *   <li>{@code contextWindow} from {@code max_input_tokens}, else {@code max_tokens}; a value that
 *       is not a whole number of at least 1 counts as not given (LiteLLM writes 0 for unknown);</li>
 *   <li>{@code id}: {@code provider/key} in lower case, the provider not repeated when the key
 *       already starts with it, every character outside {@code [a-z0-9._:/-]} replaced by
 *       {@code -}, and {@code --2}, {@code --3}... appended when two keys come out the same (the
 *       key, as written, is in the notes of every entry);</li>
 *   <li>{@code name}: the key as written; {@code provider}: {@code litellm_provider};</li>
 *   <li>{@code regions} empty and {@code openWeights} false: LiteLLM says neither where data is
 *       processed nor whether the weights are published, and each entry's notes say so;</li>
 *   <li>{@code asOf} given by the caller (LiteLLM has no per-entry date; the command line uses the
 *       file's last-modified date, see {@link #lastModifiedDate}); {@code source}
 *       "LiteLLM model_prices_and_context_window.json (<file name>)".</li>
 * </ul>
 * Every other key is skipped and counted under its reason ({@code mode embedding},
 * {@code no output price}, {@code invalid input price}, ...), so that
 * {@link LiteLlmImport#entriesRead()} equals the number of keys in the file. A chat model priced
 * above {@link #PLAUSIBLE_MAX_PER_MTOK} per million tokens is skipped as {@link #IMPLAUSIBLE}
 * rather than imported: one such price would make its model the dearest option of every
 * comparison. A file with no chat model to import is refused, so that an import never leaves an
 * empty catalogue behind.
 */
public final class LiteLlmImporter {
    /** Start of the {@code source} of every imported model. */
    public static final String SOURCE = "LiteLLM model_prices_and_context_window.json";

    static final String SAMPLE_SPEC = "sample_spec";
    /**
     * Dearest price per million tokens taken as real, input or output: 1,000 USD. The dearest real
     * list prices are far below (o1-pro 600 USD output, GPT-4.5 preview 150); LiteLLM's file of
     * 2026-07-24 has chat models at 2,000 to 540,000 USD (wandb's DeepSeek-R1 at 135,000 input),
     * which are prices per thousand tokens or per request written as per token.
     */
    public static final double PLAUSIBLE_MAX_PER_MTOK = 1_000;
    /** The skip reason of a price above {@link #PLAUSIBLE_MAX_PER_MTOK}; the command line lists these keys. */
    public static final String IMPLAUSIBLE = "price above 1,000 USD per million tokens, not plausible";
    private static final BigDecimal TOKENS_PER_MTOK = BigDecimal.valueOf(1_000_000);

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            // prices read as the decimals written, so that 3e-06 x 1e6 is 3 and not 2.9999999999999996
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final CatalogueWriter writer = new CatalogueWriter();

    /**
     * Reads a LiteLLM file; {@code asOf} is the date its prices are taken to hold. Errors name the
     * file by its path; each model's source names it by its file name.
     *
     * @throws CatalogueImportException when the file is missing, unreadable, malformed (with line
     *                                  and column) or not a JSON object
     */
    public LiteLlmImport read(Path file, LocalDate asOf) throws CatalogueImportException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(asOf, "asOf");
        byte[] bytes;
        try {
            // a pipe, a device or a link to /dev/zero is refused unread, and no read passes the limit
            bytes = BoundedFiles.read(file);
        } catch (BoundedFiles.UnreadableFileException e) {
            throw new CatalogueImportException(file.toString(), e.getMessage());
        }
        Path name = file.getFileName();
        return read(bytes, file.toString(), name == null ? file.toString() : name.toString(), asOf);
    }

    /**
     * Reads LiteLLM JSON from bytes.
     *
     * @param fileName names the file in errors and in each model's source
     * @throws CatalogueImportException when the JSON is malformed (with line and column), empty or
     *                                  not an object
     */
    public LiteLlmImport read(byte[] json, String fileName, LocalDate asOf) throws CatalogueImportException {
        return read(json, fileName, fileName, asOf);
    }

    private LiteLlmImport read(byte[] json, String shownAs, String fileName, LocalDate asOf)
            throws CatalogueImportException {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(asOf, "asOf");
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String what = CatalogueLoader.isTruncation(e) ? "is truncated: the JSON ends early" : "is not valid JSON";
            throw new CatalogueImportException(shownAs, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    what + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CatalogueImportException(shownAs, 0, 0, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new CatalogueImportException(shownAs, "is empty");
        }
        if (!root.isObject()) {
            throw new CatalogueImportException(shownAs, "must hold a JSON object keyed by model name (was "
                    + SchemaViolations.describe(root) + ")");
        }
        LiteLlmImport imported = new Conversion(fileName, asOf).run(root);
        if (imported.models().isEmpty()) {
            throw new CatalogueImportException(shownAs, "has no chat model with input and output prices, so nothing"
                    + " was imported (" + (imported.entriesRead() == 0 ? "the object is empty"
                    : imported.entriesRead() + " entries read; skipped: " + String.join(", ", imported.skippedSummary()))
                    + "). Is it LiteLLM's"
                    + " model_prices_and_context_window.json?");
        }
        return imported;
    }

    /**
     * Saves imported models into an {@code api-models} file that {@link CatalogueLoader} reads,
     * atomically: a crash leaves the previous file (or none), never half a file. An earlier import
     * in that file is merged, not replaced: a model of the same id takes the new prices, the
     * earlier models this import does not have are kept with their own dates, so one import never
     * takes away what another brought. A file that is not an earlier LiteLLM import is refused.
     *
     * @return what the save added, updated and kept, in words by {@link Saved#summary}
     * @throws CatalogueImportException when {@code out} holds something else than an earlier import
     *                                  (a hand-written catalogue, another kind, not JSON), or there
     *                                  are no models to save
     * @throws IllegalArgumentException when two models share an id (the loader would skip one)
     * @throws IOException              when the file cannot be saved; the previous file is left as it was
     */
    public Saved write(List<ApiModel> models, Path out) throws IOException, CatalogueImportException {
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(out, "out");
        if (models.isEmpty()) {
            throw new CatalogueImportException(out.toString(), "no chat models to save; the file was left as it was");
        }
        List<ApiModel> earlier = Files.isRegularFile(out) ? earlierImport(out) : List.of();
        Map<String, ApiModel> merged = new LinkedHashMap<>();
        earlier.forEach(m -> merged.put(m.id(), m));
        int updated = 0;
        for (ApiModel m : models) {
            if (merged.put(m.id(), m) != null) {
                updated++;
            }
        }
        int added = models.size() - updated;
        int kept = earlier.size() - updated;
        Set<String> sources = new LinkedHashSet<>();
        merged.values().forEach(m -> sources.add(m.price().source()));
        String description = DESCRIPTION + String.join(", ", sources)
                + ". Regions are empty: LiteLLM does not say where data is processed.";
        writer.writeApiModels(new ArrayList<>(merged.values()), description, out);
        return new Saved(out, added, updated, kept);
    }

    /** The file name of the user's LiteLLM imports in the catalogue folder: every import merges into it. */
    public static final String IMPORT_FILE = "litellm-import.json";
    private static final String DESCRIPTION = "API model prices imported by TCO Studio from ";

    /**
     * What {@link #write} did to its file.
     *
     * @param added   models new to the file
     * @param updated models of the file given this import's prices
     * @param kept    models of earlier imports this one does not list, kept as they were
     */
    public record Saved(Path file, int added, int updated, int kept) {
        /** E.g. "merged into F: 140 new, 6 updated, 2 kept from earlier imports". */
        public String summary() {
            if (updated == 0 && kept == 0) {
                return "saved in " + file + ": " + added + " models";
            }
            return "merged into " + file + ": " + added + " new, " + updated + " updated, " + kept
                    + " kept from earlier imports";
        }
    }

    /** The models of an earlier import in {@code file}; refuses a file that is not one. */
    private static List<ApiModel> earlierImport(Path file) throws CatalogueImportException {
        String notOurs = "is not a LiteLLM import of TCO Studio, so it was left as it was; choose another file";
        JsonNode root;
        try {
            root = MAPPER.readTree(BoundedFiles.read(file));
        } catch (IOException | BoundedFiles.UnreadableFileException e) {
            throw new CatalogueImportException(file.toString(), notOurs + " (it cannot be read as JSON)");
        }
        JsonNode kind = root == null ? null : root.get("kind");
        JsonNode description = root == null ? null : root.get("description");
        JsonNode entries = root == null ? null : root.get(CatalogueKind.API_MODELS.entriesField());
        if (kind == null || !CatalogueKind.API_MODELS.label().equals(kind.asText())) {
            throw new CatalogueImportException(file.toString(), notOurs + " (it is not an "
                    + CatalogueKind.API_MODELS.label() + " file)");
        }
        if (description == null || !description.asText().startsWith(DESCRIPTION) || entries == null
                || !entries.isArray()) {
            throw new CatalogueImportException(file.toString(), notOurs + " (its description does not say so)");
        }
        List<ApiModel> models = new ArrayList<>();
        for (JsonNode e : entries) {
            ApiModel m;
            try {
                m = EntryReader.apiModel(e);
            } catch (RuntimeException ex) {
                throw new CatalogueImportException(file.toString(), notOurs + " (entry " + (models.size() + 1)
                        + " is not an API model)");
            }
            if (!m.price().source().startsWith(SOURCE)) {
                throw new CatalogueImportException(file.toString(), notOurs + " (" + m.id() + " comes from \""
                        + m.price().source() + "\")");
            }
            models.add(m);
        }
        return models;
    }

    /** The file's last-modified day in the system time zone: the best as-of date a LiteLLM file offers. */
    public static LocalDate lastModifiedDate(Path file) throws IOException {
        return LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
    }

    /** One pass over one file. */
    private static final class Conversion {
        private final String fileName;
        private final LocalDate asOf;
        private final List<ApiModel> models = new ArrayList<>();
        private final Map<String, List<String>> skipped = new LinkedHashMap<>();
        private final Set<String> ids = new HashSet<>();

        Conversion(String fileName, LocalDate asOf) {
            this.fileName = fileName;
            this.asOf = asOf;
        }

        LiteLlmImport run(JsonNode root) {
            for (Map.Entry<String, JsonNode> field : root.properties()) {
                Optional<String> reason = convert(field.getKey(), field.getValue());
                reason.ifPresent(r -> skipped.computeIfAbsent(r, x -> new ArrayList<>()).add(field.getKey()));
            }
            return new LiteLlmImport(models, skipped);
        }

        /** Adds the model, or says why the key is skipped. */
        private Optional<String> convert(String key, JsonNode entry) {
            if (key.equals(SAMPLE_SPEC)) {
                return Optional.of("format description (" + SAMPLE_SPEC + ")");
            }
            if (!entry.isObject()) {
                return Optional.of("value is not an object");
            }
            JsonNode mode = entry.get("mode");
            if (mode == null || mode.isNull()) {
                return Optional.of("no mode");
            }
            if (!mode.isTextual() || !mode.textValue().equals("chat")) {
                return Optional.of("mode " + (mode.isTextual() ? mode.textValue() : mode.toString()));
            }
            JsonNode provider = entry.get("litellm_provider");
            if (provider == null || !provider.isTextual() || provider.textValue().isBlank()) {
                return Optional.of("no provider");
            }
            boolean hasInput = given(entry, "input_cost_per_token");
            boolean hasOutput = given(entry, "output_cost_per_token");
            if (!hasInput && !hasOutput) {
                return Optional.of("no input or output price");
            }
            if (!hasInput) {
                return Optional.of("no input price");
            }
            if (!hasOutput) {
                return Optional.of("no output price");
            }
            Optional<BigDecimal> input = price(entry, "input_cost_per_token");
            if (input.isEmpty()) {
                return Optional.of("invalid input price");
            }
            Optional<BigDecimal> output = price(entry, "output_cost_per_token");
            if (output.isEmpty()) {
                return Optional.of("invalid output price");
            }
            Optional<BigDecimal> cached = price(entry, "cache_read_input_token_cost");
            if (given(entry, "cache_read_input_token_cost") && cached.isEmpty()) {
                return Optional.of("invalid cache read price");
            }
            Optional<BigDecimal> batchInput = price(entry, "input_cost_per_token_batches");
            Optional<BigDecimal> batchOutput = price(entry, "output_cost_per_token_batches");
            if ((given(entry, "input_cost_per_token_batches") && batchInput.isEmpty())
                    || (given(entry, "output_cost_per_token_batches") && batchOutput.isEmpty())) {
                return Optional.of("invalid batch price");
            }

            if (perMTok(input.get()) > PLAUSIBLE_MAX_PER_MTOK || perMTok(output.get()) > PLAUSIBLE_MAX_PER_MTOK) {
                return Optional.of(IMPLAUSIBLE);
            }
            List<String> notes = new ArrayList<>();
            notes.add("LiteLLM key '" + key + "'.");
            double batchDiscount = batchDiscount(input.get(), output.get(), batchInput, batchOutput, notes);
            notes.add("LiteLLM says neither where data is processed (regions left empty) nor whether the weights"
                    + " are published (openWeights false).");
            String providerName = provider.textValue();
            String id = id(providerName, key);
            ApiModel model;
            try {
                model = new ApiModel(id, providerName, key,
                        perMTok(input.get()), perMTok(output.get()),
                        cached.map(c -> OptionalDouble.of(perMTok(c))).orElse(OptionalDouble.empty()),
                        batchDiscount, contextWindow(entry), List.of(), false,
                        new PriceSource(asOf, SOURCE + " (" + fileName + ")", String.join(" ", notes)));
            } catch (InvalidCatalogueEntryException e) {
                // e.g. a price of 1e400 per token, which is no finite number per million
                ids.remove(id);
                return Optional.of("invalid " + e.field());
            }
            models.add(model);
            return Optional.empty();
        }

        private static double batchDiscount(BigDecimal input, BigDecimal output, Optional<BigDecimal> batchInput,
                                            Optional<BigDecimal> batchOutput, List<String> notes) {
            if (batchInput.isEmpty()) {
                if (batchOutput.isPresent()) {
                    notes.add("LiteLLM gives a batch output price but no batch input price; batch discount set to 0.");
                }
                return 0;
            }
            if (input.signum() == 0) {
                return 0;
            }
            BigDecimal discount = discount(batchInput.get(), input);
            if (discount.signum() < 0) {
                notes.add("LiteLLM's batch input price is above the standard one; batch discount set to 0.");
                return 0;
            }
            if (batchOutput.isPresent() && output.signum() > 0) {
                BigDecimal outputDiscount = discount(batchOutput.get(), output);
                if (outputDiscount.compareTo(discount) != 0) {
                    notes.add("Batch discount taken from input prices (" + plain(discount) + "); the batch output price"
                            + " implies " + plain(outputDiscount) + ".");
                }
            }
            return discount.doubleValue();
        }

        private static BigDecimal discount(BigDecimal batch, BigDecimal standard) {
            return BigDecimal.ONE.subtract(batch.divide(standard, MathContext.DECIMAL64));
        }

        private static String plain(BigDecimal d) {
            return d.round(new MathContext(4)).stripTrailingZeros().toPlainString();
        }

        /** The first of max_input_tokens and max_tokens that is a whole number of at least 1. */
        private static OptionalInt contextWindow(JsonNode entry) {
            for (String field : List.of("max_input_tokens", "max_tokens")) {
                JsonNode n = entry.get(field);
                if (n != null && n.isNumber() && n.canConvertToExactIntegral() && n.canConvertToInt() && n.intValue() >= 1) {
                    return OptionalInt.of(n.intValue());
                }
            }
            return OptionalInt.empty();
        }

        private String id(String provider, String key) {
            String p = provider.toLowerCase(Locale.ROOT);
            String k = key.toLowerCase(Locale.ROOT);
            String raw = k.startsWith(p + "/") ? k : p + "/" + k;
            String id = raw.replaceAll("[^" + Catalogue.ID_CHARACTERS + "]", "-").replaceFirst("^[^a-z0-9]+", "");
            if (id.isEmpty()) {
                id = "model";
            }
            // "--2" rather than "-2", which reads as a version (grok-2); LiteLLM lists some models under
            // two keys ("deepseek-chat" and "deepseek/deepseek-chat"), the first met keeps the plain id
            String unique = id;
            for (int n = 2; !ids.add(unique); n++) {
                unique = id + "--" + n;
            }
            if (!Catalogue.isValidId(unique)) {
                throw new IllegalStateException("sanitised id '" + unique + "' is still invalid");
            }
            return unique;
        }

        private static boolean given(JsonNode entry, String field) {
            JsonNode n = entry.get(field);
            return n != null && !n.isNull();
        }

        /** The field as an exact decimal when it is a number >= 0; empty when absent or invalid. */
        private static Optional<BigDecimal> price(JsonNode entry, String field) {
            JsonNode n = entry.get(field);
            if (n == null || !n.isNumber()) {
                return Optional.empty();
            }
            BigDecimal d = n.decimalValue();
            return d.signum() < 0 ? Optional.empty() : Optional.of(d);
        }

        private static double perMTok(BigDecimal perToken) {
            return perToken.multiply(TOKENS_PER_MTOK).doubleValue();
        }
    }
}
