package com.tcostudio.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 11, items 1 and 9: one strict reading of JSON, and Jackson's messages in the user's words. */
class StrictJsonTest {
    private static final ObjectMapper MAPPER = StrictJson.builder().build();

    private static String refusal(String json) {
        return assertThrows(StrictJson.MalformedJsonException.class,
                () -> StrictJson.readTree(MAPPER, json.getBytes(StandardCharsets.UTF_8))).getMessage();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"a": 1} junk               | is not valid JSON at line 1, column 10: something follows the end of the JSON object
            {"a": 1}{"b": 2}            | is not valid JSON at line 1, column 9: something follows the end of the JSON object
            {"a": 1                     | is not valid JSON at line 1, column 8: the JSON ends early
            {"a": 1, "a": 2}            | the field "a" is written twice in the same object
            {a: 1}                      | a field name must be in double quotes (found 'a'
            {"a": 01}                   | a number starts with 0 (write 7, not 07)
            {"a": 1 "b": 2}             | a comma is missing between two values (found '"')
            {"a" 1}                     | a colon is missing after a field name (found '1')
            {"a": 1]                    | a closing bracket does not match
            {"a": tru}                  | "tru" is not a JSON value
            {"a": NaN}                  | NaN and Infinity are not numbers in JSON
            {"a": "\\q"}                | a text holds a backslash escape that JSON does not have
            {"a": -}                    | a number is incomplete
            """)
    void malformedJsonIsDescribedInWords(String json, String expected) {
        String message = refusal(json);
        assertTrue(message.contains(expected), message);
    }

    @Test
    void nulBytesAfterTheObjectAreRefused() {
        assertTrue(refusal("{\"a\": 1}\u0000\u0000").contains("something follows the end of the JSON object"));
    }

    @Test
    void aRawControlCharacterInsideATextIsNamedByItsCode() {
        assertTrue(refusal("{\"a\": \"x\u001By\"}").contains("a text holds a raw control character (code 27)"));
    }

    @Test
    void whiteSpaceAfterTheObjectIsFine() throws Exception {
        assertEquals(1, StrictJson.readTree(MAPPER, "{\"a\": 1}\n\n  \t".getBytes(StandardCharsets.UTF_8)).get("a").asInt());
    }

    @Test
    void anythingJacksonSaysThatWeDoNotKnowBecomesAPlainSentence() {
        assertEquals("the JSON is malformed", StrictJson.reason("Some new Jackson text: enable `JsonReadFeature.X` to allow"));
    }
}
