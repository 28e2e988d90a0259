package com.tcostudio.io.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.tcostudio.core.model.Scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The one place where a version-2 scenario file (and the dispatcher's look at any version) becomes
 * a JSON tree: bounded reading, strict parsing and the words for what is wrong. Kept apart so that
 * the shared helpers for bounded reads and Jackson's messages (input hardening of version 1) can
 * take its place in one edit.
 *
 * <p>Strict: a repeated key, and anything after the closing brace, are refused; NaN and Infinity
 * are parsed so that the field holding them is named in the refusal.
 */
final class JsonInput {
    /** Far above any real scenario (a few KiB) and far below what would strain the heap. */
    static final long MAX_BYTES = 16L * 1024 * 1024;
    /** Longest quote of the file's own text in a message. */
    private static final int MAX_QUOTE = 80;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonInput() {
    }

    /** The bytes of a regular file of at most {@link #MAX_BYTES}. */
    static byte[] read(Path file) throws ScenarioFileException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new ScenarioFileException(name, "(file)", "is a folder, not a file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new ScenarioFileException(name, "(file)", "is not a regular file (a pipe or device cannot be read as one)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ScenarioFileException(name, "(file)", "is larger than " + MAX_BYTES / (1024 * 1024)
                        + " MiB, far more than a scenario");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new ScenarioFileException(name, "(file)", "does not exist");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new ScenarioFileException(name, "(file)", "cannot be read: permission denied");
        } catch (IOException e) {
            throw new ScenarioFileException(name, "(file)", "cannot be read (an input/output error of the system)");
        }
    }

    /** One JSON object, or a refusal naming the file, the line and the column. */
    static JsonNode tree(byte[] json, String fileName) throws ScenarioFileException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ScenarioFileException(fileName, "(file)", describe(e));
        } catch (IOException e) {
            throw new ScenarioFileException(fileName, "(file)", "is not valid JSON");
        }
        if (root == null || root.isMissingNode()) {
            throw new ScenarioFileException(fileName, "(file)", "is empty");
        }
        if (!root.isObject()) {
            throw new ScenarioFileException(fileName, "(file)", "must hold a JSON object { ... }");
        }
        return root;
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (m.startsWith("Unexpected end-of-input")) {
            return "is not valid JSON" + where + ": it ends early (a closing bracket or quote is missing)";
        }
        if (m.startsWith("Trailing token")) {
            return "is not valid JSON" + where + ": something follows the closing brace (a file holds one object)";
        }
        if (m.startsWith("Duplicate field")) {
            int q = m.indexOf('\'');
            int q2 = m.indexOf('\'', q + 1);
            String field = q >= 0 && q2 > q ? m.substring(q + 1, q2) : "?";
            return "is not valid JSON" + where + ": the field \"" + shown(field) + "\" is written twice in one object";
        }
        return "is not valid JSON" + where;
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

    /** The file's own text made safe for one line of a message: control characters escaped, cut when long. */
    static String shown(String raw) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < raw.length() && sb.length() < MAX_QUOTE; i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u2028' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.length() < raw.length() && sb.length() >= MAX_QUOTE ? sb + "..." : sb.toString();
    }
}
