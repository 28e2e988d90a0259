package com.tcostudio.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.tcostudio.core.model.UserText;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way our files are parsed as JSON, and the one place where Jackson's complaints become
 * the user's words.
 *
 * <p>A file holds exactly one JSON value: anything after it (text, a second object, NUL bytes) is
 * a damaged file, not a comment, and a repeated key would silently win over the first. Jackson's
 * messages are written for developers ("enable JsonReadFeature..."); {@link #describe} turns each
 * into a sentence about the file, with its line and column, and never passes the original on.
 */
public final class StrictJson {
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '([^']*)'");
    private static final Pattern CHARACTER = Pattern.compile("Unexpected character \\('(.)' \\(code (\\d+)\\)\\)");
    private static final Pattern CODE = Pattern.compile("code (\\d+)");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    private StrictJson() {
    }

    /** A mapper builder with the strict reading every file of ours needs; add file-specific features to it. */
    public static JsonMapper.Builder builder() {
        return JsonMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** A JSON file that cannot be parsed; the message is in the user's words, without the file's name. */
    public static final class MalformedJsonException extends IOException {
        private static final long serialVersionUID = 1L;
        private final boolean truncated;
        private final int line;
        private final int column;

        MalformedJsonException(String message, boolean truncated, int line, int column) {
            super(message);
            this.truncated = truncated;
            this.line = line;
            this.column = column;
        }

        /** Whether the JSON ends early, the usual trace of an interrupted copy or download. */
        public boolean truncated() {
            return truncated;
        }

        /** 1-based line of the problem, 0 when unknown. */
        public int line() {
            return line;
        }

        /** 1-based column of the problem, 0 when unknown. */
        public int column() {
            return column;
        }
    }

    /**
     * Parses one JSON value with a mapper built from {@link #builder()}.
     *
     * @return the value; null or a missing node when the bytes hold nothing but white space
     */
    public static JsonNode readTree(ObjectMapper mapper, byte[] json) throws MalformedJsonException {
        // the value is read alone and what follows it checked here, so that "} junk" is reported
        // as content after the end rather than as an unknown word
        ObjectReader reader = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (JsonParser parser = mapper.getFactory().createParser(json)) {
            JsonNode root;
            try {
                root = reader.readTree(parser);
            } catch (JsonProcessingException e) {
                throw malformed(describe(e), isTruncation(e), e.getLocation());
            }
            if (root == null || root.isMissingNode()) {
                return root;
            }
            JsonLocation after;
            try {
                if (parser.nextToken() == null) {
                    return root;
                }
                after = parser.currentTokenLocation();
            } catch (JsonProcessingException e) {
                after = e.getLocation();
            }
            throw malformed("is not valid JSON" + where(after) + ": " + TRAILING, false, after);
        } catch (IOException e) {
            if (e instanceof MalformedJsonException) {
                throw (MalformedJsonException) e;
            }
            // reading from a byte array fails only through the parser; keep the words anyway
            throw new MalformedJsonException("is not valid JSON", false, 0, 0);
        }
    }

    private static final String TRAILING = "something follows the end of the JSON object (text, a second object or "
            + "NUL bytes); a file holds exactly one";

    private static MalformedJsonException malformed(String message, boolean truncated, JsonLocation at) {
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        return new MalformedJsonException(message, truncated, line, column);
    }

    private static String where(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** True when the JSON stops before its end (Jackson says so in the type or only in the message). */
    public static boolean isTruncation(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        return e instanceof JsonEOFException || (message != null && message.startsWith("Unexpected end-of-input"));
    }

    /**
     * What is wrong with the JSON, in words, with line and column: "is not valid JSON at line 3,
     * column 7: a comma is missing between two fields". Never Jackson's own text.
     */
    public static String describe(JsonProcessingException e) {
        String where = where(e.getLocation());
        String reason = isTruncation(e) ? "the JSON ends early (the file is truncated, or a closing bracket or quote is missing)"
                : reason(e.getOriginalMessage());
        return "is not valid JSON" + where + ": " + reason;
    }

    /** The cause of a parse failure in the user's words. */
    static String reason(String jackson) {
        String m = jackson == null ? "" : jackson;
        Matcher duplicate = DUPLICATE.matcher(m);
        if (duplicate.find()) {
            return "the field \"" + UserText.shown(duplicate.group(1)) + "\" is written twice in the same object";
        }
        if (m.startsWith("Trailing token")) {
            return TRAILING;
        }
        if (m.startsWith("Illegal character ((CTRL-CHAR")) {
            return "a control character (code " + code(m) + ") stands outside any string; only spaces, tabs and line "
                    + "breaks may separate values, and nothing may follow the end";
        }
        if (m.startsWith("Illegal unquoted character")) {
            return "a text holds a raw control character (code " + code(m) + "); write it as \\u escape or remove it";
        }
        if (m.startsWith("Unrecognized character escape")) {
            return "a text holds a backslash escape that JSON does not have (only \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)";
        }
        if (m.startsWith("Non-standard token")) {
            return "NaN and Infinity are not numbers in JSON";
        }
        if (m.contains("Leading zeroes not allowed")) {
            return "a number starts with 0 (write 7, not 07)";
        }
        if (m.contains("in numeric value")) {
            return "a number is incomplete (a digit must follow a sign, a decimal point or an exponent)";
        }
        if (m.contains("exceeds the maximum") || m.contains("out of range")) {
            return "a number, text or nesting is far too long to be a scenario or catalogue value";
        }
        if (m.startsWith("Invalid UTF-8") || m.contains("Invalid UTF-8")) {
            return "the file is not UTF-8 text";
        }
        if (m.startsWith("Unexpected close marker")) {
            return "a closing bracket does not match the one that opened (a } where ] belongs, or the reverse)";
        }
        Matcher token = TOKEN.matcher(m);
        if (token.find()) {
            return "\"" + UserText.shown(token.group(1)) + "\" is not a JSON value (text needs double quotes; "
                    + "true, false and null are lower case)";
        }
        Matcher character = CHARACTER.matcher(m);
        if (character.find()) {
            String c = UserText.shown(character.group(1));
            if (m.contains("double-quote to start field name")) {
                return "a field name must be in double quotes (found '" + c + "'; a comma before } is not allowed either)";
            }
            if (m.contains("comma to separate")) {
                return "a comma is missing between two values (found '" + c + "')";
            }
            if (m.contains("colon to separate")) {
                return "a colon is missing after a field name (found '" + c + "')";
            }
            return "'" + c + "' cannot stand here (text needs double quotes, not single ones)";
        }
        return "the JSON is malformed";
    }

    private static String code(String message) {
        Matcher m = CODE.matcher(message);
        return m.find() ? m.group(1) : "?";
    }
}
