package com.tcostudio.io.scenario;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.model.UserText;
import com.tcostudio.io.BoundedFiles;
import com.tcostudio.io.StrictJson;

import java.nio.file.Path;

/**
 * How a scenario file of any version becomes a JSON tree: the shared bounded read
 * ({@link BoundedFiles}) and strict parse ({@link StrictJson}), with the refusals in the file's
 * {@link ScenarioFileException}. NaN and Infinity are parsed so that the field holding them is
 * named in the refusal.
 */
final class JsonInput {
    private static final ObjectMapper MAPPER = StrictJson.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private JsonInput() {
    }

    /** The bytes of a regular file of at most {@link BoundedFiles#MAX_BYTES}. */
    static byte[] read(Path file) throws ScenarioFileException {
        try {
            return BoundedFiles.read(file);
        } catch (BoundedFiles.UnreadableFileException e) {
            throw new ScenarioFileException(file.toString(), "(file)", e.getMessage());
        }
    }

    /** One JSON object, or a refusal naming the file, the line and the column. */
    static JsonNode tree(byte[] json, String fileName) throws ScenarioFileException {
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
            throw new ScenarioFileException(fileName, "(file)", "must hold a JSON object { ... }");
        }
        return root;
    }

    /** How a value of the wrong kind is named in a message. */
    static String describe(JsonNode n) {
        if (n.isTextual()) {
            return "the text \"" + shown(n.textValue()) + "\"";
        }
        if (n.isNumber()) {
            return Double.isFinite(n.doubleValue()) ? Scenario.format(n.doubleValue()) : String.valueOf(n.doubleValue());
        }
        if (n.isBoolean() || n.isNull()) {
            return n.asText();
        }
        return n.isArray() ? "a list" : "an object";
    }

    /** The file's own text made safe for one line of a message. */
    static String shown(String raw) {
        return UserText.shown(raw);
    }
}
