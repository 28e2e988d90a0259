package com.tcostudio.io.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import com.tcostudio.core.catalogue.Catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the JSON Schema validator's messages into problems a finance lead can act on: the field's
 * path within its entry and the rule in words with the value found (the validator's own wording,
 * "must have a minimum value of 0", names neither). Messages are sorted by entry, so that a bad
 * entry can be skipped while its neighbours load.
 */
final class SchemaViolations {
    /** One broken rule; {@code field} is null when the entry (or file) as a whole is at fault. */
    record Violation(String field, String rule) {
    }

    private static final String REGION_PATTERN = "^([A-Z]{2}|global)$";
    private static final String DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";

    /** Violations of the file outside any entry, in the validator's order. */
    final List<Violation> fileViolations = new ArrayList<>();
    /** Violations by entry index, at most one per field (the first reported). */
    final Map<Integer, List<Violation>> entryViolations = new TreeMap<>();

    private SchemaViolations() {
    }

    static SchemaViolations sort(Collection<ValidationMessage> messages, JsonNode root, CatalogueKind kind) {
        SchemaViolations result = new SchemaViolations();
        Map<Integer, List<ValidationMessage>> byEntry = new TreeMap<>();
        for (ValidationMessage m : messages) {
            JsonNodePath at = m.getInstanceLocation();
            if (at.getNameCount() >= 2 && kind.entriesField().equals(at.getName(0))
                    && at.getElement(1) instanceof Integer) {
                byEntry.computeIfAbsent((Integer) at.getElement(1), i -> new ArrayList<>()).add(m);
            } else {
                result.fileViolations.add(translate(m, path(at, 0), root, kind.label() + " files"));
            }
        }
        JsonNode entries = root.path(kind.entriesField());
        for (Map.Entry<Integer, List<ValidationMessage>> e : byEntry.entrySet()) {
            JsonNode entry = entries.path(e.getKey());
            result.entryViolations.put(e.getKey(), entryViolations(e.getValue(), entry, kind));
        }
        return result;
    }

    private static List<Violation> entryViolations(List<ValidationMessage> messages, JsonNode entry, CatalogueKind kind) {
        if (!entry.isObject()) {
            return List.of(new Violation(null, "must be an object (was " + describe(entry) + ")"));
        }
        List<Violation> plain = new ArrayList<>();
        List<Violation> conditional = new ArrayList<>();
        for (ValidationMessage m : messages) {
            Violation v = translate(m, path(m.getInstanceLocation(), 2), entry, kind.label() + " entries");
            (isConditional(m) ? conditional : plain).add(v);
        }
        // A missing or unknown pricing term sends the schema down its rental branch, whose demands
        // (an hourly price, no capex) would only confuse: the pricing problem is the one to fix.
        boolean pricingBroken = plain.stream().anyMatch(v -> "pricing".equals(v.field()));
        if (!pricingBroken) {
            plain.addAll(conditional);
        }
        Map<String, Violation> firstPerField = new LinkedHashMap<>();
        for (Violation v : plain) {
            firstPerField.putIfAbsent(v.field() == null ? "" : v.field(), v);
        }
        return List.copyOf(firstPerField.values());
    }

    private static boolean isConditional(ValidationMessage m) {
        String eval = m.getEvaluationPath().toString();
        return eval.contains("/then/") || eval.contains("/else/");
    }

    /** The path of {@code at} from its {@code skip}-th element on, as {@code regions[1]}; null when empty. */
    private static String path(JsonNodePath at, int skip) {
        StringBuilder sb = new StringBuilder();
        for (int i = skip; i < at.getNameCount(); i++) {
            Object element = at.getElement(i);
            if (element instanceof Integer) {
                sb.append('[').append(element).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(element);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static String child(String path, String name) {
        return path == null ? name : path + "." + name;
    }

    /**
     * @param context the object the path is relative to: the entry, or the file's root
     * @param owner   "gpu-offers entries" or "gpu-offers files", for the unknown-field message
     */
    private static Violation translate(ValidationMessage m, String path, JsonNode context, String owner) {
        JsonNode value = m.getInstanceNode();
        JsonNode schema = m.getSchemaNode();
        String was = value == null ? "" : " (was " + describe(value) + ")";
        String when = isConditional(m) ? condition(context) : "";
        switch (m.getType()) {
            case "required":
                return new Violation(child(path, m.getProperty()), "is required" + when);
            case "additionalProperties":
                return new Violation(child(path, m.getProperty()), "is not a field of " + owner + " (unknown field)");
            case "not":
                if (schema != null && schema.path("required").size() == 1) {
                    String field = schema.path("required").get(0).asText();
                    return new Violation(child(path, field), "must be left out" + when
                            + " (was " + describe(value.path(field)) + ")");
                }
                return new Violation(path, m.getError());
            case "type":
                return new Violation(path, "must be " + typeWords(schema) + was);
            case "minimum":
                return new Violation(path, "must be >= " + schema.asText() + was);
            case "exclusiveMinimum":
                return new Violation(path, "must be > " + schema.asText() + was);
            case "maximum":
                return new Violation(path, "must be <= " + schema.asText() + was);
            case "exclusiveMaximum":
                return new Violation(path, "must be < " + schema.asText() + was);
            case "enum":
                return new Violation(path, "must be one of " + join(schema) + was);
            case "const":
                return new Violation(path, "must be " + schema + was);
            case "minLength":
                return new Violation(path, "must not be empty" + was);
            case "uniqueItems":
                return new Violation(path, "must not list the same value twice (was " + value + ")");
            case "format":
                return new Violation(path, "must be a real date written YYYY-MM-DD" + was);
            case "pattern":
                return new Violation(path, patternWords(schema.asText()) + was);
            default:
                return new Violation(path, m.getError());
        }
    }

    /** " when pricing is purchase": the branch of the schema's if/then/else that was taken. */
    private static String condition(JsonNode entry) {
        JsonNode pricing = entry.path("pricing");
        return pricing.isTextual() ? " when pricing is " + pricing.textValue() : "";
    }

    private static String patternWords(String pattern) {
        switch (pattern) {
            case Catalogue.ID_PATTERN:
                return Catalogue.ID_RULE;
            case REGION_PATTERN:
                return "must be a two-letter country code in capitals (EU for the European Union) or global";
            case DATE_PATTERN:
                return "must be a date written YYYY-MM-DD";
            default:
                return "must match the pattern " + pattern;
        }
    }

    private static String typeWords(JsonNode type) {
        switch (type == null ? "" : type.asText()) {
            case "number":
                return "a number";
            case "integer":
                return "a whole number";
            case "string":
                return "text";
            case "boolean":
                return "true or false";
            case "array":
                return "a list";
            case "object":
                return "an object";
            default:
                return "of type " + type;
        }
    }

    private static String join(JsonNode values) {
        List<String> words = new ArrayList<>();
        Iterator<JsonNode> it = values.elements();
        while (it.hasNext()) {
            words.add(it.next().asText());
        }
        return String.join(", ", words);
    }

    /** A value as a message shows it: text quoted, numbers as written, containers by kind. */
    static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "absent";
        }
        if (n.isTextual()) {
            return "\"" + n.textValue() + "\"";
        }
        if (n.isArray()) {
            return "a list";
        }
        if (n.isObject()) {
            return "an object";
        }
        return n.asText();
    }
}
