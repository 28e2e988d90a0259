package com.tcostudio.io.scenario;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.CatalogueRef;
import com.tcostudio.core.model.CatalogueSlot;
import com.tcostudio.core.model.Currency;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.HybridPolicy;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.InvalidScenarioException;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.model.UserText;
import com.tcostudio.io.BoundedFiles;
import com.tcostudio.io.StrictJson;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads scenario files ({@code schemaVersion: 1}, the format of METHODOLOGY.md) strictly.
 *
 * <p>Refused, with every problem named by the field's dotted path and the rule: malformed or
 * truncated JSON (with line and column), an unsupported schema version, an unknown field, a
 * field of the hosting mode or hybrid policy not chosen, a missing required field, a wrong type,
 * NaN or infinity, and any value outside its rule (see {@link Input}). Nothing is half-loaded:
 * either a valid {@link Scenario} comes back or {@link ScenarioFileException} is thrown.
 *
 * <p>Catalogue ids ({@code closed.apiModel}, {@code open.servingProfile},
 * {@code open.hosting.gpuOffer}) fill the fields they name that the file leaves out, converted
 * from USD with {@code currency.perUsd}; a number written in the file always wins. The as-of date
 * recorded beside an id ({@code apiModelAsOf}, ...) is kept; when the catalogue filled a field it
 * is the catalogue entry's date.
 */
public final class ScenarioReader {
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = StrictJson.builder()
            // NaN and Infinity are parsed so that they are refused by field name, not as bad JSON
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private static final Set<String> OBJECTS = Set.of("currency", "finance", "workload", "closed", "open",
            "open.hosting", "hybrid");
    private static final Set<String> REQUIRED_OBJECTS = Set.of("currency", "finance", "workload", "closed", "open",
            "open.hosting");

    private final CatalogueLookup catalogue;

    public ScenarioReader(CatalogueLookup catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Reads a scenario file. A FIFO, device or other non-regular file, and a file over
     * {@link BoundedFiles#MAX_BYTES}, are refused without being read.
     */
    public Scenario read(Path file) throws ScenarioFileException {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = BoundedFiles.read(file);
        } catch (BoundedFiles.UnreadableFileException e) {
            throw new ScenarioFileException(name, "(file)", e.getMessage());
        }
        return read(bytes, name);
    }

    /** Reads a scenario from bytes; {@code fileName} names the source in messages. */
    public Scenario read(byte[] json, String fileName) throws ScenarioFileException {
        JsonNode root;
        try {
            root = StrictJson.readTree(MAPPER, json);
        } catch (StrictJson.MalformedJsonException e) {
            throw new ScenarioFileException(fileName, "(file)", e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new ScenarioFileException(fileName, "(file)", "is empty");
        }
        if (!root.isObject()) {
            throw new ScenarioFileException(fileName, "(file)", "must hold a JSON object");
        }
        return new Parse(fileName, root).scenario();
    }

    /** One pass over one file, collecting problems. */
    private final class Parse {
        private final String file;
        private final JsonNode root;
        private final List<ScenarioFileException.Problem> problems = new ArrayList<>();
        /** The file's currency once read (null when it is missing or invalid): money bounds scale with it. */
        private Currency currency;

        Parse(String file, JsonNode root) {
            this.file = file;
            this.root = root;
        }

        private void problem(String path, String rule) {
            problems.add(new ScenarioFileException.Problem(path, rule));
        }

        private void failIfProblems() throws ScenarioFileException {
            if (!problems.isEmpty()) {
                throw new ScenarioFileException(file, problems);
            }
        }

        Scenario scenario() throws ScenarioFileException {
            JsonNode version = root.get("schemaVersion");
            if (version == null) {
                throw new ScenarioFileException(file, "schemaVersion", "is required (this version reads schemaVersion "
                        + SCHEMA_VERSION + ")");
            }
            // canConvertToInt first: asInt() wraps 4294967297 round to 1
            if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() != SCHEMA_VERSION) {
                throw new ScenarioFileException(file, "schemaVersion", "this version of TCO Studio reads schemaVersion "
                        + SCHEMA_VERSION + " only (the file has " + describe(version) + ")");
            }
            for (String object : REQUIRED_OBJECTS) {
                if (node(object) == null) {
                    problem(object, "is required");
                }
            }
            for (String object : OBJECTS) {
                JsonNode n = node(object);
                if (n != null && !n.isObject()) {
                    problem(object, "must be an object");
                }
            }
            failIfProblems();

            Scenario.Builder b = Scenario.builder();
            b.name(text("name", true));
            Currency currency = currency();
            this.currency = currency;
            HostingMode mode = hostingMode();
            HybridPolicy policy = hybridPolicy();
            failIfProblems();
            b.currency(currency).hostingMode(mode).hybridPolicy(policy);
            JsonNode amortize = node("open.hosting.amortize");
            if (amortize != null) {
                if (!amortize.isBoolean()) {
                    problem("open.hosting.amortize", "must be true or false");
                } else {
                    b.amortize(amortize.booleanValue());
                }
            }
            checkUnknownFields(root, "", mode, policy);

            for (Input input : Input.values()) {
                if (input.appliesTo(mode, policy)) {
                    b.set(input, number(input));
                }
            }
            for (CatalogueSlot slot : CatalogueSlot.values()) {
                resolve(slot, b, currency, mode, policy);
            }
            for (Input input : Input.values()) {
                if (input.appliesTo(mode, policy) && !input.isOptional() && Double.isNaN(b.get(input))
                        && node(input.path()) == null) {
                    problem(input.path(), "is required" + fillHint(input));
                }
            }
            readUncertainty(b);
            failIfProblems();
            try {
                return b.build();
            } catch (InvalidScenarioException e) {
                for (InvalidScenarioException.Problem p : e.problems()) {
                    problem(p.path(), p.rule());
                }
                throw new ScenarioFileException(file, problems);
            }
        }

        private Currency currency() {
            String code = text("currency.code", true);
            double perUsd = plainNumber("currency.perUsd");
            if (code == null || Double.isNaN(perUsd)) {
                return null;
            }
            try {
                return new Currency(code, perUsd);
            } catch (InvalidScenarioException e) {
                e.problems().forEach(p -> problem(p.path(), p.rule()));
                return null;
            }
        }

        private HostingMode hostingMode() {
            return choice("open.hosting.mode", HostingMode::fromLabel, "rent or own");
        }

        private HybridPolicy hybridPolicy() {
            if (node("hybrid") == null || node("hybrid").isNull()) {
                return HybridPolicy.NONE;
            }
            return choice("hybrid.policy", HybridPolicy::fromLabel, "share or spillover");
        }

        /** A required text field naming one of a few choices; null (with a problem) otherwise. */
        private <T> T choice(String path, java.util.function.Function<String, Optional<T>> parse, String choices) {
            String label = text(path, true);
            if (label == null) {
                return null;
            }
            Optional<T> value = parse.apply(label);
            if (value.isEmpty()) {
                problem(path, "must be " + choices + " (was \"" + UserText.shown(label) + "\")");
            }
            return value.orElse(null);
        }

        /** Fields the format does not have, or that belong to the mode or policy not chosen. */
        private void checkUnknownFields(JsonNode object, String prefix, HostingMode mode, HybridPolicy policy) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
                if (OBJECTS.contains(path)) {
                    if (field.getValue().isObject()) {
                        checkUnknownFields(field.getValue(), path, mode, policy);
                    }
                    continue;
                }
                if (knownLeaf(path, mode)) {
                    continue;
                }
                Optional<Input> input = Input.byPath(path);
                if (input.isPresent()) {
                    if (!input.get().appliesTo(mode, policy)) {
                        problem(path, "does not apply when open.hosting.mode is " + mode.label()
                                + (policy == HybridPolicy.NONE ? "" : " and hybrid.policy is " + policy.label()));
                    }
                } else {
                    problem(path, "is not a field of a scenario (unknown field)");
                }
            }
        }

        private boolean knownLeaf(String path, HostingMode mode) {
            switch (path) {
                case "schemaVersion":
                case "name":
                case "uncertainty":
                case "currency.code":
                case "currency.perUsd":
                case "open.hosting.mode":
                case "hybrid.policy":
                    return true;
                case "open.hosting.amortize":
                    return mode == HostingMode.OWN;
                default:
                    for (CatalogueSlot slot : CatalogueSlot.values()) {
                        if (path.equals(slot.path()) || path.equals(slot.asOfPath())) {
                            return true;
                        }
                    }
                    return false;
            }
        }

        /** The input's value, NaN when absent (or null for an optional one); problems recorded. */
        private double number(Input input) {
            JsonNode n = node(input.path());
            if (n == null) {
                return Double.NaN;
            }
            if (n.isNull()) {
                if (!input.isOptional()) {
                    problem(input.path(), "must be a number, not null");
                }
                return Double.NaN;
            }
            if (!n.isNumber()) {
                problem(input.path(), "must be a number (was " + describe(n) + ")");
                return Double.NaN;
            }
            double v = n.doubleValue();
            Optional<String> rule = currency == null ? input.check(v) : input.check(v, currency);
            if (rule.isPresent()) {
                problem(input.path(), rule.get());
                return Double.NaN;
            }
            return v;
        }

        private double plainNumber(String path) {
            return finiteNumber(path, node(path));
        }

        private String text(String path, boolean required) {
            JsonNode n = node(path);
            if (n == null) {
                if (required) {
                    problem(path, "is required");
                }
                return null;
            }
            if (!n.isTextual()) {
                problem(path, "must be a string (was " + describe(n) + ")");
                return null;
            }
            return n.textValue();
        }

        private LocalDate date(String path) {
            String text = text(path, false);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problem(path, "must be a date written YYYY-MM-DD (was \"" + UserText.shown(text) + "\")");
                return null;
            }
        }

        private void resolve(CatalogueSlot slot, Scenario.Builder b, Currency currency, HostingMode mode,
                             HybridPolicy policy) {
            String id = text(slot.path(), false);
            LocalDate recorded = date(slot.asOfPath());
            if (id == null) {
                if (recorded != null) {
                    problem(slot.asOfPath(), "needs " + slot.path() + " beside it");
                }
                return;
            }
            List<Input> missing = new ArrayList<>();
            for (Input input : slot.fills()) {
                if (input.appliesTo(mode, policy) && node(input.path()) == null) {
                    missing.add(input);
                }
            }
            LocalDate asOf = recorded;
            if (!missing.isEmpty()) {
                Optional<CatalogueLookup.Entry> entry = catalogue.find(slot, id);
                if (entry.isEmpty()) {
                    problem(slot.path(), "\"" + UserText.shown(id) + "\" is not in the price catalogue, and the file does not give "
                            + missing.get(0).path() + (missing.size() > 1 ? " and " + (missing.size() - 1) + " more" : ""));
                    return;
                }
                for (Input input : missing) {
                    Double usd = entry.get().values().get(input);
                    if (usd != null && currency != null) {
                        b.set(input, input.unit().isMoney() ? usd * currency.perUsd() : usd);
                    }
                }
                asOf = entry.get().asOf();
            }
            b.catalogueRef(slot, new CatalogueRef(id, asOf));
        }

        private String fillHint(Input input) {
            for (CatalogueSlot slot : CatalogueSlot.values()) {
                if (slot.fills().contains(input) && node(slot.path()) != null) {
                    return " (the catalogue entry named in " + slot.path() + " does not give it)";
                }
            }
            return "";
        }

        private void readUncertainty(Scenario.Builder b) {
            JsonNode section = root.get("uncertainty");
            if (section == null || section.isNull()) {
                return;
            }
            if (!section.isObject()) {
                problem("uncertainty", "must be an object keyed by input paths");
                return;
            }
            Set<String> seen = new HashSet<>();
            for (Map.Entry<String, JsonNode> e : section.properties()) {
                String path = "uncertainty." + e.getKey();
                Optional<Input> input = Input.byPath(e.getKey());
                if (input.isEmpty()) {
                    problem(path, "is not the path of a numeric input");
                    continue;
                }
                if (!seen.add(e.getKey())) {
                    continue;
                }
                distribution(path, e.getValue()).ifPresent(d -> b.uncertainty(input.get(), d));
            }
        }

        private Optional<Distribution> distribution(String path, JsonNode n) {
            if (!n.isObject()) {
                problem(path, "must be an object such as {\"dist\": \"uniform\", \"low\": 1, \"high\": 2}");
                return Optional.empty();
            }
            JsonNode dist = n.get("dist");
            if (dist == null || !dist.isTextual()) {
                problem(path + ".dist", "must be one of uniform, triangular, pert, normal, lognormal");
                return Optional.empty();
            }
            Optional<Distribution.Kind> kind = Distribution.Kind.fromLabel(dist.textValue());
            if (kind.isEmpty()) {
                problem(path + ".dist", "must be one of uniform, triangular, pert, normal, lognormal (was \""
                        + UserText.shown(dist.textValue()) + "\")");
                return Optional.empty();
            }
            Set<String> allowed = kind.get().hasMode() ? Set.of("dist", "low", "mode", "high") : Set.of("dist", "low", "high");
            n.fieldNames().forEachRemaining(f -> {
                if (!allowed.contains(f)) {
                    problem(path + "." + f, "is not a parameter of " + kind.get().label());
                }
            });
            double low = finiteNumber(path + ".low", n.get("low"));
            double high = finiteNumber(path + ".high", n.get("high"));
            double mode = kind.get().hasMode() ? finiteNumber(path + ".mode", n.get("mode")) : Double.NaN;
            if (Double.isNaN(low) || Double.isNaN(high) || (kind.get().hasMode() && Double.isNaN(mode))) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Distribution(kind.get(), low, mode, high));
            } catch (IllegalArgumentException e) {
                problem(path, e.getMessage());
                return Optional.empty();
            }
        }

        /** A required finite number that no input rule governs (perUsd, distribution bounds). */
        private double finiteNumber(String path, JsonNode n) {
            if (n == null) {
                problem(path, "is required");
                return Double.NaN;
            }
            if (!n.isNumber() || !Double.isFinite(n.doubleValue())) {
                problem(path, "must be a finite number (was " + describe(n) + ")");
                return Double.NaN;
            }
            return n.doubleValue();
        }

        private JsonNode node(String path) {
            JsonNode n = root;
            for (String part : path.split("\\.")) {
                if (n == null || !n.isObject()) {
                    return null;
                }
                n = n.get(part);
            }
            return n;
        }
    }

    private static String describe(JsonNode n) {
        if (n.isTextual()) {
            return "the text \"" + UserText.shown(n.textValue()) + "\"";
        }
        if (n.isNumber()) {
            return n.isIntegralNumber() ? UserText.shown(n.asText()) : Scenario.format(n.doubleValue());
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        if (n.isNull()) {
            return "null";
        }
        return n.isArray() ? "a list" : "an object";
    }
}
