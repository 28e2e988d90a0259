package com.tcostudio.io.scenario;

import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.CatalogueRef;
import com.tcostudio.core.model.CatalogueSlot;
import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.support.RandomScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioReaderTest {
    /** Prices converted by perUsd are exact to rounding. */
    private static final double TOL = 1e-12;

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    /** A one-entry catalogue: sonnet at 3 / 15 / 0.3 USD, batch 50%. */
    private static final CatalogueLookup CATALOGUE = (slot, id) -> slot == CatalogueSlot.API_MODEL && id.equals("anthropic/sonnet")
            ? Optional.of(new CatalogueLookup.Entry(id, AS_OF, Map.of(Input.INPUT_PER_MTOK, 3.0, Input.OUTPUT_PER_MTOK, 15.0,
            Input.CACHED_INPUT_PER_MTOK, 0.3, Input.BATCH_DISCOUNT, 0.5)))
            : Optional.empty();

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = ScenarioReaderTest.class.getResourceAsStream("/scenarios/" + path)) {
            return in.readAllBytes();
        }
    }

    private static Scenario read(String path) throws Exception {
        return new ScenarioReader(CATALOGUE).read(resource(path), path);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            truncated,                   (file),                          is not valid JSON at line 28, column 20: the JSON ends early
            not-json,                    (file),                          is not valid JSON
            empty,                       (file),                          is empty
            duplicate-key,               (file),                          the field "horizonMonths" is written twice
            schema-version-2,            schemaVersion,                   reads schemaVersion 1 only (the file has 2)
            schema-version-missing,      schemaVersion,                   is required
            unknown-field,               workload.tokensPerDay,           unknown field
            missing-field,               closed.outputPerMTok,            is required
            missing-section,             finance,                         is required
            wrong-type,                  horizonMonths,                   must be a number (was the text "36")
            null-required,               closed.inputPerMTok,             must be a number, not null
            nan,                         workload.monthlyGrowth,          must be a number (was NaN)
            infinity,                    open.hosting.gpuHourly,          must be from 0 to 1,000 (was infinite)
            negative-volume,             workload.inputTokensPerMonth,    must be 0, or from 1 to 1e16 (was -1)
            negative-price,              closed.inputPerMTok,             must be from 0 to 10,000 (was -3)
            negative-cost,               open.setupOneTimeCost,           must be from 0 to 10,000,000,000 (was -
            negative-fte,                open.baseFte,                    must be from 0 to 10,000 (was -0.5)
            share-above-one,             workload.cachedInputShare,       must be a share between 0 and 1 (was 1.2)
            share-below-zero,            hybrid.selfHostedShare,          must be a share between 0 and 1
            utilization-zero,            open.targetUtilization,          must be from 0.001 to 1 (the method needs more than 0; below 0.001 is taken for a typo) (was 0)
            utilization-above-one,       open.targetUtilization,          must be from 0.001 to 1 (the method needs more than 0; below 0.001 is taken for a typo) (was 1.5)
            throughput-zero,             open.decodeTokensPerSecond,      must be from 1 to 1,000,000,000 tokens a second
            gpus-per-replica-zero,       open.gpusPerReplica,             must be from 1 to 1,024 (was 0)
            peak-below-one,              workload.peakToAverage,          must be from 1 to 1,000 (was 0.5)
            depreciation-zero,           open.hosting.depreciationMonths, must be from 1 to 240 months (was 0)
            negative-replicas,           open.minReplicas,                must be from 0 to 100,000 (was -1)
            negative-upgrade-interval,   open.upgradeEveryMonths,         must be from 0 to 120 months (0 for none) (was -6)
            horizon-zero,                horizonMonths,                   from 1 to 120 (was 0)
            horizon-121,                 horizonMonths,                   from 1 to 120 (was 121)
            unknown-mode,                open.hosting.mode,               must be rent or own (was "lease")
            unknown-policy,              hybrid.policy,                   must be share or spillover (was "random")
            rate-below-minus-one,        closed.annualPriceChange,        must be from -0.99 to 10
            fractional-count,            open.gpusPerReplica,             must be a whole number (was 2.5)
            field-of-other-mode,         open.hosting.capexPerGpu,        does not apply when open.hosting.mode is rent
            uncertain-integer,           uncertainty.open.minReplicas,    cannot be uncertain
            uncertainty-low-above-high,  uncertainty.open.hosting.gpuHourly, low (4) cannot be greater than high (2)
            uncertainty-lognormal-zero,  uncertainty.workload.peakToAverage, lognormal needs positive bounds
            uncertainty-unknown-path,    uncertainty.workload.sunshine,   is not the path of a numeric input
            unknown-catalogue-id,        closed.apiModel,                 "acme/imaginary-1" is not in the price catalogue
            bad-currency-code,           currency.code,                   three-letter ISO 4217 code
            """)
    void invalidFileIsRefusedNamingFileFieldAndRule(String fixture, String path, String rule) {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> read("invalid/" + fixture + ".json"));
        ScenarioFileException.Problem first = e.problems().get(0);
        assertEquals(path, first.path(), e.getMessage());
        assertTrue(first.rule().contains(rule), "rule was: " + first.rule());
        assertTrue(e.getMessage().startsWith("invalid/" + fixture + ".json: " + path + ": "), e.getMessage());
    }

    /**
     * Issue 11, item 1: finite but absurd values, integers beyond their range, content after the
     * JSON and ranges outside their input's domain are refused, naming the file, field and rule.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            absurd-price                    | closed.inputPerMTok                         | must be from 0 to 10,000 (was 1e308)
            absurd-tokens                   | workload.inputTokensPerMonth                | must be 0, or from 1 to 1e16 (was infinite, or too large to be a number)
            absurd-fte                      | open.baseFte                                | must be from 0 to 10,000 (was 1e308)
            absurd-growth                   | workload.monthlyGrowth                      | must be from -0.5 to 1 (from halving to doubling every month
            absurd-fee                      | closed.platformFeePerMonth                  | must be from 0 to 1,000,000,000 (was 1e308)
            absurd-gpu-hourly               | open.hosting.gpuHourly                      | must be from 0 to 1,000 (was 50000)
            absurd-per-usd                  | currency.perUsd                             | must be from 0.001 to 10,000,000 units of the currency per USD (was 1e308)
            money-bound-in-currency         | open.hosting.gpuHourly                      | must be from 0 to 16,000,000 (1,000 USD at 16,000 IDR per USD) (was 20000000)
            tiny-throughput                 | open.decodeTokensPerSecond                  | below 1 is taken for a typo) (was 4.9e-324)
            tiny-utilization                | open.targetUtilization                      | below 0.001 is taken for a typo) (was 4.9e-324)
            min-replicas-2-pow-63           | open.minReplicas                            | must be from 0 to 100,000 (was 9223372036854776000)
            redundant-replicas-1e12         | open.redundantReplicas                      | must be from 0 to 100,000 (was 1000000000000)
            schema-version-4294967297       | schemaVersion                               | reads schemaVersion 1 only (the file has 4294967297)
            trailing-text                   | (file)                                      | something follows the end of the JSON object
            trailing-object                 | (file)                                      | at line 18, column 1: something follows the end of the JSON object
            trailing-nul                    | (file)                                      | at line 18, column 2: something follows the end of the JSON object
            uncertainty-throughput-negative | uncertainty.open.decodeTokensPerSecond.low  | lies outside the valid values of open.decodeTokensPerSecond: must be from 1 to 1,000,000,000 tokens a second
            uncertainty-utilization-zero    | uncertainty.open.targetUtilization.low      | lies outside the valid values of open.targetUtilization: must be from 0.001 to 1
            uncertainty-lognormal-1e300     | uncertainty.open.otherPerMonth.high         | lies outside the valid values of open.otherPerMonth: must be from 0 to 1,000,000,000 (was 1e300)
            name-with-line-break            | name                                        | must not hold control characters such as line breaks or terminal escapes (was "two\\u000Alines")
            escape-in-text                  | open.hosting.mode                           | must be rent or own (was "\\u001B[2Jrent")
            """)
    void absurdOrHostileFileIsRefusedNamingFileFieldAndRule(String fixture, String path, String rule) {
        invalidFileIsRefusedNamingFileFieldAndRule(fixture, path, rule);
    }

    @Test
    void aTerminalEscapeInAFieldNameIsShownEscapedNeverRaw() {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> read("invalid/escape-in-field-name.json"));
        assertTrue(e.getMessage().contains("open.\\u001B[31mbaseFte\\u001B[0m: is not a field of a scenario"), e.getMessage());
        assertNoControlCharacters(e.getMessage());
        for (ScenarioFileException.Problem p : e.problems()) {
            assertNoControlCharacters(p.path() + p.rule());
        }
    }

    @Test
    void jacksonsDeveloperTextNeverReachesTheUser() {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> read("invalid/single-quotes.json"));
        assertTrue(e.getMessage().startsWith("invalid/single-quotes.json: (file): is not valid JSON at line 12, column "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith(": ''' cannot stand here (text needs double quotes, not single ones)"), e.getMessage());
        for (String fixture : new String[]{"single-quotes", "truncated", "not-json", "duplicate-key", "trailing-text",
                "trailing-object", "trailing-nul"}) {
            String message = assertThrows(ScenarioFileException.class, () -> read("invalid/" + fixture + ".json")).getMessage();
            for (String developerText : new String[]{"JsonReadFeature", "DeserializationFeature", "Feature", "code 39",
                    "was expecting", "Unrecognized token", "CTRL-CHAR", "Source: "}) {
                assertFalse(message.contains(developerText), fixture + ": " + message);
            }
        }
    }

    private static void assertNoControlCharacters(String message) {
        assertTrue(message.chars().noneMatch(c -> c < 0x20 || c == 0x7F), () -> "control character in: " + message);
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() throws IOException {
        String json = new String(resource("valid-rent-share.json"), StandardCharsets.UTF_8)
                .replace("\"peakToAverage\": 3", "\"peakToAverage\": 0.5")
                .replace("\"batchShare\": 0", "\"batchShare\": 2");
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> new ScenarioReader(CATALOGUE).read(json.getBytes(StandardCharsets.UTF_8), "two.json"));
        assertEquals(2, e.problems().size());
        assertTrue(e.getMessage().endsWith("(and 1 more problems)"));
    }

    @Test
    void missingFileIsReportedByName(@TempDir Path dir) {
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> new ScenarioReader(CATALOGUE).read(dir.resolve("nope.json")));
        assertTrue(e.getMessage().contains("nope.json: (file): does not exist"));
    }

    @Test
    void validFilesLoad() throws Exception {
        Scenario rent = read("valid-rent-share.json");
        assertEquals(36, rent.horizonMonths());
        assertEquals(2.5, rent.get(Input.GPU_HOURLY));
        Scenario own = read("valid-own.json");
        assertEquals(HostingMode.OWN, own.hostingMode());
        assertEquals(35_000, own.get(Input.CAPEX_PER_GPU));
    }

    @Test
    void catalogueIdFillsMissingFieldsConvertedToTheScenarioCurrency() throws Exception {
        String json = new String(resource("valid-rent-share.json"), StandardCharsets.UTF_8)
                .replace("\"code\": \"USD\", \"perUsd\": 1.0", "\"code\": \"EUR\", \"perUsd\": 0.9")
                .replace("\"inputPerMTok\": 3, \"outputPerMTok\": 15,\n               \"cachedInputPerMTok\": 0.3, \"batchDiscount\": 0.5,",
                        "\"apiModel\": \"anthropic/sonnet\", \"outputPerMTok\": 12,");
        Scenario s = new ScenarioReader(CATALOGUE).read(json.getBytes(StandardCharsets.UTF_8), "eur.json");
        assertEquals(3 * 0.9, s.get(Input.INPUT_PER_MTOK), TOL);
        assertEquals(0.3 * 0.9, s.get(Input.CACHED_INPUT_PER_MTOK), TOL);
        // a share is not money: not converted
        assertEquals(0.5, s.get(Input.BATCH_DISCOUNT), TOL);
        // the number written in the file wins over the catalogue
        assertEquals(12, s.get(Input.OUTPUT_PER_MTOK), TOL);
        assertEquals(new CatalogueRef("anthropic/sonnet", AS_OF), s.catalogueRef(CatalogueSlot.API_MODEL).orElseThrow());
    }

    @Test
    void savedFileKeepsResolvedNumbersAndTheirDateSoItNoLongerNeedsTheCatalogue(@TempDir Path dir) throws Exception {
        String json = new String(resource("valid-rent-share.json"), StandardCharsets.UTF_8)
                .replace("\"inputPerMTok\": 3, \"outputPerMTok\": 15,\n               \"cachedInputPerMTok\": 0.3, \"batchDiscount\": 0.5,",
                        "\"apiModel\": \"anthropic/sonnet\",");
        Scenario s = new ScenarioReader(CATALOGUE).read(json.getBytes(StandardCharsets.UTF_8), "ids.json");
        Path file = dir.resolve("saved.json");
        new ScenarioWriter().write(s, file);
        String saved = Files.readString(file);
        assertTrue(saved.contains("\"apiModel\" : \"anthropic/sonnet\""));
        assertTrue(saved.contains("\"apiModelAsOf\" : \"2026-11-01\""));
        Scenario again = new ScenarioReader(CatalogueLookup.NONE).read(file);
        assertEquals(s, again);
    }

    @Test
    void loadSaveRoundTripChangesNothing(@TempDir Path dir) throws Exception {
        for (String name : new String[]{"valid-rent-share.json", "valid-own.json"}) {
            Scenario s = read(name);
            Path file = dir.resolve(name);
            new ScenarioWriter().write(s, file);
            byte[] first = Files.readAllBytes(file);
            Scenario reread = new ScenarioReader(CatalogueLookup.NONE).read(file);
            assertEquals(s, reread);
            new ScenarioWriter().write(reread, file);
            assertArrayEquals(first, Files.readAllBytes(file));
        }
    }

    @Property(tries = 300)
    void anyValidScenarioSurvivesSaveAndLoad(@ForAll long seed) throws Exception {
        Scenario s = RandomScenarios.scenario(seed);
        String json = new ScenarioWriter().toJson(s);
        Scenario back = new ScenarioReader(CatalogueLookup.NONE).read(json.getBytes(StandardCharsets.UTF_8), "random.json");
        // inputs of the mode or policy not chosen are not written; compare what applies
        for (Input input : Input.values()) {
            if (input.appliesTo(s.hostingMode(), s.hybridPolicy())) {
                assertEquals(s.get(input), back.get(input), 0, input.path());
            }
        }
        assertEquals(json, new ScenarioWriter().toJson(back));
    }

    @Test
    void saveIsAtomicAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.json");
        Files.writeString(file, "previous content");
        new ScenarioWriter().write(read("valid-own.json"), file);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
        assertTrue(Files.readString(file).startsWith("{"));
    }
}
